"""Outlook: "it would be X to do Y" weighs an act, it foresees none (#13, :mod:`briefgen.extract.outlook.judgements`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # an extraposed act judged, whatever the judging word; a "for X to" clause as what is judged
    ("act judged", "The minister said it would be foolish and rash to compare the review to a purge.", False),
    ("act judged", "It would be wrong for any of the firms involved to hide behind secrecy.", False),
    ("act judged", "But it would be so much trouble to change banks that I never tried.", False),
    ("act judged", "He said a far better answer would be for local councillors to set the budget.", False),
    ("act judged", "He added it would be premature to say anything more about the case.", False),
    # the subject does the act, the act ahead is judged feasible, no infinitive, or a forecast
    ("act judged", "The company said it would be able to cut costs by $200m a year.", True),
    ("act judged", "The foundation said it would be happy to win 10% of the market.", True),
    ("act judged", "He said it would be possible to rescue the bill by amending it in the Lords.", True),
    ("act judged", "The analyst said the merger would be a disaster for the town.", True),
    ("act judged", "A well-funded bid would be enough for the tycoon to take control of the club.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_act_judged_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
