"""Scare quotes and titles: short quoted phrases that are not quotations.

"the so-called “experts”", a show's title or a nickname has marks but no
speaker; a short phrase a cue verb governs ("called the outcome
“satisfactory”") is still a quotation. The decision reads only the quoted
text, what stands before it and how its speaker was found, so it is kept
apart from the routes that find speakers.
"""

from __future__ import annotations

from spacy.tokens import Span

from ..docview import doc_text

#: Quotations of at most this many words are checked for being titles.
SHORT_QUOTE_WORDS = 4
#: Quotations of at most this many words need a cue relation to count as quotes.
SCARE_QUOTE_WORDS = 2


def words_before(span: Span) -> str:
    """The dozen characters before a quotation, lower-cased: where "so-called" or a markup "=" would stand."""
    doc = span.doc
    return doc_text(doc)[max(0, span.start_char - 12) : span.start_char].lower()


def _is_title_case(words: list[str]) -> bool:
    """"Saturday Night Live", "Meet the Press": every long word capitalised, no sentence end."""
    long_words = [w for w in words if len(w.strip(".,;:!?")) > 3]
    return bool(long_words) and all(w[:1].isupper() or not w[:1].isalpha() for w in long_words) and words[-1][-1:] not in ".!?,"


def is_scare_quote_or_title(text: str, *, cued: bool, governed: bool, preceded_by: str = "") -> bool:
    """A short quoted phrase no cue ties to a speaker is a scare quote, nickname or title.

    ``cued``: a cue verb (or "according to") stands in the quotation's
    sentence; ``governed``: the parse ties the quotation to it.
    """
    before = preceded_by.rstrip(" “\"'`")
    if before.endswith("="):
        return True  # an attribute value of markup left in the text: <tweet id="…" author="@…">
    words = text.split()
    if len(words) > SHORT_QUOTE_WORDS:
        return False
    if before.endswith("so-called"):
        return True
    if governed:
        return False
    if len(words) <= SCARE_QUOTE_WORDS and not cued:
        return True
    return _is_title_case(words) and not cued
