"""An acronym the tagger typed a place, that no gazetteer knows, standing where only a body stands: "takes over the
network from BT", "in a better position than BT", "BT's network is limited", "BT is set to trial", "MCI, BT, Deutsche
Telekom": the body, not a place to drop.

Why (#15, actors28, read 10404): the small model types "BT" a place in about a fifth of its BBC mentions, and a place
the gazetteer does not know is no actor, so tech/352 (three such mentions) and tech/337 ("partnerships such as that
with BT") listed no BT at all; over the BBC corpus's distinct texts 12 mentions of BT in 8 articles were lost so. The
tagger types other capitals a place too — "game AI", "Windows 2000 and XP", "MS drug suspension", "the NE vote",
"30GB" — which is why the word's frame decides, not its shape: it must stand alone (no determiner, adjective, owner or
noun of its own: "The above-average AI of the enemy", "Steven Spielberg's AI", "game AI") and as no modifier of a
noun ("BT tower", "GB call"), as a subject, an owner, the object of a preposition of dealing or comparing ("with",
"from", "than", "for", "against", "by") or a conjunct of a name tagged an organisation. A country's short form
("US", "UK") or a gazetteer's place ("NY") is the extractor's own business before this is asked.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from .gazetteer import country_form, is_place

#: Capitals (and an ampersand inside: "M&S"), two to six of them.
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,5}")
#: Prepositions whose object is someone dealt with or compared with, rather than somewhere.
_DEALING_PREPOSITIONS = frozenset({"with", "from", "than", "for", "against", "by"})
#: Dependents that make the word a described thing rather than a name standing alone.
_OWN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nummod", "nmod"})


def acronym_acting_as_a_body(ent: Span) -> bool:
    """Whether a one-word acronym typed a place stands where a body does (see the module's docstring)."""
    if ent.label_ not in ("GPE", "LOC") or len(ent) != 1 or not _ACRONYM.fullmatch(ent.text):
        return False
    if country_form(ent.text) is not None or is_place(ent.text):
        return False
    tok = ent[0]
    if any(child.dep_ in _OWN_MODIFIERS for child in tok.children):
        return False
    return _in_a_body_s_frame(tok)


def _in_a_body_s_frame(tok: Token) -> bool:
    """A subject, an owner, the object of "with"/"from"/"than"…, or one of a list of names tagged organisations."""
    if tok.dep_ in ("nsubj", "nsubjpass", "poss"):
        return True
    if tok.dep_ == "pobj":
        return tok.head.lower_ in _DEALING_PREPOSITIONS
    if tok.dep_ == "conj":
        # "MCI, BT, Deutsche Telekom": one of a list of bodies
        return tok.head.ent_type_ == "ORG" or any(c.dep_ == "conj" and c.ent_type_ == "ORG" for c in tok.children)
    return False
