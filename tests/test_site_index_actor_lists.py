"""The actor pages read their actors' lists a batch of actors at a time, not three queries per actor (#18).

Each actor page asked the index for its actor's first and last dated briefings and for each of its list pages'
rows: 5,200 queries for 1,724 actors at 2,000 briefings, 0.12 CPU s alone against 0.076 for one query.
:meth:`SiteIndex.paged_actor_lists` gives every paged actor's whole list and dated ends from one query per batch
(bounded by rows); what it gives must be what the per-actor queries give, and the pages the same.
"""

from __future__ import annotations

import pytest

from briefgen.render import Renderer
from briefgen.site import SiteIndex
from briefgen.site.pages import iter_site_pages

from test_index_db_scale import archive


def _index(tmp_path, n: int, *, stored: bool) -> SiteIndex:
    index = SiteIndex(path=tmp_path / "index.sqlite" if stored else None)
    for b in archive(n):
        index.add(b)
    index.finish()
    return index


@pytest.mark.parametrize("stored", [False, True])
@pytest.mark.parametrize("batch", [3, 7, 5000])  # an actor longer than a batch is read alone; many actors share one
def test_each_paged_actor_gets_the_rows_and_ends_the_per_actor_queries_give(tmp_path, monkeypatch, stored, batch):
    monkeypatch.setattr(SiteIndex, "LIST_BATCH", batch)
    with _index(tmp_path, 60, stored=stored) as index:
        got = list(index.paged_actor_lists())
        assert [actor for actor, *_ in got] == list(index.actors(paged=True))
        assert any(len(rows) > batch for _, rows, _, _ in got) or batch == 5000
        for actor, rows, oldest, newest in got:
            assert rows == index.actor_briefing_rows(actor.aid)
            assert len(rows) == actor.briefing_count
            for offset, limit in ((0, 2), (2, 2), (4, 3), (1, 50)):
                assert rows[offset : offset + limit] == index.actor_briefing_rows(actor.aid, offset=offset, limit=limit)
            assert (oldest, newest) == index.actor_dated_ends(actor.aid)


def test_an_archive_whose_paged_actors_have_no_dated_briefing_gives_no_ends(tmp_path):
    undated = [b for b in archive(30) if b.article.meta.date is None]
    with SiteIndex() as index:
        for b in undated:
            index.add(b)
        index.finish()
        got = list(index.paged_actor_lists())
        assert got and all(oldest is None and newest is None for _, _, oldest, newest in got)


def test_the_actor_pages_ask_no_query_per_actor(tmp_path, monkeypatch):
    with _index(tmp_path, 40, stored=True) as index:
        before = {p.path: p.content for p in iter_site_pages(index, renderer=Renderer(), per_page=3)}

    def refused(*args, **kwargs):
        raise AssertionError("a query per actor")

    with _index(tmp_path / "again", 40, stored=True) as index:
        monkeypatch.setattr(SiteIndex, "actor_briefing_rows", refused)
        monkeypatch.setattr(SiteIndex, "actor_dated_ends", refused)
        after = {p.path: p.content for p in iter_site_pages(index, renderer=Renderer(), per_page=3)}
    assert after == before
    assert any(path.startswith("actors/") and path.count("/") == 2 for path in after)  # an actor with older pages
