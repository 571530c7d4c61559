"""What a sharded rebuild no longer does again for shards it did not build (#18), and what must still reach it.

Three passes over the whole site were made on every rebuild whatever changed: each shard's MkDocs config dumped to
YAML (to compare it with the last), each shard's build folder walked to list the files to publish, and the published
site walked again to list the pages for Pagefind's unchanged-page check. Now a config whose values are the last
build's is read back (:func:`~briefgen.shard_build._config_text`), a shard not built keeps the listing its last build
left (:class:`~briefgen.shard_build._ListingMemo`), and the pages for the search index are the files just published
(:func:`~briefgen.site.search._listed_html_files`). Each test below fails if the shortcut hides a change.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
import yaml

from briefgen.shard_build import _config_text, _ListingMemo, _Source
from briefgen.site.search import _html_files, _listed_html_files

from test_shard_rebuild_equal import ARCHIVE, _build, _project

TAIL = "# tools output 2\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ({"site_name": "A"}, {"site_name": "B"}),
        ({"extra": {"n": 1}}, {"extra": {"n": "1"}}),
        ({"extra": {1: "x"}}, {"extra": {"1": "x"}}),  # JSON would give both {"1": "x"}
        ({"extra": {"on": True}}, {"extra": {"on": 1}}),
        ({"extra": {"when": dt.date(2025, 1, 2)}}, {"extra": {"when": "2025-01-02"}}),
        ({"plugins": ["tags"]}, {"plugins": ["tags", "search"]}),
    ],
)
def test_a_config_whose_values_changed_is_dumped_again(tmp_path, first, second):
    last = tmp_path / "portal.yml"
    text = _config_text(first, last, tail=TAIL)
    last.write_text(text, encoding="utf-8")
    again = _config_text(second, last, tail=TAIL)
    assert again != text
    assert again.startswith("# briefgen shard config ") and again.endswith(TAIL)
    assert yaml.safe_load(again) == second  # the new values' YAML, not the kept text


def test_a_config_whose_values_are_the_last_builds_is_read_back(tmp_path):
    config = {"site_name": "A", "theme": {"name": "material"}, "extra": {"when": dt.date(2025, 1, 2)}}
    last = tmp_path / "portal.yml"
    text = _config_text(config, last, tail=TAIL)
    # the same head with other text below it: what comes back is the file, so the dump was not made again
    last.write_text(text.splitlines(keepends=True)[0] + "kept: yes\n", encoding="utf-8")
    assert _config_text(dict(config), last, tail=TAIL).endswith("kept: yes\n")
    assert _config_text(config, last, tail="# other tools\n") != last.read_text(encoding="utf-8")  # another tail: dumped


def test_a_listing_is_never_taken_for_a_shard_built_now_nor_under_another_key(tmp_path):
    found = {"briefings/2025-01/a/index.html": _Source("/state/built/2025-01/a/index.html", 7)}
    memo = _ListingMemo(tmp_path / "published" / "2025-01", key="digest-1")
    assert memo.put(found) is found
    assert _ListingMemo(tmp_path / "published" / "2025-01", key="digest-1").get(trusted=True) == found
    assert _ListingMemo(tmp_path / "published" / "2025-01", key="digest-1").get(trusted=False) is None  # built in this run
    assert _ListingMemo(tmp_path / "published" / "2025-01", key="digest-2").get(trusted=True) is None
    (tmp_path / "published" / "2025-01").write_text('{"key": "digest-1", "files": [["x"]]}', encoding="utf-8")
    assert _ListingMemo(tmp_path / "published" / "2025-01", key="digest-1").get(trusted=True) is None  # damaged: walked again


def test_the_listed_pages_are_the_walked_pages_in_the_same_order(tmp_path):
    site = tmp_path / "site"
    for rel in [
        "index.html", "404.html", "a/index.html", "a/b/index.html", "a/z.html", "ab/index.html", "a-b/index.html",
        "pagefind/x.html", ".hidden/in.html", ".top.html", "a/.inner.html", "feed.xml", "assets/app.js",
    ]:  # fmt: skip
        path = site / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(rel, encoding="utf-8")
    listed = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and not p.relative_to(site).as_posix().startswith(".")]
    walked = list(_html_files(str(site)))
    assert list(_listed_html_files(str(site), reversed(listed))) == walked
    assert ".hidden/in.html" in [rel for _, rel in walked] and "pagefind/x.html" not in [rel for _, rel in walked]


@pytest.mark.slow
def test_a_rebuild_after_the_sites_config_changed_equals_a_build_from_scratch(tmp_path):
    """The site's ``mkdocs.yml`` edited between two builds (its name, on every page): every shard's config changes,
    every shard is built again and published from its new listing; the site equals a fresh build's."""
    kept = tmp_path / "kept"
    config = _project(kept / "project")
    first = _build(ARCHIVE, kept, config)
    config.write_text(config.read_text(encoding="utf-8").replace("site_name: ", "site_name: Renamed ", 1), encoding="utf-8")
    rebuilt = _build(ARCHIVE, kept, config)
    fresh_root = tmp_path / "fresh"
    fresh_config = _project(fresh_root / "project")
    fresh_config.write_text(fresh_config.read_text(encoding="utf-8").replace("site_name: ", "site_name: Renamed ", 1), encoding="utf-8")
    fresh = _build(ARCHIVE, fresh_root, fresh_config)
    assert rebuilt != first
    assert sorted(rebuilt) == sorted(fresh)
    assert [path for path in fresh if rebuilt[path] != fresh[path]] == []
    assert all(os.path.getsize(p) > 0 for p in (kept / "state" / "published").iterdir())
