"""A quotation inside what a second speaker is reported to have said is that speaker's (#15, quotes27).

The held-out read Random(10303) gave "weighted overwhelmingly" to the reporter of "The barrister … had said the rules
were “…”, said Mr Clarke"; over the BBC corpus the same report within a report gave the reporter the words of "the
police had said …", "Mr Blunkett had complained he had inherited a “…”", "the man … claimed he was “…”", "a Jackson
lawyer had told her …" and "Ian McCartney … described Oliver Letwin as a “…”"
(:func:`briefgen.extract.quotes.inner_report.inner_reporter`). A negated inner verb, a thing as its subject, a
passive's subject, a pronoun, and a quotation in a phrase of manner or time stay the reporter's. Made-up articles, parsed by the real
model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker or its actor expected)
CASES = [
    (
        "a described person's report inside the reporter's, the reporter after",
        "Burglars\nThe law will stay as it is. The lawyer who had represented Mr Grant had said the rules were "
        '"tilted heavily" towards the owner, said Mr Hale.\n',
        "tilted heavily",
        "lawyer",
    ),
    (
        "a body's report inside the reporter's",
        "ID cards\nTom Hale spoke on Monday. Mr Hale said the police had said the cards could "
        '"help them stop a bomb plot".\n',
        "help them stop a bomb plot",
        "police",
    ),
    (
        "a named person's complaint inside the reporter's",
        "Home Office\nTom Hale spoke on Monday. Mr Hale said Mr Dunne had complained he had been left a "
        '"huge mess" by his predecessor.\n',
        "huge mess",
        "Dunne",
    ),
    (
        "a named person's labelling inside what the reporter reminded",
        "Posters\nTory spokesman Tom Hale reminded MPs that party chairman Ian Dunne last year described "
        'the shadow chancellor as a "modern villain".\n',
        "modern villain",
        "Ian Dunne",
    ),
]

#: (case, article, the quoted words, words of the speaker or its actor that must stay)
KEPT = [
    (
        "a negated inner verb leaves the words the reporter's",
        "Trial\nSarah Cole gave evidence on Monday. Ms Cole said Mr Dunne had not mentioned "
        '"anything unusual" at the meeting.\n',
        "anything unusual",
        "Sarah Cole",
    ),
    (
        "a thing as the inner subject leaves the words the reporter's",
        "Calls\nTom Hale spoke on Monday. He says evidence from local parties suggests there are "
        '"significant" numbers of such calls.\n',
        "significant",
        "Tom Hale",
    ),
    (
        "a quotation in a phrase of manner leaves the words the reporter's",
        "Meeting\nTom Hale met the prime minister on Monday. Mr Hale said Mr Dunne had spoken with "
        '"such warmth" to the families.\n',
        "such warmth",
        "Tom Hale",
    ),
    (
        "a passive inner verb's subject is whom the words were said to",
        "Ban\nTom Hale spoke on Monday. Mr Hale said the young player was told by letter that his future was "
        '"very much in doubt".\n',
        "very much in doubt",
        "Tom Hale",
    ),
    (
        "a pronoun as the inner subject is left to the pronoun resolver",
        "Row\nTom Hale spoke on Monday. Mr Hale said he had told the board the plan was "
        '"dead in the water".\n',
        "dead in the water",
        "Tom Hale",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_words_inside_a_report_within_a_report_are_the_inner_speakers(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), KEPT, ids=[c[0] for c in KEPT])
def test_words_the_reporter_says_stay_the_reporters(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)
