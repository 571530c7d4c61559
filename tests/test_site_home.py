"""#16: the home page's "What's next" — only what lies ahead of the briefing (and of the site's newest date), soonest first."""

from __future__ import annotations

import datetime as dt

import pytest

from briefgen.records import Article, ArticleMeta, Block, Briefing, Extraction, OutlookItem, OutlookTime
from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.upcoming import place_time

WED = dt.date(2005, 2, 9)  # a Wednesday


@pytest.mark.parametrize(
    ("text", "first", "label"),
    [
        ("on Monday", "2005-02-14", "2005-02-14"),
        ("next Wednesday", "2005-02-16", "2005-02-16"),  # never the day it was said
        ("Friday afternoon", "2005-02-11", "2005-02-11"),
        ("tomorrow", "2005-02-10", "2005-02-10"),
        ("later today", "2005-02-09", "2005-02-09"),
        ("next week", "2005-02-14", "week of 2005-02-14"),
        ("this week", "2005-02-09", "week of 2005-02-07"),
        ("next month", "2005-03-01", "March 2005"),
        ("later this year", "2005-02-09", "2005"),
        ("next year", "2006-01-01", "2006"),
        ("by the end of the year", None, None),  # "the year" alone is no placeable time
        ("by the end of next year", "2006-12-31", "2006"),
        ("on 17 June", "2005-06-17", "2005-06-17"),
        ("on June 17", "2005-06-17", "2005-06-17"),
        ("on 3 February", "2006-02-03", "2006-02-03"),  # a day without a year looks ahead: the next 3 February
        ("on 3 February 2005", "2005-02-03", "2005-02-03"),  # with its year it is past: kept out by the caller
        ("in March", "2005-03-01", "March 2005"),
        ("from April 2006", "2006-04-01", "April 2006"),
        ("in January", "2006-01-01", "January 2006"),
        ("by 2015", "2015-01-01", "2015"),
        ("by the end of 2015", "2015-12-31", "2015"),
        ("this summer", "2005-06-01", "summer 2005"),
        ("within two weeks", "2005-02-23", "about 2005-02-23"),
        ("in 10 days", "2005-02-19", "2005-02-19"),
        ("over the next three days", "2005-02-09", "until 2005-02-12"),
        ("in the next two weeks", "2005-02-09", "until about 2005-02-23"),
        ("soon", None, None),
        ("in the coming months", None, None),
    ],
)
def test_a_future_time_is_placed_from_the_day_it_was_said(text, first, label):
    when = place_time(text, on=WED)
    assert (when.first.isoformat() if when else None, when.label if when else None) == (first, label)


@pytest.mark.parametrize(("text", "first"), [("by 2015", "2015-01-01"), ("on 17 June 2005", "2005-06-17"), ("next week", None), ("on Monday", None), ("in March", None)])
def test_without_a_day_to_count_from_only_a_time_with_its_year_is_placed(text, first):
    when = place_time(text, on=None)
    assert (when.first.isoformat() if when else None) == first


def briefing(name: str, date: str | None, sentences: list[tuple[str, str | None]]) -> Briefing:
    """A briefing whose body sentences are all outlook items, each with its time phrase (or none)."""
    text, blocks, items = "Headline", [Block("headline", 0, 8)], []
    for sentence, when in sentences:
        start = len(text) + 1
        text += "\n" + sentence
        blocks.append(Block("paragraph", start, start + len(sentence)))
        at = sentence.find(when) + start if when else -1
        items.append(OutlookItem(sentence, start, start + len(sentence), "scheduled", when=OutlookTime(when, at, at + len(when)) if when else None))
    article = Article(path=f"{name}.txt", name=name, title=f"Story {name}", text=text, blocks=tuple(blocks), meta=ArticleMeta(date=date))
    return Briefing(article, Extraction(outlook=tuple(items)))


def whats_next(briefings: list[Briefing]) -> list[str]:
    home = {p.path: p.content for p in assemble_site(briefings, renderer=Renderer()).pages}["index.md"]
    if "## What's next" not in home:
        return []
    section = home.split("## What's next", 1)[1].split("\n## ", 1)[0]
    return [line[2:].split(" — [")[0] for line in section.splitlines() if line.startswith("- ")]


def test_whats_next_keeps_only_what_lies_ahead_and_orders_it_by_date():
    """Before #16's fix any outlook sentence with a date fact was shown, past ones included, in briefing order."""
    new = briefing("new", "2005-02-09", [
        ("The vote will be held on 17 June.", "on 17 June"),
        ("Officials said the law, passed on 3 February 2005, would be reviewed.", "on 3 February 2005"),  # past: out
        ("Talks resume next week.", "next week"),
    ])
    older = briefing("older", "2005-02-07", [
        ("The strike will start on Tuesday.", "on Tuesday"),  # 2005-02-08: over by the site's newest date
        ("The report is due in March.", "in March"),
    ])
    assert whats_next([older, new]) == [
        "**week of 2005-02-14** · Talks resume next week.",
        "**March 2005** · The report is due in March.",
        "**2005-06-17** · The vote will be held on 17 June.",
    ]


def test_items_without_a_time_or_from_undated_briefings_stay_out_of_a_dated_site():
    dated = briefing("dated", "2005-02-09", [("The company plans to expand.", None), ("Prices could rise soon.", "soon")])
    undated = briefing("undated", None, [("Talks resume next week.", "next week"), ("The plant will close by 2015.", "by 2015")])
    assert whats_next([dated, undated]) == ["Prices could rise soon.", "**2015** · The plant will close by 2015."]


def test_a_site_with_no_dates_lists_relative_future_items_unplaced():
    a = briefing("a", None, [("Talks resume next week.", "next week"), ("Nothing is planned.", None)])
    b = briefing("b", None, [("The plant will close by 2004.", "by 2004")])
    assert whats_next([a, b]) == ["**2004** · The plant will close by 2004.", "Talks resume next week."]


def test_one_item_a_briefing_before_a_second_of_any():
    many = briefing("many", "2005-02-09", [(f"Stage {i} opens on {d} March.", f"on {d} March") for i, d in enumerate((10, 11, 12, 13, 14, 15, 16))])
    other = briefing("other", "2005-02-09", [("The inquiry reports in April.", "in April")])
    shown = whats_next([many, other])
    assert len(shown) == 6 and "**April 2005** · The inquiry reports in April." in shown
    assert shown[-1] == "**April 2005** · The inquiry reports in April."  # still in date order


def test_the_latest_briefings_show_a_day_without_a_year_as_such():
    """#16: a dateline day without a year ("LONDON, Feb 9 (Reuters) -") is shown, never completed with a guessed year."""
    from briefgen.ingest import parse_article_text

    article = parse_article_text(b"Plan backed\nLONDON, Feb 9 (Reuters) - The minister said the plan was fine.", path="seeds/a.txt")
    home = {p.path: p.content for p in assemble_site([Briefing(article, Extraction())], renderer=Renderer()).pages}["index.md"]
    assert "<small>9 February, year not stated</small>" in home
    assert "Most active this week" not in home  # no dated briefing: no week to count
