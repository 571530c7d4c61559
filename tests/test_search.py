"""The Pagefind index over a built site (:mod:`briefgen.site.search`), on hand-written pages."""

from __future__ import annotations

import gzip
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
    if not expected:  # no page, no index (and no page to hold a search box)
        assert not result.folder.exists()
        return
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
    import pagefind.service

    broken = tmp_path / "bin" / "pagefind"
    broken.parent.mkdir()
    broken.write_text("#!/bin/sh\necho 'binary' >&2\necho 'not found' >&2\nexit 1\n", encoding="utf-8")
    broken.chmod(0o755)
    site = write_site(tmp_path / "site", {"a/index.html": ("A", "actor", "x")})
    monkeypatch.setattr(pagefind.service, "get_executable", lambda: broken)
    with pytest.raises(SearchIndexError) as caught:
        index_site(site)
    assert str(caught.value) == f"{site}: search index not built: binary not found"
    monkeypatch.setattr(pagefind.service, "get_executable", lambda: None)
    with pytest.raises(SearchIndexError, match="the pagefind binary is missing"):
        index_site(site)


def test_the_bundle_is_whole_when_the_index_is_written_again(tmp_path):
    """The Python API's service was killed on closing and left pagefind-ui.js and friends empty under load (#18); every file has content."""
    site = many_pages(tmp_path, 5)
    index_site(site)
    index_site(site)  # without a state folder every index is whole, written over the last one
    empty = [p.name for p in (site / PAGEFIND_DIR).rglob("*") if p.is_file() and p.stat().st_size == 0]
    assert empty == []


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


# --- #18: a base index plus a delta of the pages changed since it was written ---------------------------------------

from briefgen.site.search import BASE_MANIFEST, DELTA_DIR, DELTA_SHARE, DELTA_STATE  # noqa: E402


def state_of(site: Path) -> Path:
    """The state folder a rebuild keeps beside the site (the base's page list, the pages' digests): never inside the site."""
    return site.parent / f"{site.name}-state"


def grow(site: Path):
    return index_site(site, state_dir=state_of(site))


def many_pages(root: Path, n: int = 30) -> Path:
    return write_site(root, {f"p{i:02d}/index.html": (f"Page {i}", "briefing", f"Harbour text number {i}.") for i in range(n)})


def state(site: Path) -> dict:
    return json.loads((site / PAGEFIND_DIR / DELTA_STATE).read_text(encoding="utf-8"))


def fragment_id(site: Path, url: str) -> str:
    from briefgen.site.search import _fragment_ids

    return _fragment_ids(site / PAGEFIND_DIR)[url]


def test_a_few_changed_pages_go_into_a_delta_and_the_base_stays(tmp_path):
    site = many_pages(tmp_path)
    assert grow(site).delta == 0
    base_files = {p: p.read_bytes() for p in (site / PAGEFIND_DIR).rglob("*") if p.is_file() and p.name != DELTA_STATE}
    old_id = fragment_id(site, "/p01/")
    gone_id = fragment_id(site, "/p02/")
    write_site(site, {"p01/index.html": ("Page 1", "briefing", "Changed harbour text."), "new/index.html": ("New", "actor", "A new page.")})
    (site / "p02" / "index.html").unlink()
    result = grow(site)
    assert (result.pages, result.delta) == (30, 2)
    assert {p: p.read_bytes() for p in base_files} == base_files  # the base index is not written again
    delta_entry = json.loads((site / PAGEFIND_DIR / DELTA_DIR / "pagefind-entry.json").read_text(encoding="utf-8"))
    assert delta_entry["languages"]["en"]["page_count"] == 2
    assert state(site)["hidden"] == sorted([old_id, gone_id]) and state(site)["pages"] == 2
    assert state(site)["filters"][gone_id] == {"kind": ["briefing"]}
    # the whole search's filter counts, so the browser shows the filters without fetching their chunks
    assert state(site)["totals"] == {"kind": {"actor": 1, "briefing": 29}}
    assert not (site / PAGEFIND_DIR / DELTA_DIR / "pagefind-ui.js").exists()  # the delta is only an index; the base has the bundle


def test_pages_only_removed_make_an_empty_delta_that_hides_them(tmp_path):
    site = many_pages(tmp_path)
    grow(site)
    gone_id = fragment_id(site, "/p03/")
    (site / "p03" / "index.html").unlink()
    assert grow(site).delta == 0
    assert state(site)["pages"] == 0 and state(site)["hidden"] == [gone_id] and state(site)["totals"] == {"kind": {"briefing": 29}}
    assert not (site / PAGEFIND_DIR / DELTA_DIR).exists()


