"""Outlook cue for a want held now with a noun as its object: "The Tories want judicial oversight" (#13, thirty-seventh pass).

"He wants a greater campaigning role for Chancellor Gordon Brown", "The Conservatives and Liberal Democrats say they
want the publication of the full legal advice", "The company wants damages of $20bn", "Ukraine … has said it wants
closer European Union links": what a party wants and has not got is still to come, as "wants to" with an infinitive
is (:data:`.cues.FRAME_KINDS` reads that frame as a plan). Said with a noun, no infinitive follows, so the frame cue
sees nothing.

Only a want stated as the party's stand: the present tense ("wants", "want"), in the sentence's main clause or in
the clause a verb of saying reports ("say they want", "has said it wants"), not one a verb of deciding or inferring
frames ("to decide if they want IMF help", "a comment suggesting he wants …"). Left out, because there wanting
describes who wants what or what anyone wants (:data:`.cues.WANTING` leaves the same clauses out of the frame):
a relative clause ("Britons who want a taste of France at the weekend", "Those on a limited budget who want a machine
they can add to"), an "if" or other adverbial clause ("if they want IMF help", "as long as each wants just a few
more arms"), "you" (anyone), a pronoun as the thing wanted ("wants it"), an object with its own infinitive or clause
("wants the government to act": the frame's), the past (a want that may be over), a negation and a modal.
:func:`want_held_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import _SAYING, PLAN, _auxiliaries, is_negated
from .first_tests import FirstTest, first_test, lemma_of

_PRESENT = frozenset({"VBZ", "VBP"})


def _stand_clause(verb: Token) -> bool:
    """The sentence's main clause (or a clause coordinated with it), or the clause a verb of saying reports
    (:data:`.cues._SAYING`: "say", "tell", "insist", …). Not the other verbs of :data:`.cues.REPORTING_VERBS`, which
    report a want as a choice or an inference: "to decide if they want IMF help", "a comment suggesting he wants …"."""
    current = verb
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    if current.dep_ == "ROOT":
        return True
    head = current.head
    return current.dep_ == "ccomp" and head.pos_ in ("VERB", "AUX") and lemma_of(head) in _SAYING


def _thing_wanted(verb: Token) -> Token | None:
    """The noun the want takes as its object, when nothing else completes the verb ("wants the board to act")."""
    if any(c.dep_ in ("xcomp", "ccomp", "oprd") for c in verb.children):
        return None
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)


def want_held_now(token: Token) -> bool:
    """A present "want(s)" of a party's own, held now: not negated, no modal, in a clause that states it (or under a
    verb of saying), with a subject that is not the generic "you". What :func:`want_held_cue` and
    :func:`.wanted_acts.wanted_act_cue` both ask first; they differ in what is wanted."""
    if lemma_of(token) != "want" or token.pos_ != "VERB" or token.tag_ not in _PRESENT:
        return False
    if is_negated(token) or any(a.tag_ == "MD" for a in _auxiliaries(token)):
        return False
    if not _stand_clause(token):
        return False
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    return bool(subjects) and not any(s.lower_ == "you" for s in subjects)


@first_test(FirstTest(lemmas=frozenset({"want"}), pos=frozenset({"VERB"}), tags=_PRESENT))
def want_held_cue(token: Token) -> str | None:
    """ "The Tories want judicial oversight of all control orders", "BT wants lighter regulation in exchange for the
    changes": a want of a thing not yet had, held now by a party, is a plan still to come about (#13: set 32's and set
    34's misses, 2 articles, and the corpus census, 15 uncovered sentences in 14 articles). See the module."""
    if not want_held_now(token):
        return None
    return PLAN if _thing_wanted(token) is not None else None
