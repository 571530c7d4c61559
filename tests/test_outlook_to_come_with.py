"""Outlook: things "to come" in a "with" phrase (#13, :func:`briefgen.extract.outlook.ahead.to_come_with_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("to come with", "The first tickets were sold on Tuesday, with the main sale still to come.", True),
    ("to come with", "Prices rose in January, with further increases to come.", True),
    ("to come with", "The focus has been on the trade deficit, with warnings of more job cuts to come.", True),
    ("to come with", "Chelsea led 2-0 with ten minutes to come.", False),  # an amount of time: a match told after
    ("to come with", "In 1998 the firm cut 500 jobs, with more losses still to come.", False),  # dated in a past year
    ("to come with", "She was pleased with the way things had come together.", False),  # not "to come"
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_things_to_come_in_a_with_phrase(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    assert all(item.holder is None for item in items), items  # what is to come holds no view
    assert "The story began as it often does." not in [item.text for item in extract_outlook(doc)]
