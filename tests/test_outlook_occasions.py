"""Outlook: an occasion ahead named with "ahead of" and no date (#13,
:func:`briefgen.extract.outlook.occasions.occasion_ahead_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from briefgen.extract.outlook.occasions import EVENT_NOUNS
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("present", "The comments come a day ahead of a High Court challenge by local councils.", True),
    ("progressive passive", "A letter is being sent to all MPs ahead of the final debate in the Commons.", True),
    ("under an infinitive", "The minister is meeting his counterparts to agree a package ahead of a series of referendums.", True),
    ("perfect", "The winger has been recalled to the squad ahead of the final.", True),
    # a rival or a standard, past narration (through a participle or an infinitive), a guess at the past, a position
    ("a rival", "The firm has moved its prices ahead of the competition.", False),
    ("a standard", "Growth has been ahead of forecasts for three years.", False),
    ("past", "The government sent a letter to all MPs ahead of the final debate.", False),
    ("past above a participle", "Prosecutors blamed the managers in documents filed ahead of the sentencing.", False),
    ("past above an infinitive", "He said it was part of trying to soften up opinion ahead of the referendum.", False),
    ("modal perfect", "The agents may have carried out actions to discredit the party ahead of elections.", False),
    ("a position held", "Pirates try to buy new copies to keep ahead of the anti-piracy actions.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.occasions import occasion_ahead_cue

    return any(occasion_ahead_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_occasion_ahead(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_occasions_come_from_wordnet_and_leave_out_rivals():
    # occasions of each root the generator reads; nouns with a sense that is a person ("competition", "party") are out
    assert {"election", "referendum", "hearing", "summit", "final", "tour", "debate", "festival", "debut", "challenge"} <= EVENT_NOUNS
    assert not {"competition", "party", "forecast", "time", "rival"} & EVENT_NOUNS
