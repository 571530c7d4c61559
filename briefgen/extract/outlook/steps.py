"""Outlook cue for a step towards a thing ahead, told now: "is a step closer", "paves the way for", "is a precursor to" (#13).

"A team of US researchers has shown that controlling devices with the brain is a step closer", "said the research was
another step towards people controlling wheelchairs … by thought", "The virus-fighting program … is a precursor to
Microsoft's dedicated anti-virus software", "The increase in earnings has allowed the firm to … pave the way for a
state bailout and eventual stock-market listing" (set 34's, set 32's and set 31's misses), "Some observers see this as
another step closer to a full public listing", "Critics say the constitution is a further step towards a federal
Europe", "are preparing the way for the launches of their next generation consoles in 2005": what the sentence tells
now is put as the way to something else, and that something is still ahead; no modal, frame verb or date need say so.

Three nouns carry it:

- "step" with a direction, "towards"/"toward" or "closer"/"nearer" (WordNet 3.0's first sense of "step", 00174412-n
  "any maneuver made as part of progress toward a goal", whose goal the phrase names);
- "the way for" as a verb's object ("pave", "clear", "prepare the way for"): the way made for what comes next; not
  "lead the way for", which is going first;
- the nouns of what precedes and announces or introduces what follows, as a predicate ("is a precursor to") or after
  "as": WordNet 3.0's harbinger/precursor and prelude/preliminary/overture synsets, members whose first sense is not a
  person (``data/prelude_nouns.txt`` by ``tools/wordnet_prelude_nouns.py``).

Only told now: the clause the noun stands in, or the finite clause an infinitive or participle of it hangs under
("has allowed the firm to … pave", "a deal bringing Turkey a step closer … is of fundamental importance"), is a
present, a present perfect or progressive, or a past a verb of saying backshifts ("said the research was another
step"). Past narration ("paved the way for the Human Rights Act 1998", "took another step towards their first Grand
Slam") looks back at what came of it, a negation denies it, and a modal ("could pave the way for") is the modal cue's.
Kind expected: the thing ahead is foreseen, not planned.
:func:`step_towards_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import EXPECTED, _auxiliaries, backshifted, clause_verb, is_negated, is_past
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's nouns of what precedes and announces or introduces what follows (``data/prelude_nouns.txt``).
PRELUDE_NOUNS: frozenset[str] = read_word_list("prelude_nouns.txt")
#: Directions that give a step its goal ahead.
_TOWARDS = frozenset({"towards", "toward"})
_CLOSER = frozenset({"closer", "nearer"})
#: Prepositions that name what a prelude noun comes before.
_BEFORE_WHAT = frozenset({"to", "of", "for"})
_PRESENT = frozenset({"VBZ", "VBP"})
#: Links by which a non-finite clause takes the tense of the clause above it.
_NON_FINITE_LINKS = frozenset({"xcomp", "ccomp", "conj", "acl", "advcl", "pcomp", "relcl", "dobj", "nsubj", "pobj"})


def _step_ahead(token: Token) -> bool:
    """ "a step closer to", "another step towards", "bringing Turkey a step closer": a step with its direction."""
    if any(c.dep_ == "prep" and c.lower_ in _TOWARDS for c in token.children):
        return True
    if any(c.lower_ in _CLOSER and c.dep_ == "advmod" for c in token.children):
        return True
    return token.dep_ == "npadvmod" and token.head.lower_ in _CLOSER


def _way_made(token: Token) -> bool:
    """ "pave the way for", "are preparing the way for": "the way" as the object of a verb, "for" right after it."""
    if token.dep_ != "dobj" or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is not None and following.lower_ == "for" and lemma_of(token.head) != "lead"


def _prelude(token: Token) -> bool:
    """ "is a precursor to", "see it as a prelude to": a predicate or an "as" object with what it comes before."""
    if token.dep_ != "attr" and not (token.dep_ == "pobj" and token.head.lower_ == "as"):
        return False
    return any(c.dep_ == "prep" and c.lower_ in _BEFORE_WHAT for c in token.children)


def _finite_clause(token: Token) -> Token:
    """The finite verb whose tense the noun's clause takes: up through infinitives, participles and the nouns they
    modify ("has allowed the firm to … pave", "a deal bringing Turkey a step closer … is")."""
    verb = clause_verb(token)
    for _ in range(8):
        auxes = _auxiliaries(verb)
        finite = verb.tag_ in (*_PRESENT, "VBD", "MD") or any(a.tag_ in (*_PRESENT, "VBD", "MD") for a in auxes)
        if finite or verb.dep_ not in _NON_FINITE_LINKS or verb.head == verb:
            return verb
        verb = clause_verb(verb.head)
    return verb


def _told_now(verb: Token) -> bool:
    """A present, a present perfect or progressive, or a past that a verb of saying backshifts; no modal, no negation."""
    auxes = _auxiliaries(verb)
    if any(a.tag_ == "MD" for a in auxes) or is_negated(verb):
        return False
    if is_past(verb):
        return backshifted(verb)
    return verb.tag_ in _PRESENT or any(a.tag_ in _PRESENT for a in auxes)


@first_test(FirstTest(pos=frozenset({"NOUN"}), lemmas=frozenset({"step", "way"}) | PRELUDE_NOUNS))
def step_towards_cue(token: Token) -> str | None:
    """ "is a step closer", "another step towards", "paves the way for", "is a precursor to": told now, the thing
    the step leads to is ahead (see the module)."""
    if token.pos_ != "NOUN":
        return None
    lemma = lemma_of(token)
    if lemma == "step":
        found = _step_ahead(token)
    elif lemma == "way":
        found = _way_made(token)
    else:
        found = lemma in PRELUDE_NOUNS and _prelude(token)
    if not found:
        return None
    return EXPECTED if _told_now(_finite_clause(token)) else None
