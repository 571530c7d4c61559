"""Outlook: a reported clause the parser coordinated with the verb of saying itself is still the report's content
(#13, :func:`briefgen.extract.outlook.cues.reporting_frame` with ``_content_continued``), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("but likely", "A spokeswoman said the terms had not been set but it was likely to include only England and Wales.", True),
    ("and would", "He said nothing had changed in his work and it was a matter he would have to discuss with them.", True),
    ("and that", "Searching was only helping users, said the founder and that it was likely people would use many.", True),
    # no clause reported before, no verb of saying: past narration stays out
    ("no report before", "The minister said nothing and it was likely to rain.", False),
    ("no verb of saying", "The minister arrived late and it was likely to be a long night.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_reported_content_goes_on(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_speaker_holds_it_and_its_time_is_its_own(parse):
    """The one who says the first clause holds the second; a time after "and" is the second clause's, not the saying's."""
    sentence = "Acme Group has said any package should reflect its new owners, and it will not accept an unfair burden."
    _, doc = parse(_article(sentence))
    (item,) = [i for i in extract_outlook(doc) if i.text == sentence]
    assert item.holder is not None and "Acme" in item.holder.name
    sentence = "Firms have realised the network is a good way to sell, said the chairman, and soon they will all want a slice."
    _, doc = parse(_article(sentence))
    (item,) = [i for i in extract_outlook(doc) if i.text == sentence]
    assert item.when is not None and item.when.text == "soon"
