"""Peers named with their territorial designation: "Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon".

A peer's title is a rank, the peer's name and, for a life peer, "of" and the place the title is taken from. The
place is part of the title, no actor: "Lord Roberts of Conwy" listed "Conwy" as an organisation and "Baron Kinnock
of Bedwellty" listed "Bedwellty". And the tagger often leaves the peer untagged after the rank, or tags the rank
with the word before it: "Lord Nicholls of Birkenhead, in his ruling, said" (two articles) and "Lord Walker of
Gestingthorpe" gave no actor, "Tory Lord Campbell of Alloway" gave a person "Tory Lord" (#15, actors18 held-out
read, politics/177; BBC: 14 such titles in 12 articles). The construction says what each word is, so the peer is a
person and the place no actor, whatever the tagger read.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..docview import HeadingIndex, tokens_where
from ..lexicon import ACTOR_NOUNS
from .mentions import _Mention
from .names import is_common_noun
from .words import PEER_RANKS

#: How many capitalised words the place of a territorial designation may have ("of Bishop's Stortford" aside).
_MAX_SEAT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Peerage:
    """One "<rank> <name> of <place>": token offsets of the rank, the name (start, end) and the place (start, end)."""

    rank: int
    name_start: int
    name_end: int
    seat_start: int
    seat_end: int


def peerages(doc: Doc) -> list[Peerage]:
    """Every "<rank> <Name> of <Place>" of the doc, in order.

    The rank is capitalised ("Lord", "Baroness"); the name is one
    capitalised word (a double-barrelled one with its hyphen) that is no
    noun of an office or of any other common thing WordNet knows ("Lord
    Mayor of London", "Lord Chancellor", "Lord Provost of Glasgow" are
    offices, not peers); then "of" and one to three capitalised words, the
    place.
    """
    found = []
    for rank in tokens_where(doc, lowers=PEER_RANKS):
        if not rank.is_title or rank.lower_ not in PEER_RANKS:
            continue
        start = end = rank.i + 1
        if end < len(doc) and _name_word(doc[end].text):
            end += 1
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title:
                end += 2  # "Lord Lloyd-Webber of Sydmonton"
        if end == start or end >= len(doc) or doc[end].text != "of":
            continue
        seat_start = seat_end = end + 1
        while seat_end < len(doc) and seat_end - seat_start < _MAX_SEAT_WORDS and doc[seat_end].is_title and doc[seat_end].is_alpha:
            seat_end += 1
        if seat_end == seat_start or doc[seat_start].lower_ == "the":
            continue  # "Lord of the Rings": no name, no place
        found.append(Peerage(rank.i, start, end, seat_start, seat_end))
    return found


#: Labels of a name after a rank that say it is a thing's title, not a peer's ("Lady Chatterley's Lover").
_THING_LABELS = frozenset({"WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "FAC"})


def peers_without_seat(doc: Doc) -> list[Peerage]:
    """Every "<rank> <Name>" of the doc with no "of <place>" after it, in order, as a :class:`Peerage` whose seat is
    empty: "Lord Rennard told reporters", "Lord Browne said", "Baroness Morgan".

    The tagger leaves many peers untagged after the rank, and a bare title gave no actor at all: 7 peers in 7 BBC
    articles, "Lord Browne" of BP in five sentences of one, "Lord Winston", "Lord Haskins", "Lord Carlile",
    "Lord Sainsbury", and 4 peers listed lost a mention (#15, actors20 held-out read, politics/417's "Lord Rennard
    told reporters"). The name word
    is tested as for a territorial title (:func:`_name_word`): "Lord Chancellor", "Lord Chief Justice", "Lady
    Luck" are an office or a common thing; a function word ("Lord Of the Rings") is no name; a name the tagger
    read as a work or an event is left to it.
    """
    found = []
    for rank in tokens_where(doc, lowers=PEER_RANKS):
        end = rank.i + 1
        if not rank.is_title or rank.lower_ not in PEER_RANKS or end >= len(doc) or rank.ent_type_ in _THING_LABELS:
            continue
        name = doc[end]
        if name.is_stop or name.ent_type_ in _THING_LABELS or not _name_word(name.text):
            continue
        end += 1
        if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_ and doc[end + 1].is_title:
            end += 2  # "Lord Lloyd-Webber"
        if end < len(doc) and (doc[end].text == "of" or (doc[end].is_title and doc[end].is_alpha and not doc[end].is_sent_start)):
            continue  # "Lord Nicholls of Birkenhead" is :func:`peerages`'; "Lord Justice May", "Lady Sarah Ferguson": not one name word
        found.append(Peerage(rank.i, rank.i + 1, end, end, end))
    return found


def _name_word(text: str) -> bool:
    """A word that can be a peer's name: capitalised, letters only, no noun of an office or a thing ("Mayor")."""
    if not (text[:1].isupper() and text.isalpha() and not text.isupper()):
        return False
    lower = text.lower()
    return lower not in ACTOR_NOUNS and not is_common_noun(text, lower)


def with_peers(doc: Doc, mentions: list[_Mention], peers: list[Peerage], in_heading: HeadingIndex) -> list[_Mention]:
    """The mentions with each peer a person and no place of a peer's title.

    A mention inside a title's place goes ("Conwy"), and so does one that
    holds the rank but not the name ("Tory Lord"); a mention of the name
    the tagger gave another label is the person's ("Lord Walker" read as a
    body); a name no mention covers becomes a person's mention, its rank
    the honorific ("Lord Nicholls", as "Mr Prater" is found untagged).
    """
    seats = [range(p.seat_start, p.seat_end) for p in peers]
    ranks = {p.rank: p for p in peers}
    kept = []
    for m in mentions:
        if any(m.span.start in seat and m.span.end - 1 in seat for seat in seats):
            continue  # "Conwy" of "Lord Roberts of Conwy": part of the title
        peer = next((ranks[i] for i in range(m.span.start, m.span.end) if i in ranks), None)
        if peer is not None and not m.span.start <= peer.name_start < m.span.end:
            continue  # "Tory Lord": the rank and a word before it, no name
        if peer is None:
            peer = next((p for p in peers if m.span.start <= p.name_start < m.span.end), None)
        if peer is not None and m.label != "PERSON":
            m = _Mention(Span(doc, m.span.start, m.span.end, label="PERSON"), "PERSON", m.text, m.honorific)
        kept.append(m)
    for peer in peers:
        if any(m.span.start <= peer.name_start < m.span.end for m in kept):
            continue
        span = Span(doc, peer.name_start, peer.name_end, label="PERSON")
        if not in_heading.overlaps(span):
            kept.append(_Mention(span, "PERSON", span.text, doc[peer.rank].text))
    return kept


def seat_of_a_peer(span: Span) -> bool:
    """Whether a span is the place of a peer's title ("Conwy" of "Lord Roberts of Conwy"): where the peer's title
    comes from, not where anything in the story happens, so no place for the key facts either."""
    doc, start = span.doc, span.start
    return any(p.seat_start <= start and span.end <= p.seat_end for p in peerages(doc)) if start >= 3 and doc[start - 1].text == "of" else False
