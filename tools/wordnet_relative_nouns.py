"""Generate ``briefgen/extract/data/relative_nouns.txt``: nouns for a relative by blood or marriage ("mother", "wife",
"sister", "father"), from WordNet 3.0 (#15, actors41).

Usage (the WordNet folder the other ``tools/wordnet_*.py`` scripts take)::

    python tools/wordnet_relative_nouns.py /tmp/p33/wn/dict > briefgen/extract/data/relative_nouns.txt

Why: "His mother, Giselle, said", "his half-sister, Sadie,", "Begg's father, Azmat, said": a name in apposition to a
noun for one's kin names a person, whatever its shape; the small model types such one-word given names an
organisation's or a place's, and a firm or a club is nobody's mother or son ("His previous adviser, JPMorgan" keeps
its kind: an adviser is no relative). Rows are the one-word lemmas whose first (most frequent) noun sense lies below
``relative.n.01`` (relative, relation: "a person related by blood or marriage"), which takes in parents, children,
siblings, spouses and in-laws, and no lemma whose commonest sense is another's ("mate": a counterpart first), no
instance's name ("Abraham") and no lemma its synset writes in capitals. "partner" is one (its first sense the spouse),
and a firm is a partner too ("its partner, Sony"): the extractor asks a person's owner of the noun
(``actors/kin_appositions.py``). Sorted, with the WordNet licence notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import noun_senses, write_list
from wordnet_prize_names import _below, _synsets

#: relative.n.01 (relative, relation) in WordNet 3.0's data.noun.
RELATIVE = "10235549"


def rows(wordnet: Path) -> list[str]:
    """The lemmas the module docstring describes, sorted."""
    words, hypernyms, instances = _synsets(wordnet / "data.noun")
    return sorted(
        lemma
        for lemma, senses in noun_senses(wordnet)
        if senses
        and senses[0] not in instances  # "Abraham", "Sarah": a person of scripture or history, no kin noun
        and lemma in words[senses[0]]  # written in lower case in its synset, no proper name's lemma
        and _below(senses[0], hypernyms, {RELATIVE})
    )


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns for a relative by blood or marriage, generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_relative_nouns.py (one-word lemmas whose first noun sense lies below relative.n.01).\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, rows(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
