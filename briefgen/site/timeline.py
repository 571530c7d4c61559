"""Dates, chronological order, month archives and story threads of briefings.

A briefing's date is read by :mod:`briefgen.ingest.dates` (front matter, file
name, dateline; a dateline without a year takes the year of the file's path or
stays a partial day, which orders as undated): undated briefings go last and
say so. Everything here is linear in the number of briefings, so the site can grow
to thousands of them: story threads are found through an index of the last
briefing seen for each pair of main actors, never by comparing every
briefing with every other.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from typing import TypeVar

from ..ingest.dates import article_date, find_dateline_date
from ..records import Briefing, BriefingDate

T = TypeVar("T")

__all__ = ["briefing_date", "checked_date", "chronological", "find_dateline_date", "group_by_month", "paginate", "story_threads"]


def briefing_date(briefing: Briefing) -> BriefingDate:
    """The briefing's publication date: see :func:`briefgen.ingest.dates.article_date` for the order."""
    return article_date(briefing.article)


#: A date more than this far past the build's date is taken for a mistake
#: (``9999-12-31``, a year typed wrong), not a publication date. The margin
#: leaves room for time zones and articles dated for the next morning.
FUTURE_MARGIN = _dt.timedelta(days=2)


def checked_date(briefing: Briefing, *, today: _dt.date | None) -> tuple[BriefingDate, str | None]:
    """:func:`briefing_date`, with a date in the future refused: ``(date, note)``.

    A future date would put its briefing first in the timeline and the feed
    for years and stamp the feed's ``updated``, so it is ignored (the
    briefing is listed as undated) and a note says why. ``today`` comes from
    the caller (the build's date); ``None`` skips the check.
    """
    found = briefing_date(briefing)
    if today is None or found.date is None or found.date <= (today + FUTURE_MARGIN).isoformat():
        return found, None
    note = f"date {found.date} ({found.source}) is in the future (the build ran on {today.isoformat()}); listed as undated"
    return BriefingDate(None, None), note


def chronological(briefings: Sequence[Briefing], dates: dict[str, BriefingDate]) -> list[Briefing]:
    """Newest first; undated at the end; ties by title then page name (stable, deterministic)."""
    by_title = sorted(briefings, key=lambda b: (b.article.title, b.article.name))
    dated = [b for b in by_title if dates[b.article.name].date]
    undated = [b for b in by_title if not dates[b.article.name].date]
    return sorted(dated, key=lambda b: dates[b.article.name].date, reverse=True) + undated  # type: ignore[arg-type,return-value]


def paginate(items: Sequence[T], *, per_page: int) -> list[list[T]]:
    """Items cut into pages of ``per_page``; always at least one (possibly empty) page."""
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    pages = [list(items[i : i + per_page]) for i in range(0, len(items), per_page)]
    return pages or [[]]


def group_by_month(ordered: Iterable[Briefing], dates: dict[str, BriefingDate]) -> dict[str | None, list[Briefing]]:
    """Month ("YYYY-MM", or ``None`` for undated) -> briefings, in the order given."""
    months: dict[str | None, list[Briefing]] = {}
    for b in ordered:
        months.setdefault(dates[b.article.name].month, []).append(b)
    return months


@dataclass(frozen=True, slots=True)
class Thread:
    """The neighbours of a briefing in its story: earlier and later briefings sharing its main actors."""

    previous: Briefing | None
    next: Briefing | None


def story_threads(
    oldest_first: Sequence[Briefing], main_actors: Callable[[Briefing], Sequence[str]]
) -> dict[str, Thread]:
    """For each briefing, the nearest earlier and later briefing that shares its main actors.

    Two briefings share a story when two of their main actors are the same
    (one, when a briefing has a single main actor): "Russia" alone would join
    every story about Russia, "Russia" and "Ukraine" together make a thread.
    ``oldest_first`` is the timeline read backwards, so undated briefings,
    last in the timeline, come first in a story. Linear: each briefing looks
    up at most a handful of actor pairs.
    """

    def keys(b: Briefing) -> list[frozenset[str]]:
        names = list(dict.fromkeys(main_actors(b)))
        if len(names) == 1:
            return [frozenset(names)]
        return [frozenset(pair) for pair in combinations(names, 2)]

    def nearest(sequence: Sequence[Briefing]) -> dict[str, Briefing | None]:
        last_seen: dict[frozenset[str], int] = {}
        found: dict[str, Briefing | None] = {}
        for i, b in enumerate(sequence):
            hits = [last_seen[k] for k in keys(b) if k in last_seen]
            found[b.article.name] = sequence[max(hits)] if hits else None
            for k in keys(b):
                last_seen[k] = i
        return found

    previous = nearest(oldest_first)
    following = nearest(list(reversed(oldest_first)))
    return {b.article.name: Thread(previous[b.article.name], following[b.article.name]) for b in oldest_first}
