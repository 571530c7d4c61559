"""The stored index's pages in both Markdown flavours (#18): Material's and plain CommonMark never evict each other,
and a page stored in one flavour is never handed out for the other.

``briefgen build --commonmark --shard-by month`` makes every page twice from one
site index: Material's for the shards, CommonMark for OUT. The stored index kept
one page per path, so each pass replaced the other's pages and an unchanged
archive made every briefing and actor page anew, twice, on every build. A build
here is what the CLI does: one :class:`SiteIndex`, then one pass of
:func:`iter_site_pages` per flavour, in the CLI's order (Material first).
"""

from __future__ import annotations

import sqlite3

import pytest

from briefgen.render import Renderer
from briefgen.site import SiteIndex, assemble_site
from briefgen.site.index_db import INDEX_FILE
from briefgen.site.pages import iter_site_pages

from test_site_index_db import HAND_MADE, briefing, org, person
from test_site_pages import story

MATERIAL, COMMONMARK = False, True


@pytest.fixture(scope="module")
def archive():
    stories = [story(f"s{d:02d}", date=f"2025-01-{d:02d}", speaker=("Marco Rubio" if d % 2 else "Rubio")) for d in range(1, 7)]
    return [*HAND_MADE, *stories, briefing("k", person("Melania Trump"), org("Lib Dems"), date="2025-01-05")]


def build(items, index_file, flavours):
    """One build through the stored index, a pass per flavour: ``({flavour: {path: page}}, {flavour: pages made anew}, reset)``."""
    pages, made = {}, {}
    with SiteIndex(prefix="briefings", path=index_file, salt="code-1") as index:
        reset = index.reset
        for b in items:
            index.add(b)
        for portable in flavours:
            before = index.made
            pages[portable] = {p.path: p.content for p in iter_site_pages(index, renderer=Renderer(portable=portable), per_page=2, index_per_page=6)}
            made[portable] = index.made - before
    return pages, made, reset


def scratch(items, portable):
    built = assemble_site(items, renderer=Renderer(portable=portable), per_page=2, index_per_page=6)
    return {p.path: p.content for p in built.pages}


def test_the_flavours_differ_on_the_stored_pages(archive):
    """Otherwise nothing below could show a page of one flavour served for the other."""
    material, commonmark = scratch(archive, MATERIAL), scratch(archive, COMMONMARK)
    assert sorted(material) == sorted(commonmark)
    stored = [p for p in material if p.startswith(("briefings/", "actors/")) and p not in ("briefings/index.md", "actors/index.md")]
    assert len(stored) > 20 and all(material[p] != commonmark[p] for p in stored if p.startswith("briefings/s"))


def test_alternating_flavours_makes_nothing_anew_and_gives_clean_bytes(archive, tmp_path):
    """Build with ``--commonmark`` (both flavours), rebuild without (Material only), rebuild with it again: the third
    build makes no page anew in either flavour, and its pages are those of builds from scratch."""
    index_file = tmp_path / INDEX_FILE
    _, made, reset = build(archive, index_file, [MATERIAL, COMMONMARK])
    assert reset == "missing" and made[MATERIAL] > 20 and made[COMMONMARK] == made[MATERIAL]
    _, made, reset = build(archive, index_file, [MATERIAL])
    assert reset is None and made == {MATERIAL: 0}
    pages, made, reset = build(archive, index_file, [MATERIAL, COMMONMARK])
    assert reset is None and made == {MATERIAL: 0, COMMONMARK: 0}
    assert pages[MATERIAL] == scratch(archive, MATERIAL)
    assert pages[COMMONMARK] == scratch(archive, COMMONMARK)


def test_a_page_stored_in_one_flavour_is_never_served_for_the_other(archive, tmp_path):
    """Only CommonMark stored, then a Material build (and back): every page is the flavour asked for, made anew."""
    index_file = tmp_path / INDEX_FILE
    build(archive, index_file, [COMMONMARK])
    pages, made, _ = build(archive, index_file, [MATERIAL])
    assert made[MATERIAL] > 20 and pages[MATERIAL] == scratch(archive, MATERIAL)
    pages, made, _ = build(archive, index_file, [COMMONMARK])
    assert made == {COMMONMARK: 0} and pages[COMMONMARK] == scratch(archive, COMMONMARK)


def test_a_new_briefing_makes_its_pages_in_each_flavour_and_drops_no_other(archive, tmp_path):
    """One new article after a ``--commonmark`` build: each flavour makes the same few pages anew (not the archive)."""
    index_file = tmp_path / INDEX_FILE
    _, first, _ = build(archive, index_file, [MATERIAL, COMMONMARK])
    more = [*archive, story("s09", date="2025-01-09")]
    pages, made, _ = build(more, index_file, [MATERIAL, COMMONMARK])
    assert 0 < made[MATERIAL] == made[COMMONMARK] < first[MATERIAL], (made, first)  # 16 of 31 here: the story links most actors
    assert pages == {MATERIAL: scratch(more, MATERIAL), COMMONMARK: scratch(more, COMMONMARK)}


def test_pages_gone_from_the_archive_are_dropped_in_both_flavours(archive, tmp_path):
    """The store holds at most one page per path and flavour, and only paths the last build made."""
    index_file = tmp_path / INDEX_FILE
    build(archive, index_file, [MATERIAL, COMMONMARK])
    fewer = [b for b in archive if b.article.name != "s03"]
    pages, _, _ = build(fewer, index_file, [MATERIAL])
    with sqlite3.connect(index_file) as db:
        rows = db.execute("SELECT path, flavour FROM page").fetchall()
    assert len(rows) == len(set(rows))
    assert not [path for path, _ in rows if path not in pages[MATERIAL]]
    assert not [path for path, _ in rows if "s03" in path]


def test_an_index_stored_by_the_last_format_is_built_again_once(archive, tmp_path):
    """``site-index-5`` kept one page per path (no flavour): such a file is built from scratch once, then reused."""
    index_file = tmp_path / INDEX_FILE
    build(archive, index_file, [MATERIAL])
    with sqlite3.connect(index_file) as db:
        db.executescript(
            "DROP TABLE page; CREATE TABLE page (path TEXT PRIMARY KEY, key BLOB NOT NULL, content BLOB NOT NULL) WITHOUT ROWID;"
            "UPDATE meta SET value = 'site-index-5' WHERE key = 'format';"
        )
    pages, made, reset = build(archive, index_file, [MATERIAL, COMMONMARK])
    assert reset == "salt" and made[MATERIAL] > 20
    assert pages == {MATERIAL: scratch(archive, MATERIAL), COMMONMARK: scratch(archive, COMMONMARK)}
    _, made, reset = build(archive, index_file, [MATERIAL, COMMONMARK])
    assert reset is None and made == {MATERIAL: 0, COMMONMARK: 0}
