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

from spacy.attrs import ORTH
from spacy.tokens import Doc

#: Capitals (digits after the first letter) and a plural's "s", or "es" after an "S": "PCs", "MP3s", "SMSes".
_PLURAL_ACRONYM = re.compile(r"([A-Z][A-Z0-9]*[A-Z0-9])s|([A-Z][A-Z0-9]*S)es")
_KEY = "briefgen_counted_acronyms"


def counted_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms ``doc`` writes in the plural somewhere, each with its singular and plural, once per doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        acronyms: set[str] = set()
        # each distinct word of the doc once, no Token per word (#18)
        strings = doc.vocab.strings
        for text in sorted(strings[h] for h in set(doc.to_array([ORTH]).tolist())) if len(doc) else ():
            match = _PLURAL_ACRONYM.fullmatch(text)
            if match is not None:
                singular = match.group(1) or match.group(2)
                acronyms.update((text, singular, singular + "s"))
        found = doc.user_data[_KEY] = frozenset(acronyms)
    return found
