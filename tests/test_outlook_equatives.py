"""Outlook: "X is to do Y" that says what X is schedules nothing (#13, :mod:`briefgen.extract.outlook.equatives`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # the perfect, a demonstrative, a question of method: the subject equated with the act
    ("equative", "The result has been to push prices up across the region.", False),
    ("equative", "But that is not to say the album is anything other than a fine record.", False),
    ("equative", "This is to stop landlords from keeping deposits they do not need.", False),
    ("equative", "The hardest part for small firms is how to store all their records.", False),
    # a party or a thing the act is to befall: scheduled
    ("equative", "The bank is to cut 2,000 jobs as profits fall.", True),
    ("equative", "Maternity pay is to rise by £1,400 next year.", True),
    ("equative", "One of the directors is to leave the board in March.", True),
    ("equative", "One of the options being studied is to sell the stake.", True),  # "one of": left, see the module
    ("equative", "The firm said this week that it is to close the plant.", True),
    ("equative", "The only plant that is to close this year is in Leeds.", True),  # a relative "that" is no demonstrative
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_is_to_that_says_what_its_subject_is(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
