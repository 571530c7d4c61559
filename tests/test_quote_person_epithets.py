"""A "he" after a main subject that is a person by its form is that person, not a name the sentence mentions (#15, quotes29).

The held-out read Random(10707) gave Roger Federer's two quotations to Ivan Ljubicic: "The world number one was
forced to go the distance against Ivan Ljubicic …. “…,” he said". The look-back took the description for the person
the sentence is about only when its head is a person's noun; a ranking ("world number one") and a performer's noun
WordNet ranks after a thing's ("star") are persons by their form (:mod:`briefgen.extract.quotes.person_epithets`; the performer's noun for an epithet speaker
only, "said the Chelsea star"). A thing's "number" with no numeral, a
thing's noun and a plain description of a body stay as they were. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker or its actor expected)
CASES = [
    (
        "a ranking's description, an opponent named in its sentence",
        "Dubai\nTom Hale was not worried after his win on Monday. The world number one was forced to go the distance "
        'against Ivan Borg in the Rotterdam final. "I had a slow start again and it is quite an effort," he said.\n',
        "I had a slow start again and it is quite an effort,",
        "Tom Hale",
    ),
    (
        "a former ranking's description, an opponent named in its sentence",
        "Comeback\nAnna Berg will play in Pattaya on Monday. The former world number two lost to Elena Dale "
        'in her last match in Germany. "I miss it a lot," she said.\n',
        "I miss it a lot,",
        "Anna Berg",
    ),
    (
        "a ranking's description on the walk back from an epithet speaker",
        "Pattaya\nAnna Berg may return to tennis this year. The former world number one will play in Thailand "
        'this month. "The players there are ranked lower," added the 24-year-old Swiss.\n',
        "The players there are ranked lower,",
        "Anna Berg",
    ),
    (
        "a performer's noun WordNet ranks after a thing's, as the epithet speaker",
        "Chelsea\nMan-of-the-match Marc Dulac explained the miss on Wednesday. He chose to shoot against the bar. "
        '"I lost it in the lights," said the Chelsea star.\n',
        "I lost it in the lights,",
        "Marc Dulac",
    ),
]

#: (case, article, the quoted words, words of the speaker or its actor that must stay)
KEPT = [
    (
        "a number with no numeral is a thing",
        "Jobs\nTom Hale spoke on Monday. The number of jobs lost was counted by Ivan Borg for the union. "
        '"It is a grim day," he said.\n',
        "It is a grim day,",
        "Ivan Borg",
    ),
    (
        "a thing's noun as the main subject leaves the named person",
        "Rates\nTom Hale spoke on Monday. The report was written by Ivan Borg for the bank. "
        '"Rates will rise," he said.\n',
        "Rates will rise,",
        "Ivan Borg",
    ),
]

#: (case, article, the quoted words, words of a speaker or actor that must not be given)
NOT_GIVEN = [
    (
        "several performers on the walk back are no one person",
        "Premiere\nActress Jane Moss told reporters the night was cold. The younger stars of film were also there "
        'in the shape of Emma Ward. "They are a little too old for me," joked the 14-year-old.\n',
        "They are a little too old for me,",
        "Jane Moss",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_he_after_a_person_by_form_is_that_person(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), KEPT, ids=[c[0] for c in KEPT])
def test_a_he_after_a_thing_stays_as_it_was(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), NOT_GIVEN, ids=[c[0] for c in NOT_GIVEN])
def test_several_performers_are_no_one_person(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker not in named, (quote.speaker, quote.cue)
