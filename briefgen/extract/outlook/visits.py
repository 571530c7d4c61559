"""Outlook cue for a party somewhere now for what it will do there: "is in London to speak at a dinner" (#13).

"The British-born presenter is in London to speak at a fundraising dinner" (set 32's miss), "Hoffman is in the UK to
publicise his new comedy", "The Australian actress is currently in Sydney to film her latest movie": a person or a body
told to be in a place now, with a to-infinitive of purpose, is there for an act still ahead or under way, a plan no
modal, frame verb or date states. In the BBC corpus at ``d1ec7d9`` the construction has these three sentences, in
three articles, and no other.

Only the present of "be" as the main verb (not an auxiliary) with "in" or "at" and a place entity (GPE, LOC, FAC),
the infinitive its own purpose clause, and an actor as the subject (a name, a person or institution noun, a personal
pronoun, not "it"), and no predicate beside the place: "In the West, it is easy to forget that …" has no actor and no
purpose. Not the past ("was in London to
receive an award": a stay told after), a negation, or a modal.
:func:`stay_for_a_purpose_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..demands.phrases import is_actor_like
from .cues import PLAN, _auxiliaries, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: Prepositions of being somewhere: "in London", "at the festival in Berlin".
_LOCATING = frozenset({"in", "at"})
#: Entity labels of places.
_PLACES = frozenset({"GPE", "LOC", "FAC"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _located(be: Token) -> bool:
    """ "is in London", "is currently in Sydney": the copula's own "in/at" phrase names a place entity."""
    return any(
        prep.dep_ == "prep" and prep.lower_ in _LOCATING and any(o.dep_ == "pobj" and o.ent_type_ in _PLACES for o in prep.children)
        for prep in be.children
    )


@first_test(FirstTest(tags=frozenset({"VB"}), deps=frozenset({"advcl", "xcomp"})))
def stay_for_a_purpose_cue(token: Token) -> str | None:
    """ "is in London to speak at a fundraising dinner": the act a party told to be somewhere now is there for, still
    ahead (see the module)."""
    if token.tag_ != "VB" or token.dep_ not in ("advcl", "xcomp") or not any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children):
        return None
    be = token.head
    if lemma_of(be) != "be" or be.tag_ not in _PRESENT or be.dep_ in ("aux", "auxpass") or be.i > token.i:
        return None
    if is_negated(be) or any(a.tag_ == "MD" for a in _auxiliaries(be)) or not _located(be):
        return None
    if any(c.dep_ in ("acomp", "attr", "expl") for c in be.children):
        return None  # "it is easy to forget", "is the place to be": the infinitive completes a predicate, no stay
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ in ("it", "there") or not is_actor_like(subject):
        return None
    return PLAN
