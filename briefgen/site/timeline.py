"""Dates, chronological order, month archives and story threads of briefings.

A briefing's date is its front matter date, else a ``YYYY-MM-DD`` prefix of its
file name (the convention static site generators use), else a full date in the
article's dateline ("KYIV, June 10, 2025 —", "Published: 9 February 2005"),
else none: undated briefings go last and say so. A dateline without a year
("LONDON, Feb 9 (Reuters) -") gives no date: the year would be a guess.
Everything here is linear in the number of briefings, so the site can grow
to thousands of them: story threads are found through an index of the last
briefing seen for each pair of main actors, never by comparing every
briefing with every other.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations
from pathlib import PurePath
from typing import TypeVar

from ..records import Briefing, BriefingDate

T = TypeVar("T")

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>\d\d)-(?P<day>\d\d)\b"),
    re.compile(_MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE),
)
#: How far into the article a dateline may reach: the first lines, not the body's history.
DATELINE_CHARS = 160


def find_dateline_date(text: str) -> str | None:
    """The first full calendar date (with a year) in ``text``, as ISO; ``None`` without one."""
    found: list[tuple[int, str]] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            month = int(groups["mnum"]) if groups.get("mnum") else MONTHS[groups["month"].lower()]
            try:
                day = _dt.date(int(groups["year"]), month, int(groups["day"]))
            except ValueError:
                continue
            found.append((m.start(), day.isoformat()))
            break
    return min(found)[1] if found else None


_FILE_NAME_DATE = re.compile(r"(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d)(?:[-_ .]|$)")


def file_name_date(path: str) -> str | None:
    """The ``YYYY-MM-DD`` a file name starts with ("2025-06-02-talks.txt"), if it is a real calendar day."""
    m = _FILE_NAME_DATE.match(PurePath(path).name)
    if m is None:
        return None
    try:
        return _dt.date(int(m["year"]), int(m["mnum"]), int(m["day"])).isoformat()
    except ValueError:
        return None


def briefing_date(briefing: Briefing) -> BriefingDate:
    """Front matter date, else the file name's date prefix, else a date in the dateline (the first lines), else none."""
    article = briefing.article
    if article.meta.date:
        return BriefingDate(article.meta.date, "front matter")
    named = file_name_date(article.path)
    if named:
        return BriefingDate(named, "file name")
    for block in article.blocks[:3]:
        if block.kind == "headline":
            continue
        date = find_dateline_date(article.text[block.start : min(block.end, block.start + DATELINE_CHARS)])
        if date:
            return BriefingDate(date, "dateline")
        if block.kind == "paragraph":
            break  # only the first paragraph (and a byline before it) can be a dateline
    return BriefingDate(None, None)


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
