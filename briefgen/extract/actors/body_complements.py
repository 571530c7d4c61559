"""A body's name the tagger cut at its "of" or "for": "Royal Bank" + "Scotland", "UN Office" + "the Coordination of
Humanitarian Affairs", "Economic Commission" + "Latin America".

Why (#15, actors31): the pooled reads' largest class of wrong rows after works is names cut or run together
(26 rows over nine reads), and one way the small model cuts a name is before the "of" or "for" that carries a body's
seat or remit, tagging the two halves apart. The table then listed "Royal Bank" beside the country Scotland, "Muslim
Council", "Directors Guild", "UN Economic Commission", and the remit itself as an organisation ("Coordination of
Humanitarian Affairs"). The construction is plain: an organisation whose last word is a noun for a body (WordNet's
organisations and the project's institution nouns: "Bank", "Council", "Guild", "Commission", "Office"), then "of" or
"for", then a name the tagger typed a place or an organisation, which closes the run of capitalised words. The two
are one name, and the complement is no actor of its own.

Left alone: a body's noun with no name before it ("entered Parliament for Sheffield Brightside" names a seat, not a
parliament), a complement typed a person or a thing, a nationality word ("the Board of Deputies of British Jews" goes on past it),
and a complement that runs on into more capitalised words.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Span

from ..docview import entities
from ..docview import words as word_columns
from .words import _organisation_noun

#: Words that join a body's noun to its seat or remit.
_JOINERS = frozenset({"of", "for"})

#: Labels of a complement that can finish a body's name (a seat, or a remit or parent the tagger read as a body).
_COMPLEMENT_LABELS = frozenset({"GPE", "LOC", "ORG"})

#: Lower-case words a complement may hold inside it ("the Coordination of Humanitarian Affairs").
_INNER_WORDS = frozenset({"of", "and", "for", "the", "&"})


def completed_body(ent: Span) -> Span | None:
    """``ent`` with the complement the tagger cut from it, or None when it has none (see the module's docstring)."""
    doc = ent.doc
    # (#18, scale32) the word after the name is read from the lower-case column first: most organisations are followed
    # by no "of"/"for", and for them neither the sentence (a Span made per entity) nor any Token is read
    if ent.label_ != "ORG" or ent.end + 1 >= len(doc) or word_columns(doc)[0][ent.end] not in _JOINERS:
        return None
    if ent.end + 1 >= ent.sent.end:
        return None
    head = doc[ent.end - 1]
    if not (head.is_title and head.pos_ in ("PROPN", "NOUN") and _organisation_noun(head)):
        return None
    if sum(1 for t in ent if t.is_alpha and t.lower_ != "the") < 2:
        return None  # "entered Parliament for Sheffield Brightside": a body's noun alone, its complement a seat
    start = ent.end + 1
    starts = (start, start + 1) if doc[start].lower_ == "the" else (start,)
    complement = next((e for e in entities(doc) if e.start in starts), None)
    if complement is None or complement.label_ not in _COMPLEMENT_LABELS:
        return None
    words = [t for t in complement if t.lower_ not in _INNER_WORDS]
    if not words or not all(t.is_title or t.is_upper for t in words) or complement[-1].i != words[-1].i:
        return None
    if complement.end > ent.sent.end - 1 or complement.end >= len(doc):
        return None
    after = doc[complement.end]
    if after.is_alpha and (after.is_title or after.is_upper):
        return None  # "… of Wales Theatre": the name goes on past the complement
    return Span(doc, ent.start, complement.end, label="ORG")


def completed_bodies(entities: Iterable[Span]) -> dict[int, Span]:
    """``{start token: the whole name}`` of every organisation of ``entities`` cut before its complement."""
    return {e.start: whole for e in entities if (whole := completed_body(e)) is not None}
