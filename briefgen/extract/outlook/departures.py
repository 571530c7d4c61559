"""Outlook cue for a move arranged, told in the present progressive (#13, twenty-eighth pass).

"Internet service provider Wanadoo has announced it is launching its own broadband telephony service in the UK", "the
studio, which is relocating to smaller premises in Miami", "Alastair Campbell is also returning to advise Labour on
media strategy", "Fujitsu announced on Monday that it is quitting the LCD panel market", "Carlos Tevez is joining
Corinthians": English tells an arranged change of place, membership or market with the present progressive (the
"futurate" progressive), and a verb of setting off, leaving, joining or returning so told has not happened yet; the
clause has no modal, frame or time ahead for :mod:`.cues` to read. The verbs are WordNet 3.0's "launch, set up,
found" (01647229-v) as a product or service is launched, "leave, go forth, go away" (02009433-v) with "quit"
(02382367-v, "give up or retire from a position"), "join" (02434976-v, "become part of"), "relocate" (01855606-v) and
"return" (02005948-v); each with what says the move is one: "return" an infinitive or "to" a place ("returning to
advise Labour"), not "from" ("just returning from a broken leg"); "leave" a named place or body ("leaving Britain on a
tour of Africa", not "leaving a poor inheritance"); "join" a named body, "forces" or "up". Told now (the present
progressive, or a report's backshift as :func:`.deliberation.progressive_told_now` reads it); not negated, no modal,
not a habit or trend ("One person in the UK is joining the internet's fast lane every 10 seconds", "More and more
Americans are joining": a count or "more and more" makes the progressive a rate, not an arrangement).
:func:`arranged_move_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import PLAN, _auxiliaries, is_negated
from .deliberation import progressive_told_now
from .first_tests import FirstTest, first_test, lemma_of

#: The verbs of an arranged move (WordNet 3.0 synsets in the module docstring).
MOVES = frozenset({"launch", "leave", "quit", "join", "relocate", "return"})
#: Words that make a progressive a rate or trend rather than an arrangement.
_RATE_WORDS = frozenset({"every", "each", "increasingly", "more", "growing", "steadily"})


def _named(token: Token) -> bool:
    return token.tag_ in ("NNP", "NNPS") or token.ent_type_ in ("ORG", "GPE", "PERSON", "NORP", "LOC", "FAC")


def _says_a_move(verb: Token) -> bool:
    lemma = lemma_of(verb)
    children = list(verb.children)
    if lemma in ("launch", "quit", "relocate"):
        return True
    if lemma == "return":
        if any(c.dep_ == "prep" and c.lower_ == "from" for c in children):
            return False
        return any(c.dep_ in ("xcomp", "advcl") and c.tag_ == "VB" for c in children) or any(
            c.dep_ == "prep" and c.lower_ == "to" and any(_named(g) for g in c.children if g.dep_ == "pobj") for c in children
        )
    objects = [c for c in children if c.dep_ == "dobj"]
    if lemma == "leave":
        return bool(objects) and all(_named(o) for o in objects)
    # join
    if any(c.dep_ == "prt" and c.lower_ == "up" for c in children):
        return True
    return bool(objects) and all(_named(o) or o.lower_ == "forces" for o in objects)


@first_test(FirstTest(lemmas=MOVES, tags=frozenset({"VBG"}), deps=frozenset({"ROOT", "ccomp", "conj", "relcl"})))
def arranged_move_cue(token: Token) -> str | None:
    """ "is launching its own broadband telephony service", "which is relocating to smaller premises", "is also
    returning to advise Labour": a move arranged and told in the present progressive is still ahead (#13: 3
    check-set misses in 3 articles, sets 14, 21 and 25, with the corpus census, read). See the module for what is
    left out.
    """
    if lemma_of(token) not in MOVES or token.tag_ != "VBG" or token.dep_ not in ("ROOT", "ccomp", "conj", "relcl"):
        return None
    if is_negated(token) or not progressive_told_now(token) or not _says_a_move(token):
        return None
    if any(a.lemma_ == "have" for a in _auxiliaries(token)):
        return None  # "has been launching new products": a run of moves, not one arranged
    if any(t.lower_ in _RATE_WORDS for t in token.subtree):
        return None  # "is joining the internet's fast lane every 10 seconds", "More and more Americans are joining"
    return PLAN
