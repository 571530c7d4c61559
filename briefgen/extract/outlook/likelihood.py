"""Outlook cue for a likelihood judged of an event named by its noun: "Analysts believe a compromise is likely" (#13,
thirty-first pass).

"Analysts believe a compromise is likely", "Several Opec members said a cut in production was unlikely", "Analysts have
said that industry mergers are likely in the future", "hinted that a super regiment was likely": "likely" and
"unlikely" with no infinitive and no that-clause, as the predicate of a noun subject, judge the chance of the event
that noun names (a compromise, a cut, a merger), as "is likely to happen" does. :func:`.cues.plan_cue` reads "likely"
only with its to-infinitive, and an extraposed "it is likely that …" judges its own clause, which has its own tense
and cues. The adjectives are WordNet 3.0's likely.a.01 and unlikely.a.01 with their similar probable and
improbable.

Left out: a comparison ("women were less likely than men to be married", "18% more likely": a propensity measured,
not an event judged), a pronoun or a placeholder subject ("One thing is certain", "it is likely"), and past narration
("a penalty try looked likely before the referee blew", "his belief that a win … was imminent"): in the past tense the
judgement counts only when reported under a verb of speech or belief and not dated in the past (:func:`.cues.
backshifted`). :func:`likely_event_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, backshifted, is_past, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: Adjectives of likelihood (WordNet 3.0 likely.a.01, unlikely.a.01 and their similar probable, improbable).
LIKELIHOOD = frozenset({"likely", "unlikely", "probable", "improbable"})
_DEGREES = frozenset({"more", "less", "most", "least", "as", "equally", "twice"})


def _event_subject(copula: Token) -> Token | None:
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or lemma_of(subject) in ("thing", "one"):
        return None
    return subject


@first_test(FirstTest(lowers=LIKELIHOOD, deps=frozenset({"acomp"})))
def likely_event_cue(token: Token) -> str | None:
    """ "a compromise is likely", "a cut in production was unlikely", "mergers are likely in the future": the chance
    of an event named by a noun, judged now or reported (#13: 1 check-set miss, set 20, and 5 more in the corpus
    census, read). See the module for what is left out.
    """
    if token.lower_ not in LIKELIHOOD or token.dep_ != "acomp":
        return None
    if any((c.dep_ in ("xcomp", "ccomp", "prep") and c.lower_ != "in") or (c.dep_ == "advmod" and c.lower_ in _DEGREES)
           for c in token.children):
        return None  # "likely to …" is plan_cue's; "more likely than …", "likely for …": a comparison or a propensity
    copula = token.head
    if lemma_of(copula) != "be" or _event_subject(copula) is None:
        return None
    if any(a.tag_ == "MD" for a in _auxiliaries(copula)):
        return None  # "would be unlikely": the modal speaks for itself
    if any(c.dep_ == "npadvmod" or (c.dep_ == "advmod" and c.lower_ in _DEGREES) for c in copula.children):
        return None  # "were 18% more likely": measured
    if (is_past(copula) or is_past_clause(copula)) and not backshifted(copula):
        return None  # "a penalty try looked likely before the referee blew": past narration
    return EXPECTED
