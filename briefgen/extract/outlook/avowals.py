"""Outlook cue for a will to act made known: "has made no secret of his desire to have another crack at the job" (#13,
forty-third pass).

"The former England defender … has made no secret of his desire to have another crack at the job" (set 40's miss),
"Gerrard has made no secret of his desire to be involved in Europe's premier club competition", "Mr Yushchenko … has
made no secret of his wish to fight corruption", "Morientes, 28, has already expressed a willingness to come to
England" (set 39's miss), "Sports Interactive have indicated their usual willingness to support and develop the game":
a party that makes known its will to act holds a plan, or a refusal, still ahead, as one that announces its plans or
states its determination does (:func:`.cues.frame_noun_cue`). That cue reads a frame noun only as the object of a verb
of making known; here the will is made known by "make no secret of" (the noun after "of"), or it is a willingness,
an unwillingness or a wish (WordNet 3.0's, ``data/willingness_nouns.txt`` by ``tools/wordnet_willingness_nouns.py``),
which is no frame noun. The noun must say what for (a to-infinitive, "for", "of" with a gerund): "made no secret of
his disappointment" names no act.

Told as the frame cue tells it: made known in the present or the perfect, or in the simple past as the news ("said it
would" is), not dated in the past ("… last week"), not negated, no modal, not in a clause under past narration unless
a verb of saying backshifts it. A willingness shown ("Ireland were showing more willingness to spread the ball") is
play described, not a will made known, and stays out. In the BBC corpus at ``6785482`` the cue adds five sentences in
five articles. :func:`will_made_known_cue` is its own function so that it can be weighed (and dropped) on its own.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..lexicon import FRAME_NOUNS, read_word_list
from .cues import (
    _PAST_TIME_WORDS,
    MAKING_KNOWN,
    PLAN,
    _auxiliaries,
    _forward_complement,
    _past_anchor,
    backshifted,
    clause_verb,
    is_negated,
    is_past_clause,
)
from .first_tests import FirstTest, first_test, lemma_of

#: WordNet 3.0's nouns of a willingness, an unwillingness or a wish to act (``data/willingness_nouns.txt``).
WILLINGNESS_NOUNS: frozenset[str] = read_word_list("willingness_nouns.txt")
#: The frame nouns of a plan or an intention ("desire", "intention", "plan", "determination"), from WordNet too.
_PLAN_NOUNS = frozenset(noun for noun, kind in FRAME_NOUNS.items() if kind == PLAN)


def no_secret_made(noun: Token) -> Token | None:
    """The "make" of "make no secret of NOUN", when the noun is the object of that "of"."""
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.dep_ != "prep":
        return None
    secret = of.head
    if secret.lemma_.lower() != "secret" or secret.dep_ != "dobj" or not any(c.lower_ == "no" for c in secret.children):
        return None
    return secret.head if lemma_of(secret.head) == "make" else None


def _after_the_noun(noun: Token) -> bool:
    """The parser hangs the infinitive of "made no secret of his wish to fight corruption" on "secret": a
    to-infinitive there, after the noun, says what the wish is for."""
    secret = noun.head.head
    return any(
        c.dep_ in ("acl", "xcomp") and c.i > noun.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        for c in secret.children
    )


@first_test(FirstTest(pos=frozenset({"NOUN"}), deps=frozenset({"dobj", "pobj"}), lemmas=WILLINGNESS_NOUNS | _PLAN_NOUNS))
def will_made_known_cue(token: Token) -> str | None:
    """ "has made no secret of his desire to have another crack at the job", "has already expressed a willingness to
    come to England": a will to act, made known, is a plan or a refusal still ahead (see the module)."""
    lemma = lemma_of(token)
    if token.pos_ != "NOUN" or (lemma not in WILLINGNESS_NOUNS and lemma not in _PLAN_NOUNS):
        return None
    verb = no_secret_made(token)
    if not _forward_complement(token) and not (verb is not None and _after_the_noun(token)):
        return None
    if verb is None:
        if token.dep_ != "dobj" or lemma not in WILLINGNESS_NOUNS or lemma_of(token.head) not in MAKING_KNOWN:
            return None  # a frame noun made known is :func:`.cues.frame_noun_cue`'s
        verb = token.head
    if verb.dep_ not in ("ROOT", "conj", "ccomp") or is_negated(verb) or any(a.tag_ == "MD" for a in _auxiliaries(verb)):
        return None
    if _past_anchor(verb) or any(a.lemma_ == "have" and a.tag_ == "VBD" for a in _auxiliaries(verb)):
        return None
    if verb.tag_ == "VBD" and any(t.lower_ in _PAST_TIME_WORDS for t in token.sent if t.ent_type_ == "DATE"):
        return None  # "expressed his willingness to help at a meeting last week": it may be spent
    if is_past_clause(verb) and verb.tag_ != "VBD" and not backshifted(clause_verb(verb)):
        return None
    return PLAN
