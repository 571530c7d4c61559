"""Acronyms the article also writes in the plural: "Ten PEDs are the equivalent to one US dollar", "We started
publishing these SMSes", "three DJs", "100,000 MDAs sold in Europe".

Why (#15, actors38): a name is one body's, and no writer counts it; an acronym the article counts is a common noun's
— a unit, a product, a format, a kind of message or of person — and the small model tags its bare singular an
organisation all the same ("PED" of "Project Entropia Dollars" in the held-out read Random(11919), tech/249; BBC
corpus: "PED", "SMSes", "MMORPG", "DJ" twice, "MSCPs", "PC" twice, "MDA" listed as bodies). So the acronym, in the
plural and in the singular, names no actor anywhere in that article. Only capitals (and digits) before the plural's
"s" count: a name in mixed case is a brand's or a firm's as often ("TiVo", "their TiVos").
"""

from __future__ import annotations

import re
from bisect import bisect_right

from spacy.tokens import Doc

from ..docview import char_bounds, doc_text

#: Capitals (digits after the first letter) and a plural's "s", or "es" after an "S": "PCs", "MP3s", "SMSes".
_PLURAL_ACRONYM = re.compile(r"([A-Z][A-Z0-9]*[A-Z0-9])s|([A-Z][A-Z0-9]*S)es")
#: Where a word :data:`_PLURAL_ACRONYM` takes can end: a capital or a digit and "s", or "Ses" (zero-width, so no
#: match hides the next).
_PLURAL_ENDING = re.compile(r"(?=[A-Z0-9]s|Ses)")
_KEY = "briefgen_counted_acronyms"


def counted_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms ``doc`` writes in the plural somewhere, each with its singular and plural, once per doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        acronyms: set[str] = set()
        for text in sorted(_words_with_a_plural_ending(doc)):
            match = _PLURAL_ACRONYM.fullmatch(text)
            if match is not None:
                singular = match.group(1) or match.group(2)
                acronyms.update((text, singular, singular + "s"))
        found = doc.user_data[_KEY] = frozenset(acronyms)
    return found


def _words_with_a_plural_ending(doc: Doc) -> set[str]:
    """The distinct texts of the words that hold a :data:`_PLURAL_ENDING`: every word :data:`_PLURAL_ACRONYM` takes.

    Why (#18, scale32): the walk read the text of every distinct word of the doc from the string store and matched
    each (about 0.06 CPU s per 300 BBC articles, more than any other of the thirty-third session's actor passes);
    a word the pattern takes ends in a capital or a digit and "s", or in "Ses", so the doc's text is searched for
    those (in C), and only the words holding a hit are read, their texts cut from the doc's text. The texts are
    matched in the same sorted order, so the set is built as before (``tests/test_scale32_walks.py``)."""
    if not len(doc):
        return set()
    starts, ends = char_bounds(doc)
    text = doc_text(doc)
    found: set[str] = set()
    for hit in _PLURAL_ENDING.finditer(text):
        at = hit.start()
        k = bisect_right(starts, at) - 1
        if k >= 0 and at < ends[k]:
            found.add(text[starts[k] : ends[k]])
    return found
