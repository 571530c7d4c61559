"""Outlook cue for a contender named now: "Nominees for best foreign film include …" (#13, forty-first pass).

"Nominees for best foreign film include Spain's Pedro Almodovar for Bad Education", "Martin Scorsese and Clint Eastwood
are among the nominees for the top prize", "Henry is on the Fifa shortlist with Ronaldinho", "is a finalist for
Billboard 200 album of the year", "Other candidates for the job include Gordon Strachan": a party named in the present
as a nominee, a finalist, a candidate or a name on a shortlist is in a contest still to be decided, as one "is
nominated for" a prize is (:mod:`.nominations`) or one "in the running" for it (:func:`.ahead.in_the_running_cue`).
No modal, future verb or date says so, so the cues of :mod:`.cues` see nothing ahead; set 37 marked two such sentences
the outlook missed; in the corpus (DocBin at ``d1ec7d9``) the cue adds 16 sentences in 15 articles.

The nouns are a lexical class read off WordNet 3.0 (``data/contender_nouns.txt``, made by
``tools/wordnet_contender_nouns.py``: the synsets of one put forward or considered for an office or an honour, of a
finalist, and of a shortlist). Only in the three frames that name who is in the contest, told now: the subject of a
present "include" ("Other nominees include …"), the predicate of a present "be" ("are the nominees in the best weblog
category", "is the obvious candidate to be heaped with praise"), and the object of "among" or "on" completing a present
"be" ("are among the nominees for", "is on the shortlist"). Not a title before a name ("Oscar nominee Clive Owen was also
a new entry"), the subject of another verb ("Oscar best-picture nominee Sideways entered the top ten"), the past ("Other
nominees included the Motorcycle Diaries": the contest is decided), a clause under past narration, a negation or a
modal (the modal cue's); nor a denial, "there is no stand-out candidate", "is no longer an approved candidate".
:func:`contender_named_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import SCHEDULED, _auxiliaries, clause_verb, governing_past_link, is_negated
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's nouns of a contender for an office, an honour or a prize, and of the list of them.
CONTENDER_NOUNS: frozenset[str] = read_word_list("contender_nouns.txt")
_PRESENT = frozenset({"VBZ", "VBP"})
#: Prepositions whose object names who is in the contest: "among the nominees", "on the shortlist".
_IN_THE_FIELD = frozenset({"among", "on"})


def _present(verb: Token, lemma: str) -> bool:
    """``verb`` is ``lemma`` in the present: tagged so, or a bare form with its own subject and no auxiliary, which the
    tagger gives a plural's present now and then ("Other candidates for the job include two former midfielders")."""
    if lemma_of(verb) != lemma:
        return False
    if verb.tag_ == "VB":
        return any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    return verb.tag_ in _PRESENT


def _frame(noun: Token) -> Token | None:
    """The present verb that names who is in the contest through ``noun``, if ``noun`` stands in one of the three frames."""
    head = noun.head
    if noun.dep_ == "nsubj" and _present(head, "include"):
        return head  # "Other nominees include …"
    if noun.dep_ == "attr" and _present(head, "be"):
        return head  # "are the nominees in …", "is a finalist for …"
    if noun.dep_ == "pobj" and head.lower_ in _IN_THE_FIELD and head.dep_ == "prep" and _present(head.head, "be"):
        return head.head  # "are among the nominees for …", "is on the Fifa shortlist"
    return None


#: Words that deny a party is in the field: "there is no stand-out candidate", "is no longer an approved candidate".
_DENYING = frozenset({"no", "not", "never", "none"})


def _denied(noun: Token, verb: Token) -> bool:
    """A negative word on the noun or on the verb's own modifiers ("no longer"): the party named is not in the contest."""
    return any(c.lower_ in _DENYING for c in noun.children if c.dep_ in ("det", "neg", "advmod")) or any(
        c.dep_ in ("advmod", "neg") and any(w.lower_ in _DENYING for w in c.subtree) for c in verb.children
    )


@first_test(FirstTest(lemmas=CONTENDER_NOUNS, tags=frozenset({"NN", "NNS"}), deps=frozenset({"nsubj", "attr", "pobj"})))
def contender_named_cue(token: Token) -> str | None:
    """ "Nominees for best foreign film include …", "are among the nominees for the top prize", "is on the Fifa
    shortlist": a contender named now is in a contest still to be decided (see the module for what is left out)."""
    if lemma_of(token) not in CONTENDER_NOUNS or token.tag_ not in ("NN", "NNS"):
        return None
    verb = _frame(token)
    if verb is None or verb != clause_verb(token):
        return None
    if is_negated(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)) or _denied(token, verb):
        return None
    if governing_past_link(verb) is not None:
        return None
    return SCHEDULED
