"""Precision filter: a contest's "next" unit won or lost in narration is the story's next moment, not a fixture ahead (#13).

"Roddick loses the next point and goes break point down", "He lets one slip but wins his next serve to earn three set
points" (a live report's historic present, set 38's false alarms in sport/491), "with the Gunners winning only three of
their next 10 games", "was only 2-1 down in the first set before losing 10 of the next 13 games" (past narration): "next" counts from the moment the story has reached, not from
the article's day, when the unit is what someone wins or loses in the telling; the forward modifier cue
(:func:`.cues.forward_modifier_cue`) reads it as a thing ahead.

The filter takes "next" on the object of a verb of a contest's result (WordNet 3.0's win and lose synsets,
``data/result_verbs.txt`` by ``tools/wordnet_result_verbs.py``), directly or through a count ("three of their next 10
games"), when the verb is told in the simple present or past with no auxiliary, or is a gerund of a past clause after a
preposition or as its adverbial; not in a condition ("a childcare strategy for if Labour wins the next election"). An
infinitive is left: "regained his composure to win the next two games" is narration, but the parser hangs "a personal
appeal to party activists to go out and win the next election" the same way, and that election is ahead. A modal, a want or a need keeps its own cue ("must win their next two games", "need to win the next
game"): only the modifier's cue is dropped, and an infinitive under a present verb is not narration. A survey's
"looking ahead to the next three months" is no result and stays.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import _auxiliaries, governing_past_link
from .first_tests import lemma_of

#: WordNet 3.0's verbs of a contest's result (``data/result_verbs.txt``).
RESULT_VERBS: frozenset[str] = read_word_list("result_verbs.txt")
_SIMPLE = frozenset({"VBZ", "VBP", "VBD"})
#: How a gerund of narration hangs on its clause: after a preposition ("before losing"), or as an adverbial.
_ADVERBIAL = frozenset({"pcomp", "advcl"})
#: Conjunctions of a condition: the unit won or lost in it is still ahead.
_CONDITIONS = frozenset({"if", "unless"})


def _result_verb(noun: Token) -> Token | None:
    """The verb whose object ``noun`` is, directly or through a count's "of" ("three of their next 10 games")."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.dep_ == "dobj":
        noun = noun.head.head
    if noun.dep_ != "dobj":
        return None
    return noun.head if lemma_of(noun.head) in RESULT_VERBS else None


def _narrated(verb: Token) -> bool:
    """The simple present or past with no auxiliary and no condition, or a gerund of a past clause after a preposition
    or as its adverbial ("with the Gunners winning", "before losing")."""
    auxes = _auxiliaries(verb)
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children):
        return False  # "a strategy for if Labour wins the next election": a condition on what is ahead
    if verb.tag_ in _SIMPLE:
        return not auxes
    if auxes or verb.tag_ != "VBG":
        return False  # an infinitive may be the content of a plea as well as a result ("a plea to … go out and win")
    first = verb
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    return first.dep_ in _ADVERBIAL and governing_past_link(verb) is not None


def next_unit_narrated(token: Token) -> bool:
    """Whether ``token`` is "next" on a unit won or lost in narration (see the module)."""
    if token.lower_ != "next" or token.dep_ != "amod":
        return False
    verb = _result_verb(token.head)
    return verb is not None and _narrated(verb)
