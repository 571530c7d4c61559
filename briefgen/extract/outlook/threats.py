"""Outlook cue for a threat that stands: "has threatened legal action against any buyer" (#13, thirty-third pass).

"It has also threatened legal action against any business which has future commercial dealings with its former
subsidiary", "LG Card's creditors have threatened parent group LG Group with penalties if it fails to respond to their
demands", "KA has also threatened … Edith Masai with a similar ban if reports … are true": a punishment or a legal
proceeding threatened and not withdrawn hangs over its target, as one someone "faces" does
(:func:`.cues.sanction_faced_cue`); the threat is a warning of what may come. The frame cues read "threatens to …"
with an infinitive; a threat made with a noun has no infinitive to read.

The construction: "threaten" in the present perfect ("has/have threatened", "has been threatened with"), told now, or
in the simple present, whose object or "with" phrase is a punishment or legal proceeding (WordNet's sanction nouns,
:data:`.cues.SANCTION_NOUNS`: action, penalty, ban, lawsuit …). Not the simple past ("threatened legal action last
year" is narration, the threat may be spent), a negated threat ("We have not threatened to demolish the house"), a
modal ("could threaten"), nor what else one threatens ("has threatened some of our players", "threatens jobs": a
danger now, not a sanction). :func:`threat_standing_cue` is its own function so that it can be weighed on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SANCTION_NOUNS, WARNING, _auxiliaries, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

_THREATEN = "threaten"


def _threatened(verb: Token) -> Token | None:
    """The sanction threatened: the object ("threatened legal action") or what the target is threatened with, the
    "with" phrase hung on the verb or on its object ("threatened parent group LG Group with penalties")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if any(lemma_of(o) in SANCTION_NOUNS for o in objects):
        return next(o for o in objects if lemma_of(o) in SANCTION_NOUNS)
    for child in (*verb.children, *(c for o in objects for c in o.children)):
        if child.dep_ == "prep" and child.lower_ == "with":
            found = next((g for g in child.children if g.dep_ == "pobj" and lemma_of(g) in SANCTION_NOUNS), None)
            if found is not None:
                return found
    return None


def _told_now(verb: Token) -> bool:
    """ "threatens", "has threatened", "have been threatened": present or present perfect, no modal."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ in ("MD", "VBD") for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP"):
        return True
    return verb.tag_ == "VBN" and any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes)


@first_test(FirstTest(lemmas=frozenset({_THREATEN}), pos=frozenset({"VERB"}), tags=frozenset({"VBN", "VBZ", "VBP"})))
def threat_standing_cue(token: Token) -> str | None:
    """ "has threatened legal action against any buyer", "have threatened parent group LG Group with penalties": a
    sanction threatened now is a warning of what may come (#13: 2 check-set misses in 2 articles, sets 20 and 30, and
    more in the corpus census, read). See the module for the construction."""
    if lemma_of(token) != _THREATEN or token.pos_ != "VERB" or token.tag_ not in ("VBN", "VBZ", "VBP"):
        return None
    if not _told_now(token) or is_negated(token) or is_past_clause(token):
        return None
    return WARNING if _threatened(token) is not None else None
