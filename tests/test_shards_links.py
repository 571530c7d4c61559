"""The link store (#18): a plan takes from the last plan every page whose content and link targets did not move, and
gives the shards of a plan that rewrites every page — new, moved and removed briefings, other layouts, a damaged file."""

from __future__ import annotations

import dataclasses

import pytest

from test_site_pages import story
from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.shards import LINKS_FILE, LinkStore, plan_shards


def stories(n: int) -> list:
    """``n`` stories, three a month from January 2025, every fifth undated."""
    return [
        story(f"s{i:03d}", date=None if i % 5 == 4 else f"{2025 + i // 36}-{1 + (i // 3) % 12:02d}-{1 + i % 3:02d}", speaker="Rubio" if i % 2 else "Marco Rubio")
        for i in range(n)
    ]


def shards(items, *, links=None, shard_by="month", directory_urls=True) -> dict[tuple[str, str], str]:
    built = assemble_site(items, renderer=Renderer(), per_page=2, site_url="https://example.org/news/", directory_urls=directory_urls)
    plan = plan_shards(
        built.pages, built.dates, shard_by=shard_by, site_url="https://example.org/news/", directory_urls=directory_urls, links=links
    )
    return {(s.name, p.path): p.content for s in plan.shards for p in s.pages}


def moved(b, date):
    return dataclasses.replace(b, article=dataclasses.replace(b.article, meta=dataclasses.replace(b.article.meta, date=date)))


STEPS = {
    "unchanged": lambda items: items,
    "new": lambda items: [*items, story("new", date="2025-02-03")],
    # the same page, another month: pages linking it keep their content, their links must move
    "moved": lambda items: [moved(b, "2025-04-02") if b.article.name == "s001" else b for b in items],
    "removed": lambda items: [b for b in items if b.article.name != "s003"],
    "undated": lambda items: [moved(b, None) if b.article.name == "s000" else b for b in items],
}


def test_every_plan_through_the_store_equals_a_plan_that_rewrites_every_page(tmp_path):
    items = stories(12)
    with LinkStore(tmp_path / LINKS_FILE, salt="code-1") as links:
        assert shards(items, links=links) == shards(items)
        assert links.kept == 0 and links.made > 20
        for step, change in STEPS.items():
            items = change(items)
            assert shards(items, links=links) == shards(items), step
            assert links.kept > 10, step
            if step == "unchanged":
                assert links.made == 0
        for options in ({"shard_by": "year"}, {"directory_urls": False}, {}):  # another layout: every page rewritten
            assert shards(items, links=links, **options) == shards(items, **options), options
            assert links.kept == 0, options


def test_pages_linking_a_moved_briefing_are_rewritten(tmp_path):
    items = stories(9)
    with LinkStore(tmp_path / LINKS_FILE) as links:
        before = shards(items, links=links)
        after = shards(STEPS["moved"](items), links=links)
    same_content = [key for key, content in after.items() if key in before and "s001.md" in content]
    assert same_content == []  # no page kept its links to s001 where it was: each one was rewritten
    assert ("2025-04", "s001.md") in after and ("2025-01", "s001.md") in before


def test_other_code_empties_the_store(tmp_path):
    items = stories(6)
    with LinkStore(tmp_path / LINKS_FILE, salt="code-1") as links:
        shards(items, links=links)
    with LinkStore(tmp_path / LINKS_FILE, salt="code-2") as links:
        assert shards(items, links=links) == shards(items)
        assert links.kept == 0


def test_a_damaged_store_is_replaced(tmp_path):
    (tmp_path / LINKS_FILE).write_bytes(b"not a database" * 100)
    items = stories(6)
    with LinkStore(tmp_path / LINKS_FILE) as links:
        assert shards(items, links=links) == shards(items)
        assert links.made > 0
    with LinkStore(tmp_path / LINKS_FILE) as links:
        shards(items, links=links)
        assert links.made == 0


def test_a_plan_that_fails_leaves_the_last_whole_store(tmp_path):
    """Where briefings were is stored with the pages rewritten for it, or not at all."""
    items = stories(6)
    with LinkStore(tmp_path / LINKS_FILE) as links:
        shards(items, links=links)
        built = assemble_site(STEPS["moved"](items), renderer=Renderer(), per_page=2)

        def failing():
            yield from built.pages[:3]
            raise RuntimeError("the build died")

        with pytest.raises(RuntimeError):
            plan_shards(failing(), built.dates, shard_by="month", links=links)
    with LinkStore(tmp_path / LINKS_FILE) as links:
        assert shards(STEPS["moved"](items), links=links) == shards(STEPS["moved"](items))


@pytest.mark.parametrize("n", [12])
def test_one_new_article_rewrites_what_it_touches_not_the_archive(tmp_path, n):
    """Pages rewritten after one new article at N and 4N briefings: about the same, and far fewer than the pages."""
    made = {}
    for size in (n, 4 * n):
        items = stories(size)
        with LinkStore(tmp_path / f"{size}.sqlite") as links:
            shards(items, links=links)
            pages = shards([*items, story("new", date="2029-01-01")], links=links)
            made[size] = (links.made, links.kept, len(pages))
    # written: 20 of 61 pages rewritten at 12 briefings, 20 of 208 at 48 (every page before)
    (small, small_kept, _), (large, large_kept, large_pages) = made[n], made[4 * n]
    assert large_kept > 3 * small_kept
    assert large < 2 * small and large < large_pages / 4, made
