"""Outlook: a party somewhere now for what it will do there, "is in London to speak at a dinner" (#13,
:func:`briefgen.extract.outlook.visits.stay_for_a_purpose_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("person", "The British-born presenter is in London to speak at a fundraising dinner.", True),
    ("person", "The actor is in Paris to publicise his new comedy.", True),
    ("currently", "The Australian actress is currently in Sydney to film her latest movie.", True),
    # the past, no actor, no place, a negation
    ("past", "The British-born presenter was in London to speak at a fundraising dinner.", False),
    ("no actor", "In the West, it is easy to forget how well the regime treated its citizens.", False),
    ("no place", "The presenter is in a hurry to finish the series.", False),
    ("negated", "The actor is not in Paris to publicise his new comedy.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_stay_for_a_purpose(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
