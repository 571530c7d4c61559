"""Precision filter: a "may" that concedes a present state before "but" is no forecast (#13).

"Most blogs may have only a small readership, but communication experts say they have provided an avenue …", "It may be tries that win games, but it is defence that wins championships": the writer grants
a point about how things are, to set the "but" clause against it. Only "may" on "be" or "have" as the verb of its
own clause, with "but" coordinated to it, is asked: "may be able to return" names an act ahead, "may continue to
elude him" a course ahead, and a cue elsewhere in the sentence ("… but every player will also have one eye on a
possible trip") still makes it outlook.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import lemma_of

#: Verbs of state a concessive "may" grants: how things are, not what will happen.
_STATE_VERBS = frozenset({"be", "have"})
#: Words after "may be" that name something ahead: "may be able to", "may be set to", "may be about to".
_AHEAD_COMPLEMENTS = frozenset({"able", "unable", "set", "about", "due", "likely", "willing", "ready", "forced"})


def conceded_state(token: Token) -> bool:
    """ "X may be/have …, but …": ``token`` is the "may" of a stative clause with a "but" coordinated to it."""
    if token.lower_ != "may" or token.dep_ != "aux":
        return False
    verb = token.head
    if lemma_of(verb) not in _STATE_VERBS:
        return False
    if any(c.lower_ in _AHEAD_COMPLEMENTS for c in verb.children if c.dep_ in ("acomp", "xcomp", "attr")):
        return False
    but = next((c for c in verb.children if c.dep_ == "cc" and c.lower_ == "but" and c.i > token.i), None)
    if but is None:
        return False
    return not any(t.lower_ == "away" for t in token.doc[token.i : but.i])  # "may still be about 16 weeks away": an event ahead
