"""Outlook cue for a trial of strength faced now: "faces the first major test of his tenure" (#13, forty-third pass).

"England coach Andy Robinson faces the first major test of his tenure" (set 40's miss), "he knows he faces a tough test
in Melbourne", "the government faces concerted opposition from all sides in the Lords" (set 36's miss), "The Bill now
faces opposition from peers", "Mr Straw faces tough opposition to the move": a side that faces, in the present, a test
to be undergone or an opposition to be overcome has that trial of strength still ahead, as one facing a punishment has
(:func:`.cues.sanction_faced_cue`) and one facing a named opponent has (:mod:`.fixtures`). The nouns are WordNet
3.0's (``data/ordeal_nouns.txt`` by ``tools/wordnet_ordeal_nouns.py``: a test undergone, resistance, confrontation,
rebellion), so "faces competition", "faces problems" or "faces a challenge" — the present, as often as not a market's
— stay out.

Told now only, as the other "face" cues read it: the simple present or the present progressive, no other auxiliary
(a modal speaks for itself), not negated, not in a clause under past narration ("Monsanto was facing stiff
opposition"). In the BBC corpus at ``6785482`` the cue adds five sentences in five articles; the dated ones ("faces
a stiff test this weekend", "faces his first real test as home secretary on Monday") its time phrase already found.
:func:`ordeal_faced_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import WARNING, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of
from .fixtures import told_now

#: WordNet 3.0's nouns of a trial of strength: a test undergone, an opposition, a rebellion (``data/ordeal_nouns.txt``).
ORDEAL_NOUNS: frozenset[str] = read_word_list("ordeal_nouns.txt")


@first_test(FirstTest(lemmas=frozenset({"face"}), pos=frozenset({"VERB"}), tags=frozenset({"VBZ", "VBP", "VBG"})))
def ordeal_faced_cue(token: Token) -> str | None:
    """ "faces the first major test of his tenure", "The Bill now faces opposition from peers": a test or an
    opposition faced now is a trial of strength still ahead (see the module)."""
    if lemma_of(token) != "face" or token.pos_ != "VERB" or not told_now(token):
        return None
    if is_negated(token) or is_past_clause(token):
        return None
    if not any(c.dep_ == "dobj" and c.pos_ == "NOUN" and lemma_of(c) in ORDEAL_NOUNS for c in token.children):
        return None
    return WARNING
