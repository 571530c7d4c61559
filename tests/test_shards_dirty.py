"""A shard's dirty MkDocs build (#18): unchanged pages are read for the tags plugin but not converted, and the bytes are a clean build's.

Real MkDocs and Material builds of a tiny project (``build_one``, as a shard
build runs), in-process so the pages MkDocs converts can be counted: a wrapper
around ``Page.render`` records each page it converts and then converts it.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml
from mkdocs.structure.pages import Page

from briefgen.shard_build import build_one, drop_outputs

pytestmark = pytest.mark.slow

PAGES = {
    "index.md": "# Home\n\nHand-written, no front matter.\n",
    "tags.md": "# Tags\n\n<!-- material/tags -->\n",
    "a.md": "---\ntitle: Alpha\ntags:\n- Tony Blair\n---\n\n# Alpha\n\nFirst page.\n",
    "b.md": "---\ntitle: Beta\ntags:\n- Marco Rubio\n---\n\n# Beta\n\nSecond page, [to alpha](a.md).\n",
    "c.md": "---\ntitle: Gamma\ntags:\n- Marco Rubio\n- Tony Blair\n---\n\n# Gamma\n\nThird page.\n",
}


def _project(
    root: Path,
    plugins: list[object],
    *,
    pages: dict[str, str] = PAGES,
    directory_urls: bool = True,
    nav: list[str] | None = None,
    extra: dict[str, object] | None = None,
) -> tuple[Path, Path]:
    """A tiny MkDocs project of ``pages`` under ``root``; ``extra`` adds config keys (``test_shard_streamed`` uses it too)."""
    docs, site = root / "docs", root / "site"
    docs.mkdir(parents=True)
    for name, text in pages.items():
        (docs / name).parent.mkdir(parents=True, exist_ok=True)
        (docs / name).write_text(text, encoding="utf-8")
    config = {
        "site_name": "T",
        "docs_dir": str(docs),
        "site_dir": str(site),
        "theme": {"name": "material", "font": False},
        "plugins": plugins,
        "use_directory_urls": directory_urls,
        **({"nav": nav} if nav is not None else {}),
        **(extra or {}),
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    return root / "mkdocs.yml", site


def _converted(monkeypatch) -> list[str]:
    seen: list[str] = []
    render = Page.render

    def counting(self, config, files):
        seen.append(self.file.src_uri)
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", counting)
    return seen


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file() and p.name != "sitemap.xml.gz"}


def _change(docs: Path) -> None:
    """A new tag on b.md, its file newer than the last build's output (MkDocs' dirty build compares mtimes)."""
    page = docs / "b.md"
    page.write_text(PAGES["b.md"].replace("- Marco Rubio\n", "- Marco Rubio\n- Jane Whitcombe\n"), encoding="utf-8")
    later = time.time() + 60
    os.utime(page, (later, later))


@pytest.mark.parametrize(
    ("plugins", "converted"),
    [
        # only the tags plugin, which reads front matter: the changed page and the hand-written ones without a title there
        (["tags"], ["b.md", "index.md", "tags.md"]),
        # a plugin that may read converted HTML: every page is converted, as in MkDocs' own build
        (["tags", "offline"], ["a.md", "b.md", "c.md", "index.md", "tags.md"]),
    ],
)
def test_dirty_build_converts_only_changed_pages_and_matches_a_clean_build(tmp_path, monkeypatch, plugins, converted):
    config, site = _project(tmp_path / "dirty", plugins)
    build_one(str(config), "0")
    _change(tmp_path / "dirty" / "docs")
    seen = _converted(monkeypatch)
    build_one(str(config), "0", dirty=True)
    assert sorted(seen) == converted
    monkeypatch.undo()

    clean_config, clean_site = _project(tmp_path / "clean", plugins)
    _change(tmp_path / "clean" / "docs")
    build_one(str(clean_config), "0")
    dirty_files = _files(site)
    assert dirty_files == _files(clean_site)
    # the tags page was written again and still lists the pages that were not converted
    tags = (dirty_files.get("tags/index.html") or dirty_files["tags.html"]).decode()  # the offline plugin turns directory URLs off
    assert "Jane Whitcombe" in tags and "Alpha" in tags and "Gamma" in tags


#: Pages that leave the site in the next build: a page in a folder of its own, a folder's index, a plain page.
LEAVING = {
    "index/ab.md": "---\ntitle: Ab\ntags:\n- Tony Blair\n---\n\n# Ab\n\nSplit away.\n",
    "gone/index.md": "# Gone\n\nA folder's own page.\n",
    "d.md": "---\ntitle: Delta\n---\n\n# Delta\n\nFourth page.\n",
}


@pytest.mark.parametrize("directory_urls", [True, False])
def test_a_dirty_build_after_pages_left_matches_a_clean_build(tmp_path, directory_urls):
    """#18: pages that left (an actors-index page split in two) no longer force a clean build; their output is deleted.

    The navigation is fixed, as the site's is (``mkdocs.yml``: Material embeds it in every page), so a page that
    leaves changes no other page; the tags page, which listed one of them, is written again by the dirty build.
    """
    nav = list(PAGES)
    config, site = _project(tmp_path / "dirty", ["tags"], pages={**PAGES, **LEAVING}, directory_urls=directory_urls, nav=nav)
    build_one(str(config), "0")
    docs = tmp_path / "dirty" / "docs"
    for rel in LEAVING:
        (docs / rel).unlink()
    drop_outputs(site, list(LEAVING), directory_urls=directory_urls)
    _change(docs)
    build_one(str(config), "0", dirty=True)

    clean_config, clean_site = _project(tmp_path / "clean", ["tags"], directory_urls=directory_urls, nav=nav)
    _change(tmp_path / "clean" / "docs")
    build_one(str(clean_config), "0")
    dirty_files = _files(site)
    assert dirty_files == _files(clean_site)
    assert not any(name.startswith(("gone", "d/", "d.html", "index/")) for name in dirty_files)
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_dir() and not any(p.iterdir())) == []


# --- #18: the docs folder written from a listing of what was last written, not read back ---------------------------------

def _counted_processes(monkeypatch) -> list[list[str]]:
    """Every command line ``subprocess.Popen`` starts from now on, in order: what the worker tests count."""
    import subprocess

    started: list[list[str]] = []
    popen = subprocess.Popen

    def counting(args, *a, **k):
        started.append(list(args))
        return popen(args, *a, **k)

    monkeypatch.setattr(subprocess, "Popen", counting)
    return started


def dirty_rebuild_state(tmp_path: Path, monkeypatch) -> tuple[Path, tuple, tuple, list[list[str]]]:
    """A state folder with a last build of a tiny project whose docs then changed, its clean twin, and the interpreters
    started from then on (``subprocess.Popen``), counted: the set-up of the tests of workers started ahead
    (here and ``test_shard_forked_worker.py``)."""
    from briefgen.shard_build import _run_builds

    state = tmp_path / "state"
    dirty, clean = _project(tmp_path / "dirty", ["tags"]), _project(tmp_path / "clean", ["tags"])
    _change(tmp_path / "clean" / "docs")
    _run_builds([str(dirty[0]), str(clean[0])], epochs=["0", "0"], jobs=1, scheduler=None)
    _change(tmp_path / "dirty" / "docs")
    for sub in ("built/portal", "configs", "digests"):
        (state / sub).mkdir(parents=True)
    (state / "configs" / "portal.yml").write_text(dirty[0].read_text(encoding="utf-8"), encoding="utf-8")
    (state / "digests" / "portal").write_text("0", encoding="utf-8")
    started = _counted_processes(monkeypatch)
    return state, dirty, clean, started


def _pages(**contents: str) -> list:
    from briefgen.site.pages import SitePage

    return [SitePage(path.replace("__", "/") + ".md", text) for path, text in contents.items()]


@pytest.mark.parametrize("with_listing", [True, False], ids=["listing", "walk"])
def test_docs_are_rewritten_only_where_they_changed(tmp_path, with_listing):
    """The same folder and the same removals with the listing as by walking and reading the folder; unchanged files keep their time."""
    from briefgen.shard_build import _write_docs

    folder, listing = tmp_path / "docs", (tmp_path / "listing" if with_listing else None)
    assert _write_docs(folder, _pages(a="A", b="B", sub__c="C", sub__d="D"), [("own.txt", b"mine")], listing=listing) == []
    old = {p: p.stat().st_mtime_ns for p in folder.rglob("*") if p.is_file()}
    time.sleep(0.01)
    removed = _write_docs(folder, _pages(a="A", b="B changed", sub__c="C", e="E"), [("own.txt", b"mine")], listing=listing)
    assert removed == ["sub/d.md"]
    assert {p.relative_to(folder).as_posix(): p.read_text() for p in folder.rglob("*") if p.is_file()} == {
        "a.md": "A", "b.md": "B changed", "sub/c.md": "C", "e.md": "E", "own.txt": "mine"
    }
    kept = {p.relative_to(folder).as_posix() for p in old if p.exists() and p.stat().st_mtime_ns == old[p]}
    assert kept == {"a.md", "sub/c.md", "own.txt"}
    removed = _write_docs(folder, _pages(a="A"), [], listing=listing)
    assert sorted(removed) == ["b.md", "e.md", "own.txt", "sub/c.md"] and sorted(p.name for p in folder.iterdir()) == ["a.md"]


def test_a_missing_listing_means_the_folder_is_read_again(tmp_path):
    """The listing is removed while the folder is written: a build that dies then leaves none, and the next one walks the folder."""
    from briefgen.shard_build import _write_docs

    folder, listing = tmp_path / "docs", tmp_path / "listing"
    _write_docs(folder, _pages(a="A", b="B"), [], listing=listing)
    listing.unlink()
    (folder / "stray.md").write_text("left by a build that died", encoding="utf-8")
    assert _write_docs(folder, _pages(a="A", b="B"), [], listing=listing) == ["stray.md"]
    assert listing.read_text(encoding="utf-8").count("\n") == 2
    listing.write_text("garbage without a tab\n", encoding="utf-8")  # unreadable: read the folder
    (folder / "stray.md").write_text("again", encoding="utf-8")
    assert _write_docs(folder, _pages(a="A", b="B"), [], listing=listing) == ["stray.md"]


def test_dirty_builds_in_one_worker_match_clean_builds(tmp_path, monkeypatch):
    """Dirty builds run one after another in one worker process (``_run_builds``, #18): each gives a clean build's bytes,
    the second as the first (nothing of one build is left to the next), and a failing build is reported by its config
    without taking the worker down."""
    from briefgen.errors import BriefgenError
    from briefgen.shard_build import _run_builds

    variants = {"plain": {}, "plain-urls": {"use_directory_urls": False}}
    dirty, clean = {}, {}
    for name, extra in variants.items():
        dirty[name] = _project(tmp_path / "dirty" / name, ["tags"], extra=extra)
        clean[name] = _project(tmp_path / "clean" / name, ["tags"], extra=extra)
        _change(tmp_path / "clean" / name / "docs")
    _run_builds([str(c) for c, _ in dirty.values()], epochs=["0", "0"], jobs=1, scheduler=None)  # clean, fresh processes
    _run_builds([str(c) for c, _ in clean.values()], epochs=["0", "0"], jobs=1, scheduler=None)
    for name in variants:
        _change(tmp_path / "dirty" / name / "docs")
    started = _counted_processes(monkeypatch)
    broken = tmp_path / "broken.yml"
    broken.write_text("site_name: T\ndocs_dir: /nonexistent/docs\n", encoding="utf-8")
    with pytest.raises(BriefgenError, match="broken.yml"):
        _run_builds([str(broken)], epochs=["0"], jobs=1, scheduler=None, dirty=[True])
    costs = _run_builds([str(c) for c, _ in dirty.values()], epochs=["0", "0"], jobs=1, scheduler=None, dirty=[True, True])
    assert [a[-1] for a in started] == ["--serve", "--serve"]  # one worker per call, both dirty builds in it
    assert all(seconds > 0 and peak > 0 for seconds, peak in costs)
    for name in variants:
        assert _files(dirty[name][1]) == _files(clean[name][1]), name


def test_workers_started_ahead_serve_the_dirty_builds_and_match_clean_builds(tmp_path, monkeypatch):
    """A rebuild starts its dirty builds' workers before it assembles the site (``warm_workers``, #18): none without a
    last build in the state folder; with one, ``jobs`` workers, each preloading a config, and the builds take them
    (no other worker is started) and give a clean build's bytes; workers nobody used are ended with the rest."""
    from briefgen.shard_build import _run_builds, warm_workers

    with warm_workers(tmp_path / "state", jobs=2) as workers:  # a first build: nothing to build dirty
        assert workers is None
    state, dirty, clean, started = dirty_rebuild_state(tmp_path, monkeypatch)
    with warm_workers(state, jobs=2, scheduler="tcp://elsewhere:8786") as workers:  # a Dask cluster builds elsewhere
        assert workers is None and started == []
    import briefgen.shard_build as shard_build

    monkeypatch.setattr(shard_build, "_cores", lambda: 2)
    with warm_workers(state, jobs=2) as workers:
        # on two cores one worker ahead, beside the assembly; the other once the caller has indexed (two would slow it),
        # forked from the first (test_shard_forked_worker.py): one interpreter started
        assert [_serving(a) for a in started] == [["--serve", str(state / "configs" / "portal.yml")]]
        assert "--forks" in started[0]
        workers.start_deferred()
        workers.start_deferred()  # once only
        assert len(started) == 1 and len(workers._started) == 2
        costs = _run_builds([str(dirty[0])], epochs=["0"], jobs=2, scheduler=None, dirty=[True], workers=workers)
        assert len(started) == 1 and costs[0][0] > 0 and costs[0][1] > 0  # a worker started ahead built it
        procs = list(workers._started)
    assert all(proc.poll() is not None for proc in procs)  # the used one and the idle one both ended
    # the used one left by itself once its stdin closed (without tearing its interpreter down, #18), not killed
    assert [proc.returncode for proc in procs if proc not in workers._idle] == [0]
    assert _files(dirty[1]) == _files(clean[1])
    started.clear()
    with warm_workers(state, jobs=2) as workers:  # builds asked before the deferred workers started: they start then, preloaded
        _run_builds([str(dirty[0])] * 2, epochs=["0", "0"], jobs=2, scheduler=None, dirty=[True, True], workers=workers)
        assert [_serving(a) for a in started] == [["--serve", str(state / "configs" / "portal.yml")]]
        assert len(workers._started) == 2
    assert _files(dirty[1]) == _files(clean[1])
    started.clear()
    monkeypatch.setattr(shard_build, "_cores", lambda: 4)
    with warm_workers(state, jobs=2) as workers:  # cores to spare: every worker ahead, none deferred (the second forked)
        assert len(started) == 1 and len(workers._started) == 2
        workers.start_deferred()
        assert len(started) == 1 and len(workers._started) == 2


def _serving(argv: list[str]) -> list[str]:
    """A worker's command line from ``--serve`` on, without the slots of the workers it forks (``--forks``)."""
    tail = argv[argv.index("--serve") :]
    return tail[: tail.index("--forks")] if "--forks" in tail else tail


#: An actor shard's docs: titled pages, no tags listing, none in the nav.
UNLISTED = {
    "a.md": "---\ntitle: Alpha\n---\n\n# Alpha\n\nFirst page.\n",
    "b.md": "---\ntitle: Beta\ntags:\n- Marco Rubio\n---\n\n# Beta\n\nSecond page, [to alpha](a.md).\n",
    "c.md": "---\ntitle: Gamma\n---\n\n# Gamma\n\nThird page, [to beta](b.md).\n",
}


@pytest.mark.parametrize(
    ("plugins", "read_unchanged", "converted"),
    [
        # no listing to fill: MkDocs' own dirty build, the changed page alone is read and converted
        (["tags"], False, ["b.md"]),
        # a plugin that may read converted HTML: every page, whatever the caller says
        (["tags", "offline"], False, ["a.md", "b.md", "c.md"]),
        # told to read them (a listing somewhere): none converted but the changed one, all read
        (["tags"], True, ["b.md"]),
    ],
)
def test_a_dirty_build_without_listings_leaves_unchanged_pages_unread(tmp_path, monkeypatch, plugins, read_unchanged, converted):
    from mkdocs.structure.pages import Page as MkPage

    extra = {"not_in_nav": "*", "nav": [{"Home": "https://example.org/"}]}
    config, site = _project(tmp_path / "dirty", plugins, pages=UNLISTED, extra=extra)
    build_one(str(config), "0")
    _change_unlisted(tmp_path / "dirty" / "docs")
    seen = _converted(monkeypatch)
    read: list[str] = []
    source = MkPage.read_source

    def reading(self, config):
        read.append(self.file.src_uri)
        return source(self, config)

    monkeypatch.setattr(MkPage, "read_source", reading)
    build_one(str(config), "0", dirty=True, read_unchanged=read_unchanged)
    assert sorted(seen) == converted
    assert sorted(read) == (["a.md", "b.md", "c.md"] if read_unchanged or "offline" in plugins else ["b.md"])
    monkeypatch.undo()

    clean_config, clean_site = _project(tmp_path / "clean", plugins, pages=UNLISTED, extra=extra)
    _change_unlisted(tmp_path / "clean" / "docs")
    build_one(str(clean_config), "0")
    assert _files(site) == _files(clean_site)


def _change_unlisted(docs: Path) -> None:
    page = docs / "b.md"
    page.write_text(UNLISTED["b.md"].replace("Second page", "Second page, edited"), encoding="utf-8")
    later = time.time() + 60
    os.utime(page, (later, later))


def test_on_indexed_is_called_once_after_the_last_briefing_is_indexed() -> None:
    """``assemble_site(on_indexed=...)`` (#18: where a rebuild starts its other dirty-build workers): called once, after
    every briefing is indexed and before the first page is made, and the pages are those of a call without it."""
    from briefgen.render import Renderer
    from briefgen.site import assemble_site
    from briefgen.site.index_db import SiteIndex

    from test_site_pages import story

    briefings = [story(f"day{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 4)]
    events: list[str] = []
    add, begin = SiteIndex.add, SiteIndex.begin_pages

    def adding(self, b):
        events.append("add")
        return add(self, b)

    def beginning(self, link_of):
        events.append("pages")
        return begin(self, link_of)

    import pytest

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(SiteIndex, "add", adding)
        mp.setattr(SiteIndex, "begin_pages", beginning)
        told = assemble_site(briefings, renderer=Renderer(), on_indexed=lambda changed: events.append("indexed")).pages
    assert events == ["add", "add", "add", "indexed", "pages"]
    assert [(p.path, p.content) for p in told] == [(p.path, p.content) for p in assemble_site(briefings, renderer=Renderer()).pages]
