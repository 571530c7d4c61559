"""Two people of one family named with one surname: "Robin and Barry Gibb", "Mike and Bob Bryan".

The tagger reads "Robin and Barry Gibb" as two names, "Robin" and "Barry Gibb", and the briefing listed a
person called "Robin". A given name coordinated with a full name whose first word is a given name too shares its
surname: English drops the first surname, never the second. On the BBC corpus 5 one-word people in 5 articles
("Robin", "Graham", "David", "Jim", "Mike"), all of them such a pair. Only census given names on both sides
(``GIVEN_NAMES``), and a full name of exactly two words: "Smith and John Brown" keeps "Smith"; a word that is
the surname of someone the article names in full is that person ("Rhys Williams … leaving Williams and Hal
Luscombe to battle": "Williams" is a census given name too).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .kinds import GIVEN_NAMES
from .mentions import _Mention


def with_shared_surnames(doc: Doc, mentions: list[_Mention]) -> list[_Mention]:
    """``mentions`` with each lone given name before "and" and a two-word full name given that name's surname."""
    by_start = {m.span.start: m for m in mentions if m.label == "PERSON"}
    # "leaving Williams and Hal Luscombe to battle": a surname of someone the article names in full is that person
    surnames = frozenset(m.text.split()[-1].lower() for m in mentions if m.label == "PERSON" and len(m.text.split()) > 1)
    return [_shared(doc, m, by_start, surnames) or m for m in mentions]


def _shared(doc: Doc, m: _Mention, by_start: dict[int, _Mention], surnames: frozenset[str]) -> _Mention | None:
    if m.label != "PERSON" or m.honorific or len(m.text.split()) != 1 or m.text.lower() not in GIVEN_NAMES:
        return None
    if m.text.lower() in surnames:
        return None
    if m.span.end + 1 >= len(doc) or doc[m.span.end].lower_ != "and":
        return None
    other = by_start.get(m.span.end + 1)
    if other is None or other.honorific:
        return None
    words = other.text.split()
    if len(words) != 2 or words[0].lower() not in GIVEN_NAMES or not words[1][:1].isupper():
        return None
    return _Mention(m.span, "PERSON", f"{m.text} {words[1]}", m.honorific)
