"""#16: a briefing's date — real dateline forms, a year only from the file's path, partial days ordered as undated."""

from __future__ import annotations

import pytest

from briefgen.ingest import parse_article_text
from briefgen.ingest.dates import article_date, find_dateline_date, find_dateline_day, path_year
from briefgen.records import Briefing, BriefingDate, Extraction
from briefgen.render import BriefingContext, Renderer
from briefgen.site import chronological, group_by_month
from briefgen.site.feed import atom_feed

BODY = "The minister said the plan was fine."


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("LONDON, Feb 9, 2005 (Reuters) - " + BODY, "2005-02-09"),  # Reuters with a year
        ("WASHINGTON, Sept. 3, 2024 (AP) — " + BODY, "2024-09-03"),  # AP
        ("PARIS, 16 May 2025 (AFP) - " + BODY, "2025-05-16"),  # AFP
        ("Published: 9 February 2005", "2005-02-09"),  # BBC
        ("Last Updated: Wednesday, 9 February 2005, 10:49 GMT 10:49 UK", "2005-02-09"),  # BBC
        ("Published: 2005/02/09 10:49:05 GMT", "2005-02-09"),  # BBC's machine form
        ("Updated 2025-01-31T08:00Z", "2025-01-31"),
        ("LONDON, Feb 9 (Reuters) - " + BODY, None),  # no year: not a full date
        ("Published: 2005/02/30 10:49:05 GMT", None),  # no such day
    ],
)
def test_full_dates_in_datelines(line, date):
    assert find_dateline_date(line) == date


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("LONDON, Feb 9 (Reuters) - " + BODY, (2, 9)),  # Reuters
        ("NEW YORK, Feb. 9 (AP) -- " + BODY, (2, 9)),  # AP, older style
        ("SAN FRANCISCO, Calif., March 3 (AP) — " + BODY, (3, 3)),  # AP with a state
        ("PARIS, 9 February (AFP) — " + BODY, (2, 9)),  # AFP
        ("Feb. 9 (Bloomberg) -- " + BODY, (2, 9)),  # Bloomberg: no place
        ("KYIV, June 10 — " + BODY, (6, 10)),  # a place and a dash, no agency
        ("Published: 9 February", (2, 9)),  # BBC without the year
        ("Last Updated: Wednesday, 9 Feb, 10:49 GMT", (2, 9)),
        ("LONDON, Feb 29 (Reuters) - " + BODY, (2, 29)),  # a day in leap years
        # not datelines
        ("WASHINGTON (AP) — " + BODY, None),  # AP names no day at all
        ("On 9 February the minister said the plan was fine.", None),
        ("May 9 was the day the plan was signed.", None),
        ("LONDON, Feb 30 (Reuters) - " + BODY, None),  # no such day in any year
        ("The talks, Feb 9 (Reuters) - ", None),  # lower-case words are no place
    ],
)
def test_days_without_a_year_in_datelines(line, day):
    assert find_dateline_day(line) == day


@pytest.mark.parametrize(
    ("path", "year"),
    [
        ("seeds/2005/talks.txt", 2005),
        ("seeds/2005/feb/talks.txt", 2005),  # the nearest year folder
        ("/archive/1999/seeds/2005/talks.txt", 2005),
        ("seeds/2005-talks.txt", 2005),
        ("seeds/2005_02-talks.txt", 2005),
        ("seeds/talks.txt", None),
        ("seeds/covid-2019.txt", None),  # a number inside a name is no year
        ("seeds/20050/talks.txt", None),
        ("seeds/1850/talks.txt", None),  # outside 1900–2099
    ],
)
def test_the_year_a_path_states(path, year):
    assert path_year(path) == year


def dated(path: str, text: str) -> BriefingDate:
    return article_date(parse_article_text(text.encode("utf-8"), path=path, suffix=".txt"))


@pytest.mark.parametrize(
    ("path", "text", "expected"),
    [
        # a year-less dateline takes the year of the file's path...
        ("seeds/2005/a.txt", f"Plan backed\nLONDON, Feb 9 (Reuters) - {BODY}", BriefingDate("2005-02-09", "dateline, year from the path")),
        ("seeds/2005-plan.txt", f"Plan backed\nPARIS, 9 February (AFP) — {BODY}", BriefingDate("2005-02-09", "dateline, year from the path")),
        ("seeds/2005/a.txt", f"Plan backed\nPublished: 9 February\n\n{BODY}", BriefingDate("2005-02-09", "dateline, year from the path")),
        # ...else it is a partial day, never a full date
        ("seeds/a.txt", f"Plan backed\nLONDON, Feb 9 (Reuters) - {BODY}", BriefingDate(None, None, partial="--02-09")),
        ("seeds/2005/a.txt", f"Plan backed\nLONDON, Feb 29 (Reuters) - {BODY}", BriefingDate(None, None, partial="--02-29")),  # 2005 has none
        # the other sources win over a path year
        ("seeds/2005/2004-03-01-a.txt", f"Plan backed\nLONDON, Feb 9 (Reuters) - {BODY}", BriefingDate("2004-03-01", "file name")),
        ("seeds/2005/a.txt", f"Plan backed\nLONDON, Feb 9, 2004 (Reuters) - {BODY}", BriefingDate("2004-02-09", "dateline")),
        # a path year alone dates nothing
        ("seeds/2005/a.txt", f"Plan backed\n{BODY}", BriefingDate(None, None)),
        ("seeds/2005/a.txt", "Plan backed\nOn 9 February the minister said the plan was fine.", BriefingDate(None, None)),
        # only the first paragraph can be a dateline
        ("seeds/a.txt", f"Plan backed\n{BODY}\nLONDON, Feb 9 (Reuters) - More.", BriefingDate(None, None)),
    ],
)
def test_an_article_is_dated_by_a_path_year_or_partially(path, text, expected):
    assert dated(path, text) == expected


