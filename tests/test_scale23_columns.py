"""Walks read from per-doc columns give what the word-by-word walks gave (#18, scale23: speed only).

Each row compares a column-based answer with the Token-by-Token answer it replaced, over articles built to
hold the constructions (positive rows) and to hold none of them (negative rows).
"""

from __future__ import annotations

import pytest

from briefgen.extract.actors.gazetteer import _norm, _place_names, is_place
from briefgen.extract.actors.thing_acronyms import _ACRONYM, thing_acronyms
from briefgen.extract.actors.work_frames import _untagged_subjects
from briefgen.extract.actors.works import _untagged_proper_names
from briefgen.extract.actors.words import _opens_sentence
from briefgen.extract.docview import positions_where, tokens_where
from briefgen.extract.lexicon import is_actor_noun
from briefgen.extract.actors.words import _organisation_noun
from briefgen.extract.quotes.inner_report import _ancestor_count
from spacy.tokens import Span

TEXTS = [
    # proper-noun runs the tagger leaves untagged, an acronym defined for a thing, a be-subject, a quotation
    "Critics said the film Million Dollar Baby and the movie Finding Neverland were hits.\n\n"
    "Ultra-wideband technology (UWB) is new, and mad cow disease (BSE) returned.\n\n"
    "Meeting Point has become one of the most watched programmes, the regulator (Ofcom) said.\n\n"
    '"We will be back in Leeds next year," said Mr Smith of Bath.\n',
    # none of them: lower-case prose, no brackets
    "the talks will resume next week and both sides have agreed to meet again in the spring.\n",
    # edges: a bracket at the very start and at the end
    "(BBC) reported it. The club signed a striker (NBA)\n",
]


def _old_proper_names(doc):
    runs, i = [], 0
    while i < len(doc):
        tok = doc[i]
        if tok.tag_ in ("NNP", "NNPS") and not tok.ent_type_ and tok.is_title and not _opens_sentence(tok):
            j = i
            while j + 1 < len(doc) and doc[j + 1].tag_ in ("NNP", "NNPS") and not doc[j + 1].ent_type_ and doc[j + 1].is_title:
                j += 1
            runs.append(Span(doc, i, j + 1))
            i = j + 1
        else:
            i += 1
    return [(s.start, s.end) for s in runs]


def _old_thing_acronyms(doc):
    found = set()
    for i in range(1, len(doc) - 2):
        if doc[i].text != "(" or doc[i + 2].text != ")" or not _ACRONYM.fullmatch(doc[i + 1].text):
            continue
        noun = doc[i - 1]
        if noun.pos_ == "NOUN" and noun.text.islower() and not is_actor_noun(noun) and not _organisation_noun(noun):
            found.add(doc[i + 1].text)
    return frozenset(found)


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_proper_noun_runs_as_the_word_walk(docs, k):
    assert [(s.start, s.end) for s in _untagged_proper_names(docs[k])] == _old_proper_names(docs[k])


def test_proper_noun_runs_found(docs):
    assert _old_proper_names(docs[0])  # the table holds a positive case


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_thing_acronyms_as_the_word_walk(docs, k):
    docs[k].user_data.pop("briefgen_thing_acronyms", None)
    assert thing_acronyms(docs[k]) == _old_thing_acronyms(docs[k])


def test_thing_acronyms_found_and_not(docs):
    assert _old_thing_acronyms(docs[0]) >= {"UWB", "BSE"} and "Ofcom" not in _old_thing_acronyms(docs[0])
    assert _old_thing_acronyms(docs[1]) == frozenset()


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_be_subjects_as_the_word_walk(docs, k):
    doc = docs[k]
    old = []
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in ("be", "become") or tok.tag_ not in ("NNP", "NNPS"):
            continue
        start = tok.i
        while start > 0 and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i and doc[start - 1].tag_ in ("NNP", "NNPS"):
            start -= 1
        if start < tok.i and all(t.is_title and not t.ent_type_ for t in doc[start : tok.i + 1]):
            old.append((start, tok.i + 1))
    assert [(s.start, s.end) for s in _untagged_subjects(doc)] == old


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_ancestor_counts_as_spacy(docs, k):
    assert [_ancestor_count(docs[k], t.i) for t in docs[k]] == [sum(1 for _ in t.ancestors) for t in docs[k]]


@pytest.mark.parametrize("k", range(len(TEXTS)))
@pytest.mark.parametrize("query", [{"lowers": ("(",)}, {"lowers": ("said", "xyzzy")}, {"lemmas": frozenset({"say", "become"})}, {"lowers": str.istitle}])
def test_positions_where_are_tokens_where(docs, k, query):
    assert positions_where(docs[k], **query) == [t.i for t in tokens_where(docs[k], **query)]


@pytest.mark.parametrize(
    "text", ["Bath", "bath", "leeds", "Texas", "The Hague", "the hague", "Leeds's", "Leeds’s", " Leeds ", "nowhere", "São", "", "New-York"]
)
def test_is_place_as_the_normalised_lookup(text):
    assert is_place(text) == (_norm(text).lower() in _place_names())
