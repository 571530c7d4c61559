"""Outlook: an act under way in a bid to reach an end (#13, :func:`briefgen.extract.outlook.bids.act_in_a_bid_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("in a bid to", "The carrier is restructuring in a bid to fight off insolvency.", True),
    ("in a bid to, with an object", "The government is regaining control of the railway in a bid to rescue it.", True),
    ("as part of a plan to", "The airline is cutting its fares as part of a plan to ensure its survival.", True),
    ("as part of a drive to", "The republic is using invisible ink in its elections as part of a drive to prevent fraud.", True),
    ("in an effort to", "The bank is selling its branches in an effort to raise cash.", True),
    # past narration, the perfect progressive, a negation, a trend, no infinitive of the noun's own, "in order to"
    ("past", "The carrier restructured in a bid to fight off insolvency.", False),
    ("past progressive", "The carrier was restructuring in a bid to fight off insolvency when it collapsed.", False),
    ("perfect progressive", "The central bank has been raising rates since June in an attempt to curb inflation.", False),
    ("negated", "The carrier is not restructuring in a bid to please investors.", False),
    ("trend", "In a bid to cope, providers are increasingly making their networks smarter.", False),
    ("no infinitive", "The trust is running seminars as part of the campaign.", False),
    ("in order to", "The ministry is invoking an old power in order to withdraw the passports.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_act_in_a_bid_is_outlook(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_bid_cue(parse, category, sentence, expected):
    from briefgen.extract.outlook.bids import act_in_a_bid_cue

    _, doc = parse(_article(sentence))
    assert any(act_in_a_bid_cue(t) is not None for t in doc) is expected, f"{category}: {sentence!r}"


def test_the_attempt_nouns_come_from_wordnet():
    from briefgen.extract.outlook.bids import ATTEMPT_NOUNS

    assert {"attempt", "bid", "effort", "drive", "plan", "campaign"} <= ATTEMPT_NOUNS
    assert "order" not in ATTEMPT_NOUNS  # "in order to" is a manner as often as an aim


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Delta Air Lines is restructuring in a bid to fight off insolvency.", "Delta Air Lines"),
        ("The bank said it is selling its branches in an effort to raise cash.", "bank"),  # the usual route: who says
    ],
)
def test_who_acts_holds_the_plan(parse, sentence, holder):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert len(items) == 1
    name = items[0].holder.name if items[0].holder else None
    assert name == holder, f"{sentence!r} -> {name!r}"
