"""Outlook: a move arranged, told in the present progressive (#13,
:func:`briefgen.extract.outlook.departures.arranged_move_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("launch", "The internet provider has announced it is launching its own telephone service in the UK.", True),
    ("relocate", "Business has fallen at the studio, which is relocating to smaller premises in Miami.", True),
    ("return", "The former media chief is also returning to advise the party on its campaign.", True),
    ("quit", "The electronics maker said that it is quitting the panel market.", True),
    ("join", "The young striker is joining Corinthians for nearly $20m.", True),
    ("leave", "The chancellor is leaving Britain on a tour of Africa.", True),
    ("backshift", "The presenter recently announced he was leaving Viacom.", True),
    # a rate or trend, a return from injury, leaving a thing, the perfect progressive, past narration, a negation
    ("rate", "One person in the UK is joining the fast lane every 10 seconds.", False),
    ("trend", "More and more Americans are joining the fast lane.", False),
    ("return from", "The flanker is just returning from a broken leg.", False),
    ("leave a thing", "We are leaving a poor inheritance for the next generation.", False),
    ("perfect progressive", "The firm has been launching new phones all year.", False),
    ("past", "The studio was relocating to Miami when the fire broke out.", False),
    ("negated", "The striker is not joining Chelsea.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.departures import arranged_move_cue

    return any(arranged_move_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_move_arranged(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
