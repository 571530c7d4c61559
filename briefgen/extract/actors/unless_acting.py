"""Names the article gives only as something that does not act: found in some frame, kept if they act anywhere.

Several walks drop a name the tagger typed an organisation when a frame says it names a thing ("a Futures event",
"its next generation of PlayStations"), unless the same name acts in another mention of the article (a subject, an
owner): then it is a body after all. This is that walk once, over the article's entities and their cleaned names.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span

from ..docview import entities
from .mentions import _clean

#: A test of one mention: the entity and its cleaned name.
MentionTest = Callable[[Span, str], bool]


def names_unless_acting(doc: Doc, *, found: MentionTest, acting: MentionTest) -> frozenset[str]:
    """The cleaned names of the mentions ``found`` picks, less every name ``acting`` picks in any mention.

    ``acting`` is asked only of the mentions whose name ``found`` picked somewhere (#18, scale24): a name no
    mention is found under cannot be taken away, and most articles have none, so the dearer tests of a
    subject or an owner (the entity's root and its head) ran for every entity to no end. Both tests are
    pure functions of the mention, so the answer is the one asking every mention gave
    (``tests/test_scale24_walks.py`` keeps that walk as the oracle).
    """
    cleaned = _cleaned_entities(doc)
    picked = {text for ent, text in cleaned if text and found(ent, text)}
    if not picked:
        return frozenset()
    acts = {text for ent, text in cleaned if text in picked and acting(ent, text)}
    return frozenset(picked - acts)


_CLEANED = "briefgen_unless_acting_cleaned_entities"


def _cleaned_entities(doc: Doc) -> tuple[tuple[Span, str], ...]:
    """Each entity with its cleaned name, read once per doc: four walks of the actor extractor ask them all (#18, scale23)."""
    found = doc.user_data.get(_CLEANED)
    if found is None:
        found = doc.user_data[_CLEANED] = tuple((ent, _clean(ent)[0]) for ent in entities(doc))
    return found
