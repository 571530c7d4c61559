"""Outlook: "is to" with an effect, a use or an effort as its subject says what that is and schedules nothing (#13,
outlook45; :func:`briefgen.extract.outlook.equatives.says_what_it_is`, ``data/stand_in_nouns.txt``)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # an effect, a use or an effort as the subject of "is to": what it consists in
    ("stand-in", "The effect of the new rules is to shut smaller traders out of the market.", False),
    ("stand-in", "The use of plain packets is simply to make the brand less visible to children.", False),
    ("stand-in", "Officials said their efforts are to protect the smaller banks from the crisis.", False),
    ("stand-in", "The result of the deal is to give the group control of the port.", False),
    ("stand-in", "The minister said the reform is lawful, stressing the efforts are to repair years of neglect.", False),
    # the parser hangs the noun on the verb before and leaves "are" with no subject: the noun right before stands in
    ("stand-in", 'In a statement, the minister said the reform is not against the law, which protects property, while stressing the efforts are to "repair" years of neglect in the country.', False),
    # a modal above keeps its look ahead; a passive infinitive schedules what the noun undergoes
    ("modal", "The effect of the cuts would be to close three hospitals.", True),
    ("modal", "The result could be to push prices higher across the region.", True),
    ("passive", "Efforts to promote the region abroad are to be boosted by extra funding.", True),
    ("passive", "The result of the ballot is to be announced on Friday.", True),
    # a party the act is to befall: scheduled, as before
    ("scheduled", "The firm is to cut 300 jobs at its plant in Leeds.", True),
    ("scheduled", "The users of the old service are to receive a refund.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_is_to_whose_subject_is_an_effect_use_or_effort(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
