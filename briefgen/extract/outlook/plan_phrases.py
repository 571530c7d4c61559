"""Outlook cue for a plan named with its infinitive inside a phrase of a clause told now: "is one of the men behind
plans to reopen a Swansea theatre", "The sale is the last part of a plan to restructure … debts" (#13, fifty-fifth pass).

"Leading actor Edward Fox is one of the men behind plans to reopen a Swansea theatre", "The sale is the last part of a
plan to restructure 2.4bn euros-worth of debts", "There is already widespread anger over the chancellor's plans to get
rid of more than 100,000 civil servants", "Ministers are unhappy about plans to use Whitehall cash to keep council tax
bills down", "BT is starting its push into television with plans to offer TV over broadband": a plan with its own
to-infinitive says what is still to be done, whoever stands behind it, worries about it or is part of it. The outlook
read such a noun only as a subject (:func:`.plan_contents.plan_content_cue`, "Other plans include …" in
:func:`.cues.frame_noun_cue`), as the object of a verb that makes it known, puts it forward or argues over it
(:func:`.cues.frame_noun_cue`, :func:`.proposals.plan_put_forward_cue`, :func:`.plan_stances.plan_argued_cue`), or as
what there is or someone has ("there are no plans to"); as the object of a preposition it was read only in
:mod:`.bids`'s "is cutting fares as part of a plan to", where an act under way carries it. The nouns are WordNet 3.0's
plan.n.01 with its direct hyponyms and proposal.n.01 (``data/plan_nouns.txt`` by ``tools/wordnet_plan_nouns.py``:
plan, scheme, programme, project, proposal, budget …), each needing its own to-infinitive ("plans to reopen"; "plans
for a new mosque" names no act).

Only told now: the clause the phrase belongs to is in the simple present or the present progressive, or is an
infinitive or participle under such a verb ("the latest shareholder to express concern at … plans to buy the London
Stock Exchange", "analysts say the figures fail to take into account the costs of the president's plan to revamp state
pensions"). Past narration is left out ("The listing was part of the country's plans to open up its insurance
market", "who demonstrated against plans for the Iraq war": the plan may have been carried out or dropped), and so are
the perfect ("has been forced to backtrack … over its proposal to allow 100% foreign ownership"), a present under
past narration ("They called for a 'cast-iron guarantee' that the government consults on any plans to regulate …": what
was asked then), a modal (its own cue reads it) and a negation ("is not part of any plan to"). :func:`plan_in_a_phrase_cue` is its own function so
that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import PLAN, _auxiliaries, clause_verb, governing_past_link, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: Nouns of a plan or a proposal (WordNet 3.0; see ``tools/wordnet_plan_nouns.py``).
PLAN_NOUNS: frozenset[str] = read_word_list("plan_nouns.txt")
_PRESENT = frozenset({"VBZ", "VBP"})
#: Links by which a non-finite verb takes its time from the verb above it.
_NON_FINITE_LINKS = frozenset({"xcomp", "relcl", "acl", "advcl", "ccomp", "conj", "pcomp"})


def _own_infinitive(noun: Token) -> bool:
    """ "plans to reopen", "a plan to restructure": a to-infinitive after the noun, however the parser hangs it."""
    return any(
        c.dep_ in ("acl", "xcomp", "relcl") and c.i > noun.i and c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in noun.children
    )


def _told_now(verb: Token) -> bool:
    """The simple present or the present progressive, no modal, no perfect, not negated; an infinitive or a participle
    with no auxiliary of its own takes its time from the verb it hangs on."""
    current = verb
    for _ in range(6):
        if is_negated(current):
            return False
        auxes = [a for a in _auxiliaries(current) if a.lower_ != "to"]
        if any(a.tag_ == "MD" or a.lemma_ == "have" for a in auxes):
            return False
        if auxes:
            # "is starting its push … with plans to": the progressive; a passive or a past auxiliary is not told now
            progressive = current.tag_ == "VBG" and all(a.lemma_ == "be" and a.tag_ in _PRESENT for a in auxes)
            return progressive and governing_past_link(current) is None
        if current.tag_ in _PRESENT:
            # "They called for a guarantee that the government consults on any plans to …": a present under past
            # narration is what was asked or said then
            return governing_past_link(current) is None
        if current.tag_ not in ("VB", "VBG", "VBN") or current.dep_ not in _NON_FINITE_LINKS or current.head == current:
            return False  # the simple past, or a verb with nothing above it to take a time from
        current = clause_verb(current.head)
    return False


@first_test(FirstTest(pos=frozenset({"NOUN"}), deps=frozenset({"pobj"}), lemmas=PLAN_NOUNS))
def plan_in_a_phrase_cue(token: Token) -> str | None:
    """ "is one of the men behind plans to reopen a Swansea theatre", "is the last part of a plan to restructure …
    debts", "anger over the chancellor's plans to get rid of … civil servants": a plan with its own to-infinitive, the
    object of a preposition in a clause told now, says what is still to be done (#13: 2 pooled check-set misses in 2
    articles, sets 44 and 45, with the corpus census, read). See the module for what is left out."""
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or lemma_of(token) not in PLAN_NOUNS:
        return None
    if token.head.dep_ != "prep" or not _own_infinitive(token):
        return None
    if not _told_now(clause_verb(token.head)):
        return None
    return PLAN
