"""Precision filter: "would seem", "would appear" soften a judgement of what is, they foresee nothing (#13).

"The two options would seem to be more stringent data protection law … or a wave of civil lawsuits", "The stoppages
would appear to be another step in the central government's battle to control projects", "Bellamy's latest outburst
would appear to make his chances of a first-team recall remote": "would" on a verb of seeming with its complement (a
to-infinitive, an adjective or a noun phrase, a "that" clause) is the hedged present, "it seems", in a politer mood;
no condition is imagined and nothing is said to come. "appear" without such a complement is the verb of showing up
and keeps its outlook ("Welch added that he would appear at a church in Bakersfield"); so does a "would seem" whose
complement holds a look ahead of its own ("it would seem unlikely he will play for Newcastle again": the "will" is a
cue of its own).
"""

from __future__ import annotations

from spacy.tokens import Token

#: Verbs of seeming: with a complement they say how things look now.
_SEEMING = frozenset({"seem", "appear"})
#: Forms of "would": "would", "'d".
_WOULD = frozenset({"would", "'d"})


def _complement(verb: Token) -> bool:
    """A complement of seeming: a to-infinitive ("to be"), an adjective, a noun phrase or a "that" clause."""
    for child in verb.children:
        if child.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children):
            return True
        if child.dep_ in ("acomp", "attr", "oprd"):
            return True
        if child.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in child.children):
            return True
    return False


def hedged_seeming(token: Token) -> bool:
    """Whether ``token`` is the "would" of "would seem/appear" with a complement of seeming (see the module)."""
    if token.tag_ != "MD" or token.lower_ not in _WOULD or token.dep_ != "aux":
        return False
    verb = token.head
    return verb.lemma_.lower() in _SEEMING and _complement(verb)
