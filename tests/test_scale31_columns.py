"""What scale31's speed cuts read from columns gives what the walks they replaced gave (#18, scale31: speed only).

Each row compares the new reading with the old walk, kept here as the oracle, over texts built to hold the
construction (positive rows: line breaks, a run of words with no end mark, list items, quotation marks hugging an end
mark) and texts holding none of it (negative rows: one line of prose, spaces only, nothing): the line-break pass's
sentence starts and held continuations read from one :func:`briefgen.nlp.line_columns` (before, each walk read its
own: :func:`~briefgen.nlp.sentence_starts` made a ``Token`` of every word); and the per-doc word columns
(:func:`briefgen.extract.docview.words`) read through string tables kept across docs, against the tables built per doc.
"""

from __future__ import annotations

import pytest

from spacy.attrs import IS_SPACE, LEMMA, LOWER, ORTH, SPACY

from briefgen.extract import docview
from briefgen.nlp import _BULLETS, _CLOSING_MARKS, _MAY_END_A_SENTENCE, MAX_UNPUNCTUATED_TOKENS, line_columns, sentence_starts, unended_continuations

_ENDS = frozenset({".", "?", "!"})


def _starts_by_tokens(doc) -> list[int]:  # type: ignore[no-untyped-def]
    """``sentence_starts`` as it walked ``Token`` objects before scale31: the oracle."""
    starts: list[int] = []
    after_break = False
    unpunctuated = 0
    for token in doc:
        if token.is_space:
            after_break = after_break or "\n" in token.text
        elif after_break and token.i > 0:
            starts.append(token.i)
            after_break = False
            unpunctuated = 0
        elif unpunctuated >= MAX_UNPUNCTUATED_TOKENS:
            starts.append(token.i)
            unpunctuated = 0
        else:
            after_break = False
        if not token.is_space:
            unpunctuated = 0 if token.text in _ENDS else unpunctuated + 1
        after_break = after_break or "\n" in token.whitespace_
    return starts


def _continuations_by_rows(doc, starts: list[int]) -> list[int]:  # type: ignore[no-untyped-def]
    """``unended_continuations`` as it read a row per token before scale31: the oracle."""
    started = set(starts)
    held: list[int] = []
    strings = doc.vocab.strings
    last = None
    hugs = False
    columns = doc.to_array([ORTH, IS_SPACE, SPACY]).tolist()
    final = len(columns) - 1
    for i, (orth, space, spaced) in enumerate(columns):
        text = strings[orth]
        if space:
            if "\n" in text:
                last = None
            hugs = False
            continue
        line_opening = last is None
        if not line_opening and last not in _MAY_END_A_SENTENCE and i not in started:
            held.append(i)
        elif hugs and text in _CLOSING_MARKS and i not in started and (spaced or i == final or columns[i + 1][1]):
            held.append(i)
        hugs = text[-1] in _ENDS and not spaced
        last = None if line_opening and text in _BULLETS else text[-1]
    return held


ROWS = [
    # (text, whether the line-break pass starts a sentence anywhere in it)
    ("Talks resume\n\nThe minister said on Monday that the talks would resume.\n", True),
    ("- Reduced income tax\n- More for schools\n  \nBoth were promised.", True),
    ('He said it was "like no other."\n\n"We expect more," she said.\n', True),
    ("word " * (MAX_UNPUNCTUATED_TOKENS + 30), True),  # a long unpunctuated run is cut
    ("Heading\r\nBody text here.\n\n\n\nAnd more!\n", True),
    ("The talks will resume at noon for both sides, and they have agreed to meet.", False),
    ("One line. Two sentences? Yes!", False),
    ("   ", False),
    ("", False),
]


@pytest.mark.parametrize(("text", "starts_some"), ROWS)
def test_line_break_walks_read_from_columns_as_from_tokens(nlp, text, starts_some):
    doc = nlp.make_doc(text)
    expected = _starts_by_tokens(doc)
    assert bool(expected) is starts_some
    columns = line_columns(doc)
    assert [len(column) for column in columns] == [len(doc)] * 3
    assert sentence_starts(doc) == sentence_starts(doc, columns=columns) == expected
    held = _continuations_by_rows(doc, expected)
    assert unended_continuations(doc, expected) == unended_continuations(doc, expected, columns=columns) == held


def _words_per_doc(doc) -> tuple[list[str], list[str]]:  # type: ignore[no-untyped-def]
    """``docview.words`` as it read its string tables before scale31, each distinct hash once per doc: the oracle."""
    lowers, lemmas = doc.to_array([LOWER, LEMMA]).T.tolist() if len(doc) else ([], [])
    strings = doc.vocab.strings
    lower_of = {h: strings[h] for h in set(lowers)}
    lemma_of = {h: strings[h].lower() for h in set(lemmas)}
    return list(map(lower_of.__getitem__, lowers)), list(map(lemma_of.__getitem__, lemmas))


WORD_TEXTS = [
    # words again and again across articles, a lemma kept in upper case ("I", "Monday"), accents, a number, an acronym
    "I met the Minister on Monday. The ministers meet again on Mondays, said Señor Pérez of the UN.\n",
    "The UN said 2,500 ministers had met. I said so too.\n",
    # no word the other texts have
    "Zebras graze quietly.\n",
    "",
]


@pytest.mark.parametrize("kept", [docview._STRINGS_KEPT, 1])
def test_words_kept_across_docs_are_each_doc_s_own(nlp, kept, monkeypatch):
    """The hash -> string tables kept across docs give every doc what its own string store gives, full or not (a bound
    of 1 replaces the tables at every doc)."""
    monkeypatch.setattr(docview, "_STRINGS", [{}, {}])
    monkeypatch.setattr(docview, "_STRINGS_KEPT", kept)
    docs = [nlp(text) for text in WORD_TEXTS] * 2  # the second time round every word is kept already
    tables = []
    for doc in docs:
        doc.user_data.pop("briefgen_words", None)
        assert docview.words(doc) == _words_per_doc(doc)
        tables.append(docview._STRINGS[0])
    assert (len({id(table) for table in tables}) == 1) is (kept > 1)  # a bound of 1: a new pair for every doc
