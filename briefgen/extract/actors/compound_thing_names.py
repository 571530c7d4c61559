"""A name the tagger typed an organisation or a person that is a common noun of two words or more, capitals aside:
"IPO (Initial Public Offering)", "Liquid Crystal Display (LCD) screens", "a Digital Subscriber Line", "the Triple
Crown", "National Insurance", "Multiple Sclerosis": a thing, no actor.

Why (#15, actors28, read 10404): tech/337 listed an organisation "Initial Public Offering" (aliases "IPO"); news
capitalises a term it is about to shorten, and the small model types the capitals a body. WordNet decides, not a typed
list: ``data/compound_thing_nouns.txt`` (``tools/wordnet_compound_thing_nouns.py``) holds the nouns of two words or
more, or hyphened, that WordNet never spells with a capital and that have no sense of a person, a group, a place, a
structure or a facility — so "High Court", "Stock Exchange", "Science Museum" and "Civil Service", bodies a tagged
name may well mean, are not in it. A band, a magazine or a performer the article titles so keeps its row whatever
WordNet says ("heavy metal band Iron Maiden", "Vanity Fair magazine": the caller passes the names it holds as
titled bodies, bands and performers), and so does a name that acts anywhere in the article — a subject, an
owner, one of a list of subjects ("Iron Maiden will headline", "Iron Maiden's Bruce Dickinson", "Beyonce, Prince …
and New Edition all received") — or stands before a body's noun ("editor of Digital Camera magazine"): a first
version without those two guards lost 6 of its 28 corpus rows wrongly (the bands Iron Maiden ×3 and New Edition,
the producer Hat Trick, the magazine Digital Camera).
"""

from __future__ import annotations

import functools

from spacy.tokens import Doc, Span

from ..lexicon import read_word_list
from .unless_acting import names_unless_acting
from .words import _organisation_noun

#: Dependencies by which a name acts or owns: "Iron Maiden will headline", "Iron Maiden's Bruce Dickinson".
_ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})


@functools.cache
def _compound_thing_nouns() -> frozenset[str]:
    return frozenset(read_word_list("compound_thing_nouns.txt"))


def names_a_compound_thing(text: str, *, titled: frozenset[str] | set[str] = frozenset()) -> bool:
    """Whether a name of two words or more (or hyphened) is a WordNet common noun, capitals aside, and no name
    ``titled`` as a body, a band or a performer."""
    if text in titled or (" " not in text and "-" not in text):
        return False
    return " ".join(text.lower().split()) in _compound_thing_nouns()


def compound_thing_names(doc: Doc, *, titled: frozenset[str] | set[str] = frozenset()) -> frozenset[str]:
    """The names of the article's mentions typed an organisation or a person that :func:`names_a_compound_thing`,
    unless the name acts or stands before a body's noun in any mention (see the module's docstring)."""
    return names_unless_acting(
        doc,
        found=lambda ent, text: ent.label_ in ("ORG", "PERSON") and names_a_compound_thing(text, titled=titled),
        acting=lambda ent, _text: _acts(ent) or _before_a_body_noun(ent),
    )


def _acts(ent: Span) -> bool:
    """A subject or an owner, or a conjunct of one ("Jill Scott and New Edition all received")."""
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ in _ACTING_DEPS or (root.dep_ == "pobj" and root.head.dep_ == "agent")


def _before_a_body_noun(ent: Span) -> bool:
    """ "Digital Camera magazine", "Hat Trick Productions": a body's noun after the name makes it the body's."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN") and _organisation_noun(doc[ent.end])
