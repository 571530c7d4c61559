"""Precision filter: a belief the writer tells as held then, "it was thought he would …" (#13, thirty-eighth pass).

"News of the review was released because it was thought Mr Blunkett would make the official announcement in a
Commons debate on Wednesday" (the announcement never came), "It was widely expected that gamers would get a sneak
preview … at the Game Developers Conference in March" (a spokeswoman then says it will not be there), "It was thought
that Faltskog would appear in London … but she stayed away", "When Woodward was appointed last year, it was widely
believed he would rely heavily on his former England players", "It was hoped she would be able to return this summer,
but the wound … has been very slow to heal": a verb of belief or hope in the past passive with an impersonal "it" and
no one who holds the belief is the writer telling what was believed at the time, a past future, which the story
usually goes on to overtake. A verb of belief reports an expectation everywhere else (:data:`.cues.EXPECTATION_REPORTS`:
"Unions believe the strike will spread", "analysts thought rates would rise"), and its past tense is the report's
backshift; only this impersonal past has no holder whose view still stands.

Only the simple past or the past perfect ("It had been expected one of the smaller banks would be sold first"), of
the verbs of belief and prediction of :data:`.cues.EXPECTATION_REPORTS` and "hope", in the writer's own words (not
itself reported: "said it was expected that …" is the speaker's). Not the present ("It is thought that the machine
may be unveiled at E3 … in May": a belief held now), nor a verb of saying ("Last month it was announced that 37
offices would close": a plan made known, which stands).
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTATION_REPORTS, _auxiliaries, clause_verb, reporting_frame
from .first_tests import lemma_of

#: The verbs of belief and prediction, and of hope, whose impersonal past tells a belief held then.
BELIEVING = EXPECTATION_REPORTS | frozenset({"hope"})


def _impersonal_past(frame: Token) -> bool:
    """ "it was thought", "it was widely expected", "It had been expected": a past passive participle with "it" as its
    subject and no modal."""
    if frame.tag_ != "VBN" or not any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in frame.children):
        return False
    auxes = _auxiliaries(frame)
    return not any(a.tag_ == "MD" for a in auxes) and any(a.tag_ == "VBD" for a in auxes)


def belief_held_then(token: Token) -> bool:
    """The cue's clause reports a belief the writer tells as held then, in the impersonal past of a verb of belief
    ("it was thought Mr Blunkett would make the official announcement"): a past future (#13: set 35's false alarm,
    politics/031, and the corpus census, 7 items in 7 articles, all past futures). See the module."""
    frame = reporting_frame(clause_verb(token))
    if frame is None or lemma_of(frame) not in BELIEVING or not _impersonal_past(frame):
        return False
    return reporting_frame(frame) is None
