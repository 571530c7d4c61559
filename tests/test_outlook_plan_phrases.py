"""Outlook: a plan named with its infinitive as the object of a preposition, in a clause told now (#13,
:func:`briefgen.extract.outlook.plan_phrases.plan_in_a_phrase_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("behind", "The actor is one of the people behind plans to reopen the town's old theatre.", True),
    ("part of", "The sale is the final part of a plan to restructure the group's debts.", True),
    ("over", "There is widespread anger over the council's plans to close the library.", True),
    ("about", "Teachers are unhappy about plans to use the sports fund to repair roofs.", True),
    ("progressive", "The firm is starting its push into television with plans to offer films online.", True),
    ("reported", "A spokesman has said the purchase is part of its plan to build a national energy firm.", True),
    ("under a present verb", "Critics say the figures fail to take into account the costs of the mayor's plan to rebuild the port.", True),
    # the past, the perfect, a negation, no infinitive of its own, a noun not of a plan
    ("past", "The listing was part of the country's plans to open its insurance market.", False),
    ("past protest", "Thousands marched against plans to build the road.", False),
    ("perfect", "The government has been forced to back down over its proposal to sell the forest.", False),
    ("present under the past", "They called for a promise that the council consults on any plans to close the library.", False),
    ("negated", "The sale is not part of any plan to restructure the group.", False),
    ("no infinitive", "There is widespread anger over the council's plans for the library.", False),
    ("not a plan noun", "There is widespread anger over the council's refusal to open the library.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_plan_in_a_phrase_is_outlook(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_plan_in_a_phrase_cue(parse, category, sentence, expected):
    from briefgen.extract.outlook.plan_phrases import plan_in_a_phrase_cue

    _, doc = parse(_article(sentence))
    assert any(plan_in_a_phrase_cue(t) is not None for t in doc) is expected, f"{category}: {sentence!r}"


def test_the_plan_nouns_come_from_wordnet():
    from briefgen.extract.outlook.plan_phrases import PLAN_NOUNS

    assert {"plan", "scheme", "proposal", "programme"} <= PLAN_NOUNS
    assert not {"decision", "refusal", "design", "attempt"} & PLAN_NOUNS
