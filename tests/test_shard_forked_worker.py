"""The deferred dirty-build worker is forked from the first, not started as a fresh interpreter (#18).

A one-article rebuild at 2,000 briefings built its shards in two workers, and each one's start (the interpreter,
then MkDocs, Material, the Markdown extensions and a config preloaded) was 0.27-0.31 CPU s, a fifth of the rebuild's
CPU. The first worker is now spawned with a slot (its pipes) for each worker put off, and forks it when the driver
asks, before its own first build: a process of its own, starting from the state a fresh worker reaches after its
preload, for a few milliseconds. A worker that has built refuses to fork, and the driver then spawns a fresh one; the
forked workers are waited for by their parent before it exits (their CPU time is the driver's children's); the bytes
are a clean build's.
"""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

import briefgen.shard_build as shard_build
from briefgen.shard_build import _run_builds, warm_workers

from test_shards_dirty import _files, dirty_rebuild_state

pytestmark = pytest.mark.slow


def _parent_pid(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="ascii").splitlines():
        if line.startswith("PPid:"):
            return int(line.split()[1])
    raise AssertionError(pid)


@pytest.fixture
def rebuild(tmp_path, monkeypatch):
    """A state folder with a last build of a tiny project whose docs then changed, its clean twin, and the interpreters
    started (``subprocess.Popen``), counted."""
    state, dirty, clean, started = dirty_rebuild_state(tmp_path, monkeypatch)
    monkeypatch.setattr(shard_build, "_cores", lambda: 2)
    return state, dirty, clean, started


def test_two_workers_on_two_cores_start_one_interpreter_and_fork_the_other(rebuild):
    state, dirty, clean, started = rebuild
    with warm_workers(state, jobs=2) as workers:
        workers.start_deferred()
        costs = _run_builds([str(dirty[0])] * 2, epochs=["0", "0"], jobs=2, scheduler=None, dirty=[True, True], workers=workers)
        assert len(started) == 1  # one interpreter
        first, second = workers._started
        assert isinstance(second, shard_build._Forked) and second.hello()
        assert _parent_pid(second.pid) == first.pid  # forked from the first
        assert all(seconds > 0 and peak > 0 for seconds, peak in costs)
        forked = second.pid
    assert first.returncode == 0 and second.returncode == 0  # both left by themselves once their requests ended
    with pytest.raises(ProcessLookupError):
        os.kill(forked, 0)  # reaped (by its parent, which waits for it before it exits)
    assert _files(dirty[1]) == _files(clean[1])


def test_workers_started_ahead_on_spare_cores_are_forked_from_one_interpreter(rebuild, monkeypatch):
    state, dirty, clean, started = rebuild
    monkeypatch.setattr(shard_build, "_cores", lambda: 4)
    with warm_workers(state, jobs=3) as workers:  # every worker ahead, none deferred: one started, two forked at once
        assert len(started) == 1 and len(workers._idle) == 3
        workers.start_deferred()
        _run_builds([str(dirty[0])] * 3, epochs=["0"] * 3, jobs=3, scheduler=None, dirty=[True] * 3, workers=workers)
        assert len(started) == 1 and [type(p).__name__ for p in workers._started] == ["Popen", "_Forked", "_Forked"]
    assert _files(dirty[1]) == _files(clean[1])


def test_a_build_asked_before_the_fork_is_served_all_the_same(rebuild):
    state, dirty, clean, started = rebuild
    with warm_workers(state, jobs=2) as workers:  # no start_deferred: the first build asks for the deferred worker
        _run_builds([str(dirty[0])] * 2, epochs=["0", "0"], jobs=2, scheduler=None, dirty=[True, True], workers=workers)
        assert len(started) <= 2 and len(workers._started) == 2
    assert _files(dirty[1]) == _files(clean[1])


def test_a_dead_first_worker_leaves_the_deferred_one_to_a_fresh_interpreter(rebuild):
    state, dirty, clean, started = rebuild
    with warm_workers(state, jobs=2) as workers:
        first = workers._started[0]
        first.kill()
        first.wait()
        _run_builds([str(dirty[0])] * 2, epochs=["0", "0"], jobs=2, scheduler=None, dirty=[True, True], workers=workers)
        assert not any(isinstance(proc, shard_build._Forked) for proc in workers._started)
        assert len(started) == 3  # the dead one, and one fresh interpreter for each build's thread
    assert _files(dirty[1]) == _files(clean[1])


def _serve(monkeypatch, requests: list[object], slots, *, threads: int = 1) -> tuple[list[str], list[object]]:
    import threading

    calls: list[str] = []
    # the worker's own threads (a Dask test before this one may have left some in pytest's process)
    monkeypatch.setattr(threading, "active_count", lambda: threads)
    forked: list[object] = []
    monkeypatch.setattr(shard_build, "_preload", lambda config: calls.append("preload"))
    monkeypatch.setattr(shard_build, "_settle", lambda: calls.append("settle"))
    monkeypatch.setattr(shard_build, "build_one", lambda *a, **k: (calls.append("build"), (0.0, 0))[1])
    monkeypatch.setattr(shard_build, "_reset_peak_rss", lambda: None)
    monkeypatch.setattr(shard_build, "_fork_worker", lambda slot, others, serve: (calls.append("fork"), forked.append(slot), 4242)[-1])
    monkeypatch.setattr(shard_build.os, "waitpid", lambda pid, flags: (calls.append(f"wait {pid}"), (pid, 0))[1])
    monkeypatch.setattr(shard_build.os, "_exit", lambda code: calls.append(f"exit {code}"))
    monkeypatch.setattr("sys.stdin", io.StringIO("".join(json.dumps(r) + "\n" for r in requests)))
    monkeypatch.setattr("sys.stdout", io.StringIO())
    shard_build._serve("portal.yml", slots)
    return calls, forked


@pytest.mark.parametrize(
    ("requests", "threads", "expected", "refused"),
    [
        # asked before any build: forked, and waited for before the worker exits
        ([{"fork": 0}, ["a.yml", 0, True]], 1, ["preload", "settle", "fork", "build", "settle", "wait 4242", "exit 0"], None),
        # asked after a build: refused on the slot (the driver spawns a fresh worker), nothing to wait for
        ([["a.yml", 0, True], {"fork": 0}], 1, ["preload", "settle", "build", "settle", "exit 0"], "this worker has built"),
        # a worker running threads does not fork (a fork copies the calling thread only)
        ([{"fork": 0}, ["a.yml", 0, True]], 2, ["preload", "settle", "build", "settle", "exit 0"], "this worker runs threads"),
        # a slot asked twice, or one it was not given: nothing
        ([{"fork": 0}, {"fork": 0}, {"fork": 7}], 1, ["preload", "settle", "fork", "wait 4242", "exit 0"], None),
    ],
)
def test_the_worker_forks_only_before_its_first_build_and_waits_for_what_it_forked(monkeypatch, requests, threads, expected, refused):
    request_r, request_w = os.pipe()
    reply_r, reply_w = os.pipe()
    said = os.open(os.devnull, os.O_WRONLY)
    try:
        calls, forked = _serve(monkeypatch, requests, [(request_r, reply_w, said)], threads=threads)
        assert calls == expected
        for fd in (request_r, reply_w, said):  # the parent's copies of the slot are closed once it is used
            with pytest.raises(OSError):
                os.fstat(fd)
        answer = os.read(reply_r, 4096).decode("utf-8")
        if refused:
            assert json.loads(answer) == {"error": refused} and forked == []
        else:
            assert answer == "" and forked == [(request_r, reply_w, said)]
    finally:
        for fd in (request_w, reply_r):
            os.close(fd)
