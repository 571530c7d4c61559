"""Outlook cue for a step still to be taken, told with "still" and a verb of necessity (#13, twenty-fifth pass).

"However, the deal still has to receive the approval of Hardie's shareholders", "Norfolk police chief Andy Hayman
also warned that a great deal of preparatory work was still needed", "A lot of work still needs to be done, however, to
sort out compatibility issues", "The report said … the BBC must still dispel confusion about the service", "Kenteris
and Thanou still have to face trial": "still" on "has to", "needs to", "is needed" or "must" says the step has not been
taken yet, so it lies ahead. Without "still" the same verbs state rules in force ("users have to register", "firms
must keep records") or calls on others ("said the government should act", "regulation is needed"): the rules are no
outlook, and the calls are Demands' — the check sets' readers mark reported normative "should/must" in about one
sentence in five, and "can" under a verb of saying mostly states a present ability, so neither is read here.

Only for a definite party or task: a name, a personal pronoun, a noun with "the", a demonstrative or an owner, or
an amount of something ("a lot of work", "a great deal of preparatory work"); a bare plural or a party of any kind
("net service providers still need to take more responsibility", "some countries still had to see the light",
"those signing up would still need to use anti-virus software") is a call or a rule. Told now: the present, or the
past as a report's backshift ("warned that … was still needed"), not past narration; not negated, not in a condition
or a relative clause. The cue is the word "still", so that the one who reports the step, where there is one, holds
the view (not "the deal" that has to be approved). :func:`still_to_do_cue` is its own function so that it can be
weighed (and dropped) on its own.

"still" on "was/were to" a report backshifts (thirty-ninth pass, set 37): "She said that issues over the exact format of
the programme and a time slot were still to be decided", "Organiser Mean Fiddler said more acts were still to be
confirmed for the summer event". Told now, "are still to be confirmed" is :func:`.cues.plan_cue`'s "is to"; in the past
that cue leaves "was to" out, because a past "was to" may be over ("her role was to decide"), but "still" says the
step was pending when it was reported. Only under a report's backshift (:func:`.cues.backshifted`), not past narration
("The best was still to come"); any subject, since "be to" is no call on anyone.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, _in_condition, backshifted, is_negated, is_past, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: Verbs of necessity that take a to-infinitive: "has to receive", "needs to be done".
_NEEDING = frozenset({"have", "need"})
#: Heads of an amount of something: "a lot of work", "a great deal of preparatory work" name a task, not anyone.
_AMOUNTS = frozenset({"lot", "lots", "deal", "amount", "plenty"})
_DEFINITE = frozenset({"the", "this", "that", "its", "their"})
_PERSONAL = frozenset({"he", "she", "it", "they", "we", "i"})


def _necessity(verb: Token) -> bool:
    """ "has to receive", "needs to be done", "was still needed", "must still dispel"."""
    auxes = _auxiliaries(verb)
    if verb.lower_ == "needed" and any(a.lemma_ == "be" for a in auxes):
        return True  # "work was still needed", "is still needed to be done"
    if lemma_of(verb) in _NEEDING and verb.pos_ in ("VERB", "AUX"):
        return any(
            c.dep_ == "xcomp" and c.tag_ in ("VB", "VBN") and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children  # "has to receive", "needs to be done"
        )
    return any(a.lower_ == "must" for a in auxes)


def _subject(verb: Token) -> Token | None:
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _definite(subject: Token | None) -> bool:
    """A named or definite party or task, or an amount of a task (see the module)."""
    if subject is None:
        return False
    if subject.pos_ == "PRON":
        return subject.lower_ in _PERSONAL
    if subject.pos_ == "PROPN":
        return True
    if subject.lower_ in _AMOUNTS and any(c.dep_ == "prep" and c.lower_ == "of" for c in subject.children):
        return True
    if subject.pos_ != "NOUN":
        return False
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss", "predet", "nummod")]
    if any(c.dep_ == "poss" or c.lower_ in _DEFINITE for c in determiners):
        return True  # "the deal", "the two sprinters", "its board"
    return False  # a bare plural or mass noun, "some countries", "any firm": anyone of a kind


def _pending_in_report(verb: Token) -> bool:
    """ "said … were still to be decided": a past "be" with a to-infinitive, the tense a report's backshift. See the
    module."""
    if lemma_of(verb) != "be" or verb.tag_ != "VBD" or verb.dep_ in ("aux", "auxpass", "relcl", "acl"):
        return False
    step = next((c for c in verb.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if step is None or is_negated(verb) or is_negated(step):
        return False
    return not _in_condition(verb) and backshifted(verb)


@first_test(FirstTest(lowers=frozenset({"still"}), deps=frozenset({"advmod"})))
def still_to_do_cue(token: Token) -> str | None:
    """ "the deal still has to receive the approval of …", "warned that a great deal of preparatory work was still
    needed", "the BBC must still dispel confusion": a step still to be taken by a definite party is ahead (#13:
    reported must/need told about what is ahead; 4 check-set misses in 3 articles, sets 7, 8 and 10). See the module.
    """
    if token.lower_ != "still" or token.dep_ != "advmod":
        return None
    verb = token.head
    if _pending_in_report(verb):
        return EXPECTED
    if not _necessity(verb) or is_negated(verb) or _in_condition(verb) or verb.dep_ in ("relcl", "acl"):
        return None
    if (is_past(verb) or is_past_clause(verb)) and not backshifted(verb):
        return None  # "He still had to pay for his own flights": past narration
    if not _definite(_subject(verb)):
        return None  # "net service providers still need to take more responsibility": a call on anyone of a kind
    return EXPECTED
