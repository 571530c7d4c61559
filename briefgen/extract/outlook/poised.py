"""Outlook cue for a thing poised for what is coming, "is set for" with a noun (#13, thirty-fifth pass).

"The economy is set for strong growth in 2005", "the conditions are set for steady growth, analysts said", "Europe's
leading banks seem set for a period of retrenchment", "Plans to … are set for their first real test in Parliament",
"Keegan is set for another boost when goalkeeper Nicky Weaver makes his long-awaited return … on Tuesday": "set for"
and a noun says what is coming, as "is set to" and an infinitive does; :func:`.cues.plan_cue` reads the infinitive and a
date ("The vote is set for June"), this reads any other noun.

Only told now: "set" with a present "is/are" as its auxiliary, or completing a present "seem/look/appear". Not past
narration ("the stage was set for a victory platform", "Hearts looked set for a comfortable win but …"), an
infinitive ("wants a date to be set for …"), a participle after a noun ("records set for the number of games"), a
negation, a modal, or an agent that fixed something ("the price is set for each buyer by the regulator": a rule).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: Verbs of seeming that "set" may complete: "seem set for", "looks set for"; with their present forms, for the
#: parser's auxiliary "looks", which it does not lemmatise.
_SEEMING = frozenset({"seem", "look", "appear"})
_SEEMING_FORMS = _SEEMING | frozenset({"seems", "looks", "appears"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _told_now(token: Token) -> bool:
    """ "is set", "are set", or "seems/looks set" in the present, with no modal (the parser may hang "looks" as the
    auxiliary)."""
    auxes = _auxiliaries(token)
    if auxes:
        return all(a.tag_ in _PRESENT for a in auxes) and any(a.lemma_ == "be" or a.lower_ in _SEEMING_FORMS for a in auxes)
    head = token.head
    return (
        token.dep_ in ("oprd", "acomp", "xcomp")
        and lemma_of(head) in _SEEMING
        and head.tag_ in _PRESENT
        and not any(a.tag_ == "MD" for a in _auxiliaries(head))
        and not is_negated(head)
    )


def _coming_thing(token: Token) -> Token | None:
    """The noun "set for" points to: a "for" phrase on "set" whose object is a noun and no date (the date is
    :func:`.cues.plan_cue`'s)."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "for":
            noun = next((g for g in child.children if g.dep_ == "pobj"), None)
            if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ not in ("DATE", "TIME"):
                return noun
    return None


@first_test(FirstTest(lemmas=frozenset({"set"}), tags=frozenset({"VBN", "JJ"})))
def set_for_cue(token: Token) -> str | None:
    """ "is set for strong growth in 2005", "seem set for a period of retrenchment": a thing poised for what is coming
    is a forecast (#13: the corpus census, 8 uncovered sentences in 7 articles, all looking ahead; the brief's "is set
    for … when … on Tuesday"). See the module for the construction."""
    if lemma_of(token) != "set" or token.tag_ not in ("VBN", "JJ") or token.dep_ in ("acl", "amod", "relcl"):
        return None
    if is_negated(token) or any(c.dep_ in ("agent", "prt") for c in token.children) or not _told_now(token):
        return None
    return EXPECTED if _coming_thing(token) is not None else None
