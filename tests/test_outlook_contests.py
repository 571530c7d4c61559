"""Outlook: a contest's standing told now — favourites, contenders, odds (#13,
:func:`briefgen.extract.outlook.contests.contest_standing_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("favourite", "The comedian remains odds on favourite to win the reality show.", True),
    ("favourite", "The novel is now 5/4 favourite for the Whitbread prize.", True),
    ("favourite", "The singer is favourite to be voted off the show.", True),
    ("contender", "The actor also remains a contender for eviction.", True),
    ("contender", "The UK has two contenders in the best short film category.", True),
    ("odds", "Bookmakers have offered odds of 10/1 for all his hits to go back to number one.", True),
    ("odds", "The actress has 5/1 odds of winning the best actress award.", True),
    # past narration, a standing overtaken, liking, the idioms of "odds", a rival with no stake, a modal
    ("past", "The top seed was a strong favourite for the title but lost in the final.", False),
    ("past", "The model had been favourite to be voted out, with bookmakers offering odds of 1/5 on her departure.", False),
    ("liking", "The operating system has long been a favourite of virus writers.", False),
    ("idiom", "The figures remain at odds with what is happening on the ground.", False),
    ("idiom", "The club paid well above the odds for the striker.", False),
    ("no stake", "The console is a contender.", False),
    ("negated", "The film is not the favourite for best picture.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.contests import contest_standing_cue

    return any(contest_standing_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_contest_standing_told_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"


def test_the_one_priced_holds_no_view(parse):
    """ "X has 5/1 odds": the bookmakers' view, not X's; the dobj-noun rule of frame nouns must not name X."""
    sentence = "The actress Imelda Staunton has 5/1 odds of winning the best actress award."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].holder is None
