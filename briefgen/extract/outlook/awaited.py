"""Outlook cue for an event awaited, told in the progressive (#13, twenty-fourth pass).

"Barclays is still waiting for the approval of South Africa's banking and competition authorities to make a formal
offer", "he said the company was still waiting on Sony and Nintendo to send kits", "They are just waiting to come up
with 'business models' that work for them", "He is awaiting a second trial": what someone is waiting for has not come
yet, but the clause has no modal, frame or time ahead for the cues of :mod:`.cues` to read. The verbs are WordNet 3.0's
"await" and "wait" in their shared sense "look forward to the probable occurrence of" (00720063-v, whose other members
"expect" and "look" the frames of :mod:`.cues` read already), with what is awaited beside them: "for", "on" or "until"
a thing, an infinitive ("waiting to learn the future of the manager"), or an object of "await". Told now as
:func:`.deliberation.progressive_told_now` says (the present or perfect progressive, a present report's infinitive, a
report's backshift); not negated, no modal. Left out: waiting as a state with no object ("patients … are waiting less
than six months"), a participle with no auxiliary ("those waiting for treatment", "the waiting media": who waits, not
what is awaited), and the simple present ("while they await trial": a rule as often as a schedule).
:func:`awaited_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import EXPECTED, is_negated
from .deliberation import progressive_told_now
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's 00720063-v less the members the frames read ("expect", "look").
AWAITING = frozenset({"await", "wait"})
#: What "wait" is for: "waiting for a reply", "waiting on Sony … to send kits", "waiting until the spring".
_WAITED_FOR = frozenset({"for", "on", "until"})


def _awaits_something(token: Token) -> bool:
    if lemma_of(token) == "await":
        return any(c.dep_ == "dobj" for c in token.children)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in _WAITED_FOR and any(c.dep_ in ("pobj", "pcomp") for c in child.children):
            return True
        if child.dep_ in ("xcomp", "advcl") and child.tag_ == "VB" and any(a.lower_ == "to" and a.dep_ == "aux" for a in child.children):
            return True  # "waiting to come up with", "waiting to learn the future of …"
    return False


@first_test(FirstTest(lemmas=AWAITING, tags=frozenset({"VBG"}), deps=frozenset({"ROOT", "ccomp", "conj", "relcl", "xcomp", "advcl"})))
def awaited_cue(token: Token) -> str | None:
    """ "is still waiting for the approval of …", "was still waiting on Sony and Nintendo to send kits", "are just
    waiting to come up with …", "is awaiting a second trial": an event awaited now is still ahead (#13: deliberations
    and work in progress; 2 check-set misses in 2 articles, sets 19 and 21, with the corpus census: 13 uncovered
    present progressives with what is awaited, read). See the module for what is left out.
    """
    if lemma_of(token) not in AWAITING or token.tag_ != "VBG" or is_negated(token):
        return None
    if not _awaits_something(token) or not progressive_told_now(token):
        return None
    return EXPECTED
