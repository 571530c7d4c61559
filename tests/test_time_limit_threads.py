"""Issue #17: the per-article CPU time limit holds on a thread that is not the main thread.

A Dask worker runs its tasks on worker threads, where ``SIGPROF`` never
arrives; :func:`briefgen.pipeline.brief.time_limit` keeps the limit there
with a watchdog that reads the thread's own CPU clock. Every spin below is
bounded, so on code without the watchdog the test ends and fails instead of
hanging.
"""

from __future__ import annotations

import threading
import time

import pytest

from briefgen.ingest import parse_article_text
from briefgen.pipeline import Budget
from briefgen.pipeline import brief as brief_module
from briefgen.pipeline.brief import Failure, OverBudget, _parse_and_extract, time_limit
from briefgen.records import Extraction, Settings

pytestmark = pytest.mark.skipif(not hasattr(time, "pthread_getcpuclockid"), reason="needs a per-thread CPU clock")


def _on_a_thread(function):
    """What ``function`` returned, or raised, run on a new thread (as a Dask worker runs a task)."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=120)
    assert not thread.is_alive(), "the thread did not end"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def _spin(seconds: float) -> str:
    """Spend up to ``seconds`` of this thread's CPU time; 'finished' if nothing stopped it."""
    started = time.thread_time()
    while time.thread_time() - started < seconds:
        pass
    return "finished"


def test_a_thread_over_its_cpu_budget_is_stopped():
    def limited() -> str:
        with time_limit(0.1):
            return _spin(3)

    with pytest.raises(OverBudget):
        _on_a_thread(limited)


class SwallowsExceptions:
    """An object whose ``__del__`` spends CPU: an exception that lands there is printed and dropped, not raised."""

    def __del__(self) -> None:
        _spin(0.5)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_an_exception_dropped_where_it_landed_is_sent_again():
    """Dask's worker runs a garbage-collector callback on the task thread; an exception landing there is lost.

    Seen on a worker: a 150,000-character article parsed for 17 s under a 2 s limit.
    """

    def limited() -> str:
        with time_limit(0.1):
            SwallowsExceptions()  # dies at once, and its __del__ spends the budget
            return _spin(5)

    with pytest.raises(OverBudget):
        _on_a_thread(limited)


def test_waiting_and_other_threads_spend_no_budget_of_a_thread():
    """The watched clock is the thread's own: neither sleeping nor the CPU of the process's other threads counts."""
    stop = threading.Event()

    def busy_neighbour() -> None:
        while not stop.is_set():
            pass

    neighbour = threading.Thread(target=busy_neighbour)
    neighbour.start()
    try:

        def limited() -> str:
            with time_limit(0.2):
                time.sleep(1.0)  # the neighbour spends CPU meanwhile; a process-time limit would fire
            return "done"

        assert _on_a_thread(limited) == "done"
    finally:
        stop.set()
        neighbour.join()


def test_no_exception_escapes_a_block_that_ends_as_its_time_runs_out():
    """The watchdog must never raise in the thread after the block: that would hit the caller's own code."""

    def many_close_calls() -> int:
        stopped = 0
        for _ in range(200):
            try:
                with time_limit(0.002):
                    _spin(0.002)  # ends about when the budget does
            except OverBudget:
                stopped += 1
            for _ in range(2_000):  # bytecodes after the block, where a late exception would land
                pass
        return stopped

    stopped = _on_a_thread(many_close_calls)  # raises OverBudget if one escaped
    assert 0 <= stopped <= 200


def test_the_limit_on_a_thread_leaves_no_watchdog_running():
    def quick() -> None:
        for _ in range(20):
            with time_limit(5):
                pass

    _on_a_thread(quick)
    time.sleep(0.1)
    assert [t for t in threading.enumerate() if t.name == "briefgen-time-limit"] == []


def test_a_runaway_extraction_on_a_thread_is_the_failure_record_of_the_main_thread(nlp, monkeypatch):
    """What a Dask worker runs for a shard (``_parse_and_extract``), off the main thread: same records as on it."""
    real = brief_module.extract_all

    def extract_all(doc, **options):
        if "Zanzibar" in doc.text:
            _spin(10)  # a runaway extractor; briefed after 10 s of CPU if nothing stops it
        return real(doc, **options)

    monkeypatch.setattr(brief_module, "extract_all", extract_all)
    articles = [
        parse_article_text(b"Talks Resume\n\nMinisters met in Geneva on Monday.\n", path="fast.txt", suffix=".txt"),
        parse_article_text(b"Slow Article\n\nZanzibar spins for as long as it is allowed to.\n", path="slow.txt", suffix=".txt"),
        parse_article_text(b"Budget Passed\n\nThe parliament passed the budget on Tuesday.\n", path="later.txt", suffix=".txt"),
    ]

    def brief() -> list:
        return list(_parse_and_extract(nlp, articles, settings=Settings(), batch_size=16, budget=Budget(seconds=1)))

    on_thread = _on_a_thread(brief)
    assert [type(r) for r in on_thread] == [Extraction, Failure, Extraction]
    assert on_thread[1].message == "slow.txt: extraction took more than the time limit of 1 s of CPU time per article; not briefed"
    assert on_thread == brief()  # the main thread (SIGPROF) gives the same records
