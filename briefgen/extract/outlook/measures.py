"""Outlook cue for a measure in hand: "are proposing a tough new law", "is now pursuing the proposal" (#13,
thirty-first pass).

"US politicians are proposing a tough new law aimed at cracking down on indecency", "Tory frontbencher Patrick Mercer
is now pursuing the proposal through a private member's bill in Parliament", "Icann is considering proposals for
another eight domains", "the Indian Air Force is also considering proposals from other foreign firms": a law, bill or
proposal being put forward, pursued or weighed now is not yet in force or decided, so the clause looks ahead to it,
as "has unveiled proposals for …" does (:func:`.proposals.plan_put_forward_cue`, which reads the noun after a verb of
putting forward in any tense but only with a complement saying what the plan is for). The progressive alone is no
cue ("is trying to tackle joblessness"): what carries it is the measure as the object.

Here: the present progressive (or its perfect) of a verb of proposing or pursuing (WordNet 3.0 propose.v.01
"make a proposal, declare a plan for something", pursue.v.02 "carry out or participate in an activity", draft,
table, introduce, prepare) or of weighing (the verbs of deliberation of :mod:`..lexicon`: consider, debate,
discuss, examine, review), whose direct object is a measure: WordNet's plan and proposal nouns
(:data:`.proposals.PLAN_NOUNS`) with law, bill, legislation, measure, reform, ban, amendment and motion. Weighing
makes an open question, as :mod:`.deliberation`'s verbs do; proposing and pursuing a plan. "was proposing" is
narration; a negated verb proposes nothing. :func:`measure_in_hand_cue` is its own function so that it can be
weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import DELIBERATION_VERBS
from .cues import OPEN_QUESTION, PLAN, is_negated
from .deliberation import progressive_told_now
from .first_tests import FirstTest, first_test, lemma_of
from .proposals import PLAN_NOUNS

#: Verbs of putting a measure forward or pursuing it.
PROPOSING = frozenset({"propose", "pursue", "draft", "table", "introduce", "prepare"})
#: Verbs of weighing a measure (WordNet's deliberation verbs, one-word ones) with "discuss".
WEIGHING = frozenset(v for v in DELIBERATION_VERBS if "_" not in v) | frozenset({"discuss"})
#: Measures: plans and proposals, and the laws and rules a legislature weighs.
MEASURES = PLAN_NOUNS | frozenset({"law", "bill", "legislation", "measure", "reform", "ban", "amendment", "motion"})


@first_test(FirstTest(lemmas=PROPOSING | WEIGHING, pos=frozenset({"VERB"}), tags=frozenset({"VBG"})))
def measure_in_hand_cue(token: Token) -> str | None:
    """ "are proposing a tough new law", "is now pursuing the proposal", "is considering proposals for another eight
    domains": a measure put forward, pursued or weighed now, still to be decided (#13: 2 check-set misses in 2
    articles, sets 27 and 28, and 2 more in the corpus census, read). See the module for the words.
    """
    lemma = lemma_of(token)
    if (lemma not in PROPOSING and lemma not in WEIGHING) or token.pos_ != "VERB" or token.tag_ != "VBG":
        return None
    if not any(c.dep_ == "dobj" and lemma_of(c) in MEASURES for c in token.children):
        return None
    if not progressive_told_now(token) or is_negated(token):
        return None  # "was proposing" in narration; "is not considering any proposal"
    return OPEN_QUESTION if lemma in WEIGHING else PLAN
