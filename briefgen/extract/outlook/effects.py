"""Outlook cue for an effect foreseen with "should" (#13, twentieth pass).

"should" states advice as often as a forecast, so :func:`~.cues.modal_cue` counts it only with a date ahead
("The transaction should be completed in October"). Advice needs someone to follow it: a person, a party or an
organisation ("the government should help to fund music", "Prince Harry should personally make clear …"), or a
passive that leaves the doer implied ("should be revised", "should be allowed to compete"). A thing, a measure or
an event as the active subject of "should" cannot be advised; what "should" says of it is the effect the writer
or speaker expects ("these two features should help point you in the direction of the game makers", "a deal …
which should lead to 2,500 new Ryanair jobs"). :func:`effect_foreseen_cue` reads that construction where the
subject points back at what was just told; a bare noun subject ("The song should also include Christmas in the
title") is advice as often, so it is left.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import is_actor_noun
from .cues import EXPECTED, _auxiliaries, is_negated, is_perfect
from .first_tests import FirstTest, first_test, lemma_of

#: Entity types of a subject that can take advice: a person, an organisation, a country or a people.
_PARTIES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Pronouns of people ("we should cut the number"); "it", "this", "that", "which" stand for things or clauses.
_PERSONAL = frozenset({"i", "we", "you", "he", "she", "they", "one", "who", "everyone", "everybody", "anyone", "nobody"})
#: Relative pronouns whose antecedent the subject is ("a deal … which should lead to …").
_RELATIVE = frozenset({"which", "that"})
#: Demonstrative pronouns that stand for what was just told ("That should mitigate some of the PR risk"); not "those",
#: which stands for people as often ("those elected on a list … should keep their seats").
_DEMONSTRATIVES = frozenset({"this", "that"})
#: Demonstrative determiners of a subject just told: "these two features", "this announcement", "These orders".
_DEMONSTRATIVE_DETERMINERS = frozenset({"this", "that", "these", "those"})
#: Verbs of state: "should be", "should have" judge or describe how a thing ought to stand, as often as they forecast.
_STATES = frozenset({"be", "have"})


@first_test(FirstTest(lowers=frozenset({"should"}), tags=frozenset({"MD"}), deps=frozenset({"aux"})))
def effect_foreseen_cue(token: Token) -> str | None:
    """ "These orders should help underpin the company's profits", "That should prevent the vast majority of these
    scams", "Moving the Six Nations … should also ensure better weather conditions": "should" on an active verb whose
    subject points back at a thing or an act just told (:func:`_told_thing`) forecasts its effect (#13: 3 check-set
    misses in 3 articles, "should help/make/mean"; 14 more in the corpus read).

    Left out: a subject that can be advised (a person, a party, an organisation, a personal pronoun, a noun naming
    people), a bare noun or "it" (advice as often as a forecast), the passive (its doer is the one advised), the
    perfect ("should have resulted in more goals": what ought to have happened), the negated ("This system should
    not allow …", a norm), "be" and "have" (states judged as often as foreseen), the inverted condition ("Should the
    cycle end a year earlier, …") and a clause completing a noun ("his belief that this design should make machines
    easy to use": a tenet, not a forecast).
    """
    if token.lower_ != "should" or token.tag_ != "MD" or token.dep_ != "aux":
        return None
    verb = token.head
    if verb.pos_ != "VERB" or lemma_of(verb) in _STATES or is_perfect(verb) or is_negated(verb):
        return None
    if any(a.dep_ == "auxpass" for a in _auxiliaries(verb)):
        return None
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
        return None  # "the belief that good design should make …", "his argument that the award should help sell books"
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    if len(subjects) != 1:
        return None  # a passive subject, an imperative-like clause, or a subject the parser lost
    if subjects[0].i > token.i:
        return None  # "Should the cycle end a year earlier, …": a condition, the inverted "if"
    return EXPECTED if _told_thing(subjects[0], verb) else None


def _told_thing(subject: Token, verb: Token) -> bool:
    """The subject points back at a thing or an act just told: a clause ("Bringing Cadillac production to Sweden"),
    a demonstrative ("That should make things a little easier", "these two features", "this announcement") or a
    relative pronoun whose antecedent is no party ("a deal … which should lead to …", "…, which should cut some
    costs"). A bare noun or "it" is left out: "The song should also include Christmas in the title", "GCSEs and
    A-levels should go", "it should 'invest' in music" prescribe as often as they forecast, and nothing in the
    clause tells which; what has just been told and is now weighed for its effect does not take advice."""
    if subject.dep_ == "csubj":
        return _gerund_subject(subject)
    if subject.lower_ in _RELATIVE and verb.dep_ == "relcl":
        return not _party(verb.head)
    if subject.lower_ in _DEMONSTRATIVES and subject.tag_ == "DT":
        return True  # "That should prevent the vast majority of these scams"
    if _party(subject):
        return False
    return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVE_DETERMINERS for c in subject.children)


def _gerund_subject(verb: Token) -> bool:
    """ "Bringing Cadillac production to Sweden should help …", "and combining them with EA's own brand should
    produce …": an act as the subject is a gerund opening its clause. The parser also files a participle after a
    comma ("…, adding such seismic changes to policy should 'put …'") or a finite verb as a clausal subject."""
    if verb.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return False
    first = verb.left_edge
    return first.i == first.sent.start or first.doc[first.i - 1].text != ","


def _party(noun: Token) -> bool:
    """A person, a party or an organisation, by name, pronoun or noun: someone who could be advised."""
    return noun.lower_ in _PERSONAL or noun.ent_type_ in _PARTIES or is_actor_noun(noun)
