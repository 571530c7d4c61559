"""Outlook cue for looking forward to something, told now or reported: "is looking forward to the match" (#13).

"said he looked forward to seeing schools and colleges across the UK participating in the mock votes" (set 39's
miss), "Tony Blair has said he looks forward to continuing his strong relationship with George Bush … during his
second term", "the Liverpool boss is looking forward to having skipper Steven Gerrard … back for the return in
Germany", "said his team were looking forward to returning to the venue", "can now look forward to welcoming England
to Lansdowne Road in a fortnight": to look forward to a thing is to await it, so the thing is still ahead when the
looking forward is told now or reported; no modal, frame verb or date need say so.

The phrasal verb is "look" with "forward" and a "to" phrase (WordNet 3.0's verb "look forward", 00720497-v: "expect or
hope for"). It counts told now (a present, a present perfect or
progressive, with any modal: "can now look forward to"), or in the past a verb of saying backshifts ("said he was
looking forward to giving him a hug"). Past narration ("he was really looking forward to getting out there", told of a
race since run) is a past future and stays out. Kind expected: the one who looks forward awaits the thing; the holder
is the verb's subject.
:func:`looked_forward_to_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, backshifted, is_past
from .first_tests import FirstTest, first_test, lemma_of


@first_test(FirstTest(pos=frozenset({"VERB"}), lemmas=frozenset({"look"})))
def looked_forward_to_cue(token: Token) -> str | None:
    """ "is looking forward to the match", "said he looked forward to seeing …": awaited, the thing is ahead (see the
    module)."""
    if token.pos_ != "VERB" or lemma_of(token) != "look":
        return None
    if not any(c.lower_ == "forward" and c.dep_ in ("advmod", "prt") for c in token.children):
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in token.children):
        return None
    if is_past(token) and not backshifted(token):
        return None  # past narration: "he was really looking forward to getting out there", a race since run
    return EXPECTED