def test_a_partial_day_reads_as_a_day_of_no_stated_year():
    assert BriefingDate(None, None, partial="--02-09").partial_text == "9 February"
    assert BriefingDate(None, None, partial="--02-09").month is None
    assert BriefingDate("2005-02-09", "dateline").partial_text is None


def briefing(name: str, path: str, text: str) -> Briefing:
    return Briefing(parse_article_text(text.encode("utf-8"), path=path, suffix=".txt"), Extraction())


def test_a_partial_day_is_shown_in_the_briefing_but_ordered_as_undated():
    partial = briefing("a", "seeds/a.txt", f"Plan backed\nLONDON, Feb 9 (Reuters) - {BODY}")
    full = briefing("b", "seeds/2005/b.txt", f"Plan signed\nLONDON, Feb 1 (Reuters) - {BODY}")
    none = briefing("c", "seeds/c.txt", f"Plan ahead\n{BODY}")
    dates = {b.article.name: article_date(b.article) for b in (partial, full, none)}
    page = Renderer().briefing_markdown(partial, context=BriefingContext(date=dates["a"]))
    assert "<small>9 February, year not stated (from the dateline; listed as undated)</small>" in page
    assert "\ndate:" not in page.split("\n---", 1)[0]  # no invented date in the page's front matter
    ordered = chronological([partial, full, none], dates)
    assert [b.article.name for b in ordered] == ["b", "c", "a"]  # the dated one first; the partial one among the undated, by title
    assert list(group_by_month(ordered, dates)) == ["2005-02", None]
    feed = atom_feed(ordered, dates=dates, page_url={n: f"{n}/" for n in "abc"}, title="T", site_url="https://example.org/", feed_path="feed.xml")
    assert feed.count("<entry>") == 1 and "<published>2005-02-01" in feed  # the partial day is no feed date


def md(path: str, front: str, body: str):
    return parse_article_text(f"---\ntitle: Plan backed\n{front}\n---\n{body}\n".encode("utf-8"), path=path, suffix=".md")


@pytest.mark.parametrize(
    ("path", "front", "body", "expected"),
    [
        # a year-only front-matter date completes a dateline's day...
        ("seeds/a.md", "date: 2005", f"LONDON, Feb 9 (Reuters) - {BODY}", BriefingDate("2005-02-09", "dateline, year from the front matter")),
        ("seeds/a.md", 'date: "2005"', f"PARIS, 9 February (AFP) — {BODY}", BriefingDate("2005-02-09", "dateline, year from the front matter")),
        # ...before the path's year (the article's own statement is nearer than its folder)
        ("seeds/2004/a.md", "date: 2005", f"LONDON, Feb 9 (Reuters) - {BODY}", BriefingDate("2005-02-09", "dateline, year from the front matter")),
        # a full dateline or a dated file name still wins
        ("seeds/a.md", "date: 2005", f"LONDON, Feb 9, 2004 (Reuters) - {BODY}", BriefingDate("2004-02-09", "dateline")),
        ("seeds/2006-03-01-a.md", "date: 2005", f"LONDON, Feb 9 (Reuters) - {BODY}", BriefingDate("2006-03-01", "file name")),
        # alone it dates nothing
        ("seeds/a.md", "date: 2005", BODY, BriefingDate(None, None)),
        ("seeds/a.md", "date: 2005", f"LONDON, Feb 29 (Reuters) - {BODY}", BriefingDate(None, None, partial="--02-29")),
    ],
)
def test_a_year_only_front_matter_date_is_the_year_of_the_dateline(path, front, body, expected):
    assert article_date(md(path, front, body)) == expected


def test_a_year_only_date_is_noted_only_when_it_dates_nothing():
    used = md("seeds/a.md", "date: 2005", f"LONDON, Feb 9 (Reuters) - {BODY}")
    unused = md("seeds/a.md", "date: 2005", BODY)
    assert used.notes == () and used.meta.date is None and used.meta.year == 2005
    assert unused.notes == ("date '2005' is a year, not a day, and no dateline names the day; the briefing is undated",)
    assert md("seeds/a.md", "date: 20050", BODY).meta.year is None  # not a year: the usual 'not an ISO date' note
    page = Renderer().briefing_markdown(Briefing(used, Extraction()), context=BriefingContext(date=article_date(used)))
    assert "2005-02-09 (from the dateline; the year from the front matter)" in page
