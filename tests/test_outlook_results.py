"""Outlook: a contest's "next" unit won or lost in narration is the story's next moment, not a fixture ahead (#13,
:func:`briefgen.extract.outlook.results.next_unit_narrated`), negatives and the looks ahead it keeps."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("live present", "The fans cheer when the Spaniard loses the next point and falls a break behind.", False),
    ("live present, possessive", "She drops a volley but wins her next service game to lead by a set.", False),
    ("with a gerund", "The defeat sparked a crisis, with the side winning only three of their next ten games.", False),
    ("before a gerund", "The teenager was only a break down in the first set before losing ten of the next twelve games.", False),
    # a modal, a condition, an infinitive (the content of an appeal as often as a result), no result verb
    ("modal", "The champions must win their next two games to stay in the competition.", True),
    ("condition", "He unveiled a housing plan for if his party wins the next election.", True),
    ("appeal", "She closed her speech with a plea to the members to go out and win the next election.", True),
    ("no result verb", "The side play their next game against the leaders at home.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_next_unit_won_or_lost(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_result_verbs_come_from_wordnet():
    from briefgen.extract.outlook.results import RESULT_VERBS

    assert {"win", "lose"} <= RESULT_VERBS
    assert not {"take", "play", "carry", "drop"} & RESULT_VERBS
