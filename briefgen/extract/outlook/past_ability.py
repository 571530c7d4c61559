"""A past ability, "could" with a word that limits it: "Greene could only finish second", "the keeper could do
nothing about Riggott's equaliser", "shop stewards … could barely suppress their anger" (#13).

"Could" is the past of "can" as well as a possibility ahead. Limited by "only", "hardly", "barely" or "scarcely",
or with "nothing" as what was done, in a clause of its own (no verb of saying or thinking above it), it tells what
someone managed or failed to do: a result, not a warning of what may come. A possibility ahead is seldom hedged so
("The deal could collapse"; "could only" ahead wants a condition, "could only go ahead if …", which the condition
rules keep). Why: the lead's reading of Random(9191) (sport/106's keeper "could do nothing" a warning); in the BBC
corpus at ``1bf2eee`` the modal cue made five such sentences of five articles outlook (sport results, a hospital
stay, a meeting's anger), none looking ahead.
"""

from __future__ import annotations

from spacy.tokens import Token

#: Adverbs that limit what "could" did: it came to no more than the verb says.
_LIMITING_ADVERBS = frozenset({"only", "hardly", "barely", "scarcely"})
#: Clause relations of a main clause or one coordinated with it (no verb of saying or thinking above it).
_OWN_CLAUSE = frozenset({"ROOT", "conj"})
#: Words that make "could only" a condition on what is ahead ("could only go ahead if …", "unless …").
_CONDITION_MARKS = frozenset({"if", "unless", "until", "provided", "providing"})


def limited_past_ability(token: Token) -> bool:
    """Whether ``token`` is a "could" that states a past ability its clause limits (see the module)."""
    if token.lower_ != "could" or token.tag_ != "MD":
        return False
    verb = token.head
    if verb.i == token.i or verb.dep_ not in _OWN_CLAUSE or verb.lemma_ == "have":
        return False
    children = list(verb.children)
    if any(c.lower_ in _CONDITION_MARKS for c in verb.subtree):
        return False
    limited = any(c.dep_ == "advmod" and c.lower_ in _LIMITING_ADVERBS for c in children)
    did_nothing = verb.lemma_ == "do" and any(c.dep_ == "dobj" and c.lower_ == "nothing" for c in children)
    return limited or did_nothing
