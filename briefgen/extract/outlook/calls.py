"""Precision filter: a change of schedule asked for is a call, not a schedule (#13).

"He rejected critics' calls for the law change to be delayed", "Director Anurag Kashyap said the film's release
should not be delayed": a scheduling verb ("delay", "postpone", "reschedule") under an obligation modal or as the
content of a call names what someone wants done, which Demands reports; the rubric leaves normative
"should/must" calls out of Outlook. Only the scheduling verbs are asked here: a forecast under "should" ("prices
should ease next year") is an expectation and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..demands.lexicon import DEMAND_NOUNS, DEMAND_VERBS, OBLIGATION_MODALS
from .cues import SCHEDULING_VERBS, lemma_of


def schedule_called_for(token: Token) -> bool:
    """A scheduling verb under "should/must/ought to", or the infinitive of a call: "calls for the vote to be
    postponed", "urged the board to delay the sale". "The club wants to delay the move" (the subject's own plan,
    no subject or passive of its own) and "The launch has been delayed" stay schedules."""
    if lemma_of(token) not in SCHEDULING_VERBS or token.pos_ != "VERB":
        return False
    auxes = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in OBLIGATION_MODALS or a.lower_ == "ought" for a in auxes):
        return True
    if not any(a.lower_ == "to" for a in auxes):
        return False
    governor = token.head
    if governor.pos_ == "NOUN" and lemma_of(governor) in DEMAND_NOUNS:
        return True  # "calls for the law change to be delayed"
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children) or any(a.dep_ == "auxpass" for a in auxes)
    return governor.pos_ == "VERB" and lemma_of(governor) in DEMAND_VERBS and own_subject
