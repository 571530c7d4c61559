"""Outlook: the body sentences that say what may happen next, verbatim, in article order.

A sentence is outlook when, in its own (unquoted) words, one of the cues of
:mod:`.outlook_cues` holds: a forward modal ("will", "may", "could", a
hypothetical "would"), an expectation or plan governing a to-infinitive ("is
expected to meet", "plans to", "is due to"), a possible or upcoming event ("a
possible summit") or a future time ("next week", "in the near future") in a
clause that is not past. Words inside quotation marks are the speaker's, not
the article's outlook, so cues there do not count; the quotes extractor
reports them. Headings are ignored.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..records import OutlookItem
from .docview import body_sentences, paragraphs, sentence_text_bounds
from .outlook_cues import forward_modifier_cue, future_time_cue, future_time_spans, modal_cue, plan_cue
from .quote_marks import find_segments, opens_with_mark


class QuotedText:
    """Answers "is this character inside a quotation?" for the whole article."""

    def __init__(self, doc: Doc) -> None:
        paras = paragraphs(doc)
        text = doc.text
        self._ranges: list[tuple[int, int]] = []
        for i, para in enumerate(paras):
            next_opens = i + 1 < len(paras) and opens_with_mark(paras[i + 1].text)
            for seg in find_segments(text, para.start_char, para.end_char, next_line_opens=next_opens):
                self._ranges.append((seg.open_mark, seg.close_mark))

    def __contains__(self, char: int) -> bool:
        return any(start <= char < end for start, end in self._ranges)


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
        items.append(OutlookItem(text=doc.text[start:end], start=start, end=end))
    return items
