"""Parse and extract on a Dask cluster: the engine behind ``--scheduler`` and the plugin's ``scheduler:``.

An adapter, like the CLI: the core (:mod:`.brief`) never imports Dask; it takes
any :data:`~briefgen.pipeline.brief.Engine`, and :class:`DaskEngine` is one.
The client has already looked every article up in the extraction cache, so
only what needs parsing goes out. It goes out in *shards* of
:data:`SHARD_ARTICLES` articles (one spaCy memory zone each), so a million
articles are some 16,000 tasks, not a million, and at most a few shards per
worker thread are in flight, so neither the client nor the scheduler holds the
whole archive's text at once.

On the worker, :func:`brief_shard` runs the same ``_parse_and_extract`` as a
local build, with the model :func:`briefgen.nlp.load_model` keeps per process
(loaded by the first shard a worker gets, then reused), and sends back only the
extraction records, never a ``Doc``. The worker writes each new entry into the
extraction cache itself (the cache's location must then be one every worker
reaches: a shared folder, or an ``s3://``/``gs://`` URL), so the results cross
the network once. Before it parses, a worker checks that its fingerprint (briefgen's
extraction code, the model, the library versions, the settings) is the
client's: a worker running other code would produce other output under the
client's cache keys.

The per-article CPU time limit (``Budget.seconds``, ``--time-limit``) holds
on the workers as locally (#17): an article over it is the same failure record,
and the rest of its shard is briefed. A worker runs tasks on threads, where
``SIGPROF`` never arrives, so :func:`~briefgen.pipeline.brief.time_limit` keeps
it there with a watchdog thread reading the task thread's own CPU clock and
raising in it (cost: some 75 µs of CPU per limited block, two blocks or fewer
per article, against about 120 ms of parsing). Weighed against it: a child
process per worker, whose main thread would keep the ``SIGPROF`` limit, would
also interrupt a regex running in C (the watchdog waits for such a call to
return). Its pipe would cost little (pickling each article and its record
there and back: 0.26 % of the CPU of briefing 100 BBC articles, 4.4 KiB per
article), but Dask makes a worker's process daemonic by default, and a
daemonic process may not start children through ``multiprocessing``;
forking a worker (a process with threads running) by hand is unsafe; a
subprocess started afresh must load the model itself and needs a protocol of
its own; and a child must not outlive a worker killed under it. Dask itself
has no per-task time or CPU limit (``submit`` takes none; ``resources`` are
counters for placement; ``lifetime`` restarts a worker after a wall time and
``worker-ttl`` drops one that stops answering, both with its other tasks;
dask/distributed#391, task timeouts, is open since 2016).

Failures: Dask reruns a shard whose worker died (a killed process loses no
article) and retries one that raised (``retries``); an article whose
extraction fails is a :class:`~briefgen.pipeline.brief.Failure` inside the
shard, as locally. A shard that keeps killing its workers is run again one
article at a time, alone, so only the article that does it becomes a failure. No wait is
unbounded (:mod:`.dask_wait`): when no worker has run any task for ``idle_limit`` seconds while
one of ours is pending, a cluster with no worker left ends the build with a
:class:`~briefgen.errors.ClusterError`, and a task left unrun beside idle workers is sent once
more, then its articles are failure records (CI once hung 17 minutes on a LocalCluster that had
closed both its nannies). A scheduler that
cannot be reached, or is lost mid-build, raises
:class:`~briefgen.errors.ClusterError` (one line, the address first); every
entry already written is whole, since cache writes are atomic.
"""

from __future__ import annotations

import logging
import os
import threading
from collections import deque
from collections.abc import Iterator, Sequence
from concurrent.futures import CancelledError
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice

import dask
from distributed import Client, Future, LocalCluster
from distributed.client import FutureCancelledError
from distributed.comm import CommClosedError
from distributed.scheduler import KilledWorker

from ..errors import ClusterError
from ..nlp import load_model
from ..records import Article, Extraction, Settings
from .brief import ZONE_ARTICLES, Budget, Failure, _parse_and_extract
from .cache import ExtractionCache
from .dask_wait import IDLE_LIMIT, POLL_SECONDS, Stalled, outcome

#: Articles per task: one memory zone on the worker, and few enough tasks for the scheduler.
SHARD_ARTICLES = ZONE_ARTICLES

