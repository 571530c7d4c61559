"""Outlook: an appearance made or got, told now, in a match preview: "Easterby gets a rare start at scrum-half",
"with … making their international debuts" (#13, :func:`briefgen.extract.outlook.appearances.appearance_told_now_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("start got", "Walsh gets a rare start at scrum-half against the visitors.", True),
    ("debut, participle under a present", "The home line-up shows six changes with winger Tom Price and lock Dan Hale making their international debuts.", True),
    ("debut, progressive", "The young striker is making his debut for the club in the cup tie.", True),
    ("return made", "The goalkeeper makes his long-awaited return in a reserve game at Blackburn.", True),
    ("appearance", "Williams makes his first appearance of the season at the indoor meeting.", True),
    ("appearance faced", "The winger won his first cap in 1991 and now faces his landmark appearance at the age of 31.", True),
    # past narration, a tally, a negation, a selection told now, a noun of another sense
    ("past", "Walsh got a rare start at scrum-half against the visitors.", False),
    ("participle under a past", "Almost at once Price, winning his first start, answered with two penalties.", False),
    ("tally", "Stuart spent four years at the club, making 125 senior appearances.", False),
    ("negated", "The winger does not make his debut in the match after all.", False),
    ("selection told now", "Lock Dan Hale and right wing Tom Price return and the captain shifts to number eight.", False),
    ("return of an index", "These shares give the return of an underlying index.", False),
    ("a past debut followed", "The album is now a chart-topper on both sides of the Atlantic following its debut at number one.", False),
    ("a comeback under way", "The champion came third as he continues his comeback from a five-month injury lay-off.", False),
    ("another sense", "There is still the question of results when the referee signals the start of the game.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_appearance_told_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_player_holds_no_view(parse):
    """The player whose start is ahead is not who foresees it; the start is scheduled."""
    sentence = "Walsh gets a rare start at scrum-half against the visitors."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].holder is None and items[0].kind == "scheduled"


def test_the_nouns_come_from_wordnet():
    """The class is the generated list's: an appearance, a debut, a return, a turn to start; not a cap."""
    from briefgen.extract.outlook.appearances import APPEARANCE_NOUNS

    assert APPEARANCE_NOUNS >= {"appearance", "debut", "start", "return", "comeback"}
    assert not {"cap", "place", "recall", "selection"} & APPEARANCE_NOUNS
