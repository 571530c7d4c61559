"""Outlook: a modal in the standard of a comparison is no outlook (#13, :mod:`briefgen.extract.outlook.comparisons`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # the modal sits in the "than" or second "as" clause: the yardstick
    ("than", "The system sends pictures to viewers far faster than would be possible with cable.", False),
    ("than", "The software is more useful to him than it would be to most scientists.", False),
    ("as ... as", "Some of the controls are not as responsive as they might be.", False),
    ("as ... as", "The game has been polished to get as close to perfection as could be hoped.", False),
    # a forecast in the main clause keeps its own cue; "rather than" does not compare
    ("main clause", "Prices will be higher next year than they would otherwise be.", True),
    ("rather than", "The company said it would sell the unit rather than close it.", True),
    ("plain", "The firm said the new system would be faster than the old one.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_yardstick_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
