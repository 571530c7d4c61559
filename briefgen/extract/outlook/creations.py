"""Outlook cue for one work being made, told in the present progressive (#13, fifty-first pass).

"Microsoft is developing a new version of Internet Explorer browser", "The Office's Ricky Gervais is writing an episode
of hit US cartoon The Simpsons", "One site behind the success of the BitTorrent file-swapping system is producing its
own software": the making of a work is under way and the work is not there yet, so the sentence looks ahead to it,
a plan its maker pursues (set 31's rubric: still to come). The Aktionsart does it: a verb of creation (WordNet 3.0's
verb.creation synsets of making a new product or work, ``data/creation_verbs.txt`` by
``tools/wordnet_creation_verbs.py``: build, construct, create, design, develop, draft, manufacture, produce, write …)
in the progressive is incomplete, its object does not exist yet; in the simple present or the perfect the same verb
tells an output ("produces 30,000 cars a year", "has been producing a rival to Boeing's 777 line for more than a
year").

The forty-eighth pass tried the frame with any object and its corpus sentences were 74 % ahead: a line of business
("is currently developing films and television programmes"), an output ("are producing 'export quality' rap", "is now
manufacturing 5,000 more copies"), form ("are building strong cases for inclusion"). What separates is the object:
**one** work, counted, a singular noun with an article or an owner ("a new version", "an episode", "its own software",
"their third album", "the second book") or a plural with a numeral ("two new songs"); a bare plural or mass noun names
a kind of output, and a comparison ("more cars than MG Rover does") a rate. Only the present progressive, active, of a
clause not told in the past, not negated, not on a generic "you" ("You're building it so you have to buy all the
software"). :func:`work_being_made_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import PLAN, _auxiliaries, is_negated, is_past_clause
from .first_tests import FirstTest, first_test, lemma_of

#: Verbs of making a new product or work (WordNet 3.0 verb.creation, see the module).
CREATION_VERBS: frozenset[str] = read_word_list("creation_verbs.txt")
#: Articles that make a singular noun one work.
_ARTICLES = frozenset({"a", "an", "the"})
#: Words of comparison or rate in the object's phrase: an output, not a work.
_COMPARING = frozenset({"more", "less", "fewer", "most", "enough"})


def _progressive_now(verb: Token) -> bool:
    """ "is developing", "are writing": the present progressive, active, with no other auxiliary."""
    auxes = _auxiliaries(verb)
    return len(auxes) == 1 and auxes[0].lemma_ == "be" and auxes[0].tag_ in ("VBZ", "VBP")


def _one_work(noun: Token) -> bool:
    """A singular noun with an article or an owner, or a plural counted by a numeral; no comparison in its phrase."""
    if noun.pos_ not in ("NOUN", "PROPN") or any(w.lower_ in _COMPARING for w in noun.subtree if w.i < noun.i):
        return False
    before = [c for c in noun.children if c.i < noun.i]
    if noun.tag_ in ("NN", "NNP"):
        return any((c.dep_ == "det" and c.lower_ in _ARTICLES) or c.dep_ == "poss" for c in before)
    if noun.tag_ in ("NNS", "NNPS"):
        return any(c.dep_ == "nummod" and c.like_num for c in before)
    return False


@first_test(FirstTest(lemmas=CREATION_VERBS, pos=frozenset({"VERB"}), tags=frozenset({"VBG"})))
def work_being_made_cue(token: Token) -> str | None:
    """ "is developing a new version of Internet Explorer", "is writing an episode of … The Simpsons", "is producing
    its own software": one work being made, told now, is still to come (#13: 3 pooled check-set misses in 3 articles,
    sets 34, 41 and 43; see the module for the object that makes it one work)."""
    if lemma_of(token) not in CREATION_VERBS or token.pos_ != "VERB" or token.tag_ != "VBG":
        return None
    if not _progressive_now(token) or is_negated(token) or is_past_clause(token):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in token.children):
        return None
    work = next((c for c in token.children if c.dep_ == "dobj"), None)
    if work is None or not _one_work(work):
        return None
    return PLAN
