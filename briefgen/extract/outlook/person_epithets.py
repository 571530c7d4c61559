"""The named person an outlook holder given by an epithet stands for: "the 40-year-old comic", "the 27-year-old".

Reports name a person once and then refer back by age, nationality or trade: "Jonathan Ross … The 40-year-old comic
has already promised not to swear live on air". Outlook showed such a holder as the bare epithet
("*(40-year-old comic)*"): on the BBC corpus 15 holders in 15 articles were an age epithet alone (lead's reading of
``Random(9999)``). The Quotes section answers the same question for an epithet speaker
(:func:`..quotes.epithets.described_person_actor`: the person the main subjects of the sentences before are about,
followed back through other epithets and "he"/"she", stopped by anything else); a holder takes the same answer and
keeps the offsets of its own words. An office or a trade alone ("the prime minister", "the singer") is not an
epithet of that walk: it picks out its holder, which :mod:`.body_holders` reads by the role index.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from spacy.tokens import Doc, Span, Token

from ..docview import KindOf, Resolver
from ..quotes.context import Context
from ..quotes.epithets import described_person_actor
from ..quotes.gender import Gender
from ..quotes.office_epithets import office_holder_actor
from ..quotes.roles import RoleIndex
from ..quotes.speakers import entity_at, genders_of, surnames_of_people


@dataclass(frozen=True, slots=True)
class _WalkContext:
    """What the epithet walk reads of a quotes :class:`~..quotes.context.Context`, built from the outlook's own view.

    The walk asks only for the entity map, the surnames and genders of the article's people, the actor table's kinds
    and whether a token is quoted; the full context would find the quotation runs again for nothing.
    """

    entities: dict[int, Span]
    surnames: frozenset[str]
    genders: dict[str, Gender]
    kind_of: KindOf
    quoted: Callable[[Token], bool]
    roles: RoleIndex


def epithet_walk_context(doc: Doc, *, kind_of: KindOf, quoted: Callable[[Token], bool], roles: RoleIndex) -> Context:
    """A context for :func:`..quotes.epithets.described_person_actor` over ``doc`` (read once per article)."""
    ents = entity_at(doc)
    walk = _WalkContext(
        entities=ents,
        surnames=surnames_of_people(doc, entities=ents, quoted=quoted),
        genders=genders_of(doc, entities=ents, quoted=quoted),
        kind_of=kind_of,
        quoted=quoted,
        roles=roles,
    )
    return cast(Context, walk)


def person_for_epithet(head: Token, *, context: Context, resolve: Resolver) -> str | None:
    """The actor's name of the person a bare epithet ("the 27-year-old") or an office the article gives no name ("the
    chancellor" for a bare-named Gordon Brown; :mod:`..quotes.office_epithets`) refers back to, or ``None``."""
    start = head.left_edge.i
    if head.dep_ == "appos" or (start >= 2 and head.doc[start - 1].text == "," and head.doc[start - 2].ent_type_ == "PERSON"):
        return None  # "Mirza, the first Indian woman to win …, will now face": the name beside it is the holder
    if any(c.dep_ in ("prep", "acl") and c.i > head.i for c in head.children):
        return None  # "The winner of that match will face …": a phrase after the head says which one, no one named
    mention = head.doc[head.left_edge.i : head.i + 1]
    speaker = mention.text.strip()
    actor = described_person_actor(mention, speaker, context, resolve) or office_holder_actor(mention, speaker, context, resolve)
    return actor.name if actor is not None else None
