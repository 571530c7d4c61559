"""A cue the parser joined to the clause another cue reports speaks with that cue's subject, not the clause's thing (#15, quotes23).

quotes23's census of the corpus's partial quotations (quoted words with no clause of their own, inside a
sentence), sorted by what gives them their speaker, found a second cue the small parser joins to the verb of the
clause the first cue reports ("Mr Cheney admitted that the budget was … but argued it was “fair and
responsible”"): the cue then shared that clause's subject, and the words went to "the budget", "prosecutions",
"dance music", "that truancy", "the posters" (6 quotations in 6 articles).
:func:`briefgen.extract.quotes.joined_cue.reporter_of_joined_cue` gives them to whoever reports the clause. A
joined cue with a subject of its own stays as it was (a person as the clause's subject is the reporter's too since
quotes26: ``test_quote_reported_clause_cue.py``). Made-up articles,
parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import named_speaker_of

#: (case, article, the quoted words, words of the speaker or its actor expected)
CASES = [
    (
        "a cue joined to the reported clause after 'and'",
        "Powers\nThe home secretary, Charles Blake, spoke to MPs on Tuesday. Mr Blake said prosecutions were the "
        'government\'s first preference and promised the powers would only be used in "serious" cases.\n',
        "serious",
        "Charles Blake",
    ),
    (
        "a cue joined to the reported clause, the reporter in a perfect tense",
        "Dance music\nDJ Norman Hale has said that dance music is not dead, but has admitted it is currently going "
        'through a "fallow patch".\n',
        "fallow patch",
        "Norman Hale",
    ),
    (
        "a cue joined to the reported clause after 'but'",
        "Budget row\nThe finance minister, Tom Hale, presented his plans on Monday. Mr Hale admitted that the budget "
        'was the toughest in years but argued it was "fair and responsible".\n',
        "fair and responsible",
        "Tom Hale",
    ),
]

#: (case, article, the quoted words, words of the speaker or its actor that must stay)
KEPT = [
    (
        "a joined cue with its own subject stays its subject's",
        "Budget row\nTom Hale presented his plans on Monday. Mr Hale said that the budget was tough and the unions "
        'argued it was "unfair".\n',
        "unfair",
        "unions",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_joined_cue_speaks_with_the_reporter(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), KEPT, ids=[c[0] for c in KEPT])
def test_a_speaker_that_can_speak_stays(parse, name, article, words, speaker) -> None:
    named, quote = named_speaker_of(parse, article, words)
    assert speaker in named, (quote.speaker, quote.cue)
