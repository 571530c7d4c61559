"""Outlook: things ahead that no future verb carries (#13, :mod:`briefgen.extract.outlook.ahead`) and parses that mislead the frames, positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from briefgen.extract.outlook.cues import FORESEEN_MODIFIERS, FORWARD_MODIFIERS
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # an adjective of WordNet's "imminent" or a forecasting participle before a noun places it ahead
    ("foreseen modifier", "Analysts point to the chip's role in the imminent battle for the living room.", True),
    ("foreseen modifier", "The predicted rise in sales means the factory is hiring again.", True),
    ("foreseen modifier", "The anticipated merger of the two banks worries the unions.", True),
    ("foreseen modifier", "The predicted rise in sales never came.", False),  # past narration
    ("foreseen modifier", "Sales rose faster than predicted in the autumn.", False),  # no modifier: a comparison
    ("foreseen modifier", "The bank has left rates on hold, in a widely predicted move.", False),  # how awaited: a judgement
    # a forecasting participle describing a noun, dated ahead
    ("foreseen for", "The big trend predicted for this year is the merging of phones and cameras.", True),
    ("foreseen for", "He has made public his wish to stand in the poll, expected in May.", True),
    ("foreseen for", "With the election widely predicted for May, the party is raising funds.", True),
    ("foreseen for", "Analysts say the big trend predicted for last year is over.", False),  # a past date
    ("foreseen for", "Profits were higher than expected in the third quarter.", False),  # compared
    ("foreseen for", "The results, expected by many analysts, lifted the shares.", False),  # undated
    ("foreseen for", "Borrowing is less than the sum predicted in March's budget.", False),  # a thing of that date
    # a contest told in the present by its sides is a fixture to come
    ("contest ahead", "Henman, who now faces Russian Igor Andreev in the last 16, said he was tired.", True),
    ("contest ahead", "Ireland next face France at Lansdowne Road.", True),
    ("contest ahead", "Davenport plays Nadia Petrova in the second round.", True),
    ("contest ahead", "Carlos Moya takes on Andy Roddick in the reverse singles.", True),
    ("contest ahead", "DiCaprio plays millionaire Howard Hughes in the film.", False),  # a role
    ("contest ahead", "Henman, who faced Andreev in the last 16, said he was tired.", False),  # past
    ("contest ahead", "The company faces charges of fraud in the US.", False),  # no side: an accusation made
    ("contest ahead", "He has never played France at Twickenham.", False),  # perfect and negated
    # a goal the subject is on course or on track for, told now or reported
    ("on course", "Qantas made savings of A$245m, and is on track to top its target of A$500m for the full year.", True),
    ("on course", "A poll suggests the Conservatives are on course for their worst election defeat in a century.", True),
    ("on course", "Mr Brown insisted he was on course to meet his golden rule over the economic cycle.", True),
    ("on course", "Lagat was on course to break the record through 1200m but could not maintain the pace.", False),  # a race run
    ("on course", "Top seed Federer looked to be on course for an easy victory when he thumped the eighth seed.", False),
    ("on course", "The firm is not on track to meet its target.", False),  # negated
    ("on course", "The band played a track to warm up the crowd.", False),  # a song
    # (nineteenth pass) outlook over parses that mislead
    # the verb of a to-infinitive tagged as a noun still completes the frame
    ("infinitive taken for a noun", "BT is set to trial the technology later in the year.", True),
    ("infinitive taken for a noun", "Edinburgh City Council is to ballot constituents on proposals to introduce congestion charging.", True),
    ("infinitive taken for a noun", "He plans to axe 104,000 jobs to free up money for education and health.", True),
    ("infinitive taken for a noun", "UK airport operator BAA has reiterated its support for the government's aviation expansion plans to airports throughout the country.", False),  # a preposition: "to airports"
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_things_ahead_with_no_future_verb(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
    assert "The story began as it often does." not in texts


def test_foreseen_modifiers_are_forward_modifiers():
    # the modifier list is read by the forward-modifier cue and its first test: the added words must be in it
    assert FORESEEN_MODIFIERS <= FORWARD_MODIFIERS
    assert "approaching" not in FORWARD_MODIFIERS  # "an approaching car": left out on purpose


@pytest.mark.parametrize(
    "sentence",
    [
        "With the election widely predicted for May, the party is raising funds.",
        "He has made public his wish to stand in the poll, expected in May.",
    ],
)
def test_a_forecast_participle_names_no_holder(parse, sentence):
    # the participle's subject ("the election") or the clause's ("He") is not who foresees the date
    article, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert len(items) == 1 and items[0].holder is None, items
