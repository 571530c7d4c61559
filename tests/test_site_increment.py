"""The last build's pages kept by their inputs (#18): only pages whose inputs changed are rendered again, same bytes."""

from __future__ import annotations

import dataclasses
import shutil

import pytest

import briefgen.site.increment as increment
from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.increment import CachedRenderer, PageStore, renderer_salt
from briefgen.site.index_db import StubExtraction, StubMeta

from test_site_pages import story


class Counting(Renderer):
    """A real renderer that counts the pages it renders."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.rendered: list[str] = []

    def briefing_markdown(self, briefing, **kwargs):
        self.rendered.append(f"briefing {briefing.article.name}")
        return super().briefing_markdown(briefing, **kwargs)

    def list_markdown(self, **values):
        self.rendered.append(f"list {values['title']}")
        return super().list_markdown(**values)

    def page_markdown(self, template, **values):
        self.rendered.append(f"{template} {values['title']}")
        return super().page_markdown(template, **values)


def briefings(n: int):
    return [story(f"day{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, n + 1)]


def clean(items, renderer=None) -> dict[str, str]:
    return {p.path: p.content for p in assemble_site(items, renderer=renderer or Renderer(), per_page=2).pages}


def cached(items, store_file, renderer) -> tuple[dict[str, str], PageStore]:
    with PageStore(store_file, salt=renderer_salt(renderer)) as store:
        pages = {p.path: p.content for p in assemble_site(items, renderer=CachedRenderer(renderer, store), per_page=2).pages}
    return pages, store


def test_a_rebuild_renders_only_the_pages_whose_inputs_changed(tmp_path):
    store_file = tmp_path / "pages.sqlite"
    first, store = cached(briefings(9), store_file, Counting())
    assert store.reset == "missing" and store.hits == 0
    assert first == clean(briefings(9))

    again = Counting()
    same, store = cached(briefings(9), store_file, again)
    assert same == first and store.reset is None
    # nothing changed: nothing is rendered (the actors index was, while it read the site index as it rendered: #18)
    assert again.rendered == []

    more = Counting()
    after, store = cached(briefings(10), store_file, more)
    assert after == clean(briefings(10))  # byte for byte what a build from scratch gives
    # the new briefing and its thread neighbour; the newest page and newest older page of each list it is on; the home
    # page and the actors index's front page (their counts); nothing else of the 44 pages
    assert sorted(more.rendered) == sorted(
        ["briefing day09", "briefing day10", "home.md.j2 Briefings", "list Briefings", "list Briefings, page 4"]
        + ["timeline.md.j2 2025-06", "timeline.md.j2 2025-06, page 4", "timeline.md.j2 Timeline", "timeline.md.j2 Timeline, page 4"]
        + [f"actor.md.j2 {name}{page}" for name in ("Marco Rubio", "Russia", "Ukraine") for page in ("", ", page 4")]
        + ["actors.md.j2 Actors"]
    )


def test_a_changed_title_renders_again_only_the_list_pages_listing_it(tmp_path):
    """#18: a list page is kept under a key made from the index rows its entries come from (title, date, first key
    point, page of each briefing listed; the page's path and pager), so its entries are built only when it is rendered.
    A briefing whose title changes is listed anew on each list page showing it, and no other list page is rendered."""
    store_file = tmp_path / "pages.sqlite"
    items = briefings(9)
    cached(items, store_file, Renderer())
    retitled = dataclasses.replace(items[2], article=dataclasses.replace(items[2].article, title="A title of its own"))
    changed = [*items[:2], retitled, *items[3:]]
    more = Counting()
    after, _ = cached(changed, store_file, more)
    assert after == clean(changed)
    # per_page=2: the newest two on each front page, the other seven numbered from the oldest (day03 on page 2)
    lists = sorted(r for r in more.rendered if r.startswith(("list ", "timeline.md.j2")))
    assert lists == ["list Briefings, page 2", "timeline.md.j2 2025-06, page 2", "timeline.md.j2 Timeline, page 2"]
    assert "A title of its own" in after["briefings/index/2.md"] and "A title of its own" in after["timeline/page-2.md"]


def test_a_new_actor_renumbering_the_index_leaves_the_other_actors_pages_alone(tmp_path):
    """A new person sorts before the others in the index and shifts their row ids, which no page shows."""
    store_file = tmp_path / "pages.sqlite"
    cached(briefings(5), store_file, Renderer())
    more = Counting()
    items = [*briefings(5), story("day06", date="2025-06-06", speaker="Aaron Abbott")]
    after, _ = cached(items, store_file, more)
    assert after == clean(items)
    assert not [page for page in more.rendered if "Marco Rubio" in page]  # not in the new briefing: its pages as they were


def test_a_new_actor_renders_only_the_actors_index_pages_it_changes(tmp_path):
    """#18: the actors index is pages of bounded size, each rendered from plain values; one new article naming a new
    person re-renders the index's front page (its counts), the page listing the newcomer and the pages whose actors'
    counts changed (Russia, Ukraine, Rubio are in every story), not the others. The one page was rendered every build."""
    from test_site_pages import bystander_story, bystanders

    def site(items, store_file, renderer):
        with PageStore(store_file, salt=renderer_salt(renderer)) as store:
            return {p.path: p.content for p in assemble_site(items, renderer=CachedRenderer(renderer, store), per_page=2, index_per_page=6).pages}

    base = [bystander_story(f"s{i:02d}", bystanders=tuple(bystanders(8, seed=i)), date=f"2025-06-{i + 1:02d}") for i in range(12)]
    store_file = tmp_path / "pages.sqlite"
    before = site(base, store_file, Renderer())
    more = Counting()
    after = site([*base, bystander_story("s99", bystanders=("Zoe Newcomer",), date="2025-06-30")], store_file, more)
    index = sorted(p for p in after if p == "actors/index.md" or p.startswith("actors/index/"))
    changed = [p for p in index if before.get(p) != after[p]]
    rendered = [r for r in more.rendered if r.startswith("actors.md.j2")]
    assert len(index) > 20
    assert len(rendered) == len(changed) <= 6, (rendered, changed)
    assert "actors.md.j2 Actors" in rendered and any(p.startswith("actors/index/z") for p in changed)


def test_equal_inputs_hit_the_store_however_their_objects_are_shared(tmp_path):
    """A page's key must depend on its inputs' values, not on which of them are one object in memory.

    A freshly parsed briefing shares string objects (an actor's name in its
    quotes and its demands); the same briefing read back from the extraction
    cache in the next build holds equal but separate strings. Pickle's memo
    wrote the two differently, so the first rebuild after a cold build found
    about half its pages changed (201 of 362 pages missed at 200 synthetic
    briefings; measured by the lead, #18).
    """
    import pickle

    one = "".join(["Marco", " Rubio"])
    shared = (one, one)
    separate = (one, "".join(["Marco ", "Rubio"]))
    assert shared == separate and shared[0] is shared[1] and separate[0] is not separate[1]
    assert increment._digest(shared) == increment._digest(separate)

    store_file = tmp_path / "pages.sqlite"
    items = briefings(6)
    cached(items, store_file, Renderer())
    again = Counting()
    after, store = cached(pickle.loads(pickle.dumps(items)), store_file, again)
    assert after == clean(items)
    assert again.rendered == []


def test_pages_no_build_asked_for_are_dropped(tmp_path):
    store_file = tmp_path / "pages.sqlite"
    cached(briefings(6), store_file, Renderer())
    cached(briefings(3), store_file, Renderer())
    with PageStore(store_file, salt=renderer_salt(Renderer())) as store:
        kept = store.db.execute("SELECT COUNT(*) FROM page").fetchone()[0]
    _, fresh = cached(briefings(3), tmp_path / "other.sqlite", Renderer())
    assert kept == fresh.misses  # one site's worth of pages, not both builds'


def test_a_changed_template_renders_every_page(tmp_path):
    store_file = tmp_path / "pages.sqlite"
    cached(briefings(5), store_file, Renderer())
    own = tmp_path / "templates"
    own.mkdir()
    shipped = increment.resources.files("briefgen.templates") / "timeline.md.j2"
    (own / "timeline.md.j2").write_text(shipped.read_text(encoding="utf-8").replace("**Archive:**", "**Months:**"), encoding="utf-8")
    pages, store = cached(briefings(5), store_file, Renderer(templates_dir=own))
    assert store.reset == "salt" and store.hits == 0
    assert pages == clean(briefings(5), Renderer(templates_dir=own)) and "**Months:**" in pages["timeline/index.md"]


def test_changed_code_or_package_renders_every_page(tmp_path, monkeypatch):
    store_file = tmp_path / "pages.sqlite"
    cached(briefings(5), store_file, Renderer())
    monkeypatch.setattr(increment, "code_digest", lambda: "another version of briefgen")
    pages, store = cached(briefings(5), store_file, Renderer())
    assert store.reset == "salt" and store.hits == 0 and pages == clean(briefings(5))


def test_a_changed_config_renders_every_page(tmp_path):
    store_file = tmp_path / "pages.sqlite"
    with PageStore(store_file, salt=renderer_salt(Renderer(), extra=("site_url: https://a.example/",))) as store:
        assemble_site(briefings(5), renderer=CachedRenderer(Renderer(), store), per_page=2)
    with PageStore(store_file, salt=renderer_salt(Renderer(), extra=("site_url: https://b.example/",))) as store:
        pages = {p.path: p.content for p in assemble_site(briefings(5), renderer=CachedRenderer(Renderer(), store), per_page=2).pages}
    assert store.reset == "salt" and store.hits == 0 and pages == clean(briefings(5))
    assert renderer_salt(Renderer(), extra=("a",)) != renderer_salt(Renderer(), extra=("b",))
    assert renderer_salt(Renderer(portable=True)) != renderer_salt(Renderer())


@pytest.mark.parametrize("damage", ["garbage", "truncated", "missing"])
def test_a_corrupt_or_missing_store_renders_every_page(tmp_path, damage):
    store_file = tmp_path / "pages.sqlite"
    first, _ = cached(briefings(5), store_file, Renderer())
    if damage == "garbage":
        store_file.write_bytes(b"not a database at all" * 100)
    elif damage == "truncated":
        data = store_file.read_bytes()
        store_file.write_bytes(data[: len(data) // 2])
    else:
        store_file.unlink()
    pages, store = cached(briefings(5), store_file, Renderer())
    assert store.reset == ("missing" if damage == "missing" else "corrupt") and store.hits == 0
    assert pages == first
    _, store = cached(briefings(5), store_file, Renderer())  # ... and the next build uses the store written afresh
    assert store.reset is None and store.misses == 0 and store.hits > 0


def test_a_stored_page_that_cannot_be_read_is_rendered(tmp_path):
    store_file = tmp_path / "pages.sqlite"
    first, _ = cached(briefings(5), store_file, Renderer())
    import sqlite3

    with sqlite3.connect(store_file) as db:
        db.execute("UPDATE page SET content = x'00ff'")
    pages, store = cached(briefings(5), store_file, Renderer())
    assert pages == first and store.reset == "corrupt"


def test_a_build_that_fails_keeps_the_last_whole_store(tmp_path):
    store_file = tmp_path / "pages.sqlite"
    cached(briefings(5), store_file, Renderer())
    saved = tmp_path / "saved.sqlite"
    shutil.copy(store_file, saved)
    with pytest.raises(RuntimeError):
        with PageStore(store_file, salt=renderer_salt(Renderer())) as store:
            CachedRenderer(Renderer(), store).page_markdown("timeline.md.j2", title="x", entries=[], months=[], pager=[])
            raise RuntimeError("the build failed")
    _, store = cached(briefings(5), store_file, Renderer())
    assert store.misses == 0  # nothing of the last whole build was lost


@pytest.mark.parametrize(
    "make",
    [
        lambda v: StubMeta(v),  # one-field dataclasses: a list page's briefing stubs
        lambda v: StubExtraction((v,)),
        lambda v: {"plain": v},  # pickled pickle's own way, asked for again and again
    ],
)
def test_a_key_tells_values_apart_whatever_the_class_is_pickled_by(make):
    for _ in range(2):  # the second time through, each class's reducer is the remembered one
        assert increment._digest(("k", make("2020-01-01"))) == increment._digest(("k", make("2020-01-01")))
        assert increment._digest(("k", make("2020-01-01"))) != increment._digest(("k", make("2020-01-02")))


@pytest.mark.parametrize("stored_index", [False, True])
def test_a_page_the_stored_index_keeps_is_not_kept_in_the_page_store_too(tmp_path, stored_index):
    """Kept twice, a rebuild took every briefing and actor page from the index and then deleted each from the page store (#18)."""
    import sqlite3
    import zlib

    store_file = tmp_path / "pages.sqlite"
    renderer = Renderer()
    with PageStore(store_file, salt=renderer_salt(renderer)) as store:
        built = assemble_site(
            briefings(6), renderer=CachedRenderer(renderer, store), per_page=2, index_file=tmp_path / "index.sqlite" if stored_index else None
        )
        pages = {p.path: p.content for p in built.pages}
    with sqlite3.connect(store_file) as db:
        in_store = {zlib.decompress(c).decode("utf-8") for (c,) in db.execute("SELECT content FROM page")}
    kept = [path for path in pages if path.startswith(("briefings/day", "actors/")) and not path.startswith("actors/index")]
    assert len(kept) > 6 and any(p.startswith("actors/") for p in kept)
    assert all((pages[path] in in_store) != stored_index for path in kept)  # only a build without the index stores them
    assert pages["briefings/index.md"] in in_store  # list pages are the page store's either way
