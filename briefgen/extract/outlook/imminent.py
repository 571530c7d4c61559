"""Outlook cue for the idioms of what is coming or pending (#13, twenty-second pass).

"Peer-to-peer networks are here to stay, and are on the verge of being exploited by commercial media firms", "The
cyborg … is on its way", "has enjoyed a series of successful film appearances, with further projects in the
pipeline", "A new law to govern its turbulent banking system is on the cards", "Souped-up wi-fi is on the horizon":
English says that a thing is coming, pending or lasting with a handful of fixed phrases of place, not with a future
verb, so the modal, frame and time cues of :mod:`.cues` see a present "is" and nothing ahead. The phrases are a
closed class of idioms, not a list of words seen in the articles: WordNet 3.0 lists none of them as a lemma but
"on the way" (00171322-r, "help is on the way"), so they are written out here with the construction each takes.
:func:`coming_idiom_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, _auxiliaries, clause_verb, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: The idioms of a place on the way to an event, by their noun and preposition: "on the verge / brink of" (about to),
#: "on the cards", "in the cards", "on the horizon", "in the pipeline" (coming or pending), each with "the".
COMING_PLACES = frozenset({("on", "verge"), ("on", "brink"), ("on", "cards"), ("in", "cards"), ("on", "horizon"), ("in", "pipeline")})
#: "on its way", "on their way": only as what a subject "is" ("The cyborg … is on its way", "is on its way out"), not
#: a path taken ("made his way", "the shot took a deflection on its way past the keeper").
_ON_ITS_WAY = frozenset({"its", "their", "his", "her", "our"})
#: "is here to stay": "here" on "be", with the infinitive "stay" beside it. The cue is "here", not the verb "stay",
#: so that the view is held by who says or agrees it ("experts agree that the phenomenon … is here to stay"), not by
#: the subject that stays.
_HERE = "here"
_FIRST_TEST = FirstTest(lowers=frozenset({noun for _, noun in COMING_PLACES} | {"way", _HERE}), deps=frozenset({"pobj", "advmod"}))


@first_test(_FIRST_TEST)
def coming_idiom_cue(token: Token) -> str | None:
    """ "are on the verge of being exploited", "is on the cards", "more cost cutting measures on the horizon", "with
    further projects in the pipeline", "is on its way", "is here to stay": an idiom that places a thing on the way to
    happening (or lasting) says what is coming, told now (#13: 4 check-set misses in 4 articles, sets 15, 17, 19).

    Only in a clause that is not past narration ("Argentina was on the brink of collapse", "The main cloud on the
    horizon … was the property market" tell a past), not negated ("is not on the cards") and with no modal (which
    speaks for itself: "could be on the verge of something huge").
    """
    if token.lower_ == _HERE:
        if token.dep_ != "advmod" or not _here_to_stay(token):
            return None
        verb = token.head
    elif token.dep_ == "pobj":
        preposition = token.head
        if preposition.dep_ != "prep":
            return None
        if (preposition.lower_, token.lower_) in COMING_PLACES:
            if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
                return None
        elif not _on_its_way(token):
            return None
        verb = clause_verb(token)
    else:
        return None
    if is_past_clause(verb) or is_negated(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None
    return EXPECTED


def _here_to_stay(here: Token) -> bool:
    """ "networks are here to stay": "here" on "be", the infinitive "stay" completing the same "be"."""
    be = here.head
    return lemma_of(be) == "be" and any(
        c.lower_ == "stay" and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in be.children
    )


def _on_its_way(way: Token) -> bool:
    """ "is on its way", "is on its way out": a possessive "way" after "on", the phrase on "be" itself."""
    preposition = way.head
    if way.lower_ != "way" or preposition.lower_ != "on":
        return False
    if not any(c.dep_ == "poss" and c.lower_ in _ON_ITS_WAY for c in way.children):
        return False
    return lemma_of(preposition.head) == "be"
