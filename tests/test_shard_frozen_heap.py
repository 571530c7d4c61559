"""A sharded build leaves the caller's objects out of the collector's full passes, and puts them back after (#18).

A full (generation 2) collection scans every tracked object of the process; in a one-article rebuild at 2,000
briefings one ran in most rebuilds (0.12-0.13 CPU s of a 1.3-1.6 CPU s driver), scanning mostly the briefings the
caller handed over, which outlive the build. ``build_sharded_site`` freezes what is alive when it starts
(``gc.freeze``) and unfreezes it when it ends; the site is the same either way.
"""

from __future__ import annotations

import gc
import threading

import pytest

from briefgen import shard_build
from briefgen.render import Renderer
from briefgen.shard_build import build_sharded_site

from test_shard_rebuild_equal import ARCHIVE, _files, _project


class _Held:
    """A tracked object the caller holds across the build."""


def test_the_callers_objects_are_frozen_while_the_site_is_built_and_not_after(tmp_path, monkeypatch):
    held = _Held()
    seen: list[tuple[int, bool]] = []
    publish = shard_build.publish_pages

    def watched(*args, **kwargs):
        seen.append((gc.get_freeze_count(), any(o is held for o in gc.get_objects())))
        return publish(*args, **kwargs)

    monkeypatch.setattr(shard_build, "publish_pages", watched)
    assert gc.get_freeze_count() == 0
    config = _project(tmp_path / "project")
    build_sharded_site(list(ARCHIVE), renderer=Renderer(), config_file=config, shard_by="month", state_dir=tmp_path / "state", jobs=1)
    assert len(seen) == 1
    frozen, collected = seen[0]
    assert frozen > 0  # the caller's heap is in the permanent generation ...
    assert not collected  # ... so the collector's passes do not scan it
    assert gc.get_freeze_count() == 0  # and back after
    assert any(o is held for o in gc.get_objects())


@pytest.mark.slow
def test_the_site_is_the_same_with_the_heap_frozen_or_not(tmp_path):
    sites = []
    for name, freeze in (("frozen", True), ("plain", False)):
        config = _project(tmp_path / name / "project")
        gc.disable() if not freeze else None  # a collector turned off is left alone: nothing is frozen
        try:
            built = build_sharded_site(list(ARCHIVE), renderer=Renderer(), config_file=config, shard_by="month", state_dir=tmp_path / name / "state", jobs=1)
        finally:
            gc.enable()
        sites.append(_files(built.site_dir))
    assert sites[0] == sites[1]


def test_a_freeze_made_by_someone_else_is_theirs_to_undo():
    from briefgen.heap import frozen_heap

    held = _Held()
    gc.freeze()
    try:
        before = gc.get_freeze_count()
        with frozen_heap():
            assert gc.get_freeze_count() == before
        assert gc.get_freeze_count() == before  # not unfrozen by the block
    finally:
        gc.unfreeze()
    assert any(o is held for o in gc.get_objects())


def test_a_collector_turned_off_is_left_off_and_nothing_frozen():
    from briefgen.heap import frozen_heap

    gc.disable()
    try:
        with frozen_heap():
            assert gc.get_freeze_count() == 0
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_nested_and_concurrent_blocks_unfreeze_once_the_last_leaves():
    from briefgen import heap
    from briefgen.heap import frozen_heap

    entered, leave = threading.Event(), threading.Event()

    def other():
        with frozen_heap():
            entered.set()
            leave.wait(5)

    thread = threading.Thread(target=other)
    thread.start()
    try:
        assert entered.wait(5)
        assert gc.get_freeze_count() > 0
        with frozen_heap():
            with frozen_heap():
                pass
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() > 0  # the other thread's block still runs
    finally:
        leave.set()
        thread.join(5)
    assert gc.get_freeze_count() == 0
    assert heap._running == 0
