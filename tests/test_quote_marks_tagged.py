"""A quotation whose closer the source lost before a speech tag ends at the tag (#15, the lead's reading of
Random(9595): business/172's ``"In view of … 'wait and see', the organisation said in its report. Global growth …
"The orderly reversal …," it noted.`` read as one quotation, narrative and all, with no speaker; on the BBC corpus
three such quotations in three articles).

The tag in the quotation's first sentence, or in a sentence in the speaker's own voice, ends it at the tag's comma;
a later sentence in the third person is the writer's, and the quotation ends before it. The mark glued on after it
opens the next quotation. A glued paragraph with no speech tag before it stays one quotation (BBC style).
"""

from __future__ import annotations

import pytest

from briefgen.extract.quotes import find_segments

#: (case, line, the segments' words, whether each reopens: a paragraph of the same quotation follows)
CASES = [
    (
        "the tag in the first sentence",
        'The report said: "Policy is likely to \'wait and see\', the organisation said in its report. Growth is '
        'expected to fall. "The reversal is a challenge," it noted.',
        ["Policy is likely to 'wait and see'", "The reversal is a challenge,"],
        [False, False],
    ),
    (
        "a later sentence in the third person is the writer's",
        'The committee said: "We are deeply concerned by the shortages. This mirrored concerns the committee had '
        'expressed on maths, it said. "It is hard to see how progress can be made."',
        ["We are deeply concerned by the shortages.", "It is hard to see how progress can be made."],
        [False, False],
    ),
    (
        "a later sentence in the speaker's voice is the speaker's",
        'He said: "We met the board. We told them we would fight, he said. "The fight goes on."',
        ["We met the board. We told them we would fight", "The fight goes on."],
        [False, False],
    ),
    (
        "a glued paragraph with no tag stays one quotation",
        'He said: "We met the board on Monday. "The fight goes on."',
        ["We met the board on Monday. ", "The fight goes on."],
        [True, False],  # the first reopens: one quotation of two paragraphs
    ),
]


@pytest.mark.parametrize(("name", "line", "expected", "reopens"), CASES, ids=[c[0] for c in CASES])
def test_a_speech_tag_ends_a_quotation_the_source_left_open(name: str, line: str, expected: list[str], reopens: list[bool]) -> None:
    segments = find_segments(line)
    assert [line[s.start : s.end] for s in segments] == expected
    assert [s.reopens for s in segments] == reopens