#: A small build is cut finer, so that no worker sits idle while another finishes a long last shard:
#: at least this many shards per worker thread ...
SHARDS_PER_THREAD = 8
#: ... but never shards smaller than this (each task has its fixed cost of shipping and scheduling).
MIN_SHARD_ARTICLES = 8

#: Times Dask reruns a shard that raised (a worker that died is rescheduled anyway).
RETRIES = 3

#: Shards in flight per worker thread: enough to keep every worker busy while
#: the client takes results in order, few enough to bound the memory they hold.
IN_FLIGHT_PER_THREAD = 2

#: Errors by which the client learns it has lost the scheduler.
_LOST = (CancelledError, FutureCancelledError, CommClosedError, OSError, TimeoutError)

#: Dask settings for worker processes that parse (#17). Dask's defaults cost a briefing worker about a
#: sixth of its CPU (measured on one worker, 40 BBC articles, CPU per article: 171 ms with the defaults,
#: 116-121 ms with these, 104-119 ms on a local pool process's main thread):
#:
#: * ``MALLOC_TRIM_THRESHOLD_``, which the nanny sets for every worker it spawns, turns off glibc's
#:   dynamic mmap threshold, so every large array spaCy allocates and frees is a fresh mmap and a page
#:   fault per page (the worker's system time per article went from 40 to 17 ms without it);
#: * the statistical profiler samples the task thread's stack every 10 ms on the event loop (a thread
#:   that then competes with the parse for the GIL: 25-35 ms of CPU per article);
#: * the event-loop tick (20 ms), system monitor (0.5 s) and memory monitor (0.1 s) wake the worker,
#:   the nanny and the scheduler for nothing a briefing build reads.
#:
#: :func:`local_cluster` applies them; a cluster of your own should set them in the workers' Dask
#: configuration (README, "A cluster and a shared cache").
WORKER_CONFIG: dict[str, object] = {
    "distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": None,  # None unsets it
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}

