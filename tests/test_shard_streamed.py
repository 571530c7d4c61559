"""A shard's clean MkDocs build converts each page when it writes it and lets go of its text (#18: the portal's memory).

Real MkDocs and Material builds of a tiny project: ``build_one`` (as a shard
build runs, in-process) against MkDocs' own ``build`` of the same project, byte
for byte, and a wrapper around ``Page.render`` that counts how many pages hold
their converted HTML when another page is converted.
"""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.structure.pages import Page

from briefgen.shard_build import build_one

from test_shards_dirty import _project as shards_dirty_project

pytestmark = pytest.mark.slow

#: Pages briefgen makes name their title in their front matter; the hand-written home page and the tags page do not.
PAGES = {
    "index.md": "# Home\n\nHand-written, no front matter. [Gamma's part](people/c.md#second-part).\n",
    "tags.md": "# Tags\n\n<!-- material/tags -->\n",
    "people/a.md": "---\ntitle: Alpha\ntags:\n- Tony Blair\n---\n\n# Alpha\n\nFirst page, [to beta](b.md).\n",
    "people/b.md": "---\ntitle: Beta\ntags:\n- Marco Rubio\n---\n\n# Beta\n\nSecond page, [to alpha](a.md), [to gamma's part](c.md#second-part).\n",
    "people/c.md": "---\ntitle: Gamma\n---\n\n# Gamma\n\nThird page.\n\n## Second part\n\nMore [home](../index.md).\n",
    "people/d.md": "---\ntitle: Delta\n---\n\n# Delta\n\nA [missing anchor](c.md#no-such-part), [one of its own](#nowhere), [its own](#delta).\n",
}


def _project(root: Path, plugins: list[object], *, directory_urls: bool = True) -> tuple[Path, Path]:
    """The project of :data:`PAGES`: a nav of the two hand-written pages, anchors checked, permalinks on every heading."""
    extra = {
        "nav": ["index.md", "tags.md"],
        "not_in_nav": "/people/",
        "validation": {"anchors": "warn"},
        "markdown_extensions": [{"toc": {"permalink": True}}],
    }
    return shards_dirty_project(root, plugins, pages=PAGES, directory_urls=directory_urls, extra=extra)


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file() and p.name != "sitemap.xml.gz"}


def _mkdocs_build(config_file: Path) -> None:
    import os

    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["SOURCE_DATE_EPOCH"] = "0"
    try:
        build(load_config(config_file=str(config_file)))
    finally:
        os.environ.pop("SOURCE_DATE_EPOCH", None)


@pytest.mark.parametrize("directory_urls", [True, False])
@pytest.mark.parametrize("plugins", [["tags"], ["tags", "offline"], []])
def test_a_streamed_build_writes_what_mkdocs_writes(tmp_path, plugins, directory_urls):
    ours, ours_site = _project(tmp_path / "ours", plugins, directory_urls=directory_urls)
    theirs, theirs_site = _project(tmp_path / "theirs", plugins, directory_urls=directory_urls)
    build_one(str(ours), "0")
    _mkdocs_build(theirs)
    got, want = _files(ours_site), _files(theirs_site)
    assert sorted(got) == sorted(want)
    for name in want:
        assert got[name].replace(b"/ours/", b"/theirs/") == want[name], name
    if "tags" in plugins:  # the tags page lists the pages converted only when written
        tags = (got.get("tags/index.html") or got["tags.html"]).decode()
        assert "Alpha" in tags and "Beta" in tags and "Marco Rubio" in tags


def test_pages_are_converted_one_at_a_time_and_let_go_of(tmp_path, monkeypatch):
    config, site = _project(tmp_path / "p", ["tags"])
    held: list[int] = []
    pages: list[Page] = []
    render = Page.render

    def counting(self, config, files):
        pages.append(self)
        held.append(sum(1 for p in pages if p.content is not None and p is not self))
        return render(self, config, files)

    monkeypatch.setattr(Page, "render", counting)
    build_one(str(config), "0")
    assert sorted(p.file.src_uri for p in pages) == sorted(PAGES)  # each page converted once
    # the home and tags pages (no title in their front matter, or a listing) are converted first, as MkDocs does; the
    # four people pages each when written, with at most those two holding their HTML then
    assert [p.file.src_uri for p in pages[:2]] == ["index.md", "tags.md"]
    assert max(held[2:]) <= 2
    people = [p for p in pages if p.file.src_uri.startswith("people/")]
    assert all(p.content is None and not p.markdown for p in people)
    # their links to their own anchors (each heading's permalink) were checked when written and are not kept; b.md's
    # link into c.md is, for the check after the last page
    assert all(p.file not in (p.links_to_anchors or {}) for p in people)
    assert any(p.links_to_anchors for p in people if p.file.src_uri == "people/b.md")
    assert (site / "people" / "c" / "index.html").read_text(encoding="utf-8").count('id="second-part"') == 1


def test_anchors_are_still_checked_across_pages_converted_later(tmp_path, caplog):
    config, _site = _project(tmp_path / "p", ["tags"])
    with caplog.at_level(logging.INFO, logger="mkdocs"):
        build_one(str(config), "0")
    anchors = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING and "anchor" in r.getMessage()]
    # the missing anchor of another page is reported (d.md -> c.md#no-such-part); the links to c.md#second-part are not, from the
    # home page (converted before c.md) nor from b.md (converted, like c.md, only when written)
    # a page's links to its own anchors are checked when it is written (and not kept): the missing one is reported
    assert len(anchors) == 2 and all("people/d.md" in a for a in anchors), anchors
    assert sum("no-such-part" in a for a in anchors) == 1 and sum("'#nowhere'" in a for a in anchors) == 1
