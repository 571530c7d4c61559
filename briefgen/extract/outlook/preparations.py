"""Outlook cue for getting ready told now: "Preparations for the analogue switch-off are already underway" (#13).

"Preparations for the analogue switch-off are already underway in some areas" (set 31's miss), "Mr Kennedy is
accelerating Lib Dem election preparations this week", "Mark Lewis-Francis has stepped up his preparations for the new
season", "Woodward is ensuring his preparations for the trip to New Zealand in June are as thorough as possible": the
activity of getting ready, told now, is for an act or an event still ahead, the election, the season, the trip; no
modal, frame verb or date in the sentence need say so. In the BBC corpus at ``d1ec7d9`` the cue adds six sentences in
six articles (five texts, four stories).

The nouns are WordNet 3.0's synset of that activity (``data/preparation_nouns.txt`` by
``tools/wordnet_preparation_nouns.py``: "preparation", "readying"). Only as the subject or the object of a verb told
now (a present, a present progressive or perfect, not past narration, not a modal, not negated), and not placed
before the telling ("has headed Labour's preparations for previous polls"). Past ("gave himself the perfect preparation
for next week's Open", which another cue reads by the event's date) and a modal ("could upset her preparations for the
London Marathon", the modal cue's) are left to the other cues.
:func:`preparation_under_way_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import PLAN, _auxiliaries, governing_past_link, is_negated, is_past
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's nouns of getting ready for an act or an event ahead (``data/preparation_nouns.txt``).
PREPARATION_NOUNS: frozenset[str] = read_word_list("preparation_nouns.txt")
#: Words that place what was prepared for before the telling: "for previous polls".
_BEFORE = frozenset({"previous", "past", "last", "former", "earlier"})
_PRESENT = frozenset({"VBZ", "VBP"})


def _told_now(verb: Token) -> bool:
    """A verb in the present, or a participle whose auxiliaries are present ("is accelerating", "has stepped up"), or
    a bare participle heading the sentence ("Lib Dem leader Charles Kennedy accelerating …", a headline's grammar)."""
    if verb.pos_ not in ("VERB", "AUX") or is_past(verb):
        return False
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes):
        return False
    if verb.tag_ in _PRESENT:
        return True
    if verb.tag_ in ("VBG", "VBN") and auxes:
        return all(a.tag_ in _PRESENT or a.tag_ == "VBN" for a in auxes)
    return verb.tag_ == "VBG" and verb.dep_ == "ROOT"


@first_test(FirstTest(lemmas=PREPARATION_NOUNS, tags=frozenset({"NN", "NNS"}), deps=frozenset({"nsubj", "nsubjpass", "dobj"})))
def preparation_under_way_cue(token: Token) -> str | None:
    """ "Preparations for the analogue switch-off are already underway", "is accelerating election preparations":
    getting ready told now is for something still ahead (see the module)."""
    if lemma_of(token) not in PREPARATION_NOUNS or token.tag_ not in ("NN", "NNS") or token.dep_ not in ("nsubj", "nsubjpass", "dobj"):
        return None
    verb = token.head
    if not _told_now(verb) or is_negated(verb) or governing_past_link(verb) is not None:
        return None
    if any(w.lower_ in _BEFORE for w in token.subtree):
        return None
    return PLAN
