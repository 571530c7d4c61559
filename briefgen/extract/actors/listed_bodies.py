"""A name the tagger typed a person, in a list of bodies, is a body (#15, actors33).

Coordination joins like with like: "Morrisons, Woolworths, House of Fraser, Marks & Spencer and Big Food all said",
"companies such as Nokia, Sagem, Sony and Thomson", "drug companies, including Merck and Pfizer". The small model
types a firm named like a surname a person now and then, and the list says what it is. This is the mirror of
:func:`.person_or_body._coordinated_with_people`, which makes an organisation-typed name among people a person.

Two or three names are not enough by themselves: the tagger types one-word people, characters and works an
organisation as often ("Harry, Ron and Hermione", "backing singers Pepsi and Shirlie", "Raging Bull and
Goodfellas"), so the list must either hold three or more other members, every one tagged an organisation, or hang
from a plural noun for bodies ("companies such as …", "carmakers, including …", "firms …"), other than those that
name places too ("stations such as Kings Cross and Euston", "people such as Matisse and Stravinsky").

A name that is a person's by its shape is left alone: one of two or more words opening with a census given name
("John Lewis", "Kelly Holmes"), and a surname the article gives a person named in full ("Gates" after "Bill
Gates"), who may stand in a list of firms as its founder or head.

BBC corpus (2,225 articles, the DocBin of main's parse): 8 rows in 8 articles (7 distinct texts) change, every one
a firm (Pfizer, Suzuki, Woolworths, Arima, Matsushita twice and Sagem typed bodies, and The Cloud listed); the
lists with one or two other members and no noun for bodies, which the rule leaves alone, held 37 person rows, 10 of
them bodies.
"""

from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Span, Token

from .kinds import _BODY_NOUNS, GIVEN_NAMES
from .person_or_body import _BODY_NOUNS_OF_PLACES_TOO

#: Words that hang a list from the noun it names: "companies such as …", "carmakers, including …", "firms like …".
_LISTING_WORDS = frozenset({"as", "including", "like"})
#: Other members, all tagged organisations, that make a list one of bodies by themselves.
_MEMBERS_ENOUGH = 3


def _coordination(ent: Span) -> list[Token]:
    """The members of the coordination the name's head stands in: its first conjunct and every conjunct after it."""
    top = ent.root
    while top.dep_ == "conj" and top.head.i != top.i:
        top = top.head
    return [top, *(t for t in top.subtree if t.dep_ == "conj" and (t.head.i == top.i or t.head.dep_ == "conj"))]


def _listing_noun(first: Token) -> Token | None:
    """The noun a list hangs from: in apposition ("two file-sharing networks"), as a title right before it
    ("technology firms Sony, …") or through "such as", "including", "like" ("companies such as Nokia, …")."""
    doc = first.doc
    head = first.head
    if first.dep_ == "appos" and head.pos_ == "NOUN":
        return head
    before = doc[first.i - 1] if first.i > 0 else None
    if before is not None and before.pos_ == "NOUN" and before.head.i == first.i:
        return before
    if first.dep_ == "pobj" and head.lower_ in _LISTING_WORDS:
        noun = head.head.head if head.head.lower_ == "such" else head.head
        return noun if noun.pos_ == "NOUN" else None
    return None


def listed_with_bodies(ent: Span, *, people_surnames: Set[str] = frozenset()) -> bool:
    """ "Morrisons, Woolworths, House of Fraser and Big Food", "companies such as Nokia, Sagem, Sony and Thomson": a
    person-typed name whose other list members are all tagged organisations, three or more of them or under a
    plural noun for bodies."""
    if ent.label_ != "PERSON":
        return False
    words = [t for t in ent if not t.is_space]
    if not words or (len(words) > 1 and words[0].lower_ in GIVEN_NAMES) or words[-1].text in people_surnames:
        return False
    members = _coordination(ent)
    others = [t for t in members if not ent.start <= t.i < ent.end]
    if not others or not all(t.ent_type_ == "ORG" for t in others):
        return False
    if len(others) >= _MEMBERS_ENOUGH:
        return True
    noun = _listing_noun(members[0])
    if noun is None or noun.tag_ != "NNS":
        return False
    lemma = noun.lemma_.lower()
    return lemma in _BODY_NOUNS and lemma not in _BODY_NOUNS_OF_PLACES_TOO
