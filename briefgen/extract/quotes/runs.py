"""The quotations of a doc, as runs of quote-mark segments, and the indexes over them.

:mod:`.quote_marks` finds the marked segments of one line; this module joins
the segments of a quotation that runs over paragraphs into one :class:`Run`,
cuts a quoted transcript at each labelled turn, and indexes which tokens are
quoted and which body line an offset falls in. It is separate because every
speaker route reads these indexes, and none of them needs to know how the
runs were found.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..docview import HeadingIndex, doc_text, paragraphs
from .marks import QuoteSegment, find_segments, opens_with_mark, trim_words


@dataclass(frozen=True, slots=True)
class Run:
    """One quotation: one segment, or several that run over paragraphs."""

    parts: tuple[QuoteSegment, ...]

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


def _body_lines(doc: Doc) -> Iterator[tuple[int, int]]:
    """``(start, end)`` char offsets of each non-blank body line, in order."""
    headings = HeadingIndex(doc, with_dateline=False)  # whole paragraphs: the one the dateline opens is body
    text = doc_text(doc)
    for para in paragraphs(doc):
        if headings.overlaps(para):
            continue
        pos = para.start_char
        for line in text[para.start_char : para.end_char].split("\n"):
            if line.strip():
                yield pos, pos + len(line)
            pos += len(line) + 1


def quote_runs(doc: Doc) -> list[Run]:
    """Every quotation of the body, with runs over paragraphs joined."""
    text = doc_text(doc)
    lines = list(_body_lines(doc))
    runs: list[Run] = []
    pending: list[QuoteSegment] = []  # a quotation still running on
    for n, (start, end) in enumerate(lines):
        next_opens = n + 1 < len(lines) and opens_with_mark(text[lines[n + 1][0] : lines[n + 1][1]])
        # a line that ends a paragraph (a blank line or the text's end after it), not one a wrapped paragraph goes on from
        para_ends = n + 1 == len(lines) or text.count("\n", end, lines[n + 1][0]) >= 2
        found = find_segments(text, start, end, next_line_opens=next_opens, close_left_open=para_ends)
        segments = [s for s in (trim_words(text, seg) for seg in found) if s]
        if pending:
            first = segments[0] if segments else None
            if first is not None and not text[start : first.open_mark].strip():
                pending.append(first)
                segments = segments[1:]
                if not (first.runs_on or first.reopens):
                    runs.append(Run(tuple(pending)))
                    pending = []
            else:
                runs.append(Run(tuple(pending)))
                pending = []
        for seg in segments:
            if pending and pending[-1].reopens:  # the paragraph glued on after a cut goes on the same quotation
                pending.append(seg)
            elif seg.runs_on or seg.reopens:
                pending = [seg]
                continue
            else:
                runs.append(Run((seg,)))
                continue
            if not (seg.runs_on or seg.reopens):
                runs.append(Run(tuple(pending)))
                pending = []
    if pending:
        runs.append(Run(tuple(pending)))
    return [piece for run in runs for piece in _split_at_labels(text, run)]


#: A transcript's speaker label opening a paragraph: "PENCE:", "MR. O'NEILL:", "Q:".
_LABEL_LINE = re.compile(r"(?:''|``|[“\"„«])?\s*[A-Z][A-Z.'’ -]{0,40}:\s")


def _split_at_labels(text: str, run: Run) -> list[Run]:
    """Cut a quotation over paragraphs where a paragraph opens with a new speaker's label.

    A quoted transcript runs over paragraphs, but each "PENCE: …" paragraph
    is another speaker's turn, so it is another quotation.
    """
    pieces: list[list[QuoteSegment]] = [[run.parts[0]]]
    for part in run.parts[1:]:
        if _LABEL_LINE.match(text, part.open_mark) or _LABEL_LINE.match(text, part.start):
            pieces.append([part])
        else:
            pieces[-1].append(part)
    return [Run(tuple(piece)) for piece in pieces] if len(pieces) > 1 else [run]


class QuoteIndex:
    """Which tokens lie inside a quotation, marks included."""

    def __init__(self, doc: Doc, runs: list[Run]) -> None:
        self.flags = bytearray(len(doc))
        self.spans: list[Span] = []
        for run in runs:
            span = doc.char_span(run.parts[0].open_mark, run.parts[-1].close_mark, alignment_mode="expand")
            self.spans.append(span if span is not None else doc[0:0])
            for part in run.parts:
                part_span = doc.char_span(part.open_mark, part.close_mark, alignment_mode="expand")
                if part_span is not None:
                    for i in range(part_span.start, part_span.end):
                        self.flags[i] = 1

    def __call__(self, token: Token) -> bool:
        return bool(self.flags[token.i])


class LineIndex:
    """Which body line a character offset falls in."""

    def __init__(self, doc: Doc) -> None:
        self.lines = list(_body_lines(doc))
        self._starts = [start for start, _ in self.lines]

    def __call__(self, offset: int) -> int:
        return max(0, bisect_right(self._starts, offset) - 1)

    def range_of(self, offset: int) -> tuple[int, int]:
        return self.lines[self(offset)] if self.lines else (0, 0)
