"""Generate ``briefgen/extract/data/undecided_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    python tools/wordnet_undecided_nouns.py /tmp/p33/wn/dict > briefgen/extract/data/undecided_nouns.txt

Why: "Mr Straw said no decisions had been taken", "He added that no date had been chosen for more discussion of the
law", "although no decisions have been made", "no poll date had yet been set": a decision or a date that nobody has
made or set yet is a question still open. The nouns are read off WordNet, not typed from those sentences: the members
of decision.n.01 ("the act of making up your mind about something": decision, determination, conclusion) and of
date.n.07 ("a particular day specified as the time something happens"). Only those senses' synsets: "date" as a
meeting or a companion, and a decision as the opinion reached, are other synsets with no members to add.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: The seed synsets (WordNet 3.0 data.noun offsets) and their glosses.
SEEDS: dict[str, str] = {
    "00162632": "decision, determination, conclusion: the act of making up your mind about something",
    "15159819": "date: a particular day specified as the time something happens",
}


def undecided_nouns(wordnet: Path) -> list[str]:
    """The one-word members of the seed synsets, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", SEEDS) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a decision or a date to be made or set, for the outlook's question still open (#13), generated\n"
        "# from Princeton WordNet 3.0 by tools/wordnet_undecided_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, undecided_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
