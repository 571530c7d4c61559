"""List pages numbered from the oldest (#18): one new article changes only the newest list pages."""

from __future__ import annotations

import re

import pytest

from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.pages import _list_pages, _pager

from test_site_pages import story


def older(k: int) -> str:
    return f"l/{k}.md"


@pytest.mark.parametrize(
    "count, per_page, expected",
    [
        # (path, offset into the newest-first order, how many, number): the front holds the newest per_page,
        # page 1 the oldest per_page, and only the newest older page is partial
        (0, 2, [("l/index.md", 0, 2, None)]),
        (2, 2, [("l/index.md", 0, 2, None)]),
        (3, 2, [("l/index.md", 0, 2, None), ("l/1.md", 2, 1, 1)]),
        (4, 2, [("l/index.md", 0, 2, None), ("l/1.md", 2, 2, 1)]),
        (5, 2, [("l/index.md", 0, 2, None), ("l/2.md", 2, 1, 2), ("l/1.md", 3, 2, 1)]),
        (6, 2, [("l/index.md", 0, 2, None), ("l/2.md", 2, 2, 2), ("l/1.md", 4, 2, 1)]),
        (101, 50, [("l/index.md", 0, 50, None), ("l/2.md", 50, 1, 2), ("l/1.md", 51, 50, 1)]),
    ],
)
def test_list_pages_count_older_pages_from_the_oldest(count, per_page, expected):
    pages = _list_pages(count, per_page, front="l/index.md", older=older)
    assert [(p.path, p.offset, p.limit, p.number) for p in pages] == expected


@pytest.mark.parametrize("count", range(0, 23))
@pytest.mark.parametrize("per_page", [1, 3, 5])
def test_every_item_is_on_one_page_in_the_lists_order(count, per_page):
    pages = _list_pages(count, per_page, front="l/index.md", older=older)
    shown = [i for p in pages for i in range(p.offset, min(count, p.offset + p.limit))]
    assert shown == list(range(count))  # front, then older pages newest to oldest: the newest-first order, once each
    assert all(p.limit <= per_page for p in pages)


@pytest.mark.parametrize("count", range(0, 23))
def test_a_new_newest_item_leaves_every_older_page_but_the_newest_as_it_was(count):
    """Items are named by their position from the oldest; the next item goes on top of the list."""
    per_page = 3

    def content(n: int) -> dict[str, list[int]]:
        # newest-first offset o holds the item at position n - 1 - o from the oldest
        return {p.path: [n - 1 - o for o in range(p.offset, min(n, p.offset + p.limit))] for p in _list_pages(n, per_page, front="l/index.md", older=older)}

    before, after = content(count), content(count + 1)
    changed = {path for path in after if before.get(path) != after[path]}
    numbered = sorted(int(p[2:-3]) for p in after if p != "l/index.md")
    assert changed <= {"l/index.md", *(f"l/{k}.md" for k in numbered[-2:])}
    assert len(changed - {"l/index.md"}) <= 1  # the front page and at most the newest older page


def test_the_front_pager_lists_every_page_and_an_older_page_only_its_neighbours():
    pages = _list_pages(11, 2, front="l/index.md", older=older)  # front + 5 older pages
    assert _pager(pages[0], pages) == [("Newest", None), ("5", "5.md"), ("4", "4.md"), ("3", "3.md"), ("2", "2.md"), ("1", "1.md")]
    third = next(p for p in pages if p.number == 3)
    assert _pager(third, pages) == [("Newest", "index.md"), ("Newer", "4.md"), ("3", None), ("Older", "2.md"), ("Oldest", "1.md")]
    newest_older = next(p for p in pages if p.number == 5)
    assert _pager(newest_older, pages) == [("Newest", "index.md"), ("5", None), ("Older", "4.md"), ("Oldest", "1.md")]
    oldest = next(p for p in pages if p.number == 1)
    assert _pager(oldest, pages) == [("Newest", "index.md"), ("Newer", "2.md"), ("1", None)]


@pytest.mark.parametrize("count", range(0, 30))
@pytest.mark.parametrize("per_page", [1, 2, 4])
def test_an_older_pager_links_the_pages_numbered_next_to_it_and_the_oldest(count, per_page):
    """Every older page's pager, checked against the pages looked up by their numbers (the pager finds them by position)."""
    pages = _list_pages(count, per_page, front="l/index.md", older=older)
    by_number = {p.number: p.path.removeprefix("l/") for p in pages[1:]}
    for page in pages[1:]:
        k = page.number
        expected = [("Newest", "index.md")]
        expected += [("Newer", by_number[k + 1])] if k + 1 in by_number else []
        expected += [(str(k), None)]
        expected += [("Older", by_number[k - 1])] if k - 1 in by_number else []
        expected += [("Oldest", by_number[1])] if k > 2 else []
        assert _pager(page, pages) == expected


def _site(n: int) -> dict[str, str]:
    """``n`` briefings, one a day in June 2025 (the later ones newer), two a list page."""
    briefings = [story(f"day{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, n + 1)]
    return {p.path: p.content for p in assemble_site(briefings, renderer=Renderer(), per_page=2).pages}


def test_one_new_article_changes_only_the_newest_list_pages():
    before, after = _site(9), _site(10)
    lists = re.compile(r"^(briefings/index|timeline/|actors/(russia|ukraine|marco-rubio)(/|\.md))")
    changed = sorted(p for p in after if lists.match(p) and before.get(p) != after[p])
    assert changed == [
        "actors/marco-rubio.md",  # each actor's front page (newest briefings, counts, last seen) and its newest older page
        "actors/marco-rubio/4.md",
        "actors/russia.md",
        "actors/russia/4.md",
        "actors/ukraine.md",
        "actors/ukraine/4.md",
        "briefings/index.md",
        "briefings/index/4.md",
        "timeline/2025-06-4.md",
        "timeline/2025-06.md",
        "timeline/index.md",
        "timeline/page-4.md",
    ]
    unchanged_lists = [p for p in after if lists.match(p) and p not in changed]
    assert len(unchanged_lists) >= 12  # pages 1-3 of each list stayed byte for byte


def test_the_month_archive_and_counts_are_on_the_timelines_front_page_only():
    pages = _site(7)
    assert "**Archive:**" in pages["timeline/index.md"] and "(7)" in pages["timeline/index.md"]
    for path in ("timeline/page-1.md", "timeline/page-2.md", "timeline/page-3.md"):
        assert "**Archive:**" not in pages[path]
        assert "[Newest](index.md)" in pages[path]
    assert "Older briefings about Russia: page 1, counted from the oldest." in pages["actors/russia/1.md"]
    assert "**Briefings:**" not in pages["actors/russia/1.md"] and "- **Briefings:** 7" in pages["actors/russia.md"]
