"""An office in a report's lead is the person the next sentence names (#15, quotes30).

BBC reports open by office and name the holder only in the sentence after: "Scotland's first minister has told …
pupils that it is okay to get drunk “once in a while”. Jack McConnell was speaking to …". Every other route looks
back from the speaker, and before the lead no one is named, so the words stayed the office's as written
(:mod:`briefgen.extract.quotes.lead_roles`). Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker actor expected)
CASES = [
    (
        "a place's office in the lead, the holder the next sentence's subject",
        "Drink remark row\nScotland's first minister has told a group of pupils that it is fine to get drunk "
        '"once in a while". Jack Connell was speaking to more than 100 pupils about binge drinking.\n',
        "once in a while",
        "Jack Connell",
    ),
    (
        "a justice minister's lead, the holder named next",
        "Warning to bigots\nScotland's justice minister has warned bigoted fans that she wants to hit them "
        '"where it hurts most" by banning them. Cathy Jameson said exclusion orders were one of several measures.\n',
        "where it hurts most",
        "Cathy Jameson",
    ),
    (
        "a later paragraph's office, no one named before: the next sentence's subject",
        "Dollar slides\nThe dollar fell to a new low against the euro on Monday.\n\nMeanwhile, France's finance "
        'minister has said the world faced "economic catastrophe" without controls. Paul Martel said he would raise '
        "the issue at the next meeting.\n",
        "economic catastrophe",
        "Paul Martel",
    ),
]

#: (case, article, the quoted words, the name the quotation must not be given)
KEPT = [
    (
        "a person named before the office: the lead is no longer the first naming",
        "Tax plan\nBank chief Paul Martel met bankers on Monday. France's finance minister has said the country faced "
        '"an economic catastrophe" without action. Anne Dubois said she would raise the issue.\n',
        "an economic catastrophe",
        "Anne Dubois",
    ),
    (
        "the next sentence's subject is no person",
        "Terror law\nBritain's prime minister has defended house arrest, saying \"several hundred\" people are plotting "
        "attacks. The government is facing opposition from MPs.\n",
        "several hundred",
        "government",
    ),
    (
        "a person titled with another office is not the holder",
        "Terror law\nBritain's prime minister has defended house arrest, saying \"several hundred\" people are plotting "
        "attacks. Home Secretary Charles Clarkson said the plans would be published.\n",
        "several hundred",
        "Charles Clarkson",
    ),
    (
        "a body's noun is no office",
        "Shares fall\nBritain's biggest bank has said profits would be \"well below\" forecasts. John Smith said sales fell.\n",
        "well below",
        "John Smith",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_lead_office_is_the_person_named_next(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.speaker_actor)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), KEPT, ids=[c[0] for c in KEPT])
def test_a_lead_office_is_not_given_the_wrong_person(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker not in named, (quote.speaker, quote.speaker_actor)
