"""A post-posed or leading speaker whose surname the tagger left untagged is the person, not the body before it (#15, quotes22).

"said Sky Networks' Sophie Turner Laing", "said Nottingham City Councillor Brian Parbutt", "Tory Dominic Grieve
branded …", "Deputy Speaker Sylvia Heal agreed …": the small model tags the body, the place or the party before
the name (or the given name with it, or alone) and leaves the surname untagged, so the speaker came out "Sky
Networks", "Nottingham City", "Tory Dominic", "Sylvia" (5 BBC quotations in 4 articles). The proper nouns the
parse hangs on the surname, from a census given name on, are the speaker
(:func:`briefgen.extract.quotes.speakers.untagged_full_name`). A name the tagger covers whole stays as it was,
and so does a run with no given name. Made-up articles, parsed by the real model; the function's own cases on
hand-built parses.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from briefgen.extract import extract_all
from briefgen.extract.quotes.speakers import untagged_full_name

#: (case, article, the quotation's first words, its speaker)
CASES = [
    (
        "a body's possessive before the name",
        'Oscars deal\nSky has won the rights to show the Academy Awards. "We are honoured to have won the rights," '
        "said Sky Networks' Sophie Turner Laing.\n",
        "We are honoured",
        "Sophie Turner Laing",
    ),
    (
        "a place and a title before the name",
        'Labour campaign\nActivists in the city say the polls worry them. "The biggest problem is that we keep getting '
        'all these polls," said Nottingham City Councillor Brian Parbutt.\n',
        "The biggest problem",
        "Brian Parbutt",
    ),
    (
        "the party tagged with the given name",
        'Blunkett row\nMr Blair said he left "without a stain on his character" but Tory Dominic Grieve branded the '
        "way Mr Blunkett's office operated as \"scandalous\".\n",
        "scandalous",
        "Dominic Grieve",
    ),
    (
        "the given name tagged alone after a title",
        'Leak row\nMPs complained about the leak on Monday. Deputy Speaker Sylvia Heal agreed it was "of concern".\n',
        "of concern",
        "Sylvia Heal",
    ),
    (
        "a name the tagger covers whole stays as written",
        'Vote\nThe party met on Monday. "We will win," said Labour MP Gwyneth Dunwoody.\n',
        "We will win",
        "Labour MP Gwyneth Dunwoody",
    ),
    (
        "a tagged person is the tagger's",
        'Talks\nThe union met bosses on Monday. "We will strike," said Unison official Dave Prentis.\n',
        "We will strike",
        "Dave Prentis",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_an_untagged_surname_closes_the_speakers_name(parse, name, article, words, speaker) -> None:
    quote = next(q for q in extract_all(parse(article)[1]).quotes if q.text.startswith(words))
    assert quote.speaker == speaker


#: English lexical attributes (case, shape) without a model: the function reads the parse and the words only.
_VOCAB = spacy.blank("en").vocab


def _parsed(words: list[str], tags: list[str], heads: list[int], deps: list[str]) -> Doc:
    pos = ["PROPN" if t == "NNP" else "NOUN" if t == "NN" else "VERB" for t in tags]
    return Doc(_VOCAB, words=words, tags=tags, pos=pos, heads=heads, deps=deps)


#: (case, words, tags, heads, deps, the subject's index, the name it closes or None)
FUNCTION_CASES = [
    ("a run from a given name", ["said", "Councillor", "Brian", "Parbutt"], ["VBD", "NNP", "NNP", "NNP"], [0, 3, 3, 0], ["ROOT", "compound", "compound", "nsubj"], 3, "Brian Parbutt"),
    ("no given name in the run", ["said", "Leeds", "chairman", "Ridsdale"], ["VBD", "NNP", "NN", "NNP"], [0, 3, 3, 0], ["ROOT", "compound", "compound", "nsubj"], 3, None),
    ("a surname alone", ["said", "Parbutt"], ["VBD", "NNP"], [0, 0], ["ROOT", "nsubj"], 1, None),
    ("a common noun is no surname", ["said", "Brian", "Council"], ["VBD", "NNP", "NNP"], [0, 2, 0], ["ROOT", "compound", "nsubj"], 2, None),
]


@pytest.mark.parametrize(("name", "words", "tags", "heads", "deps", "at", "expected"), FUNCTION_CASES, ids=[c[0] for c in FUNCTION_CASES])
def test_untagged_full_name(name, words, tags, heads, deps, at, expected) -> None:
    doc = _parsed(words, tags, heads, deps)
    found = untagged_full_name(doc[at], entities={})
    assert (found.text if found is not None else None) == expected
