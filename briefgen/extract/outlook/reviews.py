"""Precision filter: a reviewer's "will" or "may" on how anyone of a kind takes what is there now foresees nothing (#13).

"many players will like it for that", "most gamers will find it more of a chore than a challenge to solve them",
"Visitors to Speegle may notice that the look and feel of the site bears more than a passing resemblance to …",
"You might find that you want to chop and change quite quickly", "Diehard fans of Bond will probably find enough here
to make it a worthwhile purchase": a review or a column describes a thing (a game, a site, a DVD) by how its audience
takes it. The construction: "will", "'ll", "may" or "might" on a verb of feeling, perceiving or taking a thing in a
certain way (:data:`..lexicon.REACTION_VERBS`, from WordNet), whose subject is anyone of a kind — "you", a bare or
quantified plural ("most gamers", "many players", "most of you") — and whose object is what is there now: "it",
"this", "that", "those", "here", or a clause in the present with its own subject ("may notice that the site bears …"). Nobody holds the
view (no verb reports it) and no time is named. Left with their outlook: "would", which imagines a reaction to
something proposed ("Some Liverpool fans would find such a move highly controversial"); a reported reaction ("Boeing
hopes airlines will want to fly smaller aircraft"); a named or definite subject; an event as the object ("fans will
watch the final"); "find oneself" ("Anglers and fishermen could find themselves prosecuted under plans …"); a date.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import REACTION_VERBS
from .cues import reporting_frame

#: Modals of a reviewer's forecast of taste: "would" imagines a reaction to a proposal and is left.
_MODALS = frozenset({"will", "'ll", "may", "might"})
#: Quantifiers that keep a plural generic: "most gamers", "many players", "most of you".
_QUANTIFIERS = frozenset({"most", "many", "some", "all", "few", "any"})
#: Words that point at what is there now: the thing under review.
_PRESENT_THING = frozenset({"it", "this", "that", "these", "those"})
#: Tags of a finite verb in the present: "notice that the site bears …", "find that you want …".
_PRESENT = frozenset({"VBZ", "VBP"})
#: Reflexive objects: "find themselves prosecuted" is what happens to them.
_REFLEXIVES = frozenset({"myself", "yourself", "yourselves", "himself", "herself", "itself", "ourselves", "themselves", "oneself"})


def _anyone(subject: Token) -> bool:
    """ "you", a plural common noun with no determiner but a quantifier, or "most/many of you/them/the …"."""
    lower = subject.lower_
    if lower == "you":
        return True
    if lower in _QUANTIFIERS:
        return any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children)
    if subject.tag_ != "NNS" or subject.ent_type_:
        return False
    return all(c.lower_ in _QUANTIFIERS for c in subject.children if c.dep_ in ("det", "poss", "nummod", "predet"))


def _what_is_there(verb: Token) -> bool:
    """The verb takes in what is there now: a pointing pronoun, "here", or a clause in the present."""
    for child in verb.children:
        if child.lower_ in _REFLEXIVES:
            return False
    for child in verb.children:
        if child.dep_ in ("dobj", "prep") and child.lower_ in _PRESENT_THING:
            return True
        if child.dep_ == "prep" and any(g.dep_ == "pobj" and g.lower_ in _PRESENT_THING for g in child.children):
            return True
        if child.dep_ == "advmod" and child.lower_ == "here":
            return True
        if child.dep_ in ("dobj", "ccomp", "xcomp", "oprd") and any(g.lower_ == "here" for g in child.subtree):
            return True
        if child.dep_ in ("ccomp", "xcomp", "oprd") and any(g.dep_ == "nsubj" and g.lower_ in _PRESENT_THING for g in child.children):
            return True  # "will find it more of a chore": the thing and what they take it for
        if child.dep_ == "ccomp" and child.tag_ in _PRESENT and child.i > verb.i and any(g.dep_ == "nsubj" for g in child.children):
            return True
    return False


def audience_reaction(token: Token) -> bool:
    """Whether ``token`` is the modal of how anyone of a kind takes what is there now (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _MODALS or token.dep_ != "aux":
        return False
    verb = token.head
    if verb.lemma_.lower() not in REACTION_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not _anyone(subject) or not _what_is_there(verb):
        return False
    if any(t.ent_type_ in ("DATE", "TIME") for t in verb.subtree):
        return False
    return reporting_frame(verb) is None
