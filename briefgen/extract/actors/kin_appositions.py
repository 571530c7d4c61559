"""A name that a person's noun of kinship titles or sets in apposition is a person's: "His mother, Giselle, said",
"her half-sister, Sadie,", "Mr Begg's father, Azmat, said", "her grandmother Madea" (#15, actors41).

Why: the small model types a lone given name by its shape, an organisation ("Giselle", "Madea") or a place ("Azmat")
or a building ("Sandra"), and the table listed a mother as a body. A firm or a club is nobody's mother, wife or son,
but it is a "parent", a "partner" or a "sister" ("American Airlines' parent AMR", "former partner Fiat", "its sister
Xiluodu dam"), so the noun must be owned by a person: a personal possessive ("his", "her", "my", "your", "our",
"their"), a name the tagger typed a person ("Cheadle's wife Tatiana") or one after an honorific ("Mr Hall's wife").
Without an owner ("with daughter Victoria", "parent DaimlerChrysler") nothing is decided, and neither where the name's
own apposition is a noun for no actor ("her half-sister, Sadie, a black Labrador-curly-coated retriever cross": a
guide dog's kin).

The nouns are WordNet's relatives (``relative_nouns.txt``, ``tools/wordnet_relative_nouns.py``: lemmas whose first
noun sense lies below relative.n.01), singular: a plural ("American twins Mike and Bob") speaks of several, each
typed on its own. BBC corpus (main's dump at 3b8f777): 4 rows in 4 articles change, all right — Giselle twice and
Madea (a film's grandmother) persons, not organisations, and "Azmat" ("Mr Begg's father, Azmat") joins Azmat Begg.
A one-word name the tagger placed and no other mention completes ("his wife, ex-model Sandra", "Cheadle's wife
Tatiana") is still dropped later as a place: a miss, not a kind.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..lexicon import is_actor_noun, read_word_list
from .words import HONORIFICS

#: Nouns for a relative by blood or marriage ("mother", "wife", "sister"), from WordNet 3.0.
RELATIVE_NOUNS: frozenset[str] = read_word_list("relative_nouns.txt")

#: Possessive determiners that own a noun for a person ("its" owns a firm's "parent" or "sister").
_PERSONAL_OWNERS = frozenset({"his", "her", "my", "your", "our", "their"})


def named_as_a_relative(ent: Span) -> bool:
    """Whether a person owns a singular noun of kinship that titles ``ent`` or stands in apposition with it."""
    noun = _kin_noun(ent)
    if noun is None or not any(_a_person_s_owner(c) for c in noun.children if c.dep_ == "poss"):
        return False
    # "her half-sister, Sadie, a black Labrador-curly-coated retriever cross": the name's own apposition says what it
    # is, and a noun for no actor there makes it no person (a guide dog's kin)
    return not any(
        c.dep_ == "appos" and c.i >= ent.end and c.pos_ == "NOUN" and c is not noun and not is_actor_noun(c) for c in ent.root.children
    )


def _kin_noun(ent: Span) -> Token | None:
    """The singular, lower-case noun of kinship joined to the name: before it in apposition ("His mother, Giselle")
    or as its title ("her grandmother Madea"), or after it in apposition ("Giselle, his mother")."""
    doc = ent.doc
    root = ent.root
    nouns: list[Token] = []
    if root.dep_ == "appos" and root.head.i < ent.start:
        nouns.append(root.head)
    if ent.start > 0 and doc[ent.start - 1].dep_ in ("compound", "nmod", "appos") and ent.start <= doc[ent.start - 1].head.i < ent.end:
        nouns.append(doc[ent.start - 1])
    nouns.extend(c for c in root.children if c.dep_ == "appos" and c.i >= ent.end)
    return next(
        (n for n in nouns if n.pos_ == "NOUN" and n.tag_ == "NN" and n.is_lower and n.lemma_.lower() in RELATIVE_NOUNS),
        None,
    )


def _a_person_s_owner(owner: Token) -> bool:
    """ "his", "her", … or a name the tagger typed a person ("Cheadle's", "Mr Begg's") or that follows an honorific
    ("Mr Hall's", left untagged)."""
    if owner.lower_ in _PERSONAL_OWNERS:
        return True
    if owner.pos_ != "PROPN":
        return False
    before = owner.doc[owner.i - 1] if owner.i > 0 else None
    return owner.ent_type_ == "PERSON" or (before is not None and before.lower_.rstrip(".") in HONORIFICS)
