"""A quotation glued on after "“…,” said X." with no cue but the next quotation's colon lead is X's (#15, quotes40).

The BBC text glues a speaker's next paragraph onto the line of the tagged one: "“…,” said Connors. “…” LTA chief
executive, John Crowther, added: “…”". The parser hung the glued segment on the next speaker's "added:" (or read
"Collins said:" as trailing it), so the words went to the next speaker (corpus: sport/464, sport/043; quotes37's read
12626). A cue whose colon opens the next quotation is that quotation's lead, and the glued segment goes on with the
speaker whose tag sentence alone stands before it (:func:`.tag_then_lead.runs_on_past_tag`). A segment with its own
tag after it, a colon lead with no quotation glued before it, and a segment after the tag plus another narrative
sentence stay as they were. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import shown_speaker_of

#: (case, article, the quotation's first words, the expected speaker)
CASES = [
    (
        "a glued segment before the next speaker's apposed 'added:'",
        "Coach\nThe former champion spent three days with the young players at the winter camp. \"The squad has the "
        "right attitude,\" said Harmon. \"The longer I can work with them, the better. The players will ask: 'Why is "
        "he here?'\" Club chief executive, Peter Wallis, added: \"We are delighted that he has agreed to join us.\"\n",
        "The longer I can",
        "Harmon",
    ),
    (
        "a glued segment reopened after its tag, before the next speaker's 'added:'",
        "Coach\nThe former champion spent three days with the young players at the winter camp. \"The squad has the "
        "right attitude,\" said Harmon. \"The longer I can work with them, the better. \"A short spell is just "
        "confusing. The players will ask: 'Why is he here?'\" The club's chief executive, Peter Wallis, added: \"We "
        "are delighted that he has agreed to join us.\"\n",
        "The longer I can",
        "Harmon",
    ),
    (
        "a glued segment before the next speaker's 'said:'",
        "Appointment\nThe league has ended its search for a new referees' chief. \"We have looked long and hard for "
        "the right man,\" said league chairman Robert Ellery. \"I believe Tom will do a great job and I have great "
        "faith in what he can achieve.\" Hale said: \"It is a great honour.\"\n",
        "I believe Tom",
        "Robert Ellery",
    ),
    (
        "the next speaker's colon lead keeps its own quotation",
        "Appointment\nThe league has ended its search for a new referees' chief. \"We have looked long and hard for "
        "the right man,\" said league chairman Robert Ellery. \"I believe Tom will do a great job and I have great "
        "faith in what he can achieve.\" Hale said: \"It is a great honour.\"\n",
        "It is a great honour",
        "Hale",
    ),
    (
        "a segment with its own tag after it stays with that tag",
        "Match\nThe two coaches spoke after the draw on Saturday. \"We played well in the first half,\" said Harmon. "
        "\"We were unlucky not to win the game,\" said Wallis. The sides meet again in March.\n",
        "We were unlucky",
        "Wallis",
    ),
    (
        "a colon lead with a narrative sentence, not a tag, before the segment stays the lead's",
        "Appointment\nThe league has ended its search for a new referees' chief. \"We have looked long and hard for "
        "the right man,\" said league chairman Robert Ellery. The post was created last year. \"I believe Tom will "
        "do a great job and I have great faith in what he can achieve.\" Hale said: \"It is a great honour.\"\n",
        "I believe Tom",
        "Hale",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "expected"), CASES, ids=[c[0] for c in CASES])
def test_a_glued_segment_goes_on_past_its_tag(parse, name, article, words, expected) -> None:
    assert shown_speaker_of(parse, article, words) == expected
