"""A name the tagger called a person that stands before a spokesperson and their name is the body they speak for.

"William Hill spokesman Rupert Adams", "Yukos spokesman Mike Lake", "Apacs spokeswoman Jemma Smith": the tagger
reads the name before the title as a person's (the bookmaker's two words look like a given name and a surname),
and the briefing listed the bookmaker as a person. A spokesperson speaks for a body: in the BBC corpus every one of
the 43 distinct "NAME spokesman/spokeswoman Firstname Surname" phrases names a body, a party, a portfolio or a club
before the title, never a person (a person's spokesman is "Mr Blair's spokesman", an owner). The words of
WordNet's ``spokesperson.n.01`` and its hyponyms (spokesman, spokeswoman) are the class; a party's name
("Lib Dem spokesman Vince Cable", "Lib Dem Treasury spokesman"), which the actor table keeps as a group, is left
to the party rules.
"""

from __future__ import annotations

from spacy.tokens import Span

from .names import names_a_known_party
from .words import _POSSESSIVE_MARKS

#: WordNet ``spokesperson.n.01`` with its hyponyms ``spokesman.n.01`` and ``spokeswoman.n.01``.
SPOKESPERSON_NOUNS = frozenset({"spokesperson", "spokesman", "spokeswoman"})

#: How many words the body's name before the title may have ("Revolution Studios", "Salvation Army").
_MAX_NAME_WORDS = 3


def employs_a_spokesperson(ent: Span) -> bool:
    """Whether a name tagged as a person stands right before a lower-case spokesperson noun and then a capitalised name."""
    doc = ent.doc
    words = [t for t in ent if not t.is_space]
    if not words or len(words) > _MAX_NAME_WORDS or not all(w.is_title or w.is_upper for w in words):
        return False
    if words[-1].text in _POSSESSIVE_MARKS or ent.end + 1 >= len(doc) or doc[ent.end].text in _POSSESSIVE_MARKS:
        return False  # "Mr Blair's spokesman": an owner, a person's own spokesman
    title, holder = doc[ent.end], doc[ent.end + 1]
    if not (title.is_lower and title.lower_ in SPOKESPERSON_NOUNS and holder.pos_ == "PROPN" and holder.is_title):
        return False
    # "Lib Dem Treasury spokesman Vince Cable": a party and its portfolio, no body of their own
    return not any(names_a_known_party(" ".join(w.text for w in words[:n])) for n in range(1, len(words) + 1))
