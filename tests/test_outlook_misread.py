"""Outlook over parses that mislead (#13, nineteenth pass): positives and negatives, each row a construction."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # the verb of a to-infinitive tagged as a noun still completes the frame
    ("infinitive taken for a noun", "BT is set to trial the technology later in the year.", True),
    ("infinitive taken for a noun", "Edinburgh City Council is to ballot constituents on proposals to introduce congestion charging.", True),
    ("infinitive taken for a noun", "He plans to axe 104,000 jobs to free up money for education and health.", True),
    ("infinitive taken for a noun", "UK airport operator BAA has reiterated its support for the government's aviation expansion plans to airports throughout the country.", False),  # a preposition: "to airports"
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it often does.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_outlook_over_misleading_parses(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
    assert "The story began as it often does." not in texts
