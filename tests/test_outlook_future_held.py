"""Outlook: the time to come, or a chance in it, as what a party is or has now, "Microsoft thinks IPTV is the future of
television", "Liverpool have little chance of winning the cup" (#13,
:func:`briefgen.extract.outlook.horizons.future_held_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("the future, reported", "The firm thinks online video is the future of television.", True),
    ("the future, bare", "The chairman believes that hybrid cars are the future.", True),
    ("has a future, a noun's clause", "The best sign that the format has a future is the number of rivals.", True),
    ("a chance", "The champions have little chance of winning the title this season.", True),
    ("a chance, reported", "The striker has insisted that he has a small chance of playing on Sunday.", True),
    ("a chance, bare", "They have a chance, but the odds are against them.", True),
    ("a prospect", "The region has a real prospect of a medal.", True),
    # a past possession, a counted plural, a belief held now, a description of a kind, anyone's chance, narration
    ("perfect", "The minister has had the chance to tackle the problems.", False),
    ("counted players", "The club has two outstanding young prospects in its academy.", False),
    ("a belief, not a chance", "Viewers have unrealistic expectations of forensic science.", False),
    ("a kind described", "An election is the best chance most lobby groups get to change policy.", False),
    ("anyone", "You have a small chance of winning the lottery.", False),
    ("past narration", "The team had a chance in the third set but lost the match.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.horizons import future_held_cue

    return any(future_held_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_future_held(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "expected"


def test_the_cue_is_its_own(parse):
    """The cue fires on the noun a party has or is, not on the noun as a subject (:func:`outlook_judged_cue`'s)."""
    _, doc = parse(_article("The champions have little chance of winning the title this season."))
    assert _cue_fires(doc)
    _, doc = parse(_article("The future of the brand remains in question."))
    assert not _cue_fires(doc)


def test_the_nouns_are_wordnet_s():
    """The list is the two WordNet synsets, the time to come and the chance of success in it, and no belief noun."""
    from briefgen.extract.outlook.horizons import CHANCE_NOUNS

    assert {"future", "chance", "prospect"} <= CHANCE_NOUNS
    assert not CHANCE_NOUNS & {"expectation", "outlook"}
