"""When an article was published: front matter, file name, dateline — and what a dateline without a year gives.

The order, first found wins:

1. the front matter's ``date`` (``.md``, and saved web pages through trafilatura);
2. a ``YYYY-MM-DD`` prefix of the file name (``2025-06-02-talks.txt``), the
   convention static site generators use;
3. a full calendar date in the dateline, i.e. in the lines before the first
   body paragraph or in that paragraph's first characters ("KYIV, June 10,
   2025 —", "Published: 9 February 2005", "Published: 2005/02/09 10:49:05 GMT");
4. a dateline that names a day but no year ("LONDON, Feb 9 (Reuters) -"),
   completed with a year the *file* states: a year-only front-matter date
   (``date: 2005``), else the nearest folder named like a year
   (``seeds/2005/talks.txt``) or a year prefix of the file name
   (``2005-talks.txt``, ``2005-02-talks.txt``). Wire services leave the year
   out because the reader knows it; an archive that files articles by year
   knows it too, and says so in a place the user chose;
5. else, when the dateline names a day without any year to complete it, a
   *partial* date: :attr:`BriefingDate.partial` is ``"--02-09"`` (ISO 8601's
   form for a day without a year) and the briefing shows "9 February (year not
   stated)". It is never a full date: no year is guessed from the build's
   date or from the other articles (a February dateline read in January
   belongs to the previous year, one read in March to this one — a guess
   either way), so the timeline, month archive, feed and story threads treat
   the briefing as undated;
6. else none: the briefing says it is undated.

A year-less day is only read from a real dateline shape — a place or a
"Published:"/"Updated:" label before it and, for places, a dash or an agency
in brackets after it — never from a sentence that happens to start with a date
("On 9 February the minister …").
"""

from __future__ import annotations

import datetime as _dt
import re
from pathlib import PurePath

from ..records import Article, BriefingDate

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
_MONTH_NAMES = r"(?i:" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    re.compile(r"\b" + _YEAR + r"-(?P<mnum>\d\d)-(?P<day>\d\d)(?!\d)"),
    re.compile(r"\b" + _YEAR + r"/(?P<mnum>\d\d)/(?P<day>\d\d)(?!\d)"),  # BBC "Published: 2005/02/09 10:49:05 GMT"
    re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+" + _YEAR + r"\b", re.IGNORECASE),
    re.compile(r"\b(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+" + _YEAR + r"\b", re.IGNORECASE),
)
#: How far into the article a dateline may reach: the first lines, not the body's history.
DATELINE_CHARS = 160

_WEEKDAY = r"(?i:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?"
_DAY_MONTH = (
    r"(?:" + _MONTH + r"\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + _MONTH_NAMES + r")\.?)"
)
#: "Published: 9 February", "Last Updated: Wednesday, 9 Feb", "Updated on Feb 9" (the label makes it a dateline).
_LABELLED_DAY = re.compile(
    r"^\W*(?:first\s+|last\s+)?(?:published|updated|posted|filed)(?:\s+on)?\s*:?\s*" + _WEEKDAY + _DAY_MONTH + r"\b(?!,?\s*(?:19|20)\d\d)",
    re.IGNORECASE,
)
#: "LONDON, Feb 9 (Reuters) -", "NEW YORK, Feb. 9 (AP) --", "PARIS, 9 February (AFP) —", "Feb. 9 (Bloomberg) --":
#: a place (capitalised words, "SAN FRANCISCO, Calif.,") and a comma, the day, then an agency in brackets and/or a dash or colon.
_PLACE_DAY = re.compile(
    r"^\W*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3},\s*){0,2}" + _WEEKDAY + _DAY_MONTH
    + r"(?!,?\s*(?:19|20)\d\d)\s*(?:\((?P<agency>[^()\n]{1,40})\)\s*)?(?P<dash>-{1,2}|—|–|:)?"
)


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


