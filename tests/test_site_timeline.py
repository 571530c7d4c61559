"""Dates, order, months and story threads of briefings (records only, no model)."""

from __future__ import annotations

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


def test_story_threads_scale_linearly():
    """10,000 briefings about a few stories: each looks up a handful of keys, so this is quick."""
    import time

    mains = [["Russia", "Ukraine", "Turkey"], ["Israel", "Iran"], ["China", "Taiwan", "United States"]]
    items = [briefing(f"b{i}") for i in range(10_000)]
    started = time.perf_counter()
    threads = story_threads(items, lambda b: mains[int(b.article.name[1:]) % 3])
    assert time.perf_counter() - started < 2.0
    assert threads["b3"].previous.article.name == "b0"
    assert threads["b3"].next.article.name == "b6"


def test_actor_records_do_not_matter_to_dates():
    b = Briefing(briefing("a", date="2025-01-02").article, Extraction(actors=(Actor("X", "person", 0, 1),)))
    assert briefing_date(b).date == "2025-01-02"
