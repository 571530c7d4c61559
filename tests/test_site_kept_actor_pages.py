"""A rebuild reads the stored actor pages of a run of actors in one query, not one query per page (#18).

Taking 1,800 kept actor pages at 2,000 briefings asked the page table 1,800 times; ``_actor_runs`` asks for the pages
of :data:`~briefgen.site.pages.ACTOR_RUN` actors at once (:meth:`SiteIndex.stored_pages`). The pages handed out are
the same: kept when the key is the stored one, made again otherwise.
"""

from __future__ import annotations

import sqlite3

import pytest

from briefgen.render import Renderer
from briefgen.site import assemble_site, pages as pages_module
from briefgen.site.index_db import INDEX_FILE, SiteIndex

from test_site_index_store import same_as_scratch, site
from test_site_kept_briefing_pages import _items, page_queries  # noqa: F401 - a fixture


def _actor_pages(built) -> list[str]:
    return [p.path for p in built.pages if p.path.startswith("actors/") and p.path.count("/") >= 1 and not p.path.startswith("actors/index")]


def test_kept_actor_pages_are_read_a_run_at_a_time_not_one_query_each(tmp_path, page_queries, monkeypatch):  # noqa: F811
    monkeypatch.setattr(pages_module, "ACTOR_RUN", 2)  # several runs, the last one short
    index_file = tmp_path / INDEX_FILE
    site(_items(6), index_file)
    page_queries.clear()
    built = assemble_site(_items(7), renderer=Renderer(), per_page=2, index_per_page=6, index_file=index_file, index_salt="code-1")
    assert len(_actor_pages(built)) >= 3
    assert not [sql for sql in page_queries if "'actors/" in sql], page_queries  # main: one query per actor page


def test_stored_pages_asks_in_bounded_queries_and_leaves_out_paths_without_one(tmp_path, monkeypatch):
    index_file = tmp_path / INDEX_FILE
    site(_items(4), index_file)
    index = SiteIndex(path=index_file, salt="code-1")
    try:
        paths = [p for (p,) in index.db.execute("SELECT path FROM page WHERE flavour = 'material' ORDER BY path")]
        monkeypatch.setattr(SiteIndex, "PAGES_ASKED", 3)
        found = index.stored_pages([*paths, "actors/nobody.md"], flavour="material")
        assert sorted(found) == paths
        assert found[paths[0]] == index.db.execute("SELECT key, content FROM page WHERE path = ?", (paths[0],)).fetchone()
        assert index.stored_pages(paths, flavour="commonmark") == {}
    finally:
        index.close()


@pytest.mark.parametrize("run", [1, 2, 200])
@pytest.mark.parametrize("change", ["new-briefing", "key-changed", "damaged", "gone"])
def test_the_actor_pages_handed_out_are_a_build_from_scratchs(tmp_path, monkeypatch, change, run):
    monkeypatch.setattr(pages_module, "ACTOR_RUN", run)
    index_file = tmp_path / INDEX_FILE
    items = _items(6)
    site(items, index_file)
    with sqlite3.connect(index_file) as db:
        actor_paths = [p for (p,) in db.execute("SELECT path FROM page WHERE path LIKE 'actors/%' AND path NOT LIKE 'actors/index%' ORDER BY path")]
        assert len(actor_paths) >= 2
        if change == "new-briefing":
            items = _items(7)
        elif change == "key-changed":
            db.execute("UPDATE page SET key = x'00' WHERE path = ?", (actor_paths[-1],))
        elif change == "damaged":
            db.execute("UPDATE page SET content = x'00ff' WHERE path = ?", (actor_paths[0],))
        elif change == "gone":
            db.execute("DELETE FROM page WHERE path = ?", (actor_paths[0],))
    assert same_as_scratch(items, index_file) == []
