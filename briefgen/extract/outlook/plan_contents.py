"""Outlook cue for what a plan includes, calls for or proposes, told in the present: "The budget … calls for the sell-off
of 20% of the state's corporate holdings" (#13, fifty-fourth pass).

"The budget for the fiscal year starting on 21 March calls for the sell-off of 20% of the state's corporate holdings",
"The outline proposes reductions in budgets at 12 out of 23 government agencies", "Neither does the budget include any
cash to purchase crude oil", "The proposals include cutting Scotland's six single-battalion regiments to five": a plan
named by its noun, as the subject of a verb that gives its content, says what is planned, as "plans to" does. The
outlook read that already for the plural of :data:`.cues.FRAME_NOUNS` with "include" ("Other plans include …",
:func:`.cues.frame_noun_cue`); the nouns of a plan document were not among them, nor were the verbs of proposing. The
nouns here are WordNet 3.0's plan.n.01 with its direct hyponyms and proposal.n.01 (``data/plan_nouns.txt`` by
``tools/wordnet_plan_nouns.py``: budget, outline, scheme, agenda, schedule, proposal …; not "design": "The phone's
design includes a larger screen"); the verbs are "include", "call for", "propose" and "envisage", in the present (a plan
that "included" may have been dropped), in the main, reported or coordinated clause (a relative clause describes: "a
scheme which includes …"). The subject holds no view; a verb of saying above gives the holder as usual. A negation
stays: "does not include" tells what is left out of a plan still ahead. :func:`plan_content_cue` is its own function so
that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import PLAN, _auxiliaries, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: Nouns of a plan or a proposal (WordNet 3.0; see ``tools/wordnet_plan_nouns.py``).
PLAN_NOUNS: frozenset[str] = read_word_list("plan_nouns.txt")
#: Verbs that give a plan's content.
_CONTENT_VERBS = frozenset({"include", "propose", "envisage", "call"})


def _told_now(verb: Token) -> bool:
    """The simple present, or its do-support ("Neither does the budget include …"); no modal, no perfect."""
    if verb.tag_ in ("VBZ", "VBP"):
        return not _auxiliaries(verb)
    auxes = _auxiliaries(verb)
    return verb.tag_ == "VB" and len(auxes) == 1 and auxes[0].lemma_ == "do" and auxes[0].tag_ in ("VBZ", "VBP")


@first_test(FirstTest(pos=frozenset({"NOUN"}), deps=frozenset({"nsubj"}), lemmas=PLAN_NOUNS))
def plan_content_cue(token: Token) -> str | None:
    """ "The budget … calls for the sell-off of 20%", "The outline proposes reductions", "The proposals include
    cutting …": what a plan includes, calls for or proposes is planned (#13: 3 pooled check-set misses in 2 articles,
    sets 46 and 47, with the corpus census, read). See the module for what is left out."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or lemma_of(token) not in PLAN_NOUNS:
        return None
    verb = token.head
    lemma = lemma_of(verb)
    if lemma not in _CONTENT_VERBS or verb.pos_ != "VERB":
        return None
    if lemma == "call" and not any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return None  # "the plan is called …" names it; only "calls for" asks for something
    if verb.dep_ not in ("ROOT", "ccomp", "conj") or not _told_now(verb) or is_past_clause(verb):
        return None
    return PLAN
