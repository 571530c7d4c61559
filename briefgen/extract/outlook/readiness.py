"""Outlook cue for a readiness or an unwillingness to act, reported: "has said he is willing to soften the rules" (#13).

"The US stock market watchdog's chairman has said he is willing to soften tough new US corporate governance rules"
(set 38's miss), "Fairford Coach Action … say they are prepared to take their case to the European Court of Human
Rights", "Houllier also revealed he is now ready to return to the game", "another report … claims Mr Milburn is
unwilling to allow any new role for the chancellor", "believes the US … is now more willing to engage seriously in the
search for a settlement": a party reported to be willing, ready or unwilling to act now holds a plan, or its refusal,
for what is still ahead, as one "keen to" act does (:func:`.cues.eager_to_cue`). In the BBC corpus at ``d1ec7d9`` the
cue adds eight sentences in eight articles (seven texts) and names the holder of three items it shares with other cues.

The adjectives are WordNet 3.0's clusters of willingness and readiness (``data/readiness_adjectives.txt`` by
``tools/wordnet_readiness_adjectives.py``: "willing", "unwilling", "ready", "prepared", "reluctant", "loath", …; not
"glad" or "happy", first a feeling: "says he is glad to see the back of …"). Only as the predicate of a present "is/are"
with a to-infinitive, in a clause a verb of speech or belief reports. Told by the writer ("They are ready to fly out …
if called upon", "he is too ready to switch allegiances", "terrorists are willing to do things their predecessors did
not") a readiness is as often a habit or a general trait as a plan, and in the past ("admitted he was willing to commit
fraud", "43% were not willing to hand over personal information") it is a past or a survey's present, so both stay out;
so do a modal (the modal cue's), a condition, and an infinitive of saying ("is ready to admit": met in the telling).
:func:`readiness_reported_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import EXPECTATION_REPORTS, PLAN, REPORTING_VERBS, _auxiliaries, _in_condition, reporting_frame
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's adjectives of willingness and readiness (``data/readiness_adjectives.txt``).
READINESS_ADJECTIVES: frozenset[str] = read_word_list("readiness_adjectives.txt")
_PRESENT = frozenset({"VBZ", "VBP"})


@first_test(FirstTest(lowers=READINESS_ADJECTIVES, deps=frozenset({"acomp"})))
def readiness_reported_cue(token: Token) -> str | None:
    """ "has said he is willing to soften the rules", "say they are prepared to take their case to the European
    Court": a readiness or unwillingness to act, reported in the present, is a plan or a refusal ahead (see the module)."""
    if token.lower_ not in READINESS_ADJECTIVES or token.dep_ != "acomp":
        return None
    act = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
    if act is None or not any(a.dep_ == "aux" and a.lower_ == "to" for a in act.children):
        return None
    copula = token.head
    if lemma_of(copula) != "be" or copula.tag_ not in _PRESENT or any(a.tag_ == "MD" for a in _auxiliaries(copula)):
        return None
    if _in_condition(copula) or reporting_frame(copula) is None:
        return None
    if lemma_of(act) in REPORTING_VERBS or lemma_of(act) in EXPECTATION_REPORTS:
        return None  # "is ready to admit that …": the readiness is met in the telling
    return PLAN