def find_dateline_day(text: str) -> tuple[int, int] | None:
    """``(month, day)`` of a dateline that names a day but no year, e.g. "LONDON, Feb 9 (Reuters) -"; else ``None``.

    ``text`` is the start of a line. A day is a dateline's only when the line
    has a dateline's shape (see the module docstring); Feb 30 is no day.
    """
    m = _LABELLED_DAY.match(text)
    if m is None:
        m = _PLACE_DAY.match(text)
        if m is None or not (m["agency"] or m["dash"]):
            return None
    month = MONTHS[(m["month"] or m["month2"]).lower()]
    day = int(m["day"] or m["day2"])
    try:
        _dt.date(2000, month, day)  # a leap year: 29 February is a day
    except ValueError:
        return None
    return month, day


#: The pieces of a dateline's span, without named groups (they are combined below).
_DAY_MONTH_ANY = (
    r"(?:" + _MONTH_NAMES + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_NAMES + r"\.?)"
)
_YEAR_TAIL = r"(?:,?\s*(?:19|20)\d\d)?"
_KNOWN_DAY = _WEEKDAY + _DAY_MONTH_ANY + _YEAR_TAIL
#: With an agency in brackets the shape alone makes it a dateline, so a day in another language counts: "9 février".
_ANY_DAY = r"(?:" + _KNOWN_DAY + r"|\d{1,2}(?:st|nd|rd|th)?\.?\s+[^\W\d_]{3,10}\.?" + _YEAR_TAIL + r")"
_PLACES = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}){0,2}"
_AGENCY = r"\([A-Z][^()\n]{0,39}\)"
_DASH = r"(?:-{1,2}|—|–|:)(?=\s|$)"  # then a space: "(Reuters) -Ministers" is no dash the body starts after
_TIME_TAIL = r"(?:[\s,]*(?:\d{1,2}:\d\d(?::\d\d)?|T\d\d:\d\d(?::\d\d)?Z?|GMT|UTC|UK|BST|CET|CEST|EST|EDT|PST|PDT|ET)\b)*"
_DATELINE_SHAPES = (
    # "LONDON, Feb 9 (Reuters) -", "KYIV, June 10, 2025 —", "Feb. 9 (Bloomberg) --": a day and a dash
    re.compile(r"(?:" + _PLACES + r",\s*)?" + _KNOWN_DAY + r"\s*(?:" + _AGENCY + r"\s*)?" + _DASH),
    # "WASHINGTON (AP) —", "PARIS, 9 février (AFP) -", "LONDON, Feb 9 (Reuters)" alone on its line: an agency in brackets
    re.compile(r"(?:(?:" + _PLACES + r")(?:,\s*" + _ANY_DAY + r")?|" + _ANY_DAY + r")\s*" + _AGENCY + r"(?:\s*" + _DASH + r"|\s*$)"),
    # "Published: 9 February 2005", "Last Updated: Wednesday, 9 February, 2005, 10:49 GMT 10:49 UK", "Published: 2005/02/09 10:49:05 GMT"
    re.compile(
        r"(?i:(?:first\s+|last\s+)?(?:published|updated|posted|filed)(?:\s+on)?\s*:?\s*)" + _WEEKDAY
        + r"(?:" + _DAY_MONTH_ANY + r",?" + _YEAR_TAIL + r"|(?:19|20)\d\d[-/]\d\d[-/]\d\d)" + _TIME_TAIL + r"(?:\s*" + _DASH + r")?"
    ),
)


def dateline_length(line: str) -> int | None:
    """How many characters of ``line`` (the start of a line) are a dateline; ``None`` if it does not open with one.

    A dateline is metadata before the first body word: "LONDON, Feb 9 (Reuters) -",
    "WASHINGTON (AP) —", "NEW YORK, Feb. 9, 2005 (Reuters) -", "Published: 9
    February 2005". The shapes are those :func:`find_dateline_day` reads (a
    place or a label, a day, an agency in brackets and/or a dash), plus a place
    with an agency and no day, which names no date but is still no part of the
    first sentence. The length ends after the dash (or the agency, or the
    date), before the space that leads to the body.
    """
    for shape in _DATELINE_SHAPES:
        m = shape.match(line)
        if m is not None:
            return len(line[: m.end()].rstrip())
    return None


