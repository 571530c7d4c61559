"""A quotation's paragraphs, as the source lays them out.

Why (#15): news style runs one speaker's words over several paragraphs with an
opening mark on each paragraph and a closing mark only on the last, and the
extractor keeps such a run as one quotation with one speaker. Printed whole
between one pair of curly marks, the inner opening marks came out as stray
straight ones mid-quotation (`… what they feel. "I think they feel …`): 1,270
quotations in 744 of the 2,225 BBC articles. A reader expects the layout of the
source instead: a paragraph per opening mark, each opened, the last one closed.
The quotation's text and offsets stay verbatim; only the page's layout changes.
"""

from __future__ import annotations

import re

#: A mark that opens a new paragraph of the same quotation: after the end of a sentence (its final stop,
#: perhaps followed by a closing single mark or bracket) and a space or line break, before a word.
_PARAGRAPH_OPENING = re.compile(r"(?:(?<=[.?!…])|(?<=[.?!…]['’)]))\s+\"(?=[^\s\"])")


def quotation_paragraphs(text: str) -> tuple[str, ...]:
    """``text`` cut where the source opens another paragraph of the quotation, those marks left out.

    Straight double marks that are not paragraph openings are a quotation inside the
    quotation (``the "Father of the House"``) and come in pairs; when they do not
    (an odd count), the text is ambiguous and stays one paragraph as it is.
    """
    openings = list(_PARAGRAPH_OPENING.finditer(text))
    if not openings or (text.count('"') - len(openings)) % 2:
        return (text,)
    paragraphs, start = [], 0
    for mark in openings:
        paragraphs.append(text[start : mark.start()])
        start = mark.end()
    paragraphs.append(text[start:])
    return tuple(p for p in (p.strip() for p in paragraphs) if p)
