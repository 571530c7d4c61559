"""Outlook: "soon/shortly after" an event counts from that event, not from the telling (#13,
:func:`briefgen.extract.outlook.cues.future_time_spans`), negatives and the positives it must keep."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from briefgen.extract.outlook.cues import future_time_spans
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("past, infinitive on a noun", "The striker missed a chance to level the scores again shortly after the break.", False),
    ("copula, past event", "The row comes at a bad time for the party, soon after the departure of its leader.", False),
    ("past", "The sprinter retired shortly after his 34th birthday.", False),
    # kept: a modal, "soon/shortly" alone, an event ahead after "after"
    ("modal", "He will succeed the previous envoy shortly after the next election.", True),
    ("shortly alone", "The talks will resume shortly.", True),
    ("soon alone", "The minister is expected to announce the decision soon.", True),
    ("soon, no modal", "A decision is due soon.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_soon_after_an_event(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_time_phrase_is_the_events(parse):
    """ "shortly after the next election" places the item by "the next election", not by "shortly"."""
    _, doc = parse(_article("He will succeed the previous envoy shortly after the next election."))
    assert [s.text for s in future_time_spans(doc)] == ["next election"]
    _, doc = parse(_article("The striker missed a chance to level the scores shortly after the break."))
    assert future_time_spans(doc) == []
