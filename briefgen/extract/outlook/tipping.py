"""Outlook cue for a tip told: "tipped Yann Delaigue to start", "tipped it as the next big thing" (#13, thirty-first
pass).

"The 30-year-old also tipped Yann Delaigue to start ahead of Frederic Michalak at number 10 after an impressive
display in Paris last weekend", "Most of the critics tipped Jamie Foxx and Hilary Swank to scoop best actor and
actress", "Mr Jolin tipped another contender - most likely The Aviator - to walk away with the Bafta", "Anders Igels
… tipped it as the next big thing in mobile in a speech at the 3GSM World Congress": to tip someone to do something,
or as something, is to forecast it (WordNet 3.0 tip.v.03 "give insider information or advice to", the racing tip),
as "predicted that he would start" does. :func:`.cues.plan_cue` reads "tipped X to" when the parser hangs the
infinitive as the verb's complement and no past date stands anywhere in the sentence; the parser as often hangs it
as an adverbial or a clause ("tipped Jamie Foxx … to scoop"), and a past date deeper in the sentence dates the
evidence for the tip, not the tip ("after an impressive display in Paris last weekend"). Here: the active "tip"
with an object and a to-infinitive however attached, or an "as" phrase; only a past date on the verb itself
("Last year he tipped …") makes the tip a past one. The physical "tip" ("James tipped the ball over", "tips Japan
into recession") has neither. :func:`tipped_to_cue` is its own function so that it can be weighed on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, _past_anchor, is_negated
from .first_tests import FirstTest, first_test, lemma_of

_ACTIVE_TENSES = frozenset({"VBD", "VBZ", "VBP"})


def _forecast_complement(verb: Token) -> bool:
    """A to-infinitive however the parser attached it ("tipped X to win"), or an "as" phrase ("tipped it as the
    next big thing")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl", "ccomp") and child.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return True
        if child.dep_ == "prep" and child.lower_ == "as" and any(o.dep_ == "pobj" for o in child.children):
            return True
    return False


@first_test(FirstTest(lemmas=frozenset({"tip"}), pos=frozenset({"VERB"}), tags=_ACTIVE_TENSES))
def tipped_to_cue(token: Token) -> str | None:
    """ "tipped Yann Delaigue to start", "tipped it as the next big thing": a forecast about someone else's deed
    or standing (#13: 2 check-set misses in 2 articles, sets 23 and 28, and 2 more in the corpus census, read)."""
    if lemma_of(token) != "tip" or token.pos_ != "VERB" or token.tag_ not in _ACTIVE_TENSES:
        return None
    if any(a.dep_ == "auxpass" or a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(token)):
        return None  # "is tipped to" is :func:`.cues.plan_cue`'s; "had tipped" looks back on a tip
    if not any(c.dep_ == "dobj" for c in token.children) or not _forecast_complement(token):
        return None
    if is_negated(token) or _past_anchor(token, direct=True):
        return None  # "Last year he tipped them to win": the tip is a past one
    return EXPECTED
