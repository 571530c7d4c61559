"""Outlook cue for the time to come judged now: "said the future was definitely mobile" (#13, thirty-eighth pass).

"most of those questioned said the future was definitely mobile", "the Indian Government said the prospects for the
country's booming economy remained 'very bright'", "The long-term outlook looks 'very favourable' …, WPP said", "The
future of the brand … remains in question", "Ian Rush's future as Chester manager is uncertain": a sentence that
judges the time to come, or what is expected of it, is a forecast, or an open question when the judgement is that it
is not known. There is no future verb, frame or time in it for the cues of :mod:`.cues` to read; the noun is the
subject.

The nouns are a lexical class read off WordNet 3.0 (``data/outlook_nouns.txt``, made by
``tools/wordnet_outlook_nouns.py``: the time yet to come, a belief about it, the chance of success in it: "future",
"outlook", "prospect", "expectation", "chance", …), singular or plural. Only as the subject of a copula or a verb of
seeming with a predicate ("is uncertain", "remained 'very bright'", "looks 'very favourable'", "is an exciting
prospect", "has been in question since …"), told now: a present or present perfect, or a past one a verb of speech or
belief backshifts ("said the future was definitely mobile"). Not past narration ("O'Leary's future was in question,
but …", "His prospects … remained remote"), a past perfect, a modal (the modal cue's), a verb predicate ("the
prospect of outsiders … appeared to be causing jitters": what the prospect does now), nor a side clause that gives a
reason or a time ("confidence may be waning as the outlook … becomes more uncertain"), a relative clause or a
condition: only the sentence's main clause, a clause coordinated with it, or the clause a verb reports.
:func:`outlook_judged_cue` is its own function so that it can be weighed (and dropped) on its own.

The time to come, or a chance in it, as what a party is or has (:func:`future_held_cue`, thirty-ninth pass):
"Microsoft thinks IPTV is the future of television", "a clear sign that IPTV has a future", "Britain has a good chance
of victory", "Robben has insisted that he only has a 10% chance of making a return", set 34's "They have a chance, but
clearly history is not on their side". The nouns are a narrower WordNet class (``data/chance_nouns.txt`` by
``tools/wordnet_chance_nouns.py``: the synsets of the time to come and of the chance of success in it; not the nouns of a
belief, "People have unrealistic expectations of forensic science" is a present state) as the object of "have" told now
(not "has had the chance to tackle the problems", a past possession; not a counted plural, "has two outstanding young
No 9 prospects"), or as the bare definite predicate of the copula ("is the future", not "is the best chance most
pressure groups get": a description of a kind). The same stand clause as above, or a "that" clause a noun states ("a
clear sign that …"); not "you" (anyone's chance).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import _OPEN_ADJECTIVES, EXPECTED, OPEN_QUESTION, _auxiliaries, backshifted
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's nouns of the time to come and of views of it (``data/outlook_nouns.txt``).
OUTLOOK_NOUNS: frozenset[str] = read_word_list("outlook_nouns.txt")
#: WordNet 3.0's nouns of the time to come and of the chance of success in it (``data/chance_nouns.txt``).
CHANCE_NOUNS: frozenset[str] = read_word_list("chance_nouns.txt")
#: Verbs that judge their subject through a predicate: the copula and the verbs of staying and seeming.
_JUDGING = frozenset({"be", "remain", "stay", "look", "seem", "appear", "become"})
#: What a predicate of a judgement is: an adjective, a noun, a preposition phrase ("in question", "up in the air").
_PREDICATES = frozenset({"acomp", "attr", "prep", "oprd"})
#: Nouns that, after "in", say a thing is not known: "remains in question", "is in doubt".
_UNKNOWN = frozenset({"question", "doubt", "balance", "air"})


def _told_now(verb: Token) -> bool:
    """A present "is/remains/looks", a present perfect "has been", or a past one a verb of speech or belief backshifts
    ("said the future was definitely mobile"); no modal, no past perfect."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in auxes):
        return False
    if verb.tag_ in ("VBZ", "VBP") or any(a.lemma_ == "have" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return True
    return verb.tag_ == "VBD" and backshifted(verb)


def _stand_clause(verb: Token) -> bool:
    """The sentence's main clause (or a clause coordinated with it), or a clause a verb reports: not a side clause
    ("as the outlook … becomes more uncertain"), a relative clause or a condition."""
    current = verb
    while current.dep_ == "conj" and current.head != current:
        current = current.head
    return current.dep_ == "ROOT" or (current.dep_ in ("ccomp", "parataxis") and current.head.pos_ in ("VERB", "AUX"))


def _unknown(verb: Token) -> bool:
    """The judgement is that the time to come is not known: "is uncertain", "remains in question", "up in the air"."""
    for child in verb.children:
        if child.dep_ == "acomp" and lemma_of(child) in _OPEN_ADJECTIVES:
            return True
        if child.dep_ == "prep" and child.lower_ == "in":
            if any(g.dep_ == "pobj" and g.lower_ in _UNKNOWN for g in child.children):
                return True
        if child.dep_ in ("prep", "advmod") and child.lower_ == "up" and any(g.lower_ == "in" for g in child.children):
            return True
    return False


@first_test(FirstTest(lemmas=OUTLOOK_NOUNS, pos=frozenset({"NOUN"}), deps=frozenset({"nsubj"})))
def outlook_judged_cue(token: Token) -> str | None:
    """ "said the future was definitely mobile", "The future of the brand … remains in question": the time to come
    judged now is a forecast, or an open question when it is judged unknown (#13: set 35's three misses, business/347,
    tech/094, tech/109, and the corpus census, 14 uncovered sentences in 14 articles). See the module."""
    if token.pos_ != "NOUN" or token.dep_ != "nsubj" or lemma_of(token) not in OUTLOOK_NOUNS:
        return None
    verb = token.head
    if verb.pos_ not in ("AUX", "VERB") or lemma_of(verb) not in _JUDGING:
        return None
    if any(c.dep_ == "xcomp" for c in verb.children) or not any(c.dep_ in _PREDICATES for c in verb.children):
        return None  # "the prospect … appeared to be causing jitters": what the prospect does now
    if not _stand_clause(verb) or not _told_now(verb):
        return None
    return OPEN_QUESTION if _unknown(verb) else EXPECTED


def _bare_definite(noun: Token) -> bool:
    """ "the future", "the future of television": the definite article and nothing that describes a kind of it (no
    adjective, no clause: "the best chance most pressure groups get", "the perfect chance to recharge")."""
    children = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ == "the" for c in children) and not any(
        c.dep_ in ("amod", "relcl", "acl", "compound", "nummod") for c in children
    )


