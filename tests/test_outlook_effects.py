"""Outlook: an effect foreseen with "should" (#13, :mod:`briefgen.extract.outlook.effects`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # a demonstrative, a relative or a gerund subject: what was just told, weighed for its effect
    ("effect foreseen", "That should make life a little easier for the smaller shops.", True),
    ("effect foreseen", "These new contracts should help lift the group's profits.", True),
    ("effect foreseen", "The firm said this agreement should ease fears about the plant.", True),
    ("effect foreseen", "The airline has ordered 70 planes, in a deal which should lead to 400 new posts.", True),
    ("effect foreseen", "Moving the tournament to the spring should bring warmer weather for the players.", True),
    # advice: a party, a passive, a bare noun, the perfect, the negated, a state, an inverted condition, a tenet
    ("effect foreseen", "The government should help to fund local theatres.", False),
    ("effect foreseen", "We should cut the number of forms people fill in.", False),
    ("effect foreseen", "Those who leave the party should give up their seats.", False),
    ("effect foreseen", "These figures should be revised before the report is printed.", False),
    ("effect foreseen", "That change should have led to more goals in the first half.", False),
    ("effect foreseen", "This system should not allow a page to install programs without asking.", False),
    ("effect foreseen", "This should be a matter for the courts.", False),
    ("effect foreseen", "Should this plan fail, the union says it has other options.", False),
    ("effect foreseen", "The new songs should include a chorus that children can sing.", False),
    ("effect foreseen", "He held to the belief that this design should make machines easy to use.", False),
    ("effect foreseen", "Officials met, adding such sweeping changes should put patients first.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_effect_foreseen_with_should(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
    assert "The story began as it often does." not in texts
