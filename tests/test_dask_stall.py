"""A cluster build never waits for ever on a task no worker runs (#17; the "hang" class of #14).

CI hung for 17 minutes in the worker-dies-every-time test: the LocalCluster had
closed both nannies (a worker lost twice within its 15-s lost-worker timeout,
the machine loaded), the scheduler had no worker, and the engine waited on a
``queued`` task's future with no bound. Each engine test runs the build on a
thread joined with a limit of its own, so that on the code before the change
it fails instead of hanging the suite.
"""

from __future__ import annotations

import threading
from itertools import chain, repeat
from pathlib import Path

import pytest
from distributed import Client

from briefgen.errors import ClusterError
from briefgen.ingest import parse_article_text
from briefgen.pipeline import brief_articles
from briefgen.pipeline.brief import Failure
from briefgen.pipeline.dask_engine import DaskEngine, local_cluster
from briefgen.pipeline.dask_wait import Stalled, outcome
from briefgen.records import Briefing
from briefgen.render import briefing_json

from conftest import SAMPLE_ARTICLES

FAST = {"idle_limit": 3.0, "poll": 0.25}


class NeverDone:
    """A future that never resolves: ``get(timeout)`` always times out."""

    def __init__(self, answer_after: int | None = None) -> None:
        self.calls, self.answer_after = 0, answer_after

    def get(self, timeout: float | None) -> str:
        self.calls += 1
        if self.answer_after is not None and self.calls > self.answer_after:
            return "result"
        raise TimeoutError

    def done(self) -> bool:
        return False


class Clock:
    """Each look at the clock is one poll later."""

    def __init__(self, step: float) -> None:
        self.now, self.step = 0.0, step

    def __call__(self) -> float:
        self.now += self.step
        return self.now


@pytest.mark.parametrize(
    ("activity", "answer_after", "expected"),
    [
        ([(0, 0)], None, Stalled),  # no worker at all, for ever
        ([(2, 0)], None, Stalled),  # idle workers, the task never scheduled
        ([(2, 1)] * 50 + [(2, 0)], None, Stalled),  # busy for a while, then idle for ever
        ([(2, 1)], 200, "result"),  # a long task that keeps a worker busy: waited for
        ([(0, 0)], 3, "result"),  # a worker comes back within the limit
        ([(2, 0), (2, 0), (2, 1)] * 100, 250, "result"),  # idle spells shorter than the limit
    ],
)
def test_a_pending_future_is_waited_for_while_the_cluster_works_and_given_up_when_it_idles(activity, answer_after, expected):
    future, looks = NeverDone(answer_after), chain(activity, repeat(activity[-1]))  # the last look, for ever

    def run():
        return outcome(future.get, done=future.done, activity=lambda: next(looks), idle_limit=10, poll=1, clock=Clock(1))

    if expected is Stalled:
        with pytest.raises(Stalled) as caught:
            run()
        assert caught.value.seconds >= 10 and caught.value.workers == activity[-1][0]
    else:
        assert run() == expected


def test_a_timeout_error_of_the_task_itself_is_not_taken_for_waiting():
    with pytest.raises(TimeoutError):
        outcome(lambda timeout: (_ for _ in ()).throw(TimeoutError("the task's own")), done=lambda: True, activity=lambda: (1, 0))


def test_no_idle_limit_waits_as_long_as_it_takes():
    assert outcome(lambda timeout: f"waited {timeout}", done=lambda: False, activity=lambda: (0, 0), idle_limit=None) == "waited None"


# --- on a real cluster ----------------------------------------------------------------------------------------


def articles():
    names = ["strike.txt", "summit.txt", "ferry.txt", "vote.txt"]
    return [parse_article_text(SAMPLE_ARTICLES[n].encode(), path=n, suffix=Path(n).suffix) for n in names]


def run_with_limit(build, *, limit: float = 180) -> list:
    """Run ``build()`` on a thread; fail (not hang) if it has not returned within ``limit`` seconds."""
    out: list = []

    def target() -> None:
        try:
            out.append(("ok", build()))
        except BaseException as exc:  # handed to the test's thread
            out.append(("raised", exc))

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(limit)
    assert not thread.is_alive(), f"the build still waits after {limit} s"
    return out[0]


@pytest.mark.slow
def test_a_cluster_with_no_worker_left_ends_the_build_with_one_line():
    with local_cluster(1) as cluster, Client(cluster.scheduler_address, set_as_default=False) as client:
        cluster.scale(0)  # the nanny closes for good, as a LocalCluster closes one it takes for lost
        deadline = threading.Event()
        for _ in range(600):
            if not client.scheduler_info()["workers"]:
                break
            deadline.wait(0.1)
        engine = DaskEngine(cluster.scheduler_address, **FAST)
        kind, value = run_with_limit(lambda: list(brief_articles(articles(), engine=engine)))
    assert kind == "raised" and isinstance(value, ClusterError), value
    message = str(value)
    assert message.startswith(f"{cluster.scheduler_address}: the Dask cluster has had no worker for ") and "\n" not in message
    assert "after 0 of 4 articles" in message


@pytest.mark.slow
def test_a_task_no_worker_will_run_is_sent_once_more_then_its_article_is_a_failure_record(nlp, monkeypatch):
    """The scheduler keeps the marked article's task unrun (it may only run on a worker that does not exist)."""
    local = [briefing_json(r) for r in brief_articles(articles(), nlp=nlp)]
    sent: list[str] = []
    real_submit = DaskEngine._submit

    def submit(self, client, shard):
        if any(a.path == "vote.txt" for a in shard):
            sent.append("vote.txt")
            return client.submit(len, list(shard), workers=["tcp://127.0.0.1:9"], allow_other_workers=False, pure=False)
        return real_submit(self, client, shard)

    monkeypatch.setattr(DaskEngine, "_submit", submit)
    with local_cluster(2) as cluster:
        engine = DaskEngine(cluster.scheduler_address, shard_articles=1, **FAST)
        kind, results = run_with_limit(lambda: list(brief_articles(articles(), engine=engine)))
    assert kind == "ok", results
    assert sent == ["vote.txt", "vote.txt"]  # sent once more, never a third time
    assert isinstance(results[3], Failure) and results[3].path == "vote.txt"
    assert results[3].message.startswith("vote.txt: no Dask worker ran the task briefing it") and "\n" not in results[3].message
    assert all(isinstance(r, Briefing) for r in results[:3])
    assert [briefing_json(r) for r in results[:3]] == local[:3]


def test_the_waiting_code_is_not_part_of_the_extraction_fingerprint():
    """Like dask_engine.py: changing how the client waits must not invalidate every cached extraction."""
    import briefgen
    from briefgen.pipeline.cache import _digest_files

    names = {p.name for p in _digest_files(Path(briefgen.__file__).parent)}
    assert "dask_wait.py" not in names and "dask_engine.py" not in names and "brief.py" in names
