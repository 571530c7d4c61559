"""Outlook: a name the tagger read as a modal, "May said", "Will Young won the prize", foresees nothing (#13,
:mod:`briefgen.extract.outlook.misread_modals`); a modal before a bare verb, or a lower-case slip, still does."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("surname, past", "May performed with the singer at a concert in London in September.", False),
    ("surname, past", "May wrote on his website that the show had gone well.", False),
    ("first name, past", "Will Young won the best single prize for his last record.", False),
    ("first name, present", "Will Smith stars as a detective in the film.", False),
    # a modal before a bare verb, at the start of a sentence or not; a typing slip in lower case
    ("modal", "May's rivals may perform at the festival in September.", True),
    ("modal", "The band will perform at the festival in September.", True),
    ("modal", "Fans may see the band on stage again in the summer.", True),
    ("slip", "Creditors fear such a move would triggered a wave of redemption requests.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_name_read_as_a_modal(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
