"""Outlook: this week's event named by its day in a present perfect or present passive clause (#13,
:func:`briefgen.extract.outlook.ahead.weekday_event_in_perfect_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # the present perfect or present passive cannot take a past day as its own time: the event is still to come
    ("weekday in perfect", "The young striker has been ruled out of Saturday's cup tie against Leeds.", True),
    ("weekday in perfect", "The band is nominated for best album at Thursday's ceremony in London.", True),
    ("weekday in perfect", "The champion has pulled out of this weekend's indoor meeting in Glasgow.", True),
    ("weekday in perfect", "The singer has been shortlisted in two categories at Wednesday's awards.", True),
    # the past, a phrase after or outside the event, a phrase on a noun, the simple present, "last"
    ("weekday in perfect", "The young striker was ruled out of Saturday's cup tie against Leeds.", False),
    ("weekday in perfect", "The striker has been fined after Saturday's cup tie against Leeds.", False),
    ("weekday in perfect", "Ten posts have been closed, excluding Wednesday's cuts.", False),
    ("weekday in perfect", "The league is looking into the trouble at Tuesday's cup tie.", False),
    ("weekday in perfect", "A photograph of the prince appears in Thursday's newspaper.", False),
    ("weekday in perfect", "The striker has been praised for his goal in last Saturday's derby.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_event_of_this_week_in_a_perfect_clause(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
    assert "The story began as it often does." not in texts
