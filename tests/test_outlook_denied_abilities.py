"""A "could" negated through its object ("could find no record", "could do no wrong", "there could be no deals") is
the past or present of "cannot", as "could not" is, not a possibility ahead (#13, fifty-sixth pass:
:mod:`briefgen.extract.outlook.denied_abilities`; set 50's entertainment/293 twice, and on the BBC corpus seven such
items in six articles, none looking ahead).

A "could" ahead stays: an object with no denial, another modal ("may find no buyer"), "no" inside a phrase that is
not the object ("could be sold with no warning").
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("denied object", "San Francisco police said they could find no record of his arrest.", False),
    ("denied object", "The Brazilian confirmed tempers had flared but could shed no light on the reports.", False),
    ("denied object", "To supporters of England, the captain could do no wrong.", False),
    ("denied object", "The minister again insisted there could be no deals about the leadership.", False),
    ("denied object", "Detectives said they could find no instance of a complaint to the police.", False),
    ("nothing", "The company said it could offer nothing more to the workers.", False),
    # a possibility ahead
    ("ahead", "Police said they could find more evidence in the coming weeks.", True),
    ("ahead", "The deal could give the bank a record profit next year.", True),
    ("ahead", "Analysts said the takeover could be blocked with no warning.", True),
    ("other modal", "Analysts said the firm may find no buyer for the unit.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_could_denied_through_its_object(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
