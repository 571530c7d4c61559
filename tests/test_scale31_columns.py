"""What scale31's speed cuts read from columns gives what the walks they replaced gave (#18, scale31: speed only).

Each row compares the new reading with the old walk, kept here as the oracle, over texts built to hold the
construction (positive rows: line breaks, a run of words with no end mark, list items, quotation marks hugging an end
mark) and texts holding none of it (negative rows: one line of prose, spaces only, nothing): the line-break pass's
sentence starts and held continuations read from one :func:`briefgen.nlp.line_columns` (before, each walk read its
own: :func:`~briefgen.nlp.sentence_starts` made a ``Token`` of every word).
"""

from __future__ import annotations

import pytest

from spacy.attrs import IS_SPACE, ORTH, SPACY

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
