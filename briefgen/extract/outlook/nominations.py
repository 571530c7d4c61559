"""Outlook cue for a nomination told now: "is nominated for best actress" (#13, thirty-seventh pass).

"Moreno is also nominated for best actress at the Oscars", "Vera Drake … is nominated in 11 categories", "Ray has been
nominated in six Oscar categories", "The History Boys are shortlisted in the best play category": a nominee told in the
present is in a contest still to be decided, as a side that "faces" its opponent is (:func:`.ahead.contest_ahead_cue`)
and a film "in the running for" a prize is (:func:`.ahead.in_the_running_cue`). No modal or future verb says so, and
the present passive carries no date, so the cues of :mod:`.cues` see nothing ahead; only a nomination placed in this
week's event ("nominated in three categories in Wednesday's Brit awards") was read, by
:func:`.ahead.weekday_event_in_perfect_cue`.

The verbs are WordNet 3.0's of putting a candidate on a list for an honour or an office: "nominate" (00879540-v,
"propose as a candidate for some honor"; 02401523-v, "put forward; nominate for appointment to an office or for an
honor or position") and "shortlist" (00658798-v, "put someone or something on a short list"). Not those synsets' other
members ("put up", "put forward", "propose": a proposal, :mod:`.proposals`'), nor the synsets where "nominate" means
"appoint" (02396205-v, 02396716-v), which the parse cannot tell apart and which a present tense rarely tells. The test
is the tense, not the prize: only the present passive ("is/are nominated") and the present perfect passive ("has/have
been nominated"), whose nomination stands at the telling. Left out: the past ("was nominated for an Oscar in 1998":
that contest is decided), a past perfect, a bare participle ("those nominated for Oscars", "the nominated films": who,
not what is coming), a clause under past narration ("Snow Patrol, who have been nominated for a pair of Brit Awards,
were among the performers …"), a negation and a modal.
:func:`nomination_told_now_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import SCHEDULED, _auxiliaries, governing_past_link, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's verbs of putting a candidate forward for an honour or an office (see the module).
NOMINATING = frozenset({"nominate", "shortlist"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _told_now(verb: Token) -> bool:
    """ "is nominated", "are shortlisted", "has been nominated", "have also been nominated": a passive whose finite
    auxiliary is present, no modal."""
    auxes = _auxiliaries(verb)
    if not any(a.dep_ == "auxpass" for a in auxes) or any(a.tag_ == "MD" for a in auxes):
        return False
    finite = [a for a in auxes if a.tag_ not in ("VBN", "VB")]  # "been" is the perfect's participle
    if not finite or any(a.tag_ not in _PRESENT for a in finite):
        return False
    return all(a.lemma_ in ("be", "have") for a in auxes)


@first_test(FirstTest(lemmas=NOMINATING, tags=frozenset({"VBN"})))
def nomination_told_now_cue(token: Token) -> str | None:
    """ "is also nominated for best actress at the Oscars", "has been nominated in six Oscar categories": a nominee
    told now is in a contest still to be decided (#13: contests and nominations ahead with no future verb; set 33's
    miss and the corpus census, 21 uncovered sentences in 18 articles). See the module for what is left out."""
    if lemma_of(token) not in NOMINATING or token.tag_ != "VBN":
        return None
    if is_negated(token) or not _told_now(token):
        return None
    if governing_past_link(token) is not None:
        return None
    return SCHEDULED
