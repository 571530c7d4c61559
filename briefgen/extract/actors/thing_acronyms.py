"""Acronyms the article defines for things: "ultra-wideband technology (UWB)", "mad cow disease (BSE)".

Why (#15, the lead's reading of Random(9191): "BSE" listed as an organisation): a writer who defines an acronym
in brackets after a common noun phrase ("700 megawatts (MW)", "a multimedia message (MMS)") names a unit, a
technology, a disease or a product, and the small model tags such capitals as an organisation wherever they recur
(BBC corpus: 50 such brackets in 46 articles, none an actor; 6 of them became organisation rows, "UWB" with 10
mentions). A bracket after a noun for a person or a body ("the regulator (Ofcom)", "the central bank (ECB)") or after
a name defines an actor and is left to the acronym rules of :mod:`.names`.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from ..docview import positions_where
from ..lexicon import is_actor_noun
from .words import _organisation_noun

#: An acronym as writers bracket it: two to six capitals, perhaps a plural "s" ("SUVs", "DVRs").
_ACRONYM = re.compile(r"[A-Z]{2,6}s?")
_KEY = "briefgen_thing_acronyms"


def thing_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms ``doc`` defines in brackets right after a common noun for no person and no body, once per doc."""
    found = doc.user_data.get(_KEY)
    if found is None:
        acronyms = set()
        # (#18, scale23) only at the doc's opening brackets, from its lower-case column, not a Token of every word
        for i in positions_where(doc, lowers=("(",)):
            if not 1 <= i < len(doc) - 2:
                continue
            if doc[i].text != "(" or doc[i + 2].text != ")" or not _ACRONYM.fullmatch(doc[i + 1].text):
                continue
            noun = doc[i - 1]
            if noun.pos_ == "NOUN" and noun.text.islower() and not is_actor_noun(noun) and not _organisation_noun(noun):
                acronyms.add(doc[i + 1].text)
        found = doc.user_data[_KEY] = frozenset(acronyms)
    return found


def acronym_of_a_thing(text: str, doc: Doc) -> bool:
    """Whether ``text`` (a mention's surface form) is an acronym ``doc`` defines for a thing, anywhere it occurs."""
    return bool(_ACRONYM.fullmatch(text)) and text in thing_acronyms(doc)
