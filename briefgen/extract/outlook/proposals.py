"""Outlook cue for a plan or proposal put forward or backed, named by its noun (#13, twenty-eighth pass).

"Michael Howard and frontbencher John Redwood on Thursday launched new plans to abolish hundreds of quangos", "The
chancellor has already unveiled proposals for a G8 aid package", "The Conservative Party has put forward plans to
revert to a system of …", "G7 finance ministers have backed plans to write off up to 100% of the debts of …", "Many EU
ministers are thought to support the plan to tax jet fuel": what a plan or proposal says is still to be done, and a
plan put forward or backed is the news, as "announced plans to" is (:func:`~.cues.frame_noun_cue`, which reads only
verbs of making known and nouns of a forward frame). The nouns are WordNet 3.0's "plan, program, programme"
(05898568-n), its "blueprint" (05902327-n) and "proposal" (07162194-n) with "counterproposal" (07162424-n), each with
a complement saying what for (a to-infinitive or "for"); the verbs put a plan forward (launch, unveil, outline, put
forward, draw up, table, present, submit, publish, set out, highlight) or back it (back, support, endorse, approve).

Left out, as :func:`~.cues.frame_noun_cue` leaves them: a side clause of the past ("since EA announced plans to buy",
"comes after he last week unveiled plans"), a plan dated in a past month or year ("published its proposals …
three months ago"), the pluperfect, a negation, a modal (its own cue reads it), and a rule ("Companies fail to draw
up plans to cope with …": a plan not made is none).
:func:`plan_put_forward_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import PLAN, _auxiliaries, _forward_complement, _past_anchor, is_negated, is_past
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's plan (05898568-n), blueprint (05902327-n), proposal (07162194-n) and counterproposal (07162424-n).
PLAN_NOUNS = frozenset({"plan", "programme", "program", "blueprint", "proposal", "counterproposal"})
#: Verbs that put a plan forward or back it; "put" and "draw" only with "forward"/"up", "set" with "out".
PUTTING_FORWARD = frozenset(
    {"launch", "unveil", "outline", "table", "present", "submit", "publish", "highlight", "back", "support", "endorse", "approve"}
)
_WITH_PARTICLE = {"put": "forward", "draw": "up", "set": "out"}
#: Verbs whose infinitive is not done: "fail to draw up plans", "refused to back the plan".
_FAILING = frozenset({"fail", "refuse", "decline", "neglect"})
#: Clause links under which the verb still tells the news (a main clause, its coordinate, a report, "thought to").
_TOLD_LINKS = frozenset({"ROOT", "conj", "ccomp", "xcomp"})


def _puts_forward(verb: Token) -> bool:
    lemma = lemma_of(verb)
    if lemma in PUTTING_FORWARD:
        return True
    particle = _WITH_PARTICLE.get(lemma)
    return particle is not None and any(c.dep_ in ("prt", "advmod") and c.lower_ == particle for c in verb.children)


def _told_now(verb: Token) -> bool:
    """Not a side clause, not the pluperfect, not dated in a past month or year; an infinitive under "thought to" or
    "decided to" takes its governor's tense, which may not be past narration beyond a report's own past."""
    current = verb
    for _ in range(4):
        if current.dep_ not in _TOLD_LINKS:
            return False
        auxes = _auxiliaries(current)
        if any(a.tag_ == "MD" for a in auxes) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
            return False
        if _past_anchor(current, last_is_recent=False):
            return False
        if current.dep_ != "xcomp" or current.head == current:
            return True
        current = current.head
        if lemma_of(current) in _FAILING:
            return False  # "Companies fail to draw up plans to cope with …": a plan not made
        if is_past(current):
            return False  # "decided to back the plan": the deciding is the narrated past
    return False


@first_test(FirstTest(lemmas=PLAN_NOUNS, pos=frozenset({"NOUN"}), deps=frozenset({"dobj"})))
def plan_put_forward_cue(token: Token) -> str | None:
    """ "launched new plans to abolish hundreds of quangos", "has already unveiled proposals for a G8 aid package",
    "are thought to support the plan to tax jet fuel": a plan or proposal put forward or backed says what is still to be
    done (#13: plans reported by a noun frame; 3 check-set misses in 3 articles, sets 9 and 22, with the corpus census,
    read). See the module for what is left out.
    """
    if lemma_of(token) not in PLAN_NOUNS or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    verb = token.head
    if not _puts_forward(verb) or is_negated(verb) or not _forward_complement(token):
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VB") or not _told_now(verb):
        return None
    return PLAN
