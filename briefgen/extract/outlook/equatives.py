"""Precision filter: "X is to do Y" that says what X is, not what is scheduled (#13).

"is to" schedules when its subject is who or what the act is to befall ("Nestle is to raise its dividend", "Maternity
pay is to rise"); :func:`.cues.plan_cue` already leaves out an aim noun as subject ("The aim is to …"). The same words
equate when the subject only stands for the act, and then nothing is scheduled:

- the perfect, "has been to": "The effect has been to depress prospects", "the only alternative has been to use
  textphones" (a schedule has no perfect: a past one is "was to");
- a demonstrative that points back at what was just told: "But that is not to say Warrior Within is anything other
  than a superb adventure", "This is to prevent parents from holding their own cash savings in their children's names";
- a question of method, "is how to …": "One of the key issues for keen gadget users is how to store all their images";
- an effect, a use or an effort as the subject (WordNet's nouns, :data:`STAND_IN_NOUNS`, outlook45): "The effect of
  these transactions is to renationalise Yuganskneftegas", "the use of bright colours is simply to make the site more
  visible", "stressing the efforts are to 'vindicate …'" (three false alarms of three check sets; on the corpus
  these three are the only items it takes out). The subject stands for the act, as an aim noun does
  (:func:`.cues.plan_cue` leaves those out), and names no one it is to befall. A modal above keeps its own look ahead
  ("the effect would be to undermine the UN", "The result of the investment could be to raise output"), and a passive
  infinitive schedules what the noun undergoes ("Efforts to promote French wine abroad are to be boosted").

Left: "one of" a set of things ("One of the more likely uses of UWB is to make it possible to send …"), which readers
of two check sets marked differently, and which names an option still ahead as often ("One of the options under
consideration is to offer high-definition pictures on the web").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import read_word_list
from .cues import lemma_of

#: Words that open an infinitive's question: "is how to store", "is what to do".
_QUESTION_WORDS = frozenset({"how", "what", "whether", "where", "when", "which", "who"})
#: Demonstrative pronouns: as the subject of "is to" they stand for what was just told.
_DEMONSTRATIVES = frozenset({"this", "that"})
#: Nouns of an effect, a use and an effort (``tools/wordnet_stand_in_nouns.py``): as the subject of "is to" they
#: stand for the act.
STAND_IN_NOUNS: frozenset[str] = read_word_list("stand_in_nouns.txt")


def _to_infinitives(be: Token) -> list[Token]:
    return [c for c in be.children if c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _subject(be: Token) -> Token | None:
    return next((c for c in be.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _stand_in_subject(be: Token) -> bool:
    """The subject of "be" is an effect, a use or an effort, and the infinitive is active.

    With no subject of its own the noun right before "be" is taken: in "stressing the efforts are to 'vindicate …'"
    the parser made "efforts" the object of "stressing" and left "are" with none.
    """
    subject = _subject(be)
    if subject is None and be.i > 0 and be.doc[be.i - 1].pos_ == "NOUN" and be.doc[be.i - 1].head.i < be.i - 1:
        subject = be.doc[be.i - 1]
    if subject is None or subject.lemma_.lower() not in STAND_IN_NOUNS:
        return False
    return not any(a.dep_ == "auxpass" for inf in _to_infinitives(be) for a in inf.children)


def says_what_it_is(token: Token) -> bool:
    """``token`` is the "be" of an "is to" that equates its subject with the act (see the module)."""
    if lemma_of(token) != "be" or token.dep_ in ("aux", "auxpass"):
        return False
    infinitives = _to_infinitives(token)
    if not infinitives:
        return False
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in token.children):
        return True  # "has been to depress"
    if any(w.lower_ in _QUESTION_WORDS and w.i < inf.i for inf in infinitives for w in inf.children):
        return True  # "is how to authenticate an individual's identity"
    if _stand_in_subject(token):
        return True  # "The effect of these transactions is to renationalise Yuganskneftegas"
    subject = _subject(token)
    if subject is None:
        return False
    # "that is not to say", "This is to prevent parents from …"; not the relative "that" (WDT)
    return subject.lower_ in _DEMONSTRATIVES and subject.tag_ == "DT"
