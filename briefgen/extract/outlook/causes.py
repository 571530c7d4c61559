"""Precision filter: "could", "may", "might" on a cause put forward for a state already there guess at the present (#13).

"which could explain her leap in form", "This could be because of its proximity to busy mainline stations", "the
researchers said this could be because their brains were more used to adapting", "that might be because I work for
minimum wage": the modal is epistemic — the writer or a source offers a reason for something that has happened or
holds now — and nothing is foreseen. The construction is a verb of explaining ("explain", "account for", a passive
"be explained by") whose subject is no actor (a fact, a "which", "this"), or the copula with a cause: "because" (a
clause or "because of"), "due to", "down to". An actor who may explain ("The minister could explain his decision to
MPs") is an act ahead and keeps its outlook, as do "will" and "would" (a forecast or a report: "the report will
explain why"), and a cause with an outlook of its own below it keeps the cue that one gives.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..demands.phrases import is_actor_like

#: Epistemic modals of possibility: "will"/"would" on a cause is a forecast or a report and is left.
_POSSIBLE = frozenset({"could", "may", "might"})
#: Verbs of explaining: the cause is the subject.
_EXPLAIN = frozenset({"explain", "account"})
#: Words that put a cause after the copula: "be because (of)", "be due to", "be down to".
_CAUSE_WORDS = frozenset({"because", "due", "down"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _explains(verb: Token) -> bool:
    """ "X could explain Y", "X may account for Y", "Y could be explained by X", with no actor as the explainer."""
    lemma = verb.lemma_.lower()
    if lemma not in _EXPLAIN:
        return False
    if lemma == "account" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    subject = _subject(verb)
    if subject is None:
        return False
    if subject.dep_ == "nsubjpass":  # "could be explained by X": the cause is the agent
        return any(c.dep_ == "agent" for c in verb.children)
    return not is_actor_like(subject)


def _cause_after_copula(verb: Token) -> bool:
    """ "could be because (of) …", "might be due to …", "may be down to …"."""
    if verb.lemma_.lower() != "be":
        return False
    if any(c.dep_ in ("attr", "acomp", "prep") and c.lower_ not in _CAUSE_WORDS for c in verb.children):
        return False  # "could be in trouble because …": a state foreseen, with its reason
    for child in verb.children:
        word = child.lower_
        if word not in _CAUSE_WORDS:
            continue
        if word == "because" and child.dep_ in ("prep", "mark", "advmod"):
            return True
        if word == "due" and child.dep_ in ("acomp", "amod", "prep", "advmod") and any(g.lower_ == "to" for g in child.children):
            return True
        if word == "down" and child.dep_ in ("prt", "advmod", "prep", "acomp") and any(g.lower_ == "to" for g in child.children):
            return True
    # "might be because I work …": the parser hangs the marker on the clause it introduces
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "because" for m in c.children) for c in verb.children)


def guesses_a_cause(token: Token) -> bool:
    """Whether ``token`` is the "could/may/might" of a cause offered for what is (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _POSSIBLE or token.dep_ != "aux":
        return False
    verb = token.head
    return _explains(verb) or _cause_after_copula(verb)
