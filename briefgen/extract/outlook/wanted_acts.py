"""Outlook cue for a want held now of another party's act: "Mr Brown also wants other G8 nations to match his target" (#13).

"He also wants the richer countries to do more to help the development of vaccines", "Cafod wants Britain to use its
influence" (set 37), "The Commission wants people to be able to locate the content they desire" (set 42), "Officials
say the home secretary wants young people to feel they belong" (set 43), "Most Republicans, however, want them to stay
in place" (set 46): what a party wants another to do and has not yet seen done is still to come, as "wants to" with an
infinitive (:data:`.cues.FRAME_KINDS`, a plan) and "wants" with a noun (:func:`.wants.want_held_cue`) are. The parser
hangs the infinitive with its own subject under "want" as a ``ccomp`` (or the subject as the object and the infinitive
as an ``xcomp``), which neither of those reads.

The fortieth pass (outlook38) wrote this cue and left it as a rubric question, for two earlier readers left such
sentences unmarked and a test keeps "The unions want the vote to be postponed" a call; since then sets 42, 43 and 46
marked three more. Narrower than that version: a change of schedule wanted ("the vote to be postponed", a verb of
:data:`.cues.SCHEDULING_VERBS`) stays a call for Demands, as :mod:`.calls` has it.

Only a want stated as the party's stand, as :func:`.wants.want_held_cue` takes it: the present tense, in the sentence's
main clause or in the clause a verb of saying reports, not negated, no modal, a subject that is not "you"; the one
asked to act not "you", "us" or "me" (anyone, or the speaker's own side: "want us to watch HD on screens").
:func:`wanted_act_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import PLAN, SCHEDULING_VERBS
from .first_tests import FirstTest, first_test, lemma_of
from .wants import want_held_now

_PRESENT = frozenset({"VBZ", "VBP"})
#: Who is asked to act when the want is anyone's or the speaker's own side's, not another party's.
_NOT_ANOTHER = frozenset({"you", "us", "me", "yourself", "ourselves", "myself"})


def _infinitive_with_subject(verb: Token) -> tuple[Token, Token] | None:
    """``(subject, infinitive)`` of "wants X to do": a ``ccomp`` with its own subject and "to", or an object with an
    ``xcomp`` infinitive."""
    for child in verb.children:
        if child.dep_ == "ccomp" and child.pos_ in ("VERB", "AUX") and any(a.tag_ == "TO" for a in child.children):
            subject = next((c for c in child.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                return subject, child
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    infinitives = [c for c in verb.children if c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children)]
    if objects and infinitives:
        return objects[0], infinitives[0]
    return None


@first_test(FirstTest(lemmas=frozenset({"want"}), pos=frozenset({"VERB"}), tags=_PRESENT))
def wanted_act_cue(token: Token) -> str | None:
    """ "Cafod wants Britain to use its influence", "Most Republicans want them to stay in place": a want held now of
    another party's act is a plan still to come about (#13: 6 pooled misses in 4 articles, sets 37, 42, 43 and 46).
    See the module for what is left out."""
    if not want_held_now(token):
        return None
    found = _infinitive_with_subject(token)
    if found is None:
        return None
    asked, act = found
    if asked.lower_ in _NOT_ANOTHER or lemma_of(act) in SCHEDULING_VERBS:
        return None
    return PLAN