def dateline_span(article: Article) -> tuple[int, int] | None:
    """Offsets of the article's dateline in ``article.text``, if it has one; else ``None``.

    Looked for where :func:`article_date` looks — at the start of the lines
    before the first body paragraph and of that paragraph — so a dateline
    quoted later in the article ("… wrote: LONDON (Reuters) - …") is body text.
    The parser keeps the span as a segment of its own (:func:`briefgen.nlp.parse_articles`):
    it never joins the first sentence, and no extractor reads it as one.
    """
    for block in article.blocks[:3]:
        if block.kind == "headline":
            continue
        length = dateline_length(article.text[block.start : min(block.end, block.start + DATELINE_CHARS)])
        if length:
            return block.start, block.start + length
        if block.kind == "paragraph":
            break
    return None


_FILE_NAME_DATE = re.compile(r"(?P<year>\d{4})-(?P<mnum>\d\d)-(?P<day>\d\d)(?:[-_ .]|$)")
_FILE_NAME_YEAR = re.compile(r"(?P<year>(?:19|20)\d\d)(?:[-_ .]|$)")
_YEAR_FOLDER = re.compile(r"(?:19|20)\d\d")


def file_name_date(path: str) -> str | None:
    """The ``YYYY-MM-DD`` a file name starts with ("2025-06-02-talks.txt"), if it is a real calendar day."""
    m = _FILE_NAME_DATE.match(PurePath(path).name)
    if m is None:
        return None
    try:
        return _dt.date(int(m["year"]), int(m["mnum"]), int(m["day"])).isoformat()
    except ValueError:
        return None


def path_year(path: str) -> int | None:
    """The year a file's path states: a year prefix of its name ("2005-talks.txt"), else its nearest ``YYYY`` folder."""
    pure = PurePath(path)
    m = _FILE_NAME_YEAR.match(pure.name)
    if m is not None:
        return int(m["year"])
    for folder in reversed(pure.parent.parts):
        if _YEAR_FOLDER.fullmatch(folder):
            return int(folder)
    return None


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")


def front_matter_year(value: object) -> int | None:
    """The year of a front-matter ``date`` that is a year alone (``date: 2005``, ``date: "2005"``); else ``None``.

    Such a date names no day, so it dates nothing by itself; it is the year
    of a dateline that names a day without one (rule 4 above).
    """
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        return None
    text = str(value).strip()
    return int(text) if _YEAR_ONLY.fullmatch(text) else None


def article_date(article: Article) -> BriefingDate:
    """The article's publication date and where it was read (see the module docstring for the order)."""
    if article.meta.date:
        return BriefingDate(article.meta.date, "front matter")
    named = file_name_date(article.path)
    if named:
        return BriefingDate(named, "file name")
    day: tuple[int, int] | None = None
    for block in article.blocks[:3]:
        if block.kind == "headline":
            continue
        start = article.text[block.start : min(block.end, block.start + DATELINE_CHARS)]
        date = find_dateline_date(start)
        if date:
            return BriefingDate(date, "dateline")
        day = day or find_dateline_day(start)
        if block.kind == "paragraph":
            break  # only the first paragraph (and a byline before it) can be a dateline
    if day is None:
        return BriefingDate(None, None)
    month, number = day
    year, where = (article.meta.year, "front matter") if article.meta.year else (path_year(article.path), "path")
    if year is not None:
        try:
            return BriefingDate(_dt.date(year, month, number).isoformat(), f"dateline, year from the {where}")
        except ValueError:  # 29 February in a year that has none
            pass
    return BriefingDate(None, None, partial=f"--{month:02d}-{number:02d}")
