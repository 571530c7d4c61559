"""Outlook: a "will" that presumes what has already happened is no outlook (#13, :mod:`briefgen.extract.outlook.presumptions`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # "will have" + participle with nothing placing the perfect ahead: a guess at what is already so
    ("presumed", "Fans of the old game will have noticed the new menus straight away.", False),
    ("presumed", "The two goals against Leeds will have boosted his chances of a place.", False),
    ("presumed", "Shareholders will have had a long night reading the figures.", False),
    ("presumed", "For the past decade most players will have grown used to the yearly update.", False),
    # a future perfect: a time, a "by" phrase, a condition or a time clause gives the point ahead
    ("future perfect", "By the end of next year the company will have opened 40 new stores.", True),
    ("future perfect", "At the end of 2006 the airline will have taken delivery of 100 planes.", True),
    ("future perfect", "If the striker scores on Saturday he will have proved his critics wrong.", True),
    ("future perfect", "The deal ends in 2008, by which time he will have spent ten years at the club.", True),
    # no perfect infinitive: an ordinary look ahead
    ("plain will", "The company will have to cut 500 jobs, its chairman said.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_presumption_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
