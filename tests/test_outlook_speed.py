"""Outlook's per-token reads and its time-phrase matcher made cheaper without changing an answer (#18)."""

from __future__ import annotations

import pytest
from spacy.matcher import Matcher
from spacy.util import filter_spans

from briefgen.extract.outlook import cues
from briefgen.extract.outlook.cues import future_time_spans, lemma_of

WITH_TIMES = [
    "The ministers will meet next week in Brussels.",
    "Talks resume later this year, and a vote comes in the coming months.",
    "A decision is expected soon, officials said, possibly as soon as Friday.",
    "The plant closes later on Monday; in the near future prices will rise.",
    "Sales will rise over the next 3 years.",
    "He arrived a lap too soon and will race again tomorrow or shortly after.",
]
WITHOUT = [
    "The talks ended on Friday after a long night.",
    "Shares fell 3% in London as investors sold banks.",
]


def _plain_matches(doc):
    """The matcher over the pattern table as written, every match."""
    matcher = Matcher(doc.vocab)
    matcher.add("FUTURE_TIME", cues._FUTURE_TIME_PATTERNS)
    return sorted((start, end) for _, start, end in matcher(doc))


@pytest.mark.parametrize("text", WITH_TIMES + WITHOUT)
def test_the_matcher_with_first_words_apart_finds_the_same_matches(nlp, text):
    doc = nlp(text)
    found = sorted((start, end) for _, start, end in cues._future_time_matcher(doc.vocab)(doc))
    assert found == _plain_matches(doc)


@pytest.mark.parametrize("text", WITH_TIMES)
def test_time_phrases_are_the_longest_matches_as_before(nlp, text):
    doc = nlp(text)
    spans = future_time_spans(doc)
    assert spans  # each sentence holds one
    longest = filter_spans([doc[s:e] for s, e in _plain_matches(doc)])
    assert {(s.start, s.end) for s in spans} <= {(s.start, s.end) for s in longest}


@pytest.mark.parametrize("text", WITHOUT)
def test_a_text_without_the_words_a_pattern_needs_is_not_matched(nlp, text, monkeypatch):
    doc = nlp(text)

    def no_matcher(vocab):
        raise AssertionError("the matcher ran over a text no pattern can match")

    monkeypatch.setattr(cues, "_future_time_matcher", no_matcher)
    assert future_time_spans(doc) == []
    assert future_time_spans(doc[2:]) == []


def test_a_span_is_gated_on_its_own_words(nlp, monkeypatch):
    doc = nlp("Prices rose. They will fall next week.")
    first = next(iter(doc.sents))
    monkeypatch.setattr(cues, "_future_time_matcher", lambda vocab: pytest.fail("matched a sentence without the words"))
    assert future_time_spans(first) == []


@pytest.mark.parametrize(("text", "word", "lemma"), [("She is hoping to win.", "hoping", "hope"), ("It was slated for June.", "slated", "slate"), ("Monday comes.", "Monday", "monday")])
def test_lemma_of_reads_the_docs_word_columns(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert lemma_of(token) == lemma
