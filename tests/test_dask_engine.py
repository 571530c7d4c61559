"""Parse and extract on a real Dask cluster: same bytes as a local build, shards, the model kept, failures.

Every test runs against a ``LocalCluster`` of two worker processes (one thread
each) that the tests start themselves; nothing is mocked.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import dask
import pytest
from distributed import Client, LocalCluster, WorkerPlugin

from briefgen.cli import EXIT_CLUSTER, EXIT_FAILED, EXIT_OK, main
from briefgen.errors import ClusterError
from briefgen.ingest import parse_article_text, read_article
from briefgen.pipeline import Budget, ExtractionCache, brief_articles
from briefgen.pipeline import brief as brief_module
from briefgen.pipeline import cache as cache_module
from briefgen.pipeline.dask_engine import DaskEngine, ShardResult, brief_shard, local_cluster
from briefgen.pipeline.brief import Failure
from briefgen.records import Briefing, Extraction, Settings
from briefgen.render import briefing_json

from conftest import SAMPLE_ARTICLES

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

TEXTS: dict[str, str] = {k: SAMPLE_ARTICLES[k] for k in ('strike.txt', 'summit.txt', 'ferry.txt', 'vote.txt', 'flood.txt', 'tennis.txt', 'budget.md')}


def start_cluster() -> LocalCluster:
    return local_cluster(2)


@pytest.fixture(scope="module")
def cluster():
    with start_cluster() as running:
        yield running


@pytest.fixture(scope="module")
def articles(seed_text):
    texts = {**TEXTS, "seed.txt": seed_text}
    return [parse_article_text(t.encode("utf-8"), path=name, suffix=Path(name).suffix) for name, t in texts.items()]


@pytest.fixture(autouse=True)
def no_memory_between_tests(monkeypatch):
    monkeypatch.setattr(cache_module, "_RECENT", {})


def test_the_workers_of_a_local_cluster_are_set_up_for_briefing(cluster):
    """No malloc trim threshold (it turns off glibc's dynamic mmap threshold), no profiler, slow monitors (#17).

    Dask's defaults cost a briefing worker about a sixth of its CPU; see WORKER_CONFIG.
    A plain ``LocalCluster`` fails every line of this.
    """

    def setup(dask_worker) -> tuple:
        return (
            os.environ.get("MALLOC_TRIM_THRESHOLD_"),
            "profile" in dask_worker.periodic_callbacks,
            dask_worker.periodic_callbacks["monitor"].callback_time if "monitor" in dask_worker.periodic_callbacks else None,
            dask.config.get("distributed.admin.tick.interval"),
        )

    with Client(cluster.scheduler_address, set_as_default=False) as client:
        seen = client.run(setup)
    assert len(seen) == 2
    for trim, profiling, monitor_ms, tick in seen.values():
        assert trim is None
        assert not profiling
        assert monitor_ms == 5000
        assert tick == "1s"


def as_json(results) -> list[str]:
    assert all(isinstance(r, Briefing) for r in results), results
    return [briefing_json(r) for r in results]


@pytest.fixture(scope="module")
def local_json(articles, nlp) -> list[str]:
    return as_json(list(brief_articles(articles, nlp=nlp)))


def test_a_cluster_build_gives_the_bytes_of_a_local_build_in_article_order(cluster, articles, local_json):
    engine = DaskEngine(cluster.scheduler_address, shard_articles=2)  # 4 shards over 2 workers
    assert as_json(list(brief_articles(articles, engine=engine))) == local_json


def test_each_worker_loads_the_model_once_and_keeps_it(cluster, articles):
    engine = DaskEngine(cluster.scheduler_address, shard_articles=1)
    for _ in range(2):
        list(brief_articles(articles, engine=engine))
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        loads = client.run(lambda: __import__("briefgen.nlp").nlp.load_model.cache_info().misses)
    assert len(loads) == 2 and all(n == 1 for n in loads.values()), loads  # 16 shards, two loads


def test_only_a_cluster_build_imports_dask():
    code = (
        "import sys, briefgen.cli, briefgen.mkdocs_plugin, briefgen.pipeline, briefgen.site; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_a_shard_sends_back_extraction_records_only(articles, nlp):
    cache = ExtractionCache(None)
    result = brief_shard(articles[:2], settings=Settings(), fingerprint=cache.fingerprint_bytes, cache_location=None, batch_size=16)
    assert isinstance(result, ShardResult)
    assert [type(r) for r in result.results] == [Extraction, Extraction] and result.write_errors == []


def test_a_worker_with_other_code_refuses_the_shard(articles):
    with pytest.raises(Exception, match="other briefgen code, model or libraries"):
        brief_shard(articles[:1], settings=Settings(), fingerprint=b"{}", cache_location=None, batch_size=16)


def test_cli_scheduler_option_and_environment_build_the_same_files_as_jobs(cluster, tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    assert main(["build", str(seeds), "--out", str(tmp_path / "local"), "--no-cache", "--jobs", "2"]) == EXIT_OK
    common = ["build", str(seeds), "--cache-dir", str(tmp_path / "cache")]
    assert main([*common, "--out", str(tmp_path / "cluster"), "--scheduler", cluster.scheduler_address]) == EXIT_OK
    assert f"{len(TEXTS)} parsed, 0 from cache" in capsys.readouterr().err
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == len(TEXTS)  # written by the workers
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
    (seeds / "late.txt").write_text("Late News\n\nThe ferry to Skye was cancelled on Sunday because of storms.", encoding="utf-8")
    assert main([*common, "--out", str(tmp_path / "env")]) == EXIT_OK
    assert f"1 parsed, {len(TEXTS)} from cache" in capsys.readouterr().err

    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    local, cluster_files = files(tmp_path / "local"), files(tmp_path / "cluster")
    assert local and cluster_files == local
    assert set(files(tmp_path / "env")) > set(local)


# --- failures -------------------------------------------------------------------------------------------------


def wait_for(condition, *, timeout: float = 120, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def test_a_worker_killed_mid_task_loses_no_article(articles, local_json):
    with start_cluster() as cluster, Client(cluster.scheduler_address, set_as_default=False) as client:
        pids = client.run(os.getpid)  # worker address -> worker process (its nanny restarts it)
        engine = DaskEngine(cluster.scheduler_address, shard_articles=1)
        results: list = []
        build = threading.Thread(target=lambda: results.extend(brief_articles(articles, engine=engine)))
        build.start()
        busy: list[str] = []
        # the first shard a worker gets also loads the model: seconds in which it is surely mid-task
        wait_for(lambda: busy.extend(a for a, tasks in client.processing().items() if tasks) or busy, what="a busy worker")
        victim = busy[0]
        os.kill(pids[victim], signal.SIGKILL)
        build.join(timeout=300)
        assert not build.is_alive()
        assert victim not in client.scheduler_info()["workers"]  # it really died
        assert as_json(results) == local_json


class FaultOnMarker(WorkerPlugin):
    """On every worker, also those a nanny restarts: extraction raises, or the process dies, on a marked article."""

    def __init__(self, marker: str, *, die: bool) -> None:
        self.marker, self.die = marker, die

    def setup(self, worker) -> None:
        import briefgen.pipeline.brief as brief

        real, marker, die = brief.extract_all, self.marker, self.die

        def faulty(doc, *, settings):
            if marker in doc.text:
                if die:
                    os.kill(os.getpid(), signal.SIGKILL)
                raise RuntimeError("injected fault")
            return real(doc, settings=settings)

        brief.extract_all = faulty


def marked_articles(articles):
    marked = parse_article_text(
        "Zorblat Resigns\n\nThe minister Zorblat Quexum resigned on Monday, his office said.".encode(), path="marked.txt", suffix=".txt"
    )
    return [*articles[:3], marked, *articles[3:]]


@pytest.mark.parametrize("die", [False, True], ids=["extractor-raises", "worker-dies-every-time"])
def test_a_failing_article_is_a_failure_record_and_the_others_are_built(die, articles, local_json):
    # the scheduler gives up on a task after one death of its worker, not three: the same path, fewer restarts.
    # A LocalCluster closes a nanny for good when no worker of its name is back 15 s after one was lost
    # (lost-worker-timeout): on a loaded machine a worker killed twice within 15 s, restarted slowly, met that
    # check, both nannies closed and the build had no worker left (CI hung on it for 17 minutes; the engine now
    # ends such a build with a ClusterError, test_dask_stall.py). The nannies here restart their workers every time.
    config = {"distributed.scheduler.allowed-failures": 1, "distributed.deploy.lost-worker-timeout": "1 hour"}
    with dask.config.set(config), start_cluster() as cluster:
        client = Client(cluster.scheduler_address, set_as_default=False)
        client.register_plugin(FaultOnMarker("Zorblat", die=die))
        engine = DaskEngine(cluster.scheduler_address, shard_articles=4)  # the marked article shares a shard
        results = list(brief_articles(marked_articles(articles), engine=engine))
        client.close()
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(failures) == 1 and failures[0].path == "marked.txt"
    expected = "extraction failed (RuntimeError: injected fault)" if not die else "the Dask worker parsing it died"
    assert expected in failures[0].message and "\n" not in failures[0].message
    assert as_json([r for r in results if not isinstance(r, Failure)]) == local_json


SPIN_MARK = "Zanzibar spins"


def spinning(real):
    """``extract_all`` that spins the CPU on a marked article, as a runaway extractor would (60 s of wall time at most)."""

    def extract_all(doc, *, settings):
        if SPIN_MARK in doc.text:
            until = time.monotonic() + 60
            while time.monotonic() < until:
                pass
        return real(doc, settings=settings)

    return extract_all


class SpinOnMarker(WorkerPlugin):
    """On every worker: the extraction of a marked article spins until the time limit stops it (or a minute passes)."""

    def setup(self, worker) -> None:
        import briefgen.pipeline.brief as brief

        brief.extract_all = spinning(brief.extract_all)


def spinning_article():
    return parse_article_text(f"Slow Article\n\n{SPIN_MARK} for as long as it is allowed to.\n".encode(), path="slow.txt", suffix=".txt")


@pytest.fixture(scope="module")
def spinning_cluster():
    with start_cluster() as running, Client(running.scheduler_address, set_as_default=False) as client:
        client.register_plugin(SpinOnMarker())
        yield running, client


def test_an_article_over_its_time_limit_on_a_worker_is_the_local_failure_record_and_the_worker_serves_on(
    spinning_cluster, articles, local_json, nlp, monkeypatch
):
    """#17: the per-article CPU limit holds on Dask's worker threads (SIGPROF does not reach them).

    Before, the spinning article was briefed after a minute and the test failed (an endless loop hung the build).
    """
    cluster, client = spinning_cluster
    shard = [*articles[:2], spinning_article(), *articles[2:4]]
    budget = Budget(seconds=2)
    with monkeypatch.context() as patch:  # the same runaway extractor in this process, on its main thread
        patch.setattr(brief_module, "extract_all", spinning(brief_module.extract_all))
        local = list(brief_articles(shard, nlp=nlp, budget=budget))
    expected = "slow.txt: extraction took more than the time limit of 2 s of CPU time per article; not briefed"
    assert [r.message for r in local if isinstance(r, Failure)] == [expected]

    pids = client.run(os.getpid)
    engine = DaskEngine(cluster.scheduler_address, shard_articles=len(shard), budget=budget)  # one shard holds all five
    results = list(brief_articles(shard, engine=engine))
    assert results[2] == Failure("slow.txt", expected) == local[2]
    assert as_json(results[:2] + results[3:]) == as_json(local[:2] + local[3:])
    # the same worker processes, none restarted, brief the next build
    again = list(brief_articles(articles, engine=DaskEngine(cluster.scheduler_address, shard_articles=2, budget=budget)))
    assert as_json(again) == local_json
    assert client.run(os.getpid) == pids


def test_a_hostile_article_too_slow_to_parse_fails_on_a_worker_and_its_shard_is_briefed(spinning_cluster, articles, local_json):
    """A real input, nothing patched: 30,000 one-word paragraphs take far longer than 2 s of CPU to parse."""
    cluster, _ = spinning_cluster
    hostile = parse_article_text(("Hostile Input\n\n" + "Yes.\n" * 30_000).encode(), path="paragraphs.txt", suffix=".txt")
    engine = DaskEngine(cluster.scheduler_address, shard_articles=1, budget=Budget(seconds=2))
    results = list(brief_articles([articles[0], hostile, *articles[1:]], engine=engine))
    assert results[1] == Failure(
        "paragraphs.txt", "paragraphs.txt: parse took more than the time limit of 2 s of CPU time per article; not briefed"
    )
    assert as_json([results[0], *results[2:]]) == local_json


def test_cli_time_limit_holds_on_the_cluster(spinning_cluster, tmp_path, capsys):
    """``--time-limit`` reaches the workers: exit code 1 (an article failed), its one line, the others published."""
    cluster, _ = spinning_cluster
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "tennis.txt").write_text(TEXTS["tennis.txt"], encoding="utf-8")
    (seeds / "slow.txt").write_text(f"Slow Article\n\n{SPIN_MARK} for as long as it is allowed to.\n", encoding="utf-8")
    out = tmp_path / "out"
    argv = ["build", str(seeds), "--out", str(out), "--no-cache", "--time-limit", "2", "--scheduler", cluster.scheduler_address]
    assert main(argv) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "slow.txt: extraction took more than the time limit of 2 s of CPU time per article; not briefed" in err
    assert (out / "tennis.json").is_file() and not (out / "slow.json").exists()


@contextmanager
def scheduler_in_its_own_process(tmp_path: Path):
    """A scheduler (and two workers) as separate processes, so that the test can kill the scheduler outright.

    A LocalCluster's scheduler runs inside the test process, where it cannot be SIGKILLed alone.
    """
    dask_cli = str(Path(sys.executable).parent / "dask")
    info = tmp_path / "scheduler.json"
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "start_new_session": True}
    scheduler = subprocess.Popen(
        [dask_cli, "scheduler", "--host", "127.0.0.1", "--port", "0", "--no-dashboard", "--scheduler-file", str(info)], **quiet
    )
    workers = None
    try:
        wait_for(lambda: info.exists() and "address" in info.read_text(), timeout=60, what="the scheduler")
        address = json.loads(info.read_text())["address"]
        workers = subprocess.Popen(
            [dask_cli, "worker", address, "--nworkers", "2", "--nthreads", "1", "--no-dashboard"], **quiet
        )
        with Client(address, set_as_default=False) as client:
            client.wait_for_workers(2, timeout=60)
        yield scheduler, address
    finally:
        for process in (workers, scheduler):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)  # its own session: the workers it started
                    process.wait()


def test_a_lost_scheduler_ends_the_build_with_one_line_and_a_consistent_cache(articles, tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    with dask.config.set({"distributed.comm.timeouts.connect": "5s"}), scheduler_in_its_own_process(tmp_path) as (scheduler, address):
        engine = DaskEngine(address, cache=cache, shard_articles=1)
        seen = 0
        with pytest.raises(ClusterError) as caught:
            for _ in brief_articles(articles, lookup=cache.lookup, store=engine.remember, engine=engine):
                seen += 1
                if seen == 2:
                    os.kill(scheduler.pid, signal.SIGKILL)
    message = str(caught.value)
    assert message.startswith(f"{address}: lost the Dask scheduler after ") and "\n" not in message
    assert seen < len(articles)
    check = ExtractionCache(tmp_path / "cache")
    for article in articles:
        check.lookup(article)
    assert check.stats.recovered == []  # every entry there is whole and valid
    assert check.stats.hits >= seen and check.stats.hits == len(list((tmp_path / "cache").glob("*/*.json")))


def test_cli_exits_4_with_one_line_when_the_scheduler_is_lost_mid_build_and_the_cache_stays_whole(tmp_path, capsys):
    """The issue's words, through the command line: non-zero exit, one line, a consistent cache (#17).

    The scheduler is killed as soon as the workers have written the first cache entries, with most of the
    160 articles still to brief.
    """
    seeds, cache_dir = tmp_path / "seeds", tmp_path / "cache"
    seeds.mkdir()
    names = sorted(TEXTS)
    for i in range(160):
        name = names[i % len(names)]
        text = f"{TEXTS[name].rstrip()}\n\nThe council will meet again in {i + 2} weeks, a spokesman said.\n"
        (seeds / f"{i:03d}-{name}").write_text(text, encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "5s"}), scheduler_in_its_own_process(tmp_path) as (scheduler, address):
        killed = threading.Event()

        def kill_at_the_first_entries() -> None:
            deadline = time.monotonic() + 300
            while not list(cache_dir.glob("*/*.json")) and time.monotonic() < deadline:
                time.sleep(0.02)
            os.kill(scheduler.pid, signal.SIGKILL)
            killed.set()

        killer = threading.Thread(target=kill_at_the_first_entries, daemon=True)
        killer.start()
        code = main(["build", str(seeds), "--out", str(tmp_path / "out"), "--cache-dir", str(cache_dir), "--scheduler", address])
        killer.join(timeout=300)
    assert killed.is_set()
    assert code == EXIT_CLUSTER
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error:") or "Traceback" in line]
    assert len(errors) == 1 and errors[0].startswith(f"error: {address}: lost the Dask scheduler after "), errors
    entries = list(cache_dir.glob("*/*.json"))
    assert 0 < len(entries) < 160
    check = ExtractionCache(cache_dir)
    for path in sorted(seeds.iterdir()):
        check.lookup(read_article(path))
    assert check.stats.recovered == []  # every entry there is whole and valid
    assert check.stats.hits == len(entries)


def test_cli_exits_4_with_one_line_when_the_scheduler_cannot_be_reached(tmp_path, capsys):
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text(TEXTS["tennis.txt"], encoding="utf-8")
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}):
        code = main(["build", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"), "--no-cache", "--scheduler", "tcp://127.0.0.1:9"])
    assert code == EXIT_CLUSTER
    err = capsys.readouterr().err
    assert err.startswith("error: tcp://127.0.0.1:9: cannot reach the Dask scheduler") and err.count("\n") == 1


def test_the_plugin_option_scheduler_sends_the_build_to_that_cluster(tmp_path, caplog):
    from mkdocs.exceptions import Abort
    from site_project import build_site_dir, make_site_project

    config = make_site_project(tmp_path / "project", {"a.txt": TEXTS["tennis.txt"].encode()})
    text = config.read_text(encoding="utf-8")
    assert "      output: briefings\n" in text
    config.write_text(text.replace("      output: briefings\n", "      output: briefings\n      scheduler: tcp://127.0.0.1:9\n"))
    with dask.config.set({"distributed.comm.timeouts.connect": "1s"}), pytest.raises(Abort):
        build_site_dir(config)
    assert "tcp://127.0.0.1:9: cannot reach the Dask scheduler" in caplog.text  # MkDocs logs the plugin's error


@pytest.mark.parametrize(
    ("articles", "threads", "largest", "expected"),
    [
        (600, 2, 64, 38),  # a few hundred articles: 16 shards, so both workers end together
        (1_000_000, 2, 64, 64),  # an archive: one memory zone per task, some 16,000 tasks
        (1_000_000, 200, 64, 64),
        (20, 2, 64, 8),  # never below the smallest useful shard ...
        (3, 2, 64, 3),  # ... except that a shard never holds more than there is
        (600, 2, 4, 4),  # an explicit smaller bound wins (the tests' shard_articles=)
        (0, 2, 64, 1),
    ],
)
def test_shard_size_cuts_small_builds_finer(articles, threads, largest, expected):
    from briefgen.pipeline.dask_engine import shard_size

    assert shard_size(articles, threads=threads, largest=largest) == expected
