"""A dirty-build worker freezes what survives each of its builds, so later full collections skip it (#18).

A worker collects after each build (the build's pages, config and theme hold cycles) and each full pass scanned
MkDocs, Material, the Markdown extensions and the theme's caches again: some 33,500 tracked objects once a config is
preloaded, 0.11 CPU s of full passes per one-article rebuild at 2,000 briefings over its two workers. What survives a
collection is the worker's for its life (one rebuild), so it is frozen; what the next build makes is collected.
"""

from __future__ import annotations

import gc
import weakref

import pytest

from briefgen import shard_build


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture
def unfrozen():
    yield
    gc.unfreeze()


def _cycle() -> weakref.ref:
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_settling_collects_the_last_builds_cycles_and_freezes_the_survivors(unfrozen):
    gone = _cycle()
    kept = _Node()
    shard_build._settle()
    assert gone() is None  # the build's cycles are collected first ...
    assert gc.get_freeze_count() > 0  # ... then what survives leaves the collector's passes
    assert not any(o is kept for o in gc.get_objects())


def test_what_the_next_build_makes_is_still_collected(unfrozen):
    shard_build._settle()
    frozen = gc.get_freeze_count()
    gone = _cycle()
    shard_build._settle()
    assert gone() is None
    assert gc.get_freeze_count() >= frozen


def test_the_worker_settles_after_its_preload_and_after_each_build(monkeypatch):
    import io
    import json
    import sys

    calls: list[str] = []
    monkeypatch.setattr(shard_build, "_preload", lambda config: calls.append("preload"))
    monkeypatch.setattr(shard_build, "_settle", lambda: calls.append("settle"))
    monkeypatch.setattr(shard_build, "build_one", lambda *a, **k: (calls.append("build"), (0.0, 0))[1])
    monkeypatch.setattr(shard_build, "_reset_peak_rss", lambda: None)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(["a.yml", 0, True]) + "\n" + json.dumps(["b.yml", 0, True]) + "\n"))
    monkeypatch.setattr(sys, "stdout", io.StringIO())
    exited = []
    monkeypatch.setattr(shard_build.os, "_exit", lambda code: exited.append(code))
    shard_build._serve("portal.yml")
    assert calls == ["preload", "settle", "build", "settle", "build", "settle"]
    assert exited == [0]
