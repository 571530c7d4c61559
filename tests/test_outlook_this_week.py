"""Outlook: this week's event named by its day, told now as the clause's subject or object, is ahead: "Tuesday's meeting
… is being hosted by", "misses Wednesday's tie" (#13, :func:`briefgen.extract.outlook.this_week.weekday_event_told_now_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("subject, progressive passive", "Friday's summit on trade reform is being hosted by the Dutch prime minister.", True),
    ("subject, progressive passive in a relative clause", "The defeat came at the city's new stadium, where Saturday's final is being played.", True),
    ("subject, progressive", "Sunday's race is taking place on a shortened course.", True),
    ("object, simple present", "The club's leading scorer misses Wednesday's cup match after breaking his wrist.", True),
    ("object, progressive", "The captain is missing Saturday's match with a knee injury.", True),
    # a subject in the simple present (this week's event over), the past, "last …", negated, a verb of state
    ("subject, simple present", "Thursday's figures offer a progress check on the scheme.", False),
    ("subject, simple present of be", "Tuesday's figures represent the first fall in unemployment for a year.", False),
    ("subject, past passive", "Tuesday's meeting on trade reform was hosted by the Dutch prime minister.", False),
    ("subject, past progressive passive", "The defeat came at the city's new stadium, where Saturday's final was being played.", False),
    ("object, last", "Fans are still discussing last Saturday's defeat.", False),
    ("subject, negated", "Sunday's race is not being televised in Britain.", False),
    ("object, verb of state", "He knows Wednesday's opponents well.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_this_weeks_event_told_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_event_is_scheduled_and_held_by_no_one(parse):
    """The event is on the calendar; the player who misses it or the host of a meeting foresees nothing."""
    sentence = "The club's leading scorer misses Wednesday's cup match after breaking his wrist."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].kind == "scheduled" and items[0].holder is None
