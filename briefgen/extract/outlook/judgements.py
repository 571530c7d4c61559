"""Precision filter: "it would be X to do Y" weighs an act, it does not foresee one (#13).

"Culture Minister Alun Pugh said it would be 'crass and ignorant' to liken a quango review to Hitler's Germany", "It
would be unacceptable for any of the parties involved to hide behind commercial confidentiality", "it would be so much
hassle to move my accounts that I did not even consider it", "a far better solution would be for elected councillors to
draw up a guarantee": a hypothetical "would be" whose subject is an act (an infinitive the extraposed "it" stands for,
or a "for X to" clause) judges that act — advice, blame, a verdict, a reason — and says nothing of what will happen.
:func:`.cues._advice` left out the same frame for a list of words of desirability ("it would be better to"); this asks
the construction, whatever the judging word. Two kinds of adjective keep their outlook: those whose subject is the
doer ("it would be happy to garner 10%", "said it would be able to make savings": "it" is the firm) and those of
feasibility ("it would be possible to rescue the government by amending it in the Lords", "very difficult to reverse
the trend"), which say whether an act ahead can be done.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import lemma_of

#: Adjectives whose subject is the one who acts or is ready to ("able to", "happy to", "likely to"): with them "it"
#: names a party, not an extraposed act.
SUBJECT_ADJECTIVES = frozenset(
    {"able", "unable", "ready", "willing", "unwilling", "prepared", "happy", "pleased", "delighted", "glad", "keen",
     "eager", "likely", "unlikely", "certain", "sure", "set", "due", "reluctant", "determined", "anxious", "free", "quick",
     "slow", "content", "right"}
)
#: Adjectives of feasibility: they say whether the act ahead can be done, a view of what is to come.
FEASIBILITY_ADJECTIVES = frozenset({"possible", "impossible", "difficult", "easy", "hard", "feasible", "simple", "tough", "tricky"})


def _to_infinitive(token: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in token.children)


def _for_to(head: Token) -> bool:
    """A "for X to do Y" clause on ``head``: the parser hangs "for" as a preposition with the infinitive below it, or as
    the marker of the infinitive's clause."""
    return any(
        (c.dep_ == "prep" and c.lower_ == "for" and any(_to_infinitive(t) for t in c.subtree))
        or (_to_infinitive(c) and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children))
        for c in head.children
    )


def act_judged(token: Token) -> bool:
    """``token`` is the "would" of "it would be <judgement> to …" or "<noun> would be for X to …"."""
    if token.lower_ != "would" or token.tag_ != "MD" or token.dep_ != "aux":
        return False
    verb = token.head
    if lemma_of(verb) != "be":
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return False
    predicates = [c for c in verb.children if c.dep_ in ("acomp", "attr")]
    if predicates:  # "foolish and rash": the parser may hang the second on the first or on "be"
        predicates += [c for p in (verb, *predicates) for c in p.children if c.dep_ == "conj" and c.pos_ in ("ADJ", "NOUN")]
    if subject.lower_ != "it":
        return not predicates and _for_to(verb)  # "a far better solution would be for councillors to draw up …"
    if not predicates or any(p.lower_ in SUBJECT_ADJECTIVES or p.lower_ in FEASIBILITY_ADJECTIVES for p in predicates):
        return False
    heads = (verb, *predicates)
    return any(
        c.dep_ in ("xcomp", "ccomp", "advcl", "acl", "relcl") and _to_infinitive(c) for head in heads for c in head.children
    ) or any(_for_to(head) for head in heads)
