"""Outlook cue for a party in talks now: "is in talks to buy the former assets of Yukos" (#13, thirty-seventh pass).

"Trouble-hit Mitsubishi Motors is in talks with French carmaker PSA Peugeot Citroen about a possible alliance",
"Director Quentin Tarantino is in talks to write and direct a new instalment", "He is currently in negotiations to
take advantage of a project being organised by search site Google", "the government is in discussions with Aguas
Argentinas about what role it might take", "ONGC said it was in talks to buy former assets of … Yukos": a negotiation
under way is held for an agreement not yet reached, so it looks ahead to it, as an effort "to hammer out an
agreement" does (:func:`.efforts.effort_to_agree_cue`). Told with a noun after "is in", it has no verb of trying or
of planning for the frame cues of :mod:`.cues` to read.

The nouns are WordNet 3.0's of a discussion held to reach an agreement: 07148192-n "negotiation, dialogue, talks" ("a
discussion intended to produce an agreement") and 07140659-n's "discussion" ("an exchange of views on some topic"),
singular and plural; not that synset's "word" nor "give-and-take". Only as the object of "in" on a present "be" or
"remain" ("is in talks", "remain in negotiations", "has been in talks for months": still under way), or on a past
one backshifted under a verb of saying ("said it was in talks to buy"); not past narration ("was in talks with
Ford before the collapse"), a negation ("is not in talks") or a modal ("could be in talks": the modal's).
:func:`in_talks_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import PLAN, _auxiliaries, backshifted, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's 07148192-n members and 07140659-n's "discussion", with their plurals.
TALKS = frozenset({"talks", "negotiation", "negotiations", "dialogue", "discussion", "discussions"})
_BEING = frozenset({"be", "remain"})


def _told_now(verb: Token) -> bool:
    """A present "is/are/remains", a present perfect "has been", or a past one a verb of saying backshifts."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes) or is_negated(verb):
        return False
    if any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
        return False  # "had been in talks": over
    if verb.tag_ in ("VBZ", "VBP") or any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return verb.tag_ == "VBD" and backshifted(verb)


@first_test(FirstTest(lowers=TALKS, deps=frozenset({"pobj"})))
def in_talks_cue(token: Token) -> str | None:
    """ "is in talks to buy", "is in negotiations with the Gunners over extending his current deal": a negotiation under
    way looks ahead to the agreement it is held for (#13: set 34's miss, tech/381, and the corpus census, 13 uncovered
    sentences in 13 articles, all ahead). See the module."""
    if token.lower_ not in TALKS or token.dep_ != "pobj":
        return None
    preposition = token.head
    if preposition.lower_ != "in" or preposition.dep_ != "prep":
        return None
    verb = preposition.head
    if lemma_of(verb) not in _BEING or verb.pos_ not in ("AUX", "VERB"):
        return None
    return PLAN if _told_now(verb) else None