#: One parse at a time per worker process: a spaCy pipeline and its memory zones are not thread-safe.
_PARSE_LOCK = threading.Lock()


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What a worker sends back for a shard: one result per article, and cache entries it could not write."""

    results: list[Extraction | Failure]
    write_errors: list[str]


def brief_shard(
    articles: Sequence[Article],
    *,
    settings: Settings,
    fingerprint: bytes,
    cache_location: str | None,
    batch_size: int,
    budget: Budget = Budget(),
) -> ShardResult:
    """On a worker: parse and extract a shard, store the new entries, return the records."""
    cache = ExtractionCache(cache_location, settings=settings)
    if cache.fingerprint_bytes != fingerprint:
        raise ClusterError(
            f"{_worker_name()}: this worker runs other briefgen code, model or libraries than the client; "
            "install the same versions on every worker"
        )
    nlp = load_model(settings.model)  # once per worker process: load_model keeps it
    with _PARSE_LOCK:
        results = list(_parse_and_extract(nlp, articles, settings=settings, batch_size=batch_size, budget=budget))
    for article, result in zip(articles, results):
        if isinstance(result, Extraction):
            cache.store(article, result)
    return ShardResult(results, list(cache.stats.write_errors))


def shard_size(articles: int, *, threads: int, largest: int = SHARD_ARTICLES) -> int:
    """Articles per task for a build of ``articles`` on ``threads`` worker threads.

    ``largest`` (one memory zone) for a big archive, so a million articles stay
    some 16,000 tasks; a build of a few hundred is cut into at least
    :data:`SHARDS_PER_THREAD` shards per thread, because with only a handful of
    64-article shards the last one decides the wall time while the other
    workers wait (600 BBC articles on two workers: 15.7 % slower than local
    ``--jobs 2`` in 64-article shards; see benchmarks/RESULTS.md section 12).
    """
    even = -(-articles // max(1, threads * SHARDS_PER_THREAD))
    return max(1, min(largest, articles, max(MIN_SHARD_ARTICLES, even)))


def local_cluster(n_workers: int, **options: object) -> LocalCluster:
    """A ``LocalCluster`` of ``n_workers`` single-threaded worker processes set up for briefing (:data:`WORKER_CONFIG`).

    The settings are read when the nannies, workers and scheduler start, so
    they hold for the cluster's whole life (a restarted worker too). A nanny
    writes its spawn environment into its own process's ``os.environ`` (Dask
    does so on purpose), so a cluster started earlier in this process would
    hand ``MALLOC_TRIM_THRESHOLD_`` on to these workers: it is removed here.
    """
    os.environ.pop("MALLOC_TRIM_THRESHOLD_", None)
    with dask.config.set(WORKER_CONFIG):
        return LocalCluster(  # type: ignore[arg-type]
            **{"n_workers": n_workers, "processes": True, "threads_per_worker": 1, "dashboard_address": ":0", **options}
        )


def _worker_name() -> str:
    try:
        from distributed import get_worker

        return f"Dask worker {get_worker().address}"
    except ValueError:  # not on a worker (called directly, as in a test)
        return "this process"


class DaskEngine:
    """An :data:`~briefgen.pipeline.brief.Engine` that parses and extracts on the cluster at ``address``.

    Pass it as ``engine=`` to :func:`briefgen.pipeline.brief_articles` (or
    ``build_site``) together with ``store=engine.remember``: workers write the
    entries, so the client only records which ones the build used.
    ``connect_timeout=None`` takes Dask's own setting
    (``distributed.comm.timeouts.connect``, also the time the client tries to
    reconnect to a lost scheduler before it gives up).

    ``idle_limit``: seconds the cluster may run no task at all while one of
    ours is pending (:mod:`.dask_wait`). With no worker left, the build ends
    with a :class:`~briefgen.errors.ClusterError`; with idle workers, the
    scheduler has lost the task, which is sent again once, and its articles
    are failure records if it is lost again. ``None`` waits for ever (an
    adaptive cluster that may take longer than that to start a worker).
    """

    def __init__(
        self,
        address: str,
        *,
        settings: Settings = Settings(),
        cache: ExtractionCache | None = None,
        shard_articles: int = SHARD_ARTICLES,
        batch_size: int = 16,
        retries: int = RETRIES,
        connect_timeout: float | None = None,
        budget: Budget = Budget(),
        idle_limit: float | None = IDLE_LIMIT,
        poll: float = POLL_SECONDS,
    ) -> None:
        self.address = address
        self.settings = settings
        self.cache = cache if cache is not None else ExtractionCache(None, settings=settings)
        self.shard_articles = max(1, shard_articles)
        self.batch_size = batch_size
        self.retries = retries
        self.connect_timeout = connect_timeout
        self.budget = budget
        self.idle_limit = idle_limit
        self.poll = poll

    def remember(self, article: Article, extraction: Extraction) -> None:
        """The ``store`` callback for a cluster build: the worker wrote the entry already."""
        self.cache.remember(article, extraction)

    def __call__(self, articles: Sequence[Article]) -> Iterator[Extraction | Failure]:
        """Parse and extract ``articles`` on the cluster; results come back in article order."""
        if not articles:
            return
        with _quiet_distributed():
            client = self._connect()
            try:
                yield from self._run(client, articles)
            finally:
                try:
                    client.close(timeout=5)
                except Exception:  # the scheduler is gone already: nothing left to close cleanly
                    pass

    def _connect(self) -> Client:
        try:
            timeout = {} if self.connect_timeout is None else {"timeout": self.connect_timeout}
            return Client(self.address, set_as_default=False, **timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise ClusterError(f"{self.address}: cannot reach the Dask scheduler ({_reason(exc)})") from None

    def _run(self, client: Client, articles: Sequence[Article]) -> Iterator[Extraction | Failure]:
        try:
            threads = sum(client.nthreads().values())
        except _LOST as exc:
            raise self._lost(0, len(articles), exc) from None
        size = shard_size(len(articles), threads=threads, largest=self.shard_articles)
        shards = (articles[i : i + size] for i in range(0, len(articles), size))
        window = max(2, IN_FLIGHT_PER_THREAD * threads)
        pending: deque[tuple[Sequence[Article], Future]] = deque(
            (shard, self._submit(client, shard)) for shard in islice(shards, window)
        )
        done = 0
        while pending:
            shard, future = pending.popleft()
            results = self._gather(client, shard, future, done, len(articles), others=[f for _, f in pending])
            for next_shard in islice(shards, 1):
                pending.append((next_shard, self._submit(client, next_shard)))
            done += len(shard)
            yield from results

    def _submit(self, client: Client, shard: Sequence[Article]) -> Future:
        return client.submit(
            brief_shard,
            list(shard),
            settings=self.settings,
            fingerprint=self.cache.fingerprint_bytes,
            cache_location=self.cache.location,
            batch_size=self.batch_size,
            budget=self.budget,
            retries=self.retries,
            pure=False,
        )

    def _gather(
        self,
        client: Client,
        shard: Sequence[Article],
        future: Future,
        done: int,
        total: int,
        *,
        others: Sequence[Future] = (),
        alone: bool = False,
    ) -> list[Extraction | Failure]:
        try:
            result = self._result(client, shard, future, done, total)
        except KilledWorker:
            # Workers died while this shard was on them, but the culprit may be an article of another
            # shard beside it on the same worker. So let this build's other tasks finish, then rerun the
            # shard one article at a time with nothing else of ours running: a death then is the article's own.
            if alone:  # one article, nothing else of ours beside it
                article = shard[0]
                return [Failure(article.path, f"{article.path}: the Dask worker parsing it died, every time it was tried")]
            try:
                for other in others:  # an error or a stall of its own is handled when its turn comes
                    try:
                        self._wait(client, other, done, total, lambda timeout, f=other: f.exception(timeout=timeout))
                    except Stalled:
                        pass
            except _LOST as exc:
                raise self._lost(done, total, exc) from None
            return [r for a in shard for r in self._gather(client, [a], self._submit(client, [a]), done, total, alone=True)]
        except _LOST as exc:
            raise self._lost(done, total, exc) from None
        if isinstance(result, list):  # failure records: no worker would run the task
            return result
        self.cache.stats.write_errors.extend(result.write_errors)
        return result.results

    def _result(
        self, client: Client, shard: Sequence[Article], future: Future, done: int, total: int
    ) -> ShardResult | list[Extraction | Failure]:
        """The shard's result; a task the scheduler left unrun beside idle workers is sent once more.

        Lost a second time, its articles become failure records, and the build goes on.
        """
        for attempt in range(2):
            try:
                return self._wait(client, future, done, total, lambda timeout, f=future: f.result(timeout=timeout))
            except Stalled as stall:
                if attempt == 1:
                    return [
                        Failure(
                            a.path,
                            f"{a.path}: no Dask worker ran the task briefing it (every worker idle for "
                            f"{stall.seconds:.0f} s, twice); not briefed",
                        )
                        for a in shard
                    ]
                future.cancel()
                future = self._submit(client, shard)
        raise AssertionError("unreachable")

    def _wait(self, client: Client, future: Future, done: int, total: int, get):  # type: ignore[no-untyped-def]
        """``get(timeout)`` from ``future``, bounded by :func:`.dask_wait.outcome`; a cluster with no worker left ends the build."""

        def activity() -> tuple[int, int]:
            processing = client.processing()
            return len(processing), sum(len(keys) for keys in processing.values())

        try:
            return outcome(get, done=future.done, activity=activity, idle_limit=self.idle_limit, poll=self.poll)
        except Stalled as stall:
            if stall.workers:
                raise
            raise ClusterError(
                f"{self.address}: the Dask cluster has had no worker for {stall.seconds:.0f} s, after {done} of {total} "
                "articles; cache entries written so far are complete"
            ) from None

    def _lost(self, done: int, total: int, exc: BaseException) -> ClusterError:
        return ClusterError(
            f"{self.address}: lost the Dask scheduler after {done} of {total} articles ({_reason(exc)}); "
            "cache entries written so far are complete"
        )


@contextmanager
def _quiet_distributed() -> Iterator[None]:
    """Keep Dask's own tracebacks (reconnect attempts, a worker's death) out of the build log.

    What matters to the user comes out of the engine itself: a failure record
    per article, or one :class:`~briefgen.errors.ClusterError` line.
    """
    names = ["distributed", *(n for n in logging.root.manager.loggerDict if n.startswith("distributed."))]
    levels = {name: logging.getLogger(name).level for name in names}
    for name in names:  # Dask's logging config sets some children's levels itself
        logging.getLogger(name).setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for name, level in levels.items():
            logging.getLogger(name).setLevel(level)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, CancelledError):  # Dask's message is a paragraph; the reason is this
        return "connection to the scheduler lost"
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
