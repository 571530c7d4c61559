"""Royal titles named by their place: "the Duke of Edinburgh", "the Prince of Wales", "HRH Duchess of Cornwall".

A royal duke's or prince's title is a rank, "of" and the place the title is taken from, with no name between
(a peer's "Lord Roberts of Conwy" has one, and is :mod:`.peerages`'). The whole title is one person's name and the
place is no actor. The tagger cuts such a title at its "of" or types it a body: "The Queen and Duke of Edinburgh
said" listed a person "Duke" and dropped the Duke of Edinburgh, "the Prince of Wales" was an organisation in two
articles, "HRH Duchess of Cornwall" an organisation, and the place of a title written after a name ("Diana,
princess of Wales") was listed as the country Wales (#15, actors31 held-out read, politics/104; BBC: 5 such rows in
3 articles).

The construction says what each word is: the title is a person where the tagger saw a name on its rank, and the
place is part of the title wherever it stands. A title whose place is no place ("Prince of Persia", "Prince of
Thieves": a game and a film), or whose place runs on into another capitalised word ("the Princess of Wales
Theatre"), is left alone, and so is a rank the tagger read as part of a thing's title.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..docview import tokens_where
from .gazetteer import country_form, is_place
from .mentions import _Mention

#: Ranks a royal title is made of, with no name between the rank and "of" (the peers' ranks are :mod:`.peerages`').
ROYAL_RANKS = frozenset({"duke", "duchess", "prince", "princess"})

#: How many capitalised words the place of a royal title may have ("of Edinburgh", "of the United Kingdom" aside).
_MAX_SEAT_WORDS = 2

#: Labels of a rank that say it opens a thing's title, not a person's ("Prince of Persia", a game).
_THING_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT"})


@dataclass(frozen=True, slots=True)
class RoyalTitle:
    """One "<rank> of <place>": token offsets of the rank and of the place (start, end), and whether the rank is
    capitalised (a name: "the Duke of Edinburgh") or not (a title after a name: "Diana, princess of Wales")."""

    rank: int
    seat_start: int
    seat_end: int
    capitalised: bool


def royal_titles(doc: Doc) -> list[RoyalTitle]:
    """Every "<rank> of <Place>" of the doc, in order: a rank of :data:`ROYAL_RANKS`, "of", one or two capitalised
    words that the gazetteer knows as a place or a country, and no capitalised word after them."""
    found = []
    for rank in tokens_where(doc, lowers=ROYAL_RANKS):
        if rank.lower_ not in ROYAL_RANKS or rank.ent_type_ in _THING_LABELS:
            continue
        if rank.i + 2 >= len(doc) or doc[rank.i + 1].text != "of":
            continue
        start = end = rank.i + 2
        while end < len(doc) and end - start < _MAX_SEAT_WORDS and doc[end].is_title and doc[end].is_alpha and doc[end].lower_ != "the":
            end += 1
        if end == start or (end < len(doc) and doc[end].is_title and doc[end].is_alpha):
            continue  # "Prince of the …", "the Princess of Wales Theatre": no place, or a longer name
        seat = doc[start:end].text
        if not (is_place(seat) or country_form(seat) is not None):
            continue  # "Prince of Persia", "Prince of Thieves": a game's or a film's title
        found.append(RoyalTitle(rank.i, start, end, rank.is_title))
    return found


def with_royal_titles(doc: Doc, mentions: list[_Mention], titles: list[RoyalTitle]) -> list[_Mention]:
    """The mentions with each royal title a person where the tagger saw a name on its rank, and no place of a title.

    A mention inside a title's place goes ("Wales" of "princess of Wales"); mentions over a capitalised rank
    ("Duke", "Prince of Wales" read as a body, "HRH Duchess of Cornwall") give way to one person's mention of the
    whole title, from its rank to its place. A title no mention touches on its rank adds nothing.
    """
    seats = [range(t.seat_start, t.seat_end) for t in titles]
    named = [t for t in titles if t.capitalised and any(m.span.start <= t.rank < m.span.end for m in mentions)]
    covered = [range(t.rank, t.seat_end) for t in named]
    kept = [
        m
        for m in mentions
        if not any(m.span.start in seat and m.span.end - 1 in seat for seat in seats)
        and not any(set(range(m.span.start, m.span.end)) & set(title) for title in covered)
    ]
    for t in named:
        span = Span(doc, t.rank, t.seat_end, label="PERSON")
        kept.append(_Mention(span, "PERSON", span.text))
    return kept
