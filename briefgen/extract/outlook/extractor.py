"""Outlook: the body sentences that say what may happen next, verbatim, in article order.

A sentence is outlook when, in its own (unquoted) words, one of the cues of
:mod:`.cues` holds: a forward modal ("will", "may", "could", a
hypothetical "would"), an expectation or plan governing a to-infinitive ("is
expected to meet", "plans to", "is due to"), a possible or upcoming event ("a
possible summit") or a future time ("next week", "in the near future") in a
clause that is not past. Words inside quotation marks are the speaker's, not
the article's outlook, so cues there do not count; the quotes extractor
reports them. Headings are ignored.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ...records import OutlookItem
from ..docview import body_sentences, doc_text, paragraphs, sentence_text_bounds
from ..quotes import find_segments, opens_with_mark
from .cues import forward_modifier_cue, future_time_cue, future_time_spans, modal_cue, plan_cue

#: A double quote mark after a space (or at a line start) and directly before a word: an opener.
_GLUED_OPENER = re.compile(r'(?:(?<=\s)|^)["“](?=\w)', re.MULTILINE)
_ANY_MARK = re.compile(r'["“”]')


class QuotedText:
    """Answers "is this character inside a quotation?" for the whole article.

    Quote marks are paired per paragraph by :mod:`.quote_marks`. One more
    rule, for outlook only: a paragraph that opens with a quote mark left
    unpaired is quoted to its end. That is how a quotation running over
    paragraphs reads when its last paragraph lost its closing mark, and
    counting it as the article's own words would report a speaker's "we
    will" as outlook; the quotes extractor makes its own call on such text.
    """

    def __init__(self, doc: Doc) -> None:
        paras = paragraphs(doc)
        text = doc_text(doc)
        self._ranges: list[tuple[int, int]] = []
        texts = [text[para.start_char : para.end_char] for para in paras]  # Span.text rebuilds from tokens
        for i, para in enumerate(paras):
            next_opens = i + 1 < len(paras) and opens_with_mark(texts[i + 1])
            segments = find_segments(text, para.start_char, para.end_char, next_line_opens=next_opens)
            self._ranges += [(seg.open_mark, seg.close_mark) for seg in segments]
            first_mark = para.start_char + len(texts[i]) - len(texts[i].lstrip())
            if opens_with_mark(texts[i]) and not any(seg.open_mark == first_mark for seg in segments):
                self._ranges.append((first_mark, para.end_char))
            self._ranges += self._reopened(text, para.start_char, para.end_char, {seg.open_mark for seg in segments})
        self._starts, self._ends = _merged(self._ranges)

    @staticmethod
    def _reopened(text: str, start: int, end: int, openers: set[int]) -> list[tuple[int, int]]:
        """Quotes opened by a mark the pairing spent as a closer.

        In ``"They must act. "Two million children will die...`` the writer
        left out the closing mark before opening the next quoted sentence;
        pairing the marks in turn makes the second one a closer and leaves
        the speaker's "will die" outside. A mark after a space and glued to
        a word opens a quote whatever the pairing says; it runs to the next
        mark or the end of the paragraph.
        """
        ranges = []
        for match in _GLUED_OPENER.finditer(text, start, end):
            if match.start() in openers:
                continue
            close = _ANY_MARK.search(text, match.end(), end)
            ranges.append((match.start(), close.end() if close else end))
        return ranges

    def __contains__(self, char: int) -> bool:
        # a binary search over the merged ranges: a scan of every range per token made outlook quadratic
        n = bisect_right(self._starts, char) - 1
        return n >= 0 and char < self._ends[n]


def _merged(ranges: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Disjoint, sorted ``(starts, ends)`` covering the same characters as ``ranges`` (empty ones dropped)."""
    starts: list[int] = []
    ends: list[int] = []
    for start, end in sorted(r for r in ranges if r[0] < r[1]):
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


def outlook_cues(sent: Span, *, quoted: QuotedText) -> Iterator[str]:
    """The forward-looking cue categories of a sentence's unquoted words, in order."""
    times = [span for span in future_time_spans(sent) if span.start_char not in quoted]
    has_future_time = bool(times)
    for token in sent:
        if token.is_space or token.is_punct or token.idx in quoted:
            continue
        cue = modal_cue(token, future_time_in_sentence=has_future_time) or plan_cue(token) or forward_modifier_cue(token)
        if cue:
            yield cue
    for span in times:
        cue = future_time_cue(span)
        if cue:
            yield cue


def extract_outlook(doc: Doc) -> list[OutlookItem]:
    """Forward-looking body sentences, verbatim with their offsets, in article order."""
    quoted = QuotedText(doc)
    items = []
    for sent in body_sentences(doc):
        if next(outlook_cues(sent, quoted=quoted), None) is None:
            continue
        start, end = sentence_text_bounds(sent)
        items.append(OutlookItem(text=doc_text(doc)[start:end], start=start, end=end))
    return items