def _stated_clause(verb: Token) -> bool:
    """:func:`_stand_clause`, or a "that" clause a noun states: "a clear sign that IPTV has a future"."""
    if _stand_clause(verb):
        return True
    return verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


@first_test(FirstTest(lemmas=CHANCE_NOUNS, pos=frozenset({"NOUN"}), deps=frozenset({"dobj", "attr"})))
def future_held_cue(token: Token) -> str | None:
    """ "Microsoft thinks IPTV is the future of television", "Liverpool have little chance of winning the Champions
    League this season": the time to come, or a chance in it, as what a party is or has now is a forecast (#13: set 37's
    two misses in tech/394 and set 34's "They have a chance", and the corpus census). See the module."""
    if token.pos_ != "NOUN" or lemma_of(token) not in CHANCE_NOUNS:
        return None
    verb = token.head
    if token.dep_ == "dobj" and lemma_of(verb) == "have" and verb.pos_ in ("VERB", "AUX"):
        if any(a.lemma_ == "have" and a.dep_ == "aux" for a in verb.children):
            return None  # "has had the chance to tackle the problems": a past possession
        if any(c.dep_ == "nummod" for c in token.children):
            return None  # "has two outstanding young No 9 prospects": players, counted
    elif not (token.dep_ == "attr" and verb.lemma_ == "be" and _bare_definite(token)):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ == "you" for c in verb.children):
        return None  # anyone's chance
    if not _stated_clause(verb) or not _told_now(verb):
        return None
    return EXPECTED
