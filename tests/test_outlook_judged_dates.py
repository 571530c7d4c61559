"""Outlook: a modal of possibility on "be" with a plain adjective judges the present even when a side phrase holds a
date — the subject's, a relative clause's or a past side clause's — and an adjective of how long a thing lasts foretells
(#13, ``briefgen.extract.outlook.cues.judges_a_state``), negatives and positives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("relative clause's date", "It may be preferable for parents to use the fund, with any gifts that take the total above the annual limit going to a bank.", False),
    ("past side clause's date", "The board confirmed that he could only be eligible for Wales as he had toured with them in 1998.", False),
    ("subject's date", "Computers sold in 2003 could be vulnerable to the new worm.", False),
    # the date places the state, an adjective of lastingness
    ("date of the state", "The new drug could be available to patients in 2007.", True),
    ("lasting, hyphenated", "The respite for the currency, which fell sharply in late 2003, may be short-lived.", True),
    ("lasting", "The fall in the price of oil could be temporary.", True),
    ("plain state", "The drug may be harmful to the heart.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_judged_state_and_its_dates(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_lasting_adjectives_come_from_wordnet():
    from briefgen.extract.outlook.cues import LASTING_ADJECTIVES

    assert {"short-lived", "temporary", "permanent"} <= LASTING_ADJECTIVES
    assert not {"harmful", "preferable", "vulnerable"} & LASTING_ADJECTIVES