def test_a_base_written_without_filter_counts_leaves_the_browser_to_count(tmp_path):
    """A manifest from before the counts were kept: the delta's state has none, so the browser asks Pagefind (and its chunks)."""
    site = many_pages(tmp_path)
    grow(site)
    path = state_of(site) / BASE_MANIFEST
    manifest = json.loads(gzip.decompress(path.read_bytes()))
    assert manifest.pop("filters") == {"kind": {"briefing": 30}}
    path.write_bytes(gzip.compress(json.dumps(manifest).encode("utf-8")))
    write_site(site, {"new/index.html": ("New", "actor", "A new page.")})
    assert grow(site).delta == 1
    assert "totals" not in state(site)


def test_nothing_changed_leaves_no_delta(tmp_path):
    site = many_pages(tmp_path)
    grow(site)
    assert grow(site).delta == 0
    assert state(site) == {"pages": 0, "totals": {"kind": {"briefing": 30}}}


@pytest.mark.parametrize("changed", [int(DELTA_SHARE * 30) + 1, 30])
def test_changes_past_the_share_write_the_base_again_whole(tmp_path, changed):
    site = many_pages(tmp_path)
    grow(site)
    write_site(site, {f"p{i:02d}/index.html": (f"Page {i}", "briefing", f"Other text {i}.") for i in range(changed)})
    result = grow(site)
    assert (result.pages, result.delta) == (30, 0)
    assert not (site / PAGEFIND_DIR / DELTA_DIR).exists() and state(site) == {"pages": 0, "totals": {"kind": {"briefing": 30}}}
    assert entry(site)["languages"]["en"]["page_count"] == 30


def test_at_the_share_a_delta_is_still_written(tmp_path):
    site = many_pages(tmp_path)
    grow(site)
    write_site(site, {f"p{i:02d}/index.html": (f"Page {i}", "briefing", f"Other text {i}.") for i in range(int(DELTA_SHARE * 30))})
    assert grow(site).delta == int(DELTA_SHARE * 30)


@pytest.mark.parametrize("damage", ["manifest-garbage", "manifest-missing", "manifest-of-another-index", "fragment-missing"])
def test_a_base_that_cannot_be_vouched_for_is_written_again_whole(tmp_path, damage):
    site = many_pages(tmp_path / "site")
    grow(site)
    folder = site / PAGEFIND_DIR
    if damage == "manifest-garbage":
        (state_of(site) / BASE_MANIFEST).write_bytes(b"not gzip")
    elif damage == "manifest-missing":
        (state_of(site) / BASE_MANIFEST).unlink()
    elif damage == "manifest-of-another-index":
        other = many_pages(tmp_path / "other", 31)
        grow(other)
        (state_of(site) / BASE_MANIFEST).write_bytes((state_of(other) / BASE_MANIFEST).read_bytes())
    else:
        next((folder / "fragment").iterdir()).unlink()
    write_site(site, {"new/index.html": ("New", "actor", "A new page.")})
    result = grow(site)
    assert (result.pages, result.delta) == (31, 0)
    assert entry(site)["languages"]["en"]["page_count"] == 31
    assert (state_of(site) / BASE_MANIFEST).is_file()  # and the next build can grow from it again
    write_site(site, {"newer/index.html": ("Newer", "actor", "Another page.")})
    assert grow(site).delta == 1


@pytest.mark.parametrize("damage", ["state-garbage", "delta-missing", "delta-chunk-missing"])
def test_a_damaged_delta_is_written_again(tmp_path, damage):
    site = many_pages(tmp_path)
    grow(site)
    write_site(site, {"new/index.html": ("New", "actor", "A new page.")})
    grow(site)
    expected = state(site)
    folder = site / PAGEFIND_DIR
    if damage == "state-garbage":
        (folder / DELTA_STATE).write_text("{", encoding="utf-8")
    elif damage == "delta-missing":
        import shutil

        shutil.rmtree(folder / DELTA_DIR)
    else:
        next((folder / DELTA_DIR / "fragment").iterdir()).unlink()
    assert grow(site).delta == 1
    assert state(site) == expected
    assert len(list((folder / DELTA_DIR / "fragment").iterdir())) == 1


def test_the_browser_module_is_written_with_the_index(tmp_path):
    site = many_pages(tmp_path, 3)
    grow(site)
    shim = (site / PAGEFIND_DIR / "briefgen" / "pagefind.js").read_text(encoding="utf-8")
    assert 'import * as core from "../pagefind.js"' in shim and "briefgen-delta.json" in shim


# --- #18: what only a rebuild reads is kept in the state folder, not published ----------------------------------------

from briefgen.site.search import OLD_BASE_MANIFEST, PAGE_STATS  # noqa: E402


