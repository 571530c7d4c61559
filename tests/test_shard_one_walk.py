"""Publishing a sharded site hands the search index the pages it just listed: ``site/`` is walked once a rebuild (#18).

``_publish`` walks ``site/`` to clear what is not published; the search index's unchanged-page check then walked
it again to find the same ``.html`` files (about 0.05 CPU s of a one-article rebuild at 2,000 briefings, growing
with the archive). The list publishing returns must be the walk's, file for file: the published pages, and the pages
of the top-level entries publishing leaves alone (hidden ones), but not the index folder's.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.render import Renderer
from briefgen.shard_build import _publish, _Source, build_sharded_site
from briefgen.site import search
from briefgen.site.search import PAGEFIND_DIR, _html_files

from test_shard_rebuild_equal import ARCHIVE, REPO
from test_site_index_db import briefing, person


def _write(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def _walked(site: Path) -> set[str]:
    return {rel for _, rel in _html_files(str(site))}


#: (what the site holds before publishing besides the built files: path -> kind, "file" or "link to a folder")
SITES = {
    "only built pages": {},
    "a stray page and a stray folder": {"old/index.html": "file", "gone/deep/page.html": "file"},
    "a hidden folder with pages": {".well-known/a.html": "file", ".well-known/b/index.html": "file", ".well-known/c.txt": "file"},
    "a hidden page at the top": {".hidden.html": "file", ".notes.txt": "file"},
    "the index folder's pages": {f"{PAGEFIND_DIR}/x.html": "file", f"{PAGEFIND_DIR}/fragment/y.html": "file"},
    "a hidden link to a folder": {".linked": "link to a folder"},
}


@pytest.mark.parametrize("extra", SITES.values(), ids=SITES.keys())
def test_publish_returns_the_pages_a_walk_of_the_site_finds(tmp_path, extra):
    built = tmp_path / "built"
    files = {}
    for rel in ("index.html", "a/index.html", "a/b/index.html", "feed.xml", "assets/x.js", "404.html", f"{PAGEFIND_DIR}/own/index.html"):
        files[rel] = _Source(str(_write(built / rel, rel)), os.stat(built / rel).st_ino)
    site = tmp_path / "site"
    site.mkdir()
    for rel, kind in extra.items():
        if kind == "file":
            _write(site / rel)
        else:
            _write(tmp_path / "elsewhere" / "p.html")
            os.symlink(tmp_path / "elsewhere", site / rel)
    listed = _publish(files, site, scopes=[site], keep=frozenset({PAGEFIND_DIR}))
    assert listed is not None
    assert len(listed) == len(set(listed))
    assert set(listed) == _walked(site)


def test_publish_into_some_folders_of_the_site_returns_no_list(tmp_path):
    """The MkDocs plugin's case: MkDocs wrote the rest of ``site/``, so publishing does not know every page."""
    built = tmp_path / "built"
    files = {"p/a/index.html": _Source(str(_write(built / "a" / "index.html")), os.stat(built / "a" / "index.html").st_ino)}
    site = tmp_path / "site"
    _write(site / "index.html")
    assert _publish(files, site, scopes=[site / "p"]) is None


def _project(root: Path) -> Path:
    """The repository's ``mkdocs.yml`` and own docs in ``root``, search on (Pagefind indexes the site)."""
    import shutil

    root.mkdir(parents=True)
    shutil.copytree(REPO / "site_src", root / "site_src")
    (root / "mkdocs.yml").write_text((REPO / "mkdocs.yml").read_text(encoding="utf-8"), encoding="utf-8")
    return root / "mkdocs.yml"


@pytest.mark.slow
def test_a_sharded_rebuild_walks_the_site_once_and_indexes_every_page(tmp_path, monkeypatch):
    config = _project(tmp_path / "project")
    state = tmp_path / "state"
    first = build_sharded_site(list(ARCHIVE), renderer=Renderer(), config_file=config, shard_by="month", state_dir=state, jobs=2)
    site = Path(first.site_dir)
    _write(site / ".well-known" / "hello.html", "<html><body><article><h1>Hello</h1><p>kept</p></article></body></html>")
    tops: list[str] = []
    walk = search._html_files

    def counted(top: str, **kwargs):
        tops.append(top)
        return walk(top, **kwargs)

    monkeypatch.setattr(search, "_html_files", counted)
    items = [*ARCHIVE, briefing("f", person("Zelda Quorn"), date="2025-03-08")]
    again = build_sharded_site(items, renderer=Renderer(), config_file=config, shard_by="month", state_dir=state, jobs=2)
    assert str(site) not in tops  # the hidden folder alone is walked (its pages are not publishing's)
    assert tops == [str(site / ".well-known")]
    monkeypatch.setattr(search, "_html_files", walk)
    assert again.pages_indexed == len(_walked(site))
    stats = search._read_stats(state)
    assert set(stats) == _walked(site)
    assert "briefings/2025-03/f/index.html" in stats and ".well-known/hello.html" in stats
