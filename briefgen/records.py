"""Typed records that flow between the pipeline stages.

ingest -> :class:`Article`; parse -> spaCy ``Doc``; extract -> :class:`Extraction`;
render -> Markdown / JSON of a :class:`Briefing` (= article + extraction).

Every extracted item carries ``start``/``end`` character offsets into
:attr:`Article.text`, the decoded article with line endings normalised to ``\\n``.
That text is what the spaCy ``Doc`` is built from, so ``doc.text == article.text``
and a token's ``idx`` is an article offset. Records are frozen and made only of
JSON types so that an :class:`Extraction` round-trips through the cache
byte-for-byte.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field, fields
from typing import Any, Literal

BlockKind = Literal["headline", "heading", "paragraph"]
ActorKind = Literal["person", "country", "organisation", "group"]


@dataclass(frozen=True, slots=True)
class Block:
    """One line-level unit of an article: the headline, a subheading or a paragraph."""

    kind: BlockKind
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What the article says about itself (front matter, or found in the text)."""

    date: str | None = None
    source: str | None = None
    url: str | None = None
    tags: tuple[str, ...] = ()
    year: int | None = None  # a year-only front-matter date ("date: 2005"): no day, but the year of a dateline without one


@dataclass(frozen=True, slots=True)
class Article:
    """A decoded article: its text, its structure and its metadata.

    ``path`` is the file the article came from, as given; ``name`` its stable
    identifier inside a site (the file stem).
    """

    path: str
    name: str
    title: str
    text: str
    blocks: tuple[Block, ...]
    meta: ArticleMeta = field(default_factory=ArticleMeta)
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()

    def body_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == "paragraph")

    def heading_blocks(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind != "paragraph")


