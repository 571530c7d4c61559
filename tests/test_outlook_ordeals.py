"""Outlook: a trial of strength faced now, "faces the first major test of his tenure", "The Bill now faces opposition
from peers" (#13, :func:`briefgen.extract.outlook.ordeals.ordeal_faced_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("test", "The new coach faces the first major test of his tenure as he tries to get back to winning ways.", True),
    ("test, placed", "The former champion knows he faces a tough test in Melbourne.", True),
    ("opposition", "The Bill now faces opposition from peers angry at the house arrest proposals.", True),
    ("opposition, progressive", "The government is facing concerted opposition from all sides in the Lords.", True),
    ("rebellion", "The home secretary faces a rebellion from his own backbenchers over the plans.", True),
    # the past, a negation, a present state of the market, what "face" is not
    ("past progressive", "The company was facing stiff opposition from farmers who campaigned against the crop.", False),
    ("past", "The minister faced opposition from his own party when he first proposed the scheme.", False),
    ("negated", "The proposal does not face any opposition from the other parties.", False),
    ("competition", "The airline faces stiff competition from rivals and low-cost carriers.", False),
    ("problems", "The industry faces problems with limited storage on phones.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_ordeal_faced(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_nouns_come_from_wordnet():
    """The class is the generated list's: a test undergone, an opposition, a rebellion; not a rivalry or a problem."""
    from briefgen.extract.outlook.ordeals import ORDEAL_NOUNS

    assert ORDEAL_NOUNS >= {"test", "opposition", "resistance", "rebellion", "backlash"}
    assert not {"competition", "challenge", "problem", "charge"} & ORDEAL_NOUNS
