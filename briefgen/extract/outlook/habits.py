"""Precision filter: a look ahead told as a habit says what usually happens, not what is going to (#13).

"Sensible third party leaders are usually cautious about making any predictions about how they will do come the big
test", "The year began with that optimism which invariably … seems to herald an upcoming Olympiad", "- normally a sign
that a film will get bad reviews", "Films which are expected to earn strong home video returns are usually timed for
release in the busiest retail season", "Often Pipex and other net suppliers do get advance notice that an attack is
about to happen": an adverb of frequency on the clause that governs the cue (or right before the noun phrase that
holds it) makes the whole a habit or a rule, so the "will", the "expected to" or the "next" inside it is part of a
generalisation, with no event ahead and no one holding a view of one. The adverbs are English's closed class of
indefinite frequency; "always" is left out, as it more often stretches a view than states a habit ("Labour has always
maintained Mr Brown would have a central campaign role", "will always be revered"), and so is an adverb with its own
degree word ("could happen less frequently": a manner of the act ahead). A clause coordinated with the habit is told
apart from it ("has not always matched his promise … but believes his decision … will bring the rewards").
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import clause_verb

#: Adverbs of indefinite frequency: with them a clause states what happens as a rule.
HABITUAL_ADVERBS = frozenset(
    {"usually", "normally", "generally", "typically", "invariably", "often", "frequently", "sometimes", "rarely", "seldom",
     "traditionally", "routinely", "habitually", "customarily", "commonly"}
)
_NOMINAL = frozenset({"NOUN", "PROPN"})


def _habitual(adverb: Token) -> bool:
    return adverb.dep_ == "advmod" and adverb.lower_ in HABITUAL_ADVERBS and not any(c.dep_ == "advmod" for c in adverb.children)


def _quantifies_subject(adverb: Token) -> bool:
    """ "Pensions generally will certainly be a big election issue": right after the subject the adverb says "in
    general" of the noun, not how often the clause holds."""
    before = adverb.doc[adverb.i - 1] if adverb.i > 0 else None
    return before is not None and before.pos_ in _NOMINAL and before.dep_ in ("nsubj", "nsubjpass") and before.head == adverb.head


def told_as_habit(token: Token) -> bool:
    """Whether the cue on ``token`` sits in a clause told as a habit: an adverb of frequency on its clause or on a
    clause above it, not across a coordination, or right before a noun phrase above it ("- normally a sign that …",
    where the parser hangs the adverb on the word before)."""
    doc = token.doc
    start = token.sent.start
    node = clause_verb(token)
    for _ in range(32):
        if any(_habitual(c) and not _quantifies_subject(c) for c in node.children):
            return True
        if node.pos_ in _NOMINAL and node.left_edge.i > start:
            before = doc[node.left_edge.i - 1]
            if _habitual(before) and before.head.i < before.i:
                return True
        if node.dep_ == "conj" or node.head == node:
            return False
        node = node.head
    return False
