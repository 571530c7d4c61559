"""Outlook: a favourite named through the verb that names the standing — "have made Bez favourite to win", "are being
earmarked as hot favourites to go", "to be among the favourites to get" (#13, fifty-fifth pass,
:func:`briefgen.extract.outlook.contests.contest_standing_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("made favourite", "The bookmakers have made the dancer favourite to win the show.", True),
    ("made favourite, priced", "The bookmakers have made the pundit favourite to win the contest at 7/4.", True),
    ("earmarked as", "The champions are being earmarked as hot favourites in many places to win the title again.", True),
    ("among", "Both actors are now considered to be among the favourites to win Oscars.", True),
    # past narration, liking with no stake, a standing with no infinitive, a negation
    ("past", "The bookmakers made the dancer favourite to win the show, but he lost.", False),
    ("past as", "He was earmarked as favourite to win the title but finished third.", False),
    ("liking", "The club regards the striker as a favourite of the fans.", False),
    ("negated", "The bookmakers have not made the dancer favourite to win the show.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.contests import contest_standing_cue

    return any(contest_standing_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_favourite_named_through_its_verb(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