@dataclass(frozen=True, slots=True)
class KeyPoint:
    """A summary point: one verbatim body sentence."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Actor:
    """One real-world actor named in the article.

    ``start``/``end`` are the offsets of its first mention; ``mentions`` counts
    every mention under any alias.
    """

    name: str
    kind: ActorKind
    start: int
    end: int
    mentions: int = 1
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None


@dataclass(frozen=True, slots=True)
class Response:
    """How an actor answered a demand ("Umerov rejected the demands")."""

    by: str | None
    verb: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Demand:
    """Who asked what of whom; offsets are those of the demand's sentence.

    ``by`` is the demander's actor name (a title stripped off), ``by_role``
    the title or role the sentence gives them ("US Secretary of State");
    ``condition`` a condition or an ultimatum's consequence ("or face new
    sanctions"), ``deadline`` a time limit ("within 48 hours").
    """

    by: str | None
    of: str | None
    what: str
    verb: str
    start: int
    end: int
    condition: str | None = None
    response: Response | None = None
    by_role: str | None = None
    deadline: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """A refusal that answers no demand reported in the article ("Blair rejected the Tory offer").

    ``what`` is the object turned down, verbatim; ``of`` whose proposal it was,
    when the article says; ``condition`` what would lift the refusal ("until
    their demands are met"); ``by_role`` the refuser's title in the sentence.
    Offsets are those of the sentence.
    """

    by: str | None
    of: str | None
    what: str | None
    verb: str
    start: int
    end: int
    condition: str | None = None
    by_role: str | None = None


@dataclass(frozen=True, slots=True)
class SpeakerActor:
    """The named actor a speaker given by role stands for: canonical name and the offsets of the name's mention.

    "“…,” said the Lions coach" after "British and Irish Lions coach Clive
    Woodward": the quote's ``speaker`` stays "the Lions coach" as written
    (what quote gold such as PolNeAR's keeps), and this says who that is, for
    the briefing to show and link.
    """

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation.

    ``start``/``end`` delimit the quoted words (marks excluded), so
    ``article.text[start:end] == text`` for a quote within one paragraph; a
    quote that runs over paragraphs keeps the paragraphs' text between its
    first and last word. ``sentence_start``/``sentence_end`` delimit the
    sentence(s) the quote stands in. ``according_to`` is a source the article
    cites for the quote, which is not its speaker. ``speaker_actor`` is the
    named person or body a speaker given by role only ("the Tory leader",
    "the firm") stands for, when the article tied that role to exactly one
    named person, or exactly one named body, before.
    """

    text: str
    speaker: str | None
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    cue: str | None = None
    according_to: str | None = None
    speaker_actor: SpeakerActor | None = None


OutlookKind = Literal["plan", "scheduled", "expected", "warning", "open question"]


@dataclass(frozen=True, slots=True)
class OutlookHolder:
    """The actor whose view an outlook item is: canonical name, and where the sentence names them."""

    name: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class OutlookTime:
    """The time an outlook item is for, verbatim ("next week", "by 2015"), with its offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class OutlookItem:
    """A forward-looking sentence, verbatim, with what kind of outlook it is.

    ``kind`` is how a reader sorts outlook: "plan", "scheduled", "expected"
    (forecasts), "warning" (possibilities and conditions) or "open question".
    ``holder`` is the actor whose view it is, where the sentence names one
    ("GM said it would …"), and ``when`` the time it is for ("next week",
    "by 2015"); records of their own, like a demand's response, so every
    offset in a briefing is an int.
    """

    text: str
    start: int
    end: int
    kind: OutlookKind = "expected"
    holder: OutlookHolder | None = None
    when: OutlookTime | None = None


FactKind = Literal["date", "duration", "place", "figure"]


@dataclass(frozen=True, slots=True)
class Fact:
    """A key fact stated in the article: a date, a duration, a place or a figure, verbatim."""

    kind: FactKind
    text: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything the extractors found in one article."""

    summary: tuple[KeyPoint, ...] = ()
    actors: tuple[Actor, ...] = ()
    demands: tuple[Demand, ...] = ()
    quotes: tuple[Quote, ...] = ()
    outlook: tuple[OutlookItem, ...] = ()
    facts: tuple[Fact, ...] = ()
    rejections: tuple[Rejection, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        """Each section as a list of plain dicts, equal to ``dataclasses.asdict`` of each item (see :func:`record_dict`)."""
        return {name: [record_dict(item) for item in getattr(self, name)] for name in _field_names(Extraction)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild from :meth:`to_dict` output; raises ``TypeError``/``KeyError`` on foreign data."""

        def demand(d: dict[str, Any]) -> Demand:
            d = dict(d)
            response = d.pop("response")
            return Demand(**d, response=Response(**response) if response else None)

        def outlook(d: dict[str, Any]) -> OutlookItem:
            d = dict(d)
            holder, when = d.pop("holder", None), d.pop("when", None)
            return OutlookItem(
                **d,
                holder=OutlookHolder(**holder) if holder else None,
                when=OutlookTime(**when) if when else None,
            )

        def quote(d: dict[str, Any]) -> Quote:
            d = dict(d)
            speaker_actor = d.pop("speaker_actor", None)
            return Quote(**d, speaker_actor=SpeakerActor(**speaker_actor) if speaker_actor else None)

        def actor(d: dict[str, Any]) -> Actor:
            d = dict(d)
            return Actor(**{**d, "aliases": tuple(d["aliases"]), "roles": tuple(d["roles"])})

        return cls(
            summary=tuple(KeyPoint(**d) for d in data["summary"]),
            actors=tuple(actor(d) for d in data["actors"]),
            demands=tuple(demand(d) for d in data["demands"]),
            quotes=tuple(quote(d) for d in data["quotes"]),
            outlook=tuple(outlook(d) for d in data["outlook"]),
            facts=tuple(Fact(**d) for d in data.get("facts", ())),
            rejections=tuple(Rejection(**d) for d in data.get("rejections", ())),
        )


@functools.cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(cls))


_SCALARS = frozenset({str, int, float, bool, type(None)})


def record_dict(record: Any) -> dict[str, Any]:
    """A record as a dict, equal to what ``dataclasses.asdict`` gives, at a fraction of its cost.

    Records hold only JSON scalars, tuples of them and other records, so no
    value needs the deep copy ``asdict`` makes of each, and the field names
    are looked up once per class. Every cache entry and every briefing's JSON
    goes through here: in a cProfile of a cold 300-article build ``asdict``
    took 3.1 of the 45 CPU seconds spent beyond the parse (#18).
    """
    return {name: _plain(getattr(record, name)) for name in _field_names(type(record))}


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    if hasattr(kind, "__dataclass_fields__"):
        return record_dict(value)
    if kind is tuple or kind is list:
        return kind(_plain(item) for item in value)
    if kind is dict:
        return {_plain(k): _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True, slots=True)
class Briefing:
    """An article together with what was extracted from it: what gets rendered."""

    article: Article
    extraction: Extraction

    @property
    def title(self) -> str:
        return self.article.title

    def to_json_dict(self) -> dict[str, Any]:
        """The public JSON shape (see ``briefing.schema.json``)."""
        meta = self.article.meta
        return {
            "title": self.article.title,
            "name": self.article.name,
            "date": meta.date,
            "source": meta.source,
            "url": meta.url,
            "tags": list(meta.tags),
            **self.extraction.to_dict(),
        }


@dataclass(frozen=True, slots=True)
class Settings:
    """Options that change what is extracted (and so are part of the cache key)."""

    summary_sentences: int = 5
    model: str | None = None


@dataclass(frozen=True, slots=True)
class BriefingDate:
    """When a briefing's article was published, and where that was read from.

    ``partial`` is a day the dateline names without a year ("LONDON, Feb 9
    (Reuters) -"), as ISO 8601 writes a day of no stated year: ``"--02-09"``.
    It is shown, never ordered: ``date`` stays ``None``, so the timeline, the
    feed and story threads treat the briefing as undated (see
    :mod:`briefgen.ingest.dates`).
    """

    date: str | None  # ISO YYYY-MM-DD
    source: str | None  # "front matter", "file name", "dateline", "dateline, year from the front matter", "dateline, year from the path" or None
    partial: str | None = None  # "--MM-DD" when only the day is known

    @property
    def month(self) -> str | None:
        return self.date[:7] if self.date else None

    @property
    def partial_text(self) -> str | None:
        """The partial day for people: "9 February"."""
        if not self.partial:
            return None
        month, day = int(self.partial[2:4]), int(self.partial[5:7])
        return f"{day} {_MONTH_NAMES[month - 1]}"


_MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
