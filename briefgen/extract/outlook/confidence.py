"""Outlook cue for confidence held now over a clause in the present: "is confident his young players are up to the task" (#13).

"Ferguson, though, is confident his young players, particularly Wayne Rooney and Cristiano Ronaldo, are up to the
task" (set 45's miss, before a tie), "The versatile Finnan … is confident the group is Ireland's for the taking"
(set 38's), "Stuart is confident that the Carrow Road outfit have a bright future", "the mobile music industry is
confident that the days of dedicated MP3 players are numbered": to be confident is to expect an outcome, so what one
is confident of is the outcome still to come even when its clause is in the present, with no modal for the modal cue
to read ("is confident Real can close the gap", "is confident its new drug pipeline will deliver profits" are the
modal cue's already, :data:`~.cues.STANCE_ADJECTIVES` reporting them).

Only "confident" of the stance adjectives of kind expected: in the corpus census every unquoted "is confident (that)"
with a present clause and no modal (4 sentences in 4 articles, the two misses among them) tells an outcome ahead,
while "sure", "certain" and "convinced" with a present clause state a belief about what is so ("I am not convinced
that pop music requires financial support"). Told now only: "is", "are", "remains" or "seems" with no auxiliary (a
modal speaks for itself; the past "was confident the project was on track" is a view then), not negated; the clause
in the simple present or the present passive ("are numbered"), not the perfect or the past ("is confident he has
made the right decision" judges a thing done). Kind expected; the holder is the copula's subject.
:func:`confident_of_present_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

_PRESENT = frozenset({"VBZ", "VBP"})
#: Copulas a stance is held with: "is confident", "remains confident", "seems confident".
_COPULAS = frozenset({"be", "remain", "seem", "appear"})


def _present_clause(verb: Token) -> bool:
    """The simple present ("are up to the task", "have a bright future") or the present passive ("are numbered")."""
    auxes = _auxiliaries(verb)
    if verb.tag_ in _PRESENT:
        return not auxes
    return verb.tag_ == "VBN" and len(auxes) == 1 and auxes[0].dep_ == "auxpass" and auxes[0].tag_ in _PRESENT


@first_test(FirstTest(lowers=frozenset({"confident"}), deps=frozenset({"acomp"})))
def confident_of_present_cue(token: Token) -> str | None:
    """ "is confident his young players are up to the task", "is confident that the days of dedicated MP3 players are
    numbered": confidence held now over a present clause expects an outcome still to come (#13: 2 check-set misses in
    2 articles, sets 38 and 45; 4 corpus sentences in 4 articles). See the module for what is left out."""
    if token.lower_ != "confident" or token.dep_ != "acomp":
        return None
    copula = token.head
    if lemma_of(copula) not in _COPULAS or copula.tag_ not in _PRESENT or _auxiliaries(copula):
        return None
    if is_negated(copula) or is_negated(token) or is_past_clause(copula):
        return None
    # the parser hangs the clause on the adjective or, after it, on the copula
    content = [c for c in token.children if c.dep_ == "ccomp"] + [c for c in copula.children if c.dep_ == "ccomp" and c.i > token.i]
    if not content or not _present_clause(content[0]):
        return None
    return EXPECTED
