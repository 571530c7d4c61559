"""A failed or interrupted sharded ``mkdocs build`` leaves the last search index at ``site/pagefind`` (#18).

With ``shard_by``, the plugin moves ``site/pagefind`` to the hidden
``site/.briefgen-pagefind`` before MkDocs empties ``site/`` (the next index
is that one plus a delta). A build that failed afterwards (a period shard's
build, Ctrl-C during the pages) left it there until the next build: the site
had no search. Real ``mkdocs build`` runs; the failures come from a MkDocs
hooks file of the project, as a site's own hook would raise them.
"""

from __future__ import annotations

import pytest
from site_project import build_site_dir, make_site_project
from test_shards_build import broken_links, indexed_urls

from briefgen.mkdocs_plugin import KEPT_SEARCH_INDEX

pytestmark = pytest.mark.slow

ARTICLES = {
    "2025-04-03-blair-talks.txt": (
        "Blair and Rubio meet in London\n\n"
        "Tony Blair met Marco Rubio in London on Thursday to discuss the talks with Russia.\n\n"
        '"We want a ceasefire now," Tony Blair said after the meeting.\n'
    ),
    "2025-05-20-rubio-senate.txt": (
        "Rubio speaks to the Senate\n\n"
        "Marco Rubio told the Senate on Tuesday that the talks would resume in June.\n"
    ),
}
#: Added before the build that fails: its month is a new period shard, built after MkDocs built the portal.
NEW = ("2025-07-01-harvest.txt", "Harvest festival opens in Ludlow\n\nThe Ludlow food festival opened on Saturday with more than 150 stalls.\n")

HOOKS = '''
import os


def on_pre_build(config):  # a period shard's build runs in a process of its own, with the state folder as site_dir
    if os.environ.get("BRIEFGEN_TEST_FAIL") == "shard" and "briefgen-shards" in str(config.site_dir):
        raise RuntimeError("this shard cannot be built")


def on_page_markdown(markdown, page, config, files):  # the portal's pages, written by mkdocs build itself
    if os.environ.get("BRIEFGEN_TEST_FAIL") == "interrupt":
        raise KeyboardInterrupt
    return markdown
'''


def _index_files(site):
    folder = site / "pagefind"
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize(("failure", "raised"), [("shard", Exception), ("interrupt", KeyboardInterrupt)])
def test_a_failed_build_leaves_the_last_search_index_in_place(tmp_path, monkeypatch, caplog, failure, raised):
    config = make_site_project(tmp_path / "project", {name: text.encode() for name, text in ARTICLES.items()})
    (config.parent / "hooks.py").write_text(HOOKS, encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n")
    config.write_text(text + "\nhooks:\n  - hooks.py\n", encoding="utf-8")
    site = build_site_dir(config)
    last = _index_files(site)
    assert "/briefings/2025-05/2025-05-20-rubio-senate/" in indexed_urls(site)

    (config.parent / "seeds" / NEW[0]).write_text(NEW[1], encoding="utf-8")
    monkeypatch.setenv("BRIEFGEN_TEST_FAIL", failure)
    with pytest.raises(raised):
        build_site_dir(config)
    if failure == "shard":  # MkDocs logs the plugin's one-line error and raises its own Abort
        assert "2025-07.yml: shard build failed: this shard cannot be built" in caplog.text
    assert not (site / KEPT_SEARCH_INDEX).exists()
    assert _index_files(site) == last  # the last index, where the site's pages load it from

    monkeypatch.delenv("BRIEFGEN_TEST_FAIL")
    build_site_dir(config)  # the next build is whole: every link resolves, the new article is found
    assert not (site / KEPT_SEARCH_INDEX).exists()
    delta = site / "pagefind" / "delta"
    found = indexed_urls(site) | (indexed_urls(delta) if (delta / "fragment").is_dir() else set())
    assert "/briefings/2025-07/2025-07-01-harvest/" in found
    assert broken_links(site)[1] == []
