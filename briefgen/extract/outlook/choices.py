"""Outlook cue for a choice still to be made, named by "whether to": "has a tricky decision over whether to withdraw"
(#13, forty-third pass).

"Robinson now has a tricky decision over whether to withdraw from the firing line" (set 40's miss), "has made no
decision on whether to appeal", "The double-Olympic champion is still undecided about whether to compete in her first
European Indoors in Madrid", "the Scot admitted he was unsure whether to start the Dutchman": "whether to" with an
infinitive asks what someone will do, so a clause told now that holds one states an open question, whatever word
governs it. :func:`.cues.open_question_cue` already reads the verbs of deciding and weighing ("will decide whether to
recommend", "is considering whether to"); here the question hangs on a noun ("a decision over", "no decision on") or an
adjective ("undecided about", "unsure"), which that cue does not ask. A finite "whether" clause is not asked: under a
noun it is as often an inquiry into the past ("an investigation into whether insurers rigged the market").

Told now: the finite clause above the question is in the present or the perfect, or in a past a verb of saying
backshifts ("admitted he was unsure whether to …"); past narration ("It was a hard time throughout the summer, then
deciding whether to accept an offer") is not, and neither is a modal above it (the modal cue's). In the BBC corpus
at ``6785482`` the cue adds the sentences listed in the commit. :func:`choice_open_cue` is its own function so that it
can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from .cues import OPEN_QUESTION, _auxiliaries, _past_anchor, backshifted, is_past
from .first_tests import FirstTest, first_test

_FINITE = frozenset({"VBZ", "VBP", "VBD"})


def finite_above(verb: Token) -> Token | None:
    """The nearest verb above the infinitive that is finite itself or through an auxiliary."""
    for above in verb.ancestors:
        if above.pos_ not in ("VERB", "AUX"):
            continue
        if above.tag_ in _FINITE or any(a.tag_ in _FINITE or a.tag_ == "MD" for a in _auxiliaries(above)):
            return above
    return None


@first_test(FirstTest(lowers=frozenset({"whether"})))
def choice_open_cue(token: Token) -> str | None:
    """ "has a tricky decision over whether to withdraw", "is still undecided about whether to compete": a choice
    still to be made, told now, is an open question (see the module)."""
    if token.lower_ != "whether" or token.i + 1 >= len(token.doc) or token.doc[token.i + 1].lower_ != "to":
        return None
    infinitive = token.head
    if infinitive.tag_ != "VB" or not any(a.dep_ == "aux" and a.lower_ == "to" for a in infinitive.children):
        return None
    governor = infinitive.head
    if governor.pos_ == "ADP":
        governor = governor.head  # "a decision over whether to", "undecided about whether to"
    if governor.lemma_ == "be" and any(c.dep_ == "acomp" and c.pos_ == "ADJ" for c in governor.children):
        governor = next(c for c in governor.children if c.dep_ == "acomp")  # "was unsure whether to": hung on the copula
    if governor.pos_ not in ("NOUN", "ADJ"):
        return None  # a verb of deciding is :func:`.cues.open_question_cue`'s
    verb = finite_above(infinitive)
    if verb is None or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None
    if _past_anchor(verb) or (is_past(verb) and not backshifted(verb)):
        return None
    return OPEN_QUESTION
