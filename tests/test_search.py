"""The Pagefind index over a built site (:mod:`briefgen.site.search`), on hand-written pages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.errors import SearchIndexError
from briefgen.site.search import PAGEFIND_DIR, index_site

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Home Briefings Timeline Actors {nav}</nav>
<article><h1>{title}</h1><div hidden data-pagefind-filter="kind:{kind}"></div><p>{text}</p></article>
</body></html>"""


def write_site(root: Path, pages: dict[str, tuple[str, str, str]]) -> Path:
    for path, (title, kind, text) in pages.items():
        target = root / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(PAGE.format(title=title, kind=kind, text=text, nav="navigation words"), encoding="utf-8")
    return root


def entry(site: Path) -> dict:
    return json.loads((site / PAGEFIND_DIR / "pagefind-entry.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        ({}, 0),
        ({"index.html": ("Home", "page", "Latest briefings.")}, 1),
        (
            {
                "index.html": ("Home", "page", "Latest briefings."),
                "actors/tony-blair/index.html": ("Tony Blair", "actor", "Prime Minister."),
                "briefings/blair-returns/index.html": ("Blair returns", "briefing", "Tony Blair returned from Gaza."),
            },
            3,
        ),
    ],
    ids=["empty-site", "one-page", "three-pages"],
)
def test_every_html_page_is_indexed(tmp_path, pages, expected):
    site = write_site(tmp_path / "site", pages)
    site.mkdir(exist_ok=True)
    result = index_site(site)
    assert result.pages == expected
    assert result.folder == site / PAGEFIND_DIR
    assert sum(lang["page_count"] for lang in entry(site)["languages"].values()) == expected
    assert (site / PAGEFIND_DIR / "pagefind-ui.js").is_file()  # the browser bundle the search box loads


def test_filters_are_written_for_the_kinds_of_page(tmp_path):
    site = write_site(tmp_path, {"a/index.html": ("A", "actor", "x"), "b/index.html": ("B", "briefing", "y")})
    index_site(site)
    assert list((site / PAGEFIND_DIR / "filter").glob("*.pf_filter")), "no filter index written"


def test_a_new_index_replaces_the_old_one_whole(tmp_path):
    site = write_site(tmp_path, {"a/index.html": ("A", "actor", "x"), "b/index.html": ("B", "briefing", "y")})
    index_site(site)
    stale = site / PAGEFIND_DIR / "fragment" / "left-over.pf_fragment"
    stale.write_bytes(b"old")
    (site / "b" / "index.html").unlink()
    assert index_site(site).pages == 1
    assert not stale.exists()
    assert entry(site)["languages"]["en"]["page_count"] == 1


def test_the_index_itself_is_never_indexed(tmp_path):
    site = write_site(tmp_path, {"a/index.html": ("A", "actor", "x")})
    index_site(site)
    (site / PAGEFIND_DIR / "stray.html").write_text(PAGE.format(title="T", kind="actor", text="t", nav=""), encoding="utf-8")
    assert index_site(site).pages == 1


def test_a_failing_indexer_is_one_line_naming_the_site(tmp_path, monkeypatch):
    import pagefind.index

    class Broken:
        def __init__(self, *args, **kwargs):
            raise RuntimeError("binary\nnot found")

    monkeypatch.setattr(pagefind.index, "PagefindIndex", Broken)
    with pytest.raises(SearchIndexError) as caught:
        index_site(tmp_path)
    assert str(caught.value) == f"{tmp_path}: search index not built: binary not found"


def test_indexing_works_inside_a_running_event_loop(tmp_path):
    """A notebook or a browser-driving test has a loop running in the thread; the index is still built."""
    import asyncio

    site = write_site(tmp_path, {"a/index.html": ("A", "actor", "x")})

    async def inside() -> int:
        return index_site(site).pages

    assert asyncio.run(inside()) == 1


def test_a_new_index_keeps_the_files_of_unchanged_pages_and_drops_the_rest(tmp_path):
    """After one page changes, the other pages' fragments are the same files (not deleted and written again, #18)."""
    site = write_site(tmp_path, {f"p{i}/index.html": (f"Page {i}", "briefing", f"Text number {i}.") for i in range(4)})
    index_site(site)
    fragments = site / PAGEFIND_DIR / "fragment"
    before = {p.name: p.stat().st_ino for p in fragments.iterdir()}
    write_site(site, {"p0/index.html": ("Page 0", "briefing", "Changed text.")})
    (site / "p3" / "index.html").unlink()
    assert index_site(site).pages == 3
    after = {p.name: p.stat().st_ino for p in fragments.iterdir()}
    assert len(after) == 3  # the changed page's old fragment and the removed page's are gone
    kept = {name for name in after if before.get(name) == after[name]}
    assert len(kept) == 2  # p1 and p2: the very same files
    assert len(set(after) - set(before)) == 1  # p0's new fragment


def test_an_index_that_cannot_be_read_is_not_pruned(tmp_path):
    """Without a readable entry and metadata nothing is removed, and ``index_site`` writes the index from scratch."""
    from briefgen.site.search import _prune

    site = write_site(tmp_path, {"a/index.html": ("A", "actor", "x"), "b/index.html": ("B", "briefing", "y")})
    index_site(site)
    folder = site / PAGEFIND_DIR
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    for meta in folder.glob("*.pf_meta"):
        meta.write_bytes(b"not gzip")
    assert _prune(folder) is False
    assert sorted(p for p in folder.rglob("*") if p.is_file()) == files
    (folder / "pagefind-entry.json").write_text("{", encoding="utf-8")
    assert _prune(folder) is False
    assert index_site(site).pages == 2
    assert _prune(folder) is True
