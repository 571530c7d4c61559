"""Dates, order, months and story threads of briefings (records only, no model)."""

from __future__ import annotations

import dataclasses

import pytest

from briefgen.records import Actor, Article, ArticleMeta, Block, Briefing, Extraction
from briefgen.site import briefing_date, chronological, find_dateline_date, group_by_month, paginate, story_threads


def briefing(name: str, text: str = "Body text.", *, date: str | None = None, headline: str | None = None) -> Briefing:
    blocks = []
    full = text
    if headline:
        full = headline + "\n" + text
        blocks.append(Block("headline", 0, len(headline)))
        blocks.append(Block("paragraph", len(headline) + 1, len(full)))
    else:
        blocks.append(Block("paragraph", 0, len(full)))
    article = Article(path=f"{name}.txt", name=name, title=name, text=full, blocks=tuple(blocks), meta=ArticleMeta(date=date))
    return Briefing(article, Extraction())


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("KYIV, June 10, 2025 — Ukraine and Russia", "2025-06-10"),
        ("ISTANBUL, 16 May 2025 (Reuters) - Talks", "2025-05-16"),
        ("WASHINGTON, Sept. 3rd, 2024: the", "2024-09-03"),
        ("Published 2025-01-31 by the desk", "2025-01-31"),
        ("BRUSSELS, Feb 30, 2025 — no such day", None),
        ("On Friday the talks ended", None),
        ("In May the talks ended", None),
    ],
)
def test_find_dateline_date(text, date):
    assert find_dateline_date(text) == date


def test_front_matter_date_wins_then_dateline_then_none():
    assert briefing_date(briefing("a", "LONDON, March 2, 2025 — x", date="2025-03-05")).source == "front matter"
    dated = briefing_date(briefing("b", "LONDON, March 2, 2025 — x", headline="Headline 2019-01-01"))
    assert (dated.date, dated.source, dated.month) == ("2025-03-02", "dateline", "2025-03")
    assert briefing_date(briefing("c", "Nothing dated here.")).date is None


def test_a_date_deep_in_the_body_is_not_a_dateline():
    text = "The talks ended without a deal. " * 10 + "The war began on February 24, 2022."
    assert briefing_date(briefing("a", text)).date is None


def test_chronological_is_newest_first_with_undated_last():
    items = [briefing("old", date="2024-01-01"), briefing("undated-b"), briefing("new", date="2025-06-01"), briefing("undated-a")]
    dates = {b.article.name: briefing_date(b) for b in items}
    assert [b.article.name for b in chronological(items, dates)] == ["new", "old", "undated-a", "undated-b"]
    months = group_by_month(chronological(items, dates), dates)
    assert list(months) == ["2025-06", "2024-01", None]


def test_paginate():
    assert paginate(list(range(5)), per_page=2) == [[0, 1], [2, 3], [4]]
    assert paginate([], per_page=50) == [[]]
    with pytest.raises(ValueError):
        paginate([1], per_page=0)


def test_story_threads_link_briefings_sharing_two_main_actors():
    names = ["a", "b", "c", "d"]
    mains = {"a": ["Russia", "Ukraine"], "b": ["Iran", "Israel"], "c": ["Ukraine", "Russia", "Turkey"], "d": ["Russia", "China"]}
    oldest_first = [briefing(n) for n in names]
    threads = story_threads(oldest_first, lambda b: mains[b.article.name])
    assert threads["a"].previous is None and threads["a"].next.article.name == "c"
    assert threads["c"].previous.article.name == "a" and threads["c"].next is None
    assert threads["b"].previous is None and threads["b"].next is None
    assert threads["d"].previous is None  # Russia alone is not a story


class _CountedName(str):
    """An actor name that counts every hash and comparison made of it: the work of finding story threads."""

    operations = 0

    def __hash__(self) -> int:
        _CountedName.operations += 1
        return str.__hash__(self)

    def __eq__(self, other: object) -> bool:
        _CountedName.operations += 1
        return str.__eq__(self, other)


def _thread_operations(count: int) -> int:
    mains = [["Russia", "Ukraine", "Turkey"], ["Israel", "Iran"], ["China", "Taiwan", "United States"]]
    items = [briefing(f"b{i}") for i in range(count)]
    _CountedName.operations = 0
    # new name objects on every call, as actor records give: equal names are compared, not found identical
    threads = story_threads(items, lambda b: [_CountedName(name) for name in mains[int(b.article.name[1:]) % 3]])
    assert threads["b3"].previous.article.name == "b0"
    assert threads["b3"].next.article.name == "b6"
    return _CountedName.operations


def test_story_threads_do_work_linear_in_the_briefings():
    """Each briefing looks up a handful of actor pairs: 4x the briefings is 4x the work, not 16x (timing: benchmarks/bench_timeline.py)."""
    small, large = _thread_operations(500), _thread_operations(2_000)
    assert small > 0
    assert large <= 4.2 * small


def test_actor_records_do_not_matter_to_dates():
    b = Briefing(briefing("a", date="2025-01-02").article, Extraction(actors=(Actor("X", "person", 0, 1),)))
    assert briefing_date(b).date == "2025-01-02"


@pytest.mark.parametrize(
    ("file_name", "text", "date", "source"),
    [
        ("2025-06-02-talks.txt", "Talks resume\nThe envoy said the talks would resume.", "2025-06-02", "file name"),
        ("2025-06-02.txt", "Talks resume\nThe envoy said the talks would resume.", "2025-06-02", "file name"),
        ("2025-02-30-talks.txt", "Talks resume\nThe envoy said the talks would resume.", None, None),  # no such day
        ("20250602-talks.txt", "Talks resume\nThe envoy said the talks would resume.", None, None),
        ("talks-2025-06-02.txt", "Talks resume\nThe envoy said the talks would resume.", None, None),  # a prefix, not anywhere
        ("2025-06-02-talks.txt", "Talks resume\nKYIV, June 10, 2025 — The envoy said the talks would resume.", "2025-06-02", "file name"),
        ("a.txt", "Plan backed\nPublished: 9 February 2005\n\nThe minister said the plan was fine.", "2005-02-09", "dateline"),
        ("a.txt", "Plan backed\nBy John Smith\nPublished: 9 February 2005\nThe minister said the plan was fine.", "2005-02-09", "dateline"),
        ("a.txt", "Plan backed\nLONDON, Feb 9, 2005 (Reuters) - The minister said the plan was fine.", "2005-02-09", "dateline"),
        # a dateline without a year names no date: the year would be invented
        ("a.txt", "Plan backed\nLONDON, Feb 9 (Reuters) - The minister said the plan was fine.", None, None),
        ("a.txt", "Plan backed\nThe minister said the plan was fine.", None, None),
    ],
)
def test_a_txt_article_is_dated_by_its_file_name_then_its_dateline(file_name, text, date, source):
    """#16: ``.txt`` articles have no front matter; a date still comes from the file name or the dateline."""
    from briefgen.ingest import parse_article_text

    article = parse_article_text(text.encode("utf-8"), path=f"seeds/{file_name}", suffix=".txt")
    found = briefing_date(Briefing(article, Extraction()))
    assert (found.date, found.source) == (date, source)


def test_front_matter_date_wins_over_the_file_name():
    article = briefing("x", date="2024-01-05").article
    b = Briefing(dataclasses.replace(article, path="2025-06-02-x.md"), Extraction())
    assert briefing_date(b).source == "front matter"