def test_the_base_page_list_is_kept_in_the_state_folder_not_in_the_site(tmp_path):
    """It grows with the archive (0.81 MB at 20,000 briefings) and no visitor reads it: the site holds only what the browser needs."""
    site = many_pages(tmp_path / "site")
    (site / PAGEFIND_DIR).mkdir()
    (site / PAGEFIND_DIR / OLD_BASE_MANIFEST).write_bytes(b"the page list where earlier versions kept it")
    grow(site)
    assert (state_of(site) / BASE_MANIFEST).is_file() and (state_of(site) / PAGE_STATS).is_file()
    published = sorted(p.name for p in (site / PAGEFIND_DIR).iterdir() if p.is_file())
    assert OLD_BASE_MANIFEST not in published and BASE_MANIFEST not in published and PAGE_STATS not in published
    assert [n for n in published if not n.startswith(("pagefind", "wasm."))] == [DELTA_STATE]
    write_site(site, {"new/index.html": ("New", "actor", "A new page.")})
    assert grow(site).delta == 1  # the rebuild finds the base's list where it was kept
    # the browser's module reads the delta's state, never the base's list
    from importlib.resources import files

    shim = files("briefgen.templates").joinpath("briefgen-pagefind.js").read_text(encoding="utf-8")
    assert DELTA_STATE in shim and BASE_MANIFEST not in shim and OLD_BASE_MANIFEST not in shim


def test_without_a_state_folder_every_index_is_whole(tmp_path):
    site = many_pages(tmp_path / "site")
    assert index_site(site).delta == 0
    write_site(site, {"new/index.html": ("New", "actor", "A new page.")})
    result = index_site(site)
    assert (result.pages, result.delta) == (31, 0) and not (site / PAGEFIND_DIR / DELTA_DIR).exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]  # nothing kept anywhere


def test_a_page_whose_file_did_not_change_is_not_read_again(tmp_path):
    """The pages' digests are kept with their file status: a rebuild reads only pages whose files changed (a published page is a
    hard link to its shard's build: an unchanged one keeps its inode and times)."""
    import gzip as _gzip

    site = many_pages(tmp_path / "site")
    grow(site)
    from briefgen.site.search import _read_stats

    stats_file = state_of(site) / PAGE_STATS
    lines = _gzip.decompress(stats_file.read_bytes()).decode("utf-8").splitlines()
    assert sorted(line.split("\t")[0] for line in lines[1:]) == [f"p{i:02d}/index.html" for i in range(30)]
    # a digest that could only come from the kept list, for two pages: the unchanged one's is taken as it is, unread
    marked = lines[:1] + [
        "\t".join([f, "0" * 24, *rest]) if f in ("p05/index.html", "p06/index.html") else line
        for line in lines[1:]
        for f, _, *rest in [line.split("\t")]
    ]
    stats_file.write_bytes(_gzip.compress("\n".join(marked).encode("utf-8")))
    write_site(site, {"p06/index.html": ("Page 6", "briefing", "Harbour text number 6.")})  # the same text, a new file status
    result = grow(site)
    after = _read_stats(state_of(site))
    assert after["p05/index.html"][0] == "0" * 24  # not read again
    assert after["p06/index.html"][0] != "0" * 24  # read again: its file was written
    assert result.delta == 1  # p05 counts as changed by its (kept) digest; p06 is what the base holds


def test_the_page_walk_lists_what_os_walk_lists_in_its_order(tmp_path):
    """``_html_files`` (scandir and strings, #18: ``os.walk``'s joins were most of a rebuild's page check) gives the
    HTML files ``os.walk`` gives, in its order with sorted entries: a folder's files before its folders, the index
    folder at the top skipped (one of that name deeper is not), folder links not followed, file links listed."""
    import os

    from briefgen.site.search import _html_files

    site = tmp_path / "site"
    for rel in ["index.html", "b/index.html", "a/z.html", "a/b/index.html", "a/b.html", "a/c.txt", "A/index.html",
                "pagefind/x.html", "deep/pagefind/y.html", "a/index.html", "404.html"]:  # fmt: skip
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(rel, encoding="utf-8")
    (site / "linked").symlink_to(site / "a", target_is_directory=True)
    (site / "alias.html").symlink_to(site / "404.html")

    expected = []
    for root, dirs, files in os.walk(site):
        if root == str(site) and PAGEFIND_DIR in dirs:
            dirs.remove(PAGEFIND_DIR)
        dirs.sort()
        where = os.path.relpath(root, site)
        expected += [(os.path.join(root, n), n if where == "." else f"{where}/{n}") for n in sorted(files) if n.endswith(".html")]
    found = list(_html_files(str(site)))
    assert found == expected
    assert [rel for _, rel in found][:4] == ["404.html", "alias.html", "index.html", "A/index.html"]
    assert "deep/pagefind/y.html" in dict((r, p) for p, r in found) and not any(r.startswith(("pagefind/", "linked/")) for _, r in found)
