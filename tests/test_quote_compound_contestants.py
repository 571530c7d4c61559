"""An epithet whose head is a contestant's noun of two words is the person the text is about (#15, quotes31).

quotes30 sized "the (marathon) world record holder": WordNet lists "record-holder" (and "title-holder") as a contestant,
but the contestant list keeps single words, and WordNet's first sense of "holder" is a container, so "the world 200m
and 400m record holder told …" was tied to no one, and the epithet walk stopped at "The 30-year-old marathon world
record holder went into …" as at a sentence about a thing. ``contestant_compound_nouns.txt`` (generated from WordNet
3.0) makes the two words a person's (:func:`briefgen.extract.quotes.person_epithets.is_compound_contestant`). A thing's
"holder" ("the card holder", "the cup holder") and a holder the text has not named stay as they were. Made-up
articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker or its actor expected)
CASES = [
    (
        "a world record holder as the epithet speaker",
        "Sprint\nMark Dunn has criticised British sprinters for lacking ambition. "
        '"They need to show a little more pride," the world 200m and 400m record holder told Radio Five.\n',
        "They need to show a little more pride,",
        "Mark Dunn",
    ),
    (
        "a marathon world record holder as the epithet speaker",
        "Marathon\nPaula Reid will run in London in April. "
        '"I want to win here again," said the marathon world record holder.\n',
        "I want to win here again,",
        "Paula Reid",
    ),
    (
        "a record holder on the walk back from an age epithet",
        "Athens\nPaula Reid has said she will not retire. The 30-year-old marathon world record holder went into the "
        'race as favourite but dropped out after 23 miles. "I have thought about it a lot," said the 30-year-old.\n',
        "I have thought about it a lot,",
        "Paula Reid",
    ),
]

#: (case, article, the quoted words, words of a speaker or actor that must not be given)
NOT_GIVEN = [
    (
        "a thing's holder on the walk back stops it",
        "Cards\nPaula Reid runs the shop. The card holder was found in the street on Monday. "
        '"It is a mystery," said the 30-year-old.\n',
        "It is a mystery,",
        "Paula Reid",
    ),
    (
        "a cup holder is no record holder",
        "Cup\nPaula Reid runs the cafe. "
        '"It is a mystery," said the cup holder.\n',
        "It is a mystery,",
        "Paula Reid",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_compound_contestant_is_the_person_named_before(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), NOT_GIVEN, ids=[c[0] for c in NOT_GIVEN])
def test_a_things_holder_is_no_one_named_before(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker not in named, (quote.speaker, quote.cue)
