"""The delta's pages are kept in the state folder between rebuilds, as hard links to the site's files (#18).

Pagefind indexes the delta from a folder holding only the changed pages at their paths in the site. It was a temporary
folder, made and removed in every rebuild: a folder per page, and removing a folder costs 3-4 ms of wall time on the
benchmarks' host, 0.1-0.7 s of a one-article rebuild at 2,000 briefings. Kept, a rebuild links and unlinks files only.
"""

from __future__ import annotations

import os
import shutil

import pytest

from briefgen.site import search
from briefgen.site.search import DELTA_DIR, PAGEFIND_DIR, _fragment_ids, index_site

from test_search import many_pages, state, state_of, write_site


#: where the state folder keeps them (named here too, so that this file runs, and fails, on the code before it)
DELTA_PAGES = getattr(search, "DELTA_PAGES", "search-delta-pages")


def grow(site):
    return index_site(site, state_dir=state_of(site))


def kept_pages(site) -> dict[str, int]:
    """The delta's pages in the state folder: relative path -> inode."""
    top = state_of(site) / DELTA_PAGES
    return {p.relative_to(top).as_posix(): p.stat().st_ino for p in sorted(top.rglob("*")) if p.is_file()} if top.is_dir() else {}


def inodes(site, rels) -> dict[str, int]:
    return {rel: (site / rel).stat().st_ino for rel in rels}


@pytest.fixture
def removed_folders(monkeypatch):
    """Every folder removed from now on (``os.rmdir``, which ``shutil.rmtree`` calls for each folder)."""
    seen: list[str] = []
    real = os.rmdir

    def rmdir(path, *args, **kwargs):
        seen.append(os.fspath(path))
        return real(path, *args, **kwargs)

    monkeypatch.setattr(os, "rmdir", rmdir)
    return seen


def title_of(rel: str) -> str:
    """The title ``many_pages`` gives the page at ``rel`` (``p01/index.html``: "Page 1"), "Page" for any other."""
    return f"Page {int(rel[1:3])}" if rel[:1] == "p" and rel[1:3].isdigit() else "Page"


STEPS = [
    # (pages written or rewritten, pages removed, the delta's pages after the step)
    ({"p01/index.html": "Changed harbour text.", "new/index.html": "A new page."}, [], ["new/index.html", "p01/index.html"]),
    ({"p03/index.html": "Another change."}, [], ["new/index.html", "p01/index.html", "p03/index.html"]),
    ({}, ["new/index.html"], ["p01/index.html", "p03/index.html"]),
    ({"p01/index.html": "Harbour text number 1."}, [], ["p03/index.html"]),  # back to what the base holds
    ({"deep/er/index.html": "Deeper."}, [], ["deep/er/index.html", "p03/index.html"]),
]


@pytest.mark.parametrize("upto", range(1, len(STEPS) + 1))
def test_the_kept_pages_are_the_deltas_and_links_to_the_sites_files(tmp_path, upto, removed_folders):
    site = many_pages(tmp_path / "site")
    grow(site)
    for written, gone, expected in STEPS[:upto]:
        write_site(site, {rel: (title_of(rel), "briefing", text) for rel, text in written.items()})
        for rel in gone:
            (site / rel).unlink()
        removed_folders.clear()
        result = grow(site)
        assert result.delta == len(expected)
        assert sorted(kept_pages(site)) == expected
        assert kept_pages(site) == inodes(site, expected)  # hard links: no page's bytes copied
        # no folder of the delta's pages removed, kept or temporary (the last delta's index folders may be)
        assert [p for p in removed_folders if DELTA_PAGES in p or "briefgen-pagefind-" in p] == []
    urls = sorted(_fragment_ids(site / PAGEFIND_DIR / DELTA_DIR))
    assert urls == sorted("/" + rel.removesuffix("index.html") for rel in STEPS[upto - 1][2])


def test_a_page_whose_file_was_replaced_is_linked_again(tmp_path):
    """A shard built clean writes new files: the site's page is another inode, and the kept link would hold the old bytes."""
    site = many_pages(tmp_path / "site")
    grow(site)
    write_site(site, {"p01/index.html": ("Page 1", "briefing", "First change.")})
    grow(site)
    old = (site / "p01" / "index.html").stat().st_ino
    fresh = site / "p01" / "fresh.html"
    write_site(site, {"p01/fresh.html": ("Page 1", "briefing", "Second change, harbourmaster.")})
    os.replace(fresh, site / "p01" / "index.html")
    assert (site / "p01" / "index.html").stat().st_ino != old
    assert grow(site).delta == 1
    assert kept_pages(site) == inodes(site, ["p01/index.html"])
    assert (state_of(site) / DELTA_PAGES / "p01" / "index.html").read_bytes() == (site / "p01" / "index.html").read_bytes()


def test_files_that_are_not_the_deltas_are_removed_from_the_kept_pages(tmp_path):
    """Whatever else is in the folder (left by an older build, or by hand) is not indexed into the delta."""
    site = many_pages(tmp_path / "site")
    grow(site)
    stray = state_of(site) / DELTA_PAGES / "stray" / "index.html"
    stray.parent.mkdir(parents=True)
    shutil.copyfile(site / "p05" / "index.html", stray)
    write_site(site, {"p01/index.html": ("Page 1", "briefing", "First change.")})
    assert grow(site).delta == 1
    assert sorted(kept_pages(site)) == ["p01/index.html"]
    assert sorted(_fragment_ids(site / PAGEFIND_DIR / DELTA_DIR)) == ["/p01/"]


def test_a_base_written_whole_drops_the_kept_pages(tmp_path):
    site = many_pages(tmp_path / "site")
    grow(site)
    write_site(site, {"p01/index.html": ("Page 1", "briefing", "First change.")})
    assert grow(site).delta == 1 and kept_pages(site)
    write_site(site, {f"p{i:02d}/index.html": ("Page", "briefing", f"Everything changed {i}.") for i in range(30)})
    assert grow(site).delta == 0
    assert not (state_of(site) / DELTA_PAGES).exists()
    assert state(site)["pages"] == 0


@pytest.mark.parametrize("what", ["file", "link"])
def test_a_file_or_link_where_the_folder_is_kept_is_replaced_by_it(tmp_path, what):
    """A damaged state folder: the kept pages' folder is a file, or a link to a folder elsewhere (left alone)."""
    site = many_pages(tmp_path / "site")
    grow(site)
    top = state_of(site) / DELTA_PAGES
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "keep.txt").write_text("mine", encoding="utf-8")
    if what == "file":
        top.write_text("not a folder", encoding="utf-8")
    else:
        top.symlink_to(elsewhere, target_is_directory=True)
    write_site(site, {"p01/index.html": ("Page 1", "briefing", "First change.")})
    assert grow(site).delta == 1
    assert top.is_dir() and not top.is_symlink()
    assert kept_pages(site) == inodes(site, ["p01/index.html"])
    assert (elsewhere / "keep.txt").read_text(encoding="utf-8") == "mine" and sorted(p.name for p in elsewhere.iterdir()) == ["keep.txt"]
