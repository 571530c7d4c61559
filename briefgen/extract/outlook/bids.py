"""Outlook cue for an act under way in a bid to reach an end: "Delta is restructuring in a bid to fight off
insolvency" (#13, fifty-fourth pass).

"Delta is restructuring in a bid to fight off insolvency", "The Jamaican government is regaining control of Air Jamaica
in an bid to help the ailing company out of its financial difficulties", "Delta Air Lines is cutting domestic fares by as
much as 50% as part of a plan to ensure its financial survival": the clause tells an act under way (the present
progressive), and the adjunct says what it is done for, an end named by a noun of attempt, drive or plan with its own
to-infinitive. The end is not reached yet, so the sentence looks ahead to it, as "is working to improve" does
(:func:`.efforts.work_under_way_cue`). The frame is narrow by design: the present progressive ("is restructuring"; the
perfect progressive "has been raising rates since June in an attempt to …" tells a run of acts, and past narration the
aim of a past act, which :func:`.cues.frame_noun_cue` leaves out), not negated, no modal, the noun under "in" ("in a
bid to", "in an effort to") or "as part of" ("as part of a drive to"), with its to-infinitive. The nouns are WordNet
3.0's attempt, campaign and plan synsets (``data/attempt_nouns.txt`` by ``tools/wordnet_attempt_nouns.py``). "In order
to" has no such noun and stays out: it is as often a manner of the present ("are trying in order to do a better job").
A trend ("providers are increasingly making their networks intelligent") is refused by its rate word, as
:mod:`.releases` refuses one. :func:`act_in_a_bid_cue` is its own function so that it can be weighed (and dropped) on its
own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import PLAN, _auxiliaries, is_negated
from .deliberation import progressive_told_now
from .departures import _RATE_WORDS
from .first_tests import FirstTest, first_test, lemma_of

#: Nouns of an attempt, a drive or a plan (WordNet 3.0; see ``tools/wordnet_attempt_nouns.py``).
ATTEMPT_NOUNS: frozenset[str] = read_word_list("attempt_nouns.txt")
#: The prepositions that name what an act is done for: "in a bid to", "as part of a plan to".
_FOR_AN_END = frozenset({"in", "as"})


def _has_own_infinitive(noun: Token) -> bool:
    """ "a bid to fight off insolvency": the noun's to-infinitive (the parser hangs it as ``acl`` or ``relcl``)."""
    return any(
        c.dep_ in ("acl", "relcl") and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def _governing_preposition(noun: Token) -> Token | None:
    """The "in" or "as" the noun hangs under, directly ("in a bid to") or through "part of" ("as part of a plan to")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    if prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head
        if prep.dep_ != "prep" or prep.lower_ != "as":
            return None
    return prep if prep.lower_ in _FOR_AN_END else None


def act_under_way(noun: Token) -> Token | None:
    """The verb whose act is done in the bid or as part of the plan ``noun`` names ("restructuring" in "is
    restructuring in a bid to"), if the noun stands in that frame; its subject holds the plan."""
    prep = _governing_preposition(noun)
    return prep.head if prep is not None else None


@first_test(FirstTest(pos=frozenset({"NOUN"}), deps=frozenset({"pobj"}), lemmas=ATTEMPT_NOUNS))
def act_in_a_bid_cue(token: Token) -> str | None:
    """ "is restructuring in a bid to fight off insolvency", "is cutting domestic fares … as part of a plan to ensure
    its financial survival": an act under way for an end named by a noun of attempt, drive or plan; the end is ahead
    (#13: 3 pooled check-set misses in 2 articles, sets 43 and 48, with the corpus census, read). See the module for
    what is left out."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or lemma_of(token) not in ATTEMPT_NOUNS:
        return None
    if not _has_own_infinitive(token):
        return None
    verb = act_under_way(token)
    if verb is None:
        return None
    if verb.tag_ != "VBG" or verb.dep_ not in ("ROOT", "ccomp", "conj"):
        return None
    if is_negated(verb) or not progressive_told_now(verb):
        return None
    if any(a.lemma_ == "have" for a in _auxiliaries(verb)):
        return None  # "has been raising interest rates since June 2004, in an attempt to …": a run of acts
    if any(t.lower_ in _RATE_WORDS for t in verb.children if t.dep_ == "advmod"):
        return None  # "providers are increasingly making their networks intelligent": a trend
    return PLAN
