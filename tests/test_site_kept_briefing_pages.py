"""A rebuild takes each briefing's stored page in the row of its page inputs, not in a query of its own (#18).

Taking 2,000 kept briefing pages at 2,000 briefings asked the page table 2,000 times (0.03 CPU s of a one-article
rebuild's fixed cost); :meth:`SiteIndex.page_inputs` now reads each briefing's last page in the same row as the
rest of its key's inputs. The pages handed out are the same: a kept page only when its key is the stored one, a
page made again when its key changed or its stored text cannot be read, and a new briefing's page made.
"""

from __future__ import annotations

import sqlite3

import pytest

from briefgen.render import Renderer
from briefgen.site import SiteIndex, assemble_site
from briefgen.site.index_db import INDEX_FILE

from test_site_index_store import same_as_scratch, site
from test_site_pages import story


@pytest.fixture
def page_queries(monkeypatch):
    """The page table look-ups of one path each that the builds' stored indexes make: the paths asked."""
    asked: list[str] = []
    init = SiteIndex.__init__

    def traced(self, *args, **kwargs):
        init(self, *args, **kwargs)
        if self.path is not None:
            self.db.set_trace_callback(lambda sql: asked.append(sql) if sql.startswith("SELECT key, content FROM page WHERE path") else None)

    monkeypatch.setattr(SiteIndex, "__init__", traced)
    return asked


def _items(days: int) -> list:
    return [story(f"s{d:02d}", date=f"2025-01-{d:02d}") for d in range(1, days + 1)]


def test_kept_briefing_pages_are_read_with_their_inputs_not_one_query_each(tmp_path, page_queries):
    index_file = tmp_path / INDEX_FILE
    site(_items(6), index_file)
    page_queries.clear()
    built = assemble_site(_items(7), renderer=Renderer(), per_page=2, index_per_page=6, index_file=index_file, index_salt="code-1")
    briefing_pages = [p.path for p in built.pages if p.path.startswith("briefings/") and p.path.count("/") == 1 and p.path[10:12] == "s0"]
    assert len(briefing_pages) == 7
    assert not [sql for sql in page_queries if "'briefings/" in sql], page_queries  # main: one query per briefing page


@pytest.mark.parametrize("change", ["none", "new-briefing", "key-changed", "damaged", "gone"])
def test_the_pages_handed_out_are_a_build_from_scratchs(tmp_path, change):
    """Kept where the key is the stored one, made again otherwise: every page equals a build from scratch."""
    index_file = tmp_path / INDEX_FILE
    items = _items(6)
    site(items, index_file)
    if change == "new-briefing":
        items = _items(7)
    elif change == "key-changed":  # a briefing's page key holds its title: a new title is a new key
        with sqlite3.connect(index_file) as db:
            db.execute("UPDATE page SET key = x'00' WHERE path = 'briefings/s03.md'")
    elif change == "damaged":
        with sqlite3.connect(index_file) as db:
            assert db.execute("UPDATE page SET content = x'00ff' WHERE path LIKE 'briefings/s0%'").rowcount == 6
    elif change == "gone":
        with sqlite3.connect(index_file) as db:
            assert db.execute("DELETE FROM page WHERE path = 'briefings/s02.md'").rowcount == 1
    assert same_as_scratch(items, index_file) == []
    again = SiteIndex(path=index_file, salt="code-1")  # the pages the rebuild made are stored for the next
    try:
        stored = dict(again.db.execute("SELECT path, length(content) FROM page WHERE path LIKE 'briefings/s0%'").fetchall())
    finally:
        again.close()
    assert len(stored) == len(items) and all(size > 10 for size in stored.values())
