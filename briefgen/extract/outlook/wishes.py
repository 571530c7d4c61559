"""Outlook cue for a wish held now: "would like to", "would love to" (#13, thirty-first pass).

"Then, he would like to diversify to other areas", "Peter Smith would like to be able to incorporate state of the art
visualisation techniques", "Stuart Pearce has admitted he would like to succeed Kevin Keegan as manager", "Sculthorpe
said he would love the 19-year-old to come to Knowsley Road": a verb of liking under "would" with a to-infinitive
says what its subject wants to happen, as "wants to" does (:func:`.cues.plan_cue` reads "wants to" as a plan). The
modal cue leaves every verb of wanting under "would" alone (:data:`.cues.WANTING`: "would love to" is no forecast of
the subject's own), so the wish is read here, as a plan held, and only with its infinitive.

Left out, as what the wish says is no act ahead: the perfect ("would have loved to see it made": a wish about the
past), the negated ("would not like to think that …"), a wish in a relative clause, an "if" clause or the yardstick
of a comparison ("organisations who would like to do harm", "not as rosy as Mr Brown would like to portray it":
who wants what, or a measure), a wish the telling itself fulfils ("would like to thank", "would like to say", "would
like to know": a verb of saying, thanking or learning), and a first-person wish outside quotation marks, the
writer's or a reader's own ("I'd like to see Mr. Benn, with Brad Pitt in the title role": an opinion column's
wish, which the rubric of the check sets leaves out as it does a columnist's hedges). Sized on the 2,127 distinct
BBC texts (8 added, all right); :func:`wish_held_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..demands.phrases import subject_of
from .cues import PLAN, REPORTING_VERBS, _auxiliaries, _in_condition, is_negated, is_perfect
from .first_tests import FirstTest, first_test, lemma_of

#: Verbs of liking that make a wish under "would" (WordNet 3.0's like.v.02 "want to have" and love.v.01; "want",
#: "wish" and "hope" are frames of :mod:`.cues` already). Not "prefer": it weighs two options now ("would prefer to
#: use silicon … because it is cheap", "the majority of Britons would prefer the monarchy to miss a generation"), a
#: preference more often than an act ahead (sized on the corpus: 8 sentences, 2 looking ahead).
WISHING = frozenset({"like", "love"})
#: Infinitives the telling itself carries out or asks: "would like to thank …", "would like to know whether …".
_DONE_IN_THE_TELLING = REPORTING_VERBS | frozenset({"thank", "think", "know", "ask", "point", "stress", "highlight", "add"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us"})
_CLAUSES = frozenset({"ROOT", "ccomp", "conj", "xcomp", "advcl", "relcl", "acl", "parataxis"})


def _infinitive(verb: Token) -> Token | None:
    """The to-infinitive the wish governs: "like to diversify", "love the 19-year-old to come" (parsed either way);
    not an adverbial of purpose ("would probably prefer a glorious victory … to crown their Grand Slam")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "ccomp") and child.tag_ == "VB" and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in child.children
        ):
            return child
    return None


@first_test(FirstTest(lemmas=WISHING, pos=frozenset({"VERB"}), tags=frozenset({"VB"}), deps=_CLAUSES))
def wish_held_cue(token: Token) -> str | None:
    """ "he would like to diversify", "would love to succeed Andy Farrell as skipper": a wish for an act ahead is
    outlook, a plan its subject holds (#13: 2 check-set misses in 2 articles, sets 27 and 28, and 6 more in the
    corpus census, read: 8 added, all right). See the module for what is left out.
    """
    if lemma_of(token) not in WISHING or token.pos_ != "VERB" or token.tag_ != "VB":
        return None
    auxes = _auxiliaries(token)
    if not any(a.tag_ == "MD" and a.lower_ in ("would", "'d") for a in auxes):
        return None
    aim = _infinitive(token)
    if aim is None or lemma_of(aim) in _DONE_IN_THE_TELLING:
        return None
    if is_perfect(token) or is_negated(token) or token.dep_ in ("relcl", "acl") or _in_condition(token):
        return None  # "would have loved to", "would not like to", "who would like to", "if you would like to"
    if token.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "than") for c in token.children):
        return None  # "not as rosy as Mr Brown would like to portray it": the yardstick of a comparison
    subject = subject_of(token)
    if subject is not None and subject.lower_ in _FIRST_PERSON:
        return None  # "I'd like to see Mr. Benn …": the writer's own wish outside quotation marks
    return PLAN
