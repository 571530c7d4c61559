"""Acronyms the article defines for things: "ultra-wideband technology (UWB)", "mad cow disease (BSE)".

Why (#15, the lead's reading of Random(9191): "BSE" listed as an organisation): a writer who defines an acronym
in brackets after a common noun phrase ("700 megawatts (MW)", "a multimedia message (MMS)") names a unit, a
technology, a disease or a product, and the small model tags such capitals as an organisation wherever they recur
(BBC corpus: 50 such brackets in 46 articles, none an actor; 6 of them became organisation rows, "UWB" with 10
mentions). A bracket after a noun for a person or a body ("the regulator (Ofcom)", "the central bank (ECB)") or after
a name defines an actor and is left to the acronym rules of :mod:`.names`. The same noun may also stand before the
acronym as its title, "the banned steroid THG" (:func:`acronyms_named_by_a_thing_s_noun`, actors38).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from ..docview import positions_where
from ..lexicon import is_actor_noun
from .compound_thing_names import _acts, _before_a_body_noun
from .unless_acting import names_unless_acting
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


def acronyms_named_by_a_thing_s_noun(doc: Doc) -> frozenset[str]:
    """Acronyms a common noun for no person and no body names right before them, "the banned steroid THG", "the
    starting XV", "central character CJ", unless the acronym acts or stands before a body's noun in any mention.

    Why (#15, actors38): the bracket above is one way to say what an acronym is; the noun set before it as a title
    is another, and the small model tags the capitals an organisation all the same ("THG" in four BBC articles and
    the held-out read Random(11010), sport/045). A body is titled by its own nouns ("the regulator Ofcom",
    "carmaker GM"), which the test leaves out; a name that acts ("credit card BT said", "hip-hop duo OutKast have
    capped", :func:`.compound_thing_names._acts`) keeps its row.
    """
    return names_unless_acting(
        doc,
        found=lambda ent, text: ent.label_ in ("ORG", "PERSON") and bool(_ACRONYM.fullmatch(text)) and _named_by_a_thing_s_noun(ent),
        acting=lambda ent, _text: _acts(ent) or _before_a_body_noun(ent),
    )


def _named_by_a_thing_s_noun(ent: Span) -> bool:
    """Whether the word before ``ent`` is a lower-case common noun for no person and no body that modifies it."""
    if ent.start == 0:
        return False
    noun = ent.doc[ent.start - 1]
    return (
        noun.head.i == ent.root.i
        and noun.pos_ == "NOUN"
        and noun.text.islower()
        and noun.is_alpha
        and not is_actor_noun(noun)
        and not _organisation_noun(noun)
    )
