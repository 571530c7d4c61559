"""The home page's "What's next": outlook items whose time lies ahead, soonest first.

An outlook item's ``when`` is the time it is for, already read in a future
frame by the outlook extractor (a future time phrase, or a date in the
cue's clause that is not past: "talks resume *on Monday*", "the law comes
into force *in April*"); a date elsewhere in the sentence ("said on Monday
that …") is not used. This module places that phrase on the calendar,
counting from the briefing's own date — "next week" in an article of
9 February 2005 is the week of 14 February — and keeps an item only when
its time is on or after the briefing's date *and* not over by the site's
newest briefing date, the home page's "now" (the same seeds give the same
home page whenever they are built; the clock is never read).

Without a briefing date (undated, or a dateline day without a year) only a
time that names its own year can be placed. When the site has no dated
briefing at all, there is no "now": items with a relative future time
("next week", "soon") are listed unplaced, in the order of the briefings,
after any placed ones. A phrase that cannot be placed ("in the coming
months", "soon") in a dated briefing counts as the 30 days from that date.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from ..ingest.dates import MONTHS
from ..records import Briefing, BriefingDate, OutlookItem


@dataclass(frozen=True, slots=True)
class When:
    """A time phrase on the calendar: its first and last day, and how it reads ("2005-03-03", "March 2005")."""

    first: _dt.date
    last: _dt.date
    label: str


@dataclass(frozen=True, slots=True)
class Upcoming:
    """An outlook item of a briefing, with where it falls (``None``: ahead, but not placeable)."""

    briefing: Briefing
    item: OutlookItem
    when: When | None


_WEEKDAYS = {name: i for i, names in enumerate(
    [("monday", "mon"), ("tuesday", "tue", "tues"), ("wednesday", "wed"), ("thursday", "thu", "thur", "thurs"),
     ("friday", "fri"), ("saturday", "sat"), ("sunday", "sun")]) for name in names}
_NUMBERS = {w: n for n, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}
#: How long a time that cannot be placed ("soon", "in the coming months") counts as ahead of the day it was said.
VAGUE_AHEAD = _dt.timedelta(days=30)
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
_SEASONS = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
#: Words in front of a time that do not move it: "by", "from", "on", "the", "early", …
_LEADING = re.compile(
    r"^(?:(?:by|from|on|in|at|until|till|before|after|within|during|starting|through|over|for|"
    r"the|a|as\s+early\s+as|as\s+soon\s+as|sometime|some\s+time|early|late|mid|middle|end|start|beginning|of|this\s+coming)\b[\s-]*)+",
    re.IGNORECASE,
)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_YEAR = r"(?:19|20)\d\d"


def _day(year: int, month: int, day: int) -> _dt.date | None:
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


def _month_span(year: int, month: int) -> tuple[_dt.date, _dt.date]:
    return _dt.date(year, month, 1), _dt.date(year, month, calendar.monthrange(year, month)[1])


def place_time(text: str, *, on: _dt.date | None) -> When | None:
    """The calendar span of a future time phrase said on day ``on`` ("next week", "on June 17", "by 2015").

    ``None`` when the phrase names no placeable time ("soon", "in the coming
    months") or needs a day to count from and ``on`` is ``None``. A day or
    month without a year is the next one on or after ``on`` (the phrase is
    already known to look ahead).
    """
    phrase = " ".join(text.lower().replace("’", "'").split()).rstrip(".,;")
    ends = bool(re.search(r"\bend\b", phrase))
    phrase = _LEADING.sub("", phrase).strip()
    # a full date, or a month and day, or a month (and year), or a year
    m = re.fullmatch(rf"(?:(?P<wd>\w+),?\s+)?(?P<mon>{_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>{_YEAR}))?", phrase) or re.fullmatch(
        rf"(?:(?P<wd>\w+),?\s+)?(?:the\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{_MONTH_NAMES})\.?(?:,?\s+(?P<y>{_YEAR}))?", phrase
    )
    if m:
        month, number = MONTHS[m["mon"]], int(m["d"])
        if m["y"]:
            day = _day(int(m["y"]), month, number)
        elif on is not None:
            day = _day(on.year, month, number)
            if day is not None and day < on:
                day = _day(on.year + 1, month, number)
        else:
            return None
        return When(day, day, day.isoformat()) if day else None
    m = re.fullmatch(rf"(?P<mon>{_MONTH_NAMES})\.?(?:,?\s+(?P<y>{_YEAR}))?", phrase) or re.fullmatch(
        rf"(?:(?P<rel>this|next)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:\s+(?P<y>{_YEAR}))?", phrase
    )
    if m:
        month = MONTHS[m["mon"]] if m.groupdict().get("mon") else _SEASONS[m["season"]]
        if m["y"]:
            year = int(m["y"])
        elif on is None:
            return None
        else:
            year = on.year if month >= on.month or (m.groupdict().get("season") and month + 2 >= on.month) else on.year + 1
            if m.groupdict().get("rel") == "next" and _dt.date(year, month, 1) <= on:
                year += 1
        first, last = _month_span(year, month)
        if m.groupdict().get("season"):
            last = _month_span(year + (month + 2 > 12), (month + 2 - 1) % 12 + 1)[1]
            return When(first, last, f"{m['season']} {year}")
        return When(first, last, f"{calendar.month_name[month]} {year}")
    m = re.fullmatch(rf"(?P<y>{_YEAR})", phrase)
    if m:
        year = int(m["y"])
        return When(_dt.date(year, 12, 31) if ends else _dt.date(year, 1, 1), _dt.date(year, 12, 31), str(year))
    if on is None:
        return None
    # times counted from the day it was said
    if phrase in ("today", "tonight", "this morning", "this afternoon", "this evening", "later today"):
        return When(on, on, on.isoformat())
    if phrase in ("tomorrow", "tomorrow morning", "tomorrow afternoon", "tomorrow night", "tomorrow evening"):
        day = on + _dt.timedelta(days=1)
        return When(day, day, day.isoformat())
    m = re.fullmatch(r"(?:(?:this|next|coming)\s+)?(?P<wd>\w+?)(?:\s+(?:morning|afternoon|evening|night))?", phrase)
    if m and m["wd"] in _WEEKDAYS:
        ahead = (_WEEKDAYS[m["wd"]] - on.weekday()) % 7 or 7
        day = on + _dt.timedelta(days=ahead)
        return When(day, day, day.isoformat())
    m = re.fullmatch(r"(?:later\s+)?(?P<rel>this|next|the\s+next|the\s+following|the\s+coming)\s+(?P<unit>week|weekend|month|year)", phrase)
    if m:
        later = m["rel"] != "this"
        if m["unit"] in ("week", "weekend"):
            monday = on - _dt.timedelta(days=on.weekday()) + _dt.timedelta(days=7 * later)
            first = monday + _dt.timedelta(days=5) if m["unit"] == "weekend" else monday
            first = max(first, on)
            return When(first, monday + _dt.timedelta(days=6), f"week of {monday.isoformat()}")
        if m["unit"] == "month":
            year, month = (on.year + (on.month == 12), on.month % 12 + 1) if later else (on.year, on.month)
            first, last = _month_span(year, month)
            return When(max(first, on), last, f"{calendar.month_name[month]} {year}")
        year = on.year + later
        return When(max(_dt.date(year, 1, 1), on) if not ends else _dt.date(year, 12, 31), _dt.date(year, 12, 31), str(year))
    m = re.fullmatch(r"(?:the\s+)?(?:next|coming|following)\s+(?P<n>\d+|few|several|" + "|".join(_NUMBERS) + r")\s+(?P<unit>day|week|month|year)s", phrase)
    if m:  # "over the next three days": from the day it was said to the last of them
        n = int(m["n"]) if m["n"].isdigit() else _NUMBERS.get(m["n"], 3)
        last = on + _dt.timedelta(days=_UNIT_DAYS[m["unit"]] * n)
        return When(on, last, f"until about {last.isoformat()}" if m["unit"] != "day" else f"until {last.isoformat()}")
    m = re.fullmatch(r"(?P<n>\d+|" + "|".join(_NUMBERS) + r"|a|an)\s+(?P<unit>day|week|month|year)s?(?:'s?\s+time)?", phrase)
    if m:
        n = 1 if m["n"] in ("a", "an") else int(m["n"]) if m["n"].isdigit() else _NUMBERS[m["n"]]
        days = _UNIT_DAYS[m["unit"]] * n
        day = on + _dt.timedelta(days=days)
        return When(day, day, f"about {day.isoformat()}" if m["unit"] != "day" else day.isoformat())
    return None


def upcoming_items(
    briefings: Sequence[Briefing], *, dates: Mapping[str, BriefingDate], now: str | None, limit: int
) -> list[Upcoming]:
    """At most ``limit`` outlook items of ``briefings`` whose time lies ahead, soonest first, one a briefing first.

    ``briefings`` are newest first; ``now`` is the site's newest briefing
    date (ISO) or ``None`` when no briefing is dated. Ties go to the newer
    briefing, then to the earlier sentence. A second item of a briefing is
    only taken when fewer than ``limit`` briefings have one.
    """
    today = _dt.date.fromisoformat(now) if now else None
    placed: list[tuple[_dt.date, int, int, Upcoming]] = []
    unplaced: list[tuple[int, int, Upcoming]] = []
    for rank, b in enumerate(briefings):
        own = dates.get(b.article.name)
        said = _dt.date.fromisoformat(own.date) if own and own.date else None
        for o in b.extraction.outlook:
            if o.when is None:
                continue
            when = place_time(o.when.text, on=said)
            if when is None and said is not None:
                when = When(said, said + VAGUE_AHEAD, "")  # "soon", "in the coming months": from the day it was said
            if when is not None:
                if (said is None or when.last >= said) and (today is None or when.last >= today):
                    placed.append((when.first, rank, o.start, Upcoming(b, o, when if when.label else None)))
            elif today is None:
                unplaced.append((rank, o.start, Upcoming(b, o, None)))
    ordered = [u for *_, u in sorted(placed, key=lambda p: p[:3])] + [u for *_, u in sorted(unplaced, key=lambda p: p[:2])]
    seen: set[str] = set()
    firsts: list[int] = []
    for i, u in enumerate(ordered):
        if u.briefing.article.name not in seen:
            seen.add(u.briefing.article.name)
            firsts.append(i)
    chosen = set((firsts + [i for i in range(len(ordered)) if i not in set(firsts)])[:limit])
    return [u for i, u in enumerate(ordered) if i in chosen]
