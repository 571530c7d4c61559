"""A rebuild after one new article does work in proportion to the change, not to the archive (#18): counted, not timed.

A build through the stored site index keeps each briefing page and actor page
under a key of its inputs (:meth:`~briefgen.site.index_db.SiteIndex.begin_pages`);
the next build loads and renders only the briefings and pages whose key moved.
Before (main at d2e111d) every briefing was loaded again for its page's key:
a one-article rebuild of 4N briefings loaded 4N + 1 of them. The counts must
not grow with the archive: N and 4N synthetic briefings (made from real ones)
give about the same work, and the pages are those of a build from scratch.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sqlite3

import pytest

from briefgen.pipeline import brief_paths
from briefgen.records import Briefing
from briefgen.render import Renderer
from briefgen.site import SiteIndex, assemble_site, iter_site_pages
from briefgen.site.increment import PAGES_FILE, CachedRenderer, PageStore, renderer_salt
from briefgen.site.index_db import INDEX_FILE

from test_site_index_db import ARTICLES
from synthetic import synthetic_briefings

SMALL = 80  # past the feed (50 newest briefings, loaded for every build) and the home page (10)


class Counting(Renderer):
    """A real renderer that counts the pages it renders."""

    def __init__(self) -> None:
        super().__init__()
        self.rendered = 0

    def briefing_markdown(self, briefing, **kwargs):
        self.rendered += 1
        return super().briefing_markdown(briefing, **kwargs)

    def list_markdown(self, **values):
        self.rendered += 1
        return super().list_markdown(**values)

    def page_markdown(self, template, **values):
        self.rendered += 1
        return super().page_markdown(template, **values)


@pytest.fixture(scope="module")
def base(nlp) -> list[Briefing]:
    return [b for b in brief_paths(ARTICLES, nlp=nlp) if isinstance(b, Briefing)]


def build(items, state, renderer) -> tuple[dict[str, str], SiteIndex]:
    """Every page through the stored index and the page store in ``state`` (as a sharded build keeps them)."""
    with PageStore(state / PAGES_FILE, salt=renderer_salt(renderer)) as store, SiteIndex(path=state / INDEX_FILE, salt="code-1") as index:
        for b in items:
            index.add(b)
        pages = {p.path: p.content for p in iter_site_pages(index, renderer=CachedRenderer(renderer, store), per_page=5)}
    return pages, index


def newest(b: Briefing, items: list[Briefing]) -> Briefing:
    """``b`` dated the day after the newest of ``items``: news arrive newest (an older date is one more page of each list)."""
    last = max(x.article.meta.date for x in items if x.article.meta.date)
    day = (dt.date.fromisoformat(last) + dt.timedelta(days=1)).isoformat()
    return dataclasses.replace(b, article=dataclasses.replace(b.article, meta=dataclasses.replace(b.article.meta, date=day)))


def one_new_article(items: list[Briefing], extra: Briefing, state) -> dict[str, int]:
    state.mkdir()
    build(items, state, Renderer())
    renderer = Counting()
    pages, index = build([*items, extra], state, renderer)
    with sqlite3.connect(state / INDEX_FILE) as db:
        bare, keys = db.execute("SELECT COUNT(single), COUNT(DISTINCT okey) FROM app").fetchone()
        (actors,) = db.execute("SELECT COUNT(*) FROM actor").fetchone()
    assert pages == {p.path: p.content for p in assemble_site([*items, extra], renderer=Renderer(), per_page=5).pages}  # from scratch
    return {
        "loaded": index.loaded, "made": index.made, "rendered": renderer.rendered, "kept": index.kept, "pages": len(pages),
        "actors summed": index.summed, "appearances summed": index.summed_rows, "briefings resolved": index.resolved,
        "actors relisted": index.relisted, "actors": actors, "surnames joined": index.surnames_joined, "bodies joined": index.bodies_joined, "views": index.viewed,
        "bare surnames": bare, "organisation keys": keys,
    }  # fmt: skip


def test_a_one_article_rebuild_does_not_grow_with_the_archive(base, tmp_path):
    *items, extra = synthetic_briefings(4 * SMALL + 1, seed=11, base=base)
    extra = newest(extra, items)
    small, large = one_new_article(items[:SMALL], extra, tmp_path / "small"), one_new_article(items, extra, tmp_path / "large")
    assert large["pages"] > 3 * small["pages"]  # the archive did grow
    assert large["kept"] > 3 * small["kept"]  # ... and its pages were taken from the last build
    # ... but not the work. Linear work is 4x; what grows here is what the new article touches in a larger archive (more
    # of its actors have pages; the actors index is one level deeper), 1.03x / 1.46x / 1.55x when written. Before,
    # every briefing was loaded again: 4.0x.
    # Actors summed (#18): 8 -> 9 (every actor was summed again before: 4x). The appearances read to sum them still grow
    # (216 -> 864): the new article touches actors of many briefings, whose appearances are all read again.
    for count in ("loaded", "made", "rendered", "actors summed"):
        assert large[count] < 2 * small[count], (count, small, large)
    # Briefings whose names, main actors and voices were resolved again: every one before (80 / 320); now the new one
    # and those where a name of an actor it touched also stands for another actor (1 / 6 when written).
    assert small["briefings resolved"] < SMALL / 10 and large["briefings resolved"] < SMALL / 10, (small, large)
    # Bare surnames whose join was decided again (#18, second pass): every one of the archive before; now the bare forms
    # of the surnames the new article gives a full name (9 / 31 of 80 / 357 when written: a surname's bare forms grow
    # with the archive) and its own.
    assert 0 < large["surnames joined"] < large["bare surnames"] / 2, (small, large)
    # ... and organisation keys whose body was worked out again: every one before; now those of the bodies the new
    # article's organisations were in or reach.
    assert 0 < large["bodies joined"] < large["organisation keys"] / 4, (small, large)
    # ... and briefings whose view of the site was digested again (the key pass, SiteIndex.begin_pages): every one before
    # (81 / 321); now those resolved again and those naming an actor whose slug, name or link moved (2 / 8 when written).
    assert 0 < small["views"] < SMALL / 4 and 0 < large["views"] < SMALL / 4, (small, large)
    # Actors whose briefings were listed again (``abrief``, #18): every actor of the archive before; now those re-summed
    # or gone (as many as the actors summed).
    assert 0 < large["actors relisted"] <= large["actors summed"] < large["actors"] / 10, (small, large)
    assert small["loaded"] < SMALL  # the feed's 50 and the home page's 10 newest, the new one and its neighbours
