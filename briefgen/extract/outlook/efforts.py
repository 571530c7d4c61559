"""Outlook cue for an effort under way to reach an agreement: "is still trying to hammer out an agreement with the
creditors" (#13, thirty-first pass).

"President Nestor Kirchner's administration is still trying to hammer out an agreement with the creditors", "Marsh's
new chief executive is trying to negotiate a settlement with Mr Spitzer", "Turkmenistan is also trying to strike a
similar deal with Russia", "The firm's creditors have been trying to agree a deal to secure its future for several
weeks", "It is currently trying to negotiate pay cuts with flight and baggage staff": an attempt in progress whose
goal is an agreement not yet reached looks ahead to it, as "are in talks over a deal" does.

The progressive of a verb of trying alone does not: about half of the corpus' uncovered "is trying to …" are efforts
that are their own point ("is trying to tackle joblessness", "is trying to reassure voters", "are trying to
capitalise on the feud": thirty-first pass census over the 2,127 distinct BBC texts). What separates is the goal: an
agreement is an end reached at one moment, after the effort, so the effort names an event still ahead. Here: the
present progressive or present perfect progressive (still under way; "was trying" is narration) of a verb of trying
(WordNet 3.0 try.v.01 attempt/essay/seek/try, strive.v.01 with struggle, and work "to") with a to-infinitive that
negotiates, or whose object is an agreement (the agreement nouns of :mod:`..demands.lexicon`'s proposals: deal,
agreement, accord, settlement, compromise, pact, treaty, contract, truce, ceasefire). :func:`effort_to_agree_cue`
is its own function so that it can be weighed (and dropped) on its own.

:func:`work_under_way_cue` (thirty-sixth pass) takes the one verb of the class whose goal is a goal ahead whatever it
is: a person's or a body's "is working to …" ("The Bank of England is working in tandem with the ONS to improve the
quality … of data"), sustained work towards an end, where "is trying to …" is an attempt that is its own point as
often.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..demands.phrases import is_actor_like, subject_of
from .cues import PLAN, _auxiliaries, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: Verbs of trying (WordNet 3.0 try.v.01, strive.v.01; "work to").
TRYING = frozenset({"try", "attempt", "essay", "seek", "strive", "struggle", "endeavour", "endeavor", "work"})
#: Agreements an effort can reach.
AGREEMENTS = frozenset(
    {"deal", "agreement", "accord", "settlement", "compromise", "pact", "treaty", "contract", "truce", "ceasefire"}
)
_NEGOTIATING = frozenset({"negotiate", "renegotiate"})


def _goal(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return child
    return None


def _under_way(verb: Token) -> bool:
    """ "is trying", "are trying", "has been trying": present, in progress."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ in ("VBD", "MD") for a in auxes):
        return False
    return any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP", "VBN") for a in auxes) and (
        any(a.tag_ in ("VBZ", "VBP") for a in auxes)
    )


@first_test(FirstTest(lemmas=TRYING, pos=frozenset({"VERB"}), tags=frozenset({"VBG"})))
def effort_to_agree_cue(token: Token) -> str | None:
    """ "is still trying to hammer out an agreement", "is trying to negotiate a settlement": an effort under way
    towards an agreement not yet reached is outlook, a plan its subject pursues (#13: 1 check-set miss, set 28, and
    4 more in the corpus census, read). See the module for why only agreements.
    """
    if lemma_of(token) not in TRYING or token.pos_ != "VERB" or token.tag_ != "VBG":
        return None
    if not _under_way(token) or is_negated(token) or is_past_clause(token):
        return None
    goal = _goal(token)
    if goal is None or is_negated(goal):
        return None
    if lemma_of(goal) in _NEGOTIATING or any(c.dep_ == "dobj" and lemma_of(c) in AGREEMENTS for c in goal.children):
        return PLAN
    return None


@first_test(FirstTest(lemmas=frozenset({"work"}), pos=frozenset({"VERB"}), tags=frozenset({"VBG"})))
def work_under_way_cue(token: Token) -> str | None:
    """ "The Bank of England is working in tandem with the ONS to improve the quality … of data", "Further Films is
    working in partnership with two Indian film-making concerns to bring the picture to the screen", "Respond is
    working to provide accurate and up to date maps": a body's sustained work towards a goal names the goal as still
    to come, a plan it pursues (#13: aims under way with no modal, set 33's business/057, as sets 31-32's "is trying
    to …"; 4 uncovered corpus sentences in 4 articles, all aims ahead).

    Only "work": "is trying to …" is an effort that is its own point as often ("is trying to reassure voters", see
    the module), and "is struggling to …" a present difficulty ("are struggling to make money"). The subject must be
    a person or a body (:func:`~briefgen.extract.demands.phrases.is_actor_like`): "gadgets are working together to
    help people" describes how things work. Only the present progressive, not negated: the perfect progressive tells
    work done as often ("The company has been working to streamline its operations - and has managed to save $1.1bn").
    """
    if lemma_of(token) != "work" or token.pos_ != "VERB" or token.tag_ != "VBG":
        return None
    if not _now(token) or is_negated(token) or is_past_clause(token):
        return None
    goal = _goal(token)
    if goal is None or is_negated(goal):
        return None
    subject = subject_of(token)
    if subject is None or not is_actor_like(subject):
        return None
    return PLAN


def _now(verb: Token) -> bool:
    """ "is working", "are working": the present progressive, the auxiliary "be" itself in the present."""
    auxes = _auxiliaries(verb)
    return any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes) and not any(a.tag_ in ("VBD", "MD", "VBN") for a in auxes)
