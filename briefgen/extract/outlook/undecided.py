"""Outlook cue for a decision or a date nobody has made or set yet: "Mr Straw said no decisions had been taken" (#13,
fifty-fourth pass).

"Mr Straw said no decisions had been taken", "He added that no date had been chosen for more discussion of the law",
"although no decisions have been made", "he confirmed Mr Blair's insistence that no poll date had yet been set": the
perfect says that up to now nothing is decided, so the decision or the date is still to come, a question open, as "no
decision has yet been taken" is for :func:`.cues.open_question_cue`, which reads the "yet". Here the noun carries it: a
noun of deciding or of a date fixed for an event (WordNet 3.0's decision.n.01 and date.n.07, ``data/undecided_nouns.txt``
by ``tools/wordnet_undecided_nouns.py``) with "no", as the subject of a passive in the present perfect, or in the
pluperfect when a report backshifts it ("said no decisions had been taken"). The simple past tells a meeting's outcome
("No decision was made at the meeting"), and a pluperfect in narration a state then: neither is read. A deal or an
agreement "not reached" is left: "no such deal had been offered" denies a past act as often. :func:`nothing_decided_cue`
is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import OPEN_QUESTION, _auxiliaries, backshifted, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: Nouns of a decision or of a date to be set (WordNet 3.0; see ``tools/wordnet_undecided_nouns.py``).
UNDECIDED_NOUNS: frozenset[str] = read_word_list("undecided_nouns.txt")


def _perfect_passive(verb: Token) -> str | None:
    """The tag of "have" in "has/have/had been VBN", or ``None``: the clause's tense, its modal-free perfect passive."""
    if verb.tag_ != "VBN":
        return None
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes) or not any(a.dep_ == "auxpass" and a.lower_ == "been" for a in auxes):
        return None
    have = next((a for a in auxes if a.lemma_ == "have" and a.dep_ == "aux"), None)
    return have.tag_ if have is not None else None


@first_test(FirstTest(pos=frozenset({"NOUN"}), deps=frozenset({"nsubjpass"}), lemmas=UNDECIDED_NOUNS))
def nothing_decided_cue(token: Token) -> str | None:
    """ "no decisions had been taken", "no date had been chosen for more discussion of the law", "no decisions have been
    made": a decision or a date not made yet is still to come (#13: 2 pooled check-set misses in 2 articles, sets 42 and
    46, with the corpus census, read). See the module for what is left out."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubjpass" or lemma_of(token) not in UNDECIDED_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return None
    verb = token.head
    if is_negated(verb):
        return None  # "no decision has not been …": a double negation says something was decided
    tense = _perfect_passive(verb)
    if tense in ("VBZ", "VBP"):
        return OPEN_QUESTION
    if tense == "VBD" and backshifted(verb):
        return OPEN_QUESTION  # "Mr Straw said no decisions had been taken": the report's past
    return None
