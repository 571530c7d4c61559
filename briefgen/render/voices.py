"""Whose words a summary point is, when it is a sentence from inside a quotation.

The summary takes the article's most central sentences, and in news a central
sentence is often one sentence of a longer quotation: ``"Just because Lehmann
doesn't play for two or three weeks, it doesn't mean I've lost faith in him."``
Read alone in the Summary, such a point puts the speaker's words in the
writer's mouth, with nothing to say who said them (the cue, "Wenger said", sits
in another sentence). Over the 2,225 BBC articles, 316 points in 270 articles
(12.7 % of the articles) were such sentences. The point stays verbatim; the
page adds the speaker the Quotes section gives the quotation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..records import KeyPoint, Quote

#: What a point inside a quotation with no speaker is shown as: not the writer's own words.
UNATTRIBUTED = "unattributed"


@dataclass(frozen=True, slots=True)
class Voice:
    """A summary point that is quoted words: who said them (``None``: the quotation has no speaker)."""

    speaker: str | None


def _word_bounds(point: KeyPoint) -> tuple[int, int] | None:
    """Offsets of the point's first and last letter or digit: its words, without the quote marks around them."""
    text = point.text
    first = next((i for i, ch in enumerate(text) if ch.isalnum()), None)
    if first is None:
        return None
    last = next(i for i in range(len(text) - 1, -1, -1) if text[i].isalnum())
    return point.start + first, point.start + last + 1


def voice_of(point: KeyPoint, quotes: Iterable[Quote]) -> Voice | None:
    """The quotation whose quoted words hold every word of ``point``, as a :class:`Voice`; ``None`` when there is none.

    A point that also holds words outside the quotation (its lead-in "Wenger
    said:" or its cue ", he said.") already says who speaks, and gets ``None``.
    """
    bounds = _word_bounds(point)
    if bounds is None:
        return None
    first, last = bounds
    for quote in quotes:
        if quote.start <= first and last <= quote.end:
            return Voice(quote.speaker)
    return None
