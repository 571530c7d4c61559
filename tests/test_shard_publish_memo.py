"""What a sharded rebuild no longer does again for shards it did not build (#18), and what must still reach it.

Two passes over every shard were made on every rebuild whatever changed: each shard's MkDocs config dumped to YAML
(to compare it with the last) and each shard's build folder walked to list the files to publish. Now a config whose
values are the last build's is read back (:func:`~briefgen.shard_build._config_text`), and a shard not built keeps the
listing its last build left (:class:`~briefgen.shard_build._ListingMemo`). Each test below fails if the shortcut hides
a change.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
import yaml

from briefgen.shard_build import _config_text, _folder_id, _ListingMemo, _Source

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


def test_a_listing_is_not_taken_for_a_build_folder_copied_elsewhere(tmp_path):
    """The listing holds each file's inode: a state folder restored from a copy (other inodes) is walked again."""
    built = tmp_path / "built" / "2025-01"
    built.mkdir(parents=True)
    first = _folder_id(built)
    built.rename(tmp_path / "moved")
    built.mkdir()
    assert _folder_id(built) != first
    assert _folder_id(tmp_path / "nothing") != _folder_id(built)


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
