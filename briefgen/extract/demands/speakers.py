"""Who says "I" and "we" inside a quotation: the view of the quotes the demands extractor needs.

"We will not accept a settlement that fuels inflation," she told reporters — the
refuser is the quotation's speaker, not "Someone". The quotes extractor already
knows the speaker; the demands extractor only needs, per quotation, its character
span and the resolved speaker (and, for "we", the organisation the speaker speaks
for). :func:`quoted_speakers` builds that small frozen view from the public
:class:`~briefgen.records.Quote` and :class:`~briefgen.records.Actor` records, so
that the two extractors share records, not each other's internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ...records import Actor, Quote
from ..lexicon import ACTOR_NOUNS

#: First-person words that speak for a group ("we demand"); "I", "me" speak for the speaker alone.
PLURAL_FIRST_PERSON: frozenset[str] = frozenset({"we", "us", "ourselves", "our"})


@dataclass(frozen=True, slots=True)
class QuotedSpeaker:
    """One attributed quotation: its text's character span and who speaks it.

    ``organisation`` is the organisation the speaker's title or apposition names
    ("Mike Hobday, of the League Against Cruel Sports"), which a "we" in the
    quotation stands for; None where the article names none.
    """

    start: int
    end: int
    speaker: str
    organisation: str | None = None

    def first_person(self, word: str) -> str:
        """Whom a first-person word in this quotation names: "we" the organisation, else the speaker."""
        if word.lower() in PLURAL_FIRST_PERSON and self.organisation:
            return self.organisation
        return self.speaker


def quoted_speakers(quotes: Iterable[Quote], actors: Iterable[Actor]) -> tuple[QuotedSpeaker, ...]:
    """The attributed quotations, each with its speaker's organisation where the article names one.

    Only an organisation counts as what "we" stands for: a person's country
    (a minister's affiliation "United Kingdom") would turn a footballer's "we"
    into his country. A speaker that is neither an actor of the article nor a
    word for people or institutions ("a spokesman", "police") — "… justice," a
    banner read — speaks for nobody who can demand.
    """
    by_name = {actor.name: actor for actor in actors}
    organisations = [actor.name for actor in by_name.values() if actor.kind == "organisation"]
    views = []
    for quote in quotes:
        if not quote.speaker:
            continue
        actor = by_name.get(quote.speaker)
        if actor is None and quote.speaker.split()[-1].lower() not in ACTOR_NOUNS:
            continue
        speaker = quote.speaker if actor is not None else _without_article(quote.speaker)
        views.append(QuotedSpeaker(quote.start, quote.end, speaker, _organisation_of(actor, organisations)))
    return tuple(views)


def _organisation_of(actor: Actor | None, organisations: list[str]) -> str | None:
    """The organisation a person speaks for: the affiliation, or one named in a title
    ("JSA Research analyst Paul Nesbit")."""
    if actor is None or actor.kind != "person":
        return None
    if actor.affiliation in organisations:
        return actor.affiliation
    for role in actor.roles:
        words = role.split()
        for name in organisations:
            size = len(name.split())
            if any(words[i : i + size] == name.split() for i in range(len(words) - size + 1)):
                return name
    return None


def _without_article(phrase: str) -> str:
    """"a union spokesman" -> "union spokesman": demanders are named without an article elsewhere too."""
    first, _, rest = phrase.partition(" ")
    return rest if rest and first.lower() in {"a", "an", "the"} else phrase


def speaker_at(speakers: Iterable[QuotedSpeaker], offset: int) -> QuotedSpeaker | None:
    """The quotation whose text holds character ``offset``, if any."""
    return next((s for s in speakers if s.start <= offset < s.end), None)
