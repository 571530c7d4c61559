"""Outlook cue for a plan argued over or set out, named by its noun (#13, thirty-ninth pass).

"He underlined Lib Dem plans to scrap university fees", "Other parties and refugee agencies have already attacked
Tory plans for annual limits on numbers", "UK Foreign Secretary Jack Straw has defended plans to end the European
Union's arms embargo on China", "They also spelled out their plans for reduced government borrowing": a plan someone
defends, attacks, stresses or details now is a plan still standing, so what it says is still to be done, as a plan
put forward or backed is (:func:`.proposals.plan_put_forward_cue`, whose nouns, complement and told-now test this
cue shares). The verbs are a lexical class read off WordNet 3.0 (``data/plan_stance_verbs.txt``, made by
``tools/wordnet_plan_stance_verbs.py``: arguing for or against in speech or writing, giving weight, specifying in
detail); a verb of dropping a plan ("abandoned plans to", "has withdrawn proposals", "suspended its plan") is not
among them, nor a particle that turns a verb into one ("knocked back plans").

Left out, as the proposals cue leaves them: a side clause ("a leaflet opposing plans for a new mosque", "a motion
questioning expansion plans"), a clause dated in a past year or by "ago"/"earlier", the pluperfect, a negation and a
modal. A critic's own warning in the clause ("said he opposed the plans for ID cards, a step which would intrude
into the lives of ordinary citizens") is the sentence's outlook, with the critic as its holder, so a verb against a
plan gives no cue over a modal below it. Who holds the plan is its owner when the noun names one ("Michael Howard's proposals"), and else the subject
only of a verb that argues for it or sets it out: whoever attacks a plan holds none.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import PLAN_STANCE_VERBS
from .cues import PLAN, _forward_complement, is_negated
from .first_tests import FirstTest, first_test, lemma_of
from ..demands.phrases import subject_of
from .proposals import PLAN_NOUNS, PUTTING_FORWARD, _told_now

#: Multi-word lemmas of the class by their verb: "spell_out" is "spell" with the particle "out".
_PARTICLED: dict[str, set[str]] = {}
for _verb in PLAN_STANCE_VERBS:
    if "_" in _verb:
        _head, _, _particle = _verb.partition("_")
        _PARTICLED.setdefault(_head, set()).add(_particle)
#: "support" is WordNet's too ("defend, support"), but a plan backed is :func:`.proposals.plan_put_forward_cue`'s.
_SINGLE = frozenset(v for v in PLAN_STANCE_VERBS if "_" not in v) - PUTTING_FORWARD
#: The lemmas of the class that argue against a plan: their subject does not hold it.
_AGAINST = frozenset({"oppose", "attack", "assail", "assault", "criticise", "criticize", "knock", "lash_out", "pick_apart", "snipe", "round"})


def _particles(verb: Token) -> set[str]:
    return {c.lower_ for c in verb.children if c.dep_ == "prt"}


def stance_verb(verb: Token) -> str | None:
    """The class's lemma the verb is, with its particle when it has one ("spell_out"); ``None`` when it is none."""
    lemma = lemma_of(verb)
    particles = _particles(verb)
    if not particles:
        return lemma if lemma in _SINGLE else None
    joined = next((p for p in particles if p in _PARTICLED.get(lemma, ())), None)
    return f"{lemma}_{joined}" if joined else None  # "knocked back plans" is no stance, "spelled out plans" is


@first_test(FirstTest(lemmas=PLAN_NOUNS, pos=frozenset({"NOUN"}), deps=frozenset({"dobj"})))
def plan_argued_cue(token: Token) -> str | None:
    """ "underlined Lib Dem plans to scrap university fees", "have already attacked Tory plans for annual limits",
    "has defended government plans to introduce control orders": a plan noun with what it is for, the object of a
    verb of arguing over or setting out told now, is a plan still standing (#13: set 31's miss, politics/213, with
    the corpus census, read). See the module for what is left out.
    """
    if lemma_of(token) not in PLAN_NOUNS or token.pos_ != "NOUN" or token.dep_ != "dobj":
        return None
    verb = token.head
    stance = stance_verb(verb)
    if stance is None or is_negated(verb) or not _forward_complement(token):
        return None
    if stance in _AGAINST and any(t.tag_ == "MD" for t in verb.subtree):
        return None  # "opposed the plans for ID cards, a step which would intrude …": the critic's own warning is the outlook
    if verb.tag_ not in ("VBD", "VBZ", "VBP", "VBN", "VBG", "VB") or not _told_now(verb):
        return None
    return PLAN


def plan_owner(token: Token) -> Token | None:
    """Who holds the plan a :func:`plan_argued_cue` fired on: the noun's possessor ("Michael Howard's proposals"),
    else the subject of a verb that argues for it or sets it out; no one for a verb against it."""
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    verb = token.head
    if stance_verb(verb) in _AGAINST:
        return None
    return subject_of(verb)
