"""The build raises the cyclic collector's first threshold while it runs and puts it back after (#18)."""

from __future__ import annotations

import gc
import threading
from pathlib import Path

import pytest

from briefgen import cli
from briefgen.pipeline.collector import BUILD_THRESHOLD, fewer_collections


@pytest.fixture(autouse=True)
def _default_thresholds():
    saved = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    yield
    gc.set_threshold(*saved)


def test_the_threshold_is_raised_in_the_block_and_restored_after():
    with fewer_collections():
        assert gc.get_threshold() == (BUILD_THRESHOLD, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_it_is_restored_when_the_block_fails():
    with pytest.raises(RuntimeError), fewer_collections():
        raise RuntimeError("build failed")
    assert gc.get_threshold() == (700, 10, 10)


def test_a_higher_threshold_is_never_lowered():
    gc.set_threshold(50_000, 10, 10)
    with fewer_collections():
        assert gc.get_threshold()[0] == 50_000
    assert gc.get_threshold() == (50_000, 10, 10)


def test_overlapping_builds_on_two_threads_restore_the_thresholds_when_the_last_ends():
    first_in, second_in, first_out = threading.Event(), threading.Event(), threading.Event()
    seen = {}

    def first():
        with fewer_collections():
            first_in.set()
            second_in.wait(5)
        first_out.set()

    def second():
        first_in.wait(5)
        with fewer_collections():
            second_in.set()
            first_out.wait(5)
            seen["while the second runs"] = gc.get_threshold()

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert seen["while the second runs"][0] == BUILD_THRESHOLD  # the first's end did not restore under the second
    assert gc.get_threshold() == (700, 10, 10)


@pytest.mark.slow
def test_the_cli_build_runs_with_the_raised_threshold(tmp_path, monkeypatch):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "talks.md").write_text("---\ntitle: Talks Resume\ndate: 2025-05-17\n---\nThe mayor said the bridge will open next year.\n", encoding="utf-8")
    during = []
    real_build_site = cli.build_site
    monkeypatch.setattr(cli, "build_site", lambda *a, **k: during.append(gc.get_threshold()) or real_build_site(*a, **k))
    monkeypatch.chdir(tmp_path)
    assert cli.main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache"]) == cli.EXIT_OK
    assert during == [(BUILD_THRESHOLD, 10, 10)]
    assert gc.get_threshold() == (700, 10, 10)
    assert Path(tmp_path / "out").is_dir()
