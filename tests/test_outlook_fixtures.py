"""Outlook: an encounter faced now with a named other side, "Chelsea face a trip to Newcastle" (#13,
:func:`briefgen.extract.outlook.fixtures.fixture_faced_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("compound side", "They now face an All Blacks team led by their new coaches.", True),
    ("to a side", "Chelsea face a trip to Newcastle in the fifth round.", True),
    ("against a side", "Brentford face a home tie against holders Manchester United in the sixth round.", True),
    ("with a side", "The manager faces an immediate reunion with his old club Portsmouth.", True),
    ("against a player", "The champion faces a huge challenge against Safin in the final.", True),
    # a name owning a thing, "from", the past, a negation, no side named
    ("owner", "Microsoft is facing a growing challenge to IE's hold on the web.", False),
    ("from", "The console faces stiff competition from handheld devices made by Nintendo.", False),
    ("past", "Chelsea faced a trip to Newcastle in the last round.", False),
    ("negated", "Brentford do not face a home tie against Manchester United.", False),
    ("no side", "The club faces a difficult season.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.fixtures import fixture_faced_cue

    return any(fixture_faced_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_encounter_faced_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "scheduled"


def test_the_cue_is_its_own(parse):
    """The cue fires on "face" with a common noun object; a named side as the object is the contest cue's."""
    _, doc = parse(_article("Chelsea face a trip to Newcastle in the fifth round."))
    assert _cue_fires(doc)
    _, doc = parse(_article("Ireland next face France at Lansdowne Road."))
    assert not _cue_fires(doc)
