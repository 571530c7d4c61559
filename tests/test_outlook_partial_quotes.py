"""Outlook: a cue inside a partial quotation of reported speech is the report's, 'said the bus service "will be able
to reunite families"' (#13, :func:`briefgen.extract.outlook.partial_quotes.in_partial_quotation`), positives and
negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("likely", 'The students\' union argued that the situation was "likely to get much worse for poorer students".', True),
    ("will", 'The minister said the bus service "will be able to reunite families divided for decades".', True),
    ("expected", 'The institute said the euro zone "is expected to pick up speed".', True),
    ("might", 'The critic felt that there "might well be" a sweep of awards for the film.', True),
    # a quotation that speaks for itself, one that opens before the clause's subject, the speaker's own past
    ("colon", 'The minister said: "The bus service will be able to reunite families."', False),
    ("said after", '"The bus service will reunite families," the minister said.', False),
    ("opens before subject", 'The minister said "the bus service will reunite families".', False),
    ("quoted past", 'The minister praised her, saying he "agreed with everything she had done" to change the service.', False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_partial_quotation_of_reported_speech(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
