"""Precision filter: a "would" on a condition contrary to how things are now imagines the present (#13).

"if there was more domestic competition I think that would help her", "if Chelsea had a Ruud van Nistelrooy they
would be even more of a safe bet for the title", "AutoLink would only be fair if websites had to sign up", "if the game
did not have the boon of being Star Wars, it would not stand up for long", "Well if it was a comedy then it would have
to be someone like Steve Martin": a hypothetical "would" whose "if/unless" clause puts a having or a lack ("if there
was", "if Chelsea had", "if they did not exist") or what a thing is ("if it was a comedy", a noun phrase with its
determiner) in the simple past against the present weighs how things would be otherwise; nothing in it is going to
happen. "be" with an adjective or a place may name a state still to come ("if the party was in government again it
would make sure the law was repealed", "it would worry her if ministers were anti-stem cell"), and a past event ("If
the track sold 500,000 copies", "If he became king"), a passive or a progressive ("if any unusual activity was
detected") imagines a step ahead: all keep their outlook. The condition may hang on the "would" clause or on the
verb of thinking that reports it ("if there was …, I think that would help her").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import lemma_of, reporting_frame

#: Verbs of state: in a simple past "if" clause they set a present contrary to fact.
_STATES = frozenset({"be", "have", "exist"})


def _determined(noun: Token) -> bool:
    """A noun phrase with a determiner or owner ("a comedy", "his club"): what a thing is. A bare noun after "be" is
    as often a quality ("if ministers were anti-stem cell")."""
    return any(c.dep_ in ("det", "poss") for c in noun.children)


def _state_against_now(clause: Token) -> bool:
    """An "if/unless" clause whose verb is a state in the simple past: "if it was", "if Chelsea had", "if the game did
    not have", "if websites had to sign up"."""
    if not any(m.dep_ == "mark" and m.lower_ in ("if", "unless") for m in clause.children):
        return False
    lemma = lemma_of(clause)
    if lemma not in _STATES:
        return False
    if lemma == "be" and not any(c.dep_ == "expl" or (c.dep_ == "attr" and _determined(c)) for c in clause.children):
        return False  # "if the party was in government again", "if ministers were anti-stem cell": a state that may come
    auxes = [c for c in clause.children if c.dep_ in ("aux", "auxpass")]
    if clause.tag_ == "VBD":
        return not auxes
    return clause.tag_ == "VB" and len(auxes) == 1 and auxes[0].lower_ == "did"


def imagines_the_present(token: Token) -> bool:
    """Whether ``token`` is a "would" whose condition (on its clause or on the verb reporting it) is contrary to now."""
    if token.lower_ != "would" or token.tag_ != "MD":
        return False
    verb = token.head
    hosts = [verb]
    frame = reporting_frame(verb)
    if frame is not None:
        hosts.append(frame)
    return any(c.dep_ == "advcl" and _state_against_now(c) for host in hosts for c in host.children)
