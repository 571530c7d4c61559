"""A rebuild of an unchanged archive starts no second dirty-build worker (#18).

A sharded rebuild starts one dirty-build worker before the assembly (its imports run beside it) and the others once
the briefings are indexed. When the stored index met every briefing unchanged and lost none, nothing is left for
them to build, and each cost its start all the same (0.2 CPU s: MkDocs, Material, the Markdown extensions). A shard
built all the same (the site's own docs edited) is built as before; the site is the same.
"""

from __future__ import annotations

import pytest

from briefgen import shard_build
from briefgen.render import Renderer
from briefgen.shard_build import build_sharded_site

from test_shard_rebuild_equal import ARCHIVE, _files, _project
from test_site_index_db import briefing, person

pytestmark = pytest.mark.slow


def _rebuild(items, root, config, monkeypatch) -> tuple[int, dict[str, bytes]]:
    """Workers started by one sharded build of ``items`` (spawned, or forked from the first: test_shard_forked_worker.py),
    and the site it published."""
    started = []
    spawn, fork = shard_build._DirtyWorkers._spawn, shard_build._DirtyWorkers._fork

    def counted(self, preload=None, **options):
        started.append(preload)
        return spawn(self, preload, **options)

    def forked(self):
        proc = fork(self)
        if proc is not None:
            started.append("forked")
        return proc

    monkeypatch.setattr(shard_build._DirtyWorkers, "_spawn", counted)
    monkeypatch.setattr(shard_build._DirtyWorkers, "_fork", forked)
    built = build_sharded_site(items, renderer=Renderer(), config_file=config, shard_by="month", state_dir=root / "state", jobs=2)
    monkeypatch.setattr(shard_build._DirtyWorkers, "_spawn", spawn)
    monkeypatch.setattr(shard_build._DirtyWorkers, "_fork", fork)
    return len(started), _files(built.site_dir)


def test_an_unchanged_archive_starts_one_worker_and_a_changed_one_two(tmp_path, monkeypatch):
    root = tmp_path / "kept"
    config = _project(root / "project")
    items = list(ARCHIVE)
    first = _files(build_sharded_site(items, renderer=Renderer(), config_file=config, shard_by="month", state_dir=root / "state", jobs=2).site_dir)
    workers, again = _rebuild(items, root, config, monkeypatch)
    assert workers == 1  # the one started before the assembly
    assert again == first
    workers, grown = _rebuild([*items, briefing("f", person("Zelda Quorn"), date="2025-03-08")], root, config, monkeypatch)
    assert workers == 2 and grown != first


def test_a_portal_to_build_without_a_changed_briefing_is_built_all_the_same(tmp_path, monkeypatch):
    root = tmp_path / "kept"
    config = _project(root / "project")
    items = list(ARCHIVE)
    build_sharded_site(items, renderer=Renderer(), config_file=config, shard_by="month", state_dir=root / "state", jobs=2)
    about = config.parent / "site_src" / "about.md"
    about.write_text("# About\n\nEdited by hand.\n", encoding="utf-8")
    workers, site = _rebuild(items, root, config, monkeypatch)
    assert workers >= 1
    assert b"Edited by hand." in site["about/index.html"]
    fresh_root = tmp_path / "fresh"
    fresh_config = _project(fresh_root / "project")
    (fresh_config.parent / "site_src" / "about.md").write_text("# About\n\nEdited by hand.\n", encoding="utf-8")
    fresh = _files(build_sharded_site(items, renderer=Renderer(), config_file=fresh_config, shard_by="month", state_dir=fresh_root / "state", jobs=2).site_dir)
    assert site == fresh
