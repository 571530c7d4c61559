"""The core pipeline: ingest -> parse -> extract -> (render elsewhere).

This module knows nothing of MkDocs or the command line; both adapters call
:func:`brief_paths` (or :func:`brief_text` for one string) and render what
comes back. Articles that fail are reported as :class:`Failure` records in the
same stream, so one bad file never stops the others.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..errors import ArticleError
from ..extract import extract_all
from ..ingest import is_url, parse_article_text, read_article, read_seed, unique_names
from ..nlp import load_model, parse_articles, parse_groups
from ..records import Article, Briefing, Extraction, Settings


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that could not be briefed, and why (one line, file first)."""

    path: str
    message: str


@dataclass(frozen=True, slots=True)
class Budget:
    """What one article may cost before it fails with a one-line message and the build goes on.

    ``max_chars``: longer articles are not parsed at all. ``seconds``: CPU
    time allowed to an article's parse and, separately, to its extraction.
    CPU time, not wall time, so that a busy machine does not fail articles
    an idle one builds (the same input must give the same output).
    Every stage is linear in the article's length, so neither limit is met
    by ordinary articles (a 1,000,000-character article parses in a few
    minutes on one core); they bound what an unattended build can be made
    to spend on one hostile file. The time limit is enforced with
    ``SIGPROF``, which only a process's main thread receives, so a build
    running on another thread (the rebuild thread of ``mkdocs serve``, an
    application calling the pipeline from a thread) parses and extracts in
    a worker process, whose main thread keeps the limit
    (:func:`extract_articles`). A Dask worker runs its tasks on threads and
    by default cannot start child processes (Dask makes it daemonic): there a watchdog thread
    keeps the limit (:func:`time_limit`).
    """

    max_chars: int = 5_000_000
    seconds: float = 600.0


class OverBudget(Exception):
    """Raised inside :func:`time_limit` when the time runs out."""


@contextlib.contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` in this block after ``seconds`` of CPU time.

    On a process's main thread the limit is ``SIGPROF`` from ``ITIMER_PROF``,
    which counts CPU time, so the limit holds however loaded the machine is (a
    wall-clock limit failed a 500,000-character article on a machine at load
    16 that an idle one builds in 75 s). A profiling timer already running is
    put back afterwards with the time it had left.

    Only the main thread receives signals. On any other thread (a Dask
    worker runs its tasks on worker threads, #17) a watchdog thread reads the
    calling thread's own CPU clock and raises the exception in it
    (:class:`_Watchdog`). That is weaker in one way: an exception sent to a
    thread lands between two Python bytecodes, so a long C call that holds the
    interpreter lock (a backtracking regex in ``re``, spaCy's tokenizer over a
    whole document) runs to its end first, whereas ``SIGPROF`` interrupts the
    regex engine, which checks for signals. Measured with a 1 s limit
    (the hostile inputs of ``benchmarks/bench_pathological.py`` at full
    size): the main thread stopped each one that ran over after 1.00-1.06 s
    of CPU, a worker thread after 1.13-1.40 s (C code running to its end;
    not traced further); a backtracking regex (``(a+)+$`` on 27
    ``a`` and a ``b``) was stopped after 0.97 s on the main thread and ran to
    its end, 4.6 s, on a worker thread. So the local pipeline still prefers a worker
    process's main thread where it can (:func:`limits_hold_here`). Without a
    per-thread CPU clock (``time.pthread_getcpuclockid``: Linux has it)
    the limit off the main thread is a no-op, as everywhere without
    ``setitimer``.
    """
    if seconds <= 0:
        yield
        return
    if threading.current_thread() is not threading.main_thread():
        if not hasattr(time, "pthread_getcpuclockid"):
            yield
            return
        watchdog = _Watchdog(threading.get_ident(), seconds)
        watchdog.start()
        try:
            yield
        finally:
            if watchdog.stop():
                _raise_in(watchdog.watched, None)  # take back an exception sent but not yet raised (the block ended first)
        return
    if not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: object) -> None:
        raise OverBudget()

    started = time.process_time()
    previous = signal.signal(signal.SIGPROF, expire)
    outer, _ = signal.setitimer(signal.ITIMER_PROF, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        if outer:
            signal.setitimer(signal.ITIMER_PROF, max(outer - (time.process_time() - started), 0.001))


#: The watchdog never sleeps less than this between two looks at the clock it watches.
_WATCH_MIN_WAIT = 0.005
#: CPU seconds the watched thread may go on after the exception was sent before it is sent again.
_WATCH_AGAIN = 0.2


class _Watchdog(threading.Thread):
    """Raises :class:`OverBudget` in thread ``ident`` once that thread has spent ``seconds`` of its own CPU time.

    It reads the watched thread's CPU clock (``pthread_getcpuclockid``), not
    the process's: a Dask worker's event loop and the other threads of the
    process spend nothing of an article's budget. A thread cannot spend more
    CPU time than wall time passes, so the watchdog sleeps for the budget
    left and looks again: a few wake-ups per article, whatever its length.
    The exception is sent with ``PyThreadState_SetAsyncExc``, under a lock
    that :meth:`stop` takes too, so it is never sent after the block ended,
    and one sent but not yet raised when the block ends is taken back.
    """

    def __init__(self, ident: int, seconds: float) -> None:
        super().__init__(name="briefgen-time-limit", daemon=True)
        self.watched = ident
        self.clock = time.pthread_getcpuclockid(ident)
        self.deadline = time.clock_gettime(self.clock) + seconds
        self.lock = threading.Lock()
        self.stopped = threading.Event()
        self.fired = False

    def run(self) -> None:
        while True:
            try:
                now = time.clock_gettime(self.clock)
            except OSError:  # the watched thread ended between stop() and this look: nothing left to watch
                return
            if now >= self.deadline:
                with self.lock:
                    if self.stopped.is_set():
                        return
                    self.fired = True
                    _raise_in(self.watched, OverBudget)
                # An exception that lands in a garbage-collector callback or a ``__del__`` is printed and dropped
                # (Dask's worker has such a callback: seen dropping it on a parse of 30,000 paragraphs), so
                # while the block goes on, send it again
                self.deadline = now + _WATCH_AGAIN
            elif self.stopped.wait(max(self.deadline - now, _WATCH_MIN_WAIT)):
                return

    def stop(self) -> bool:
        """Stop watching; whether the exception was sent."""
        with self.lock:
            self.stopped.set()
            return self.fired


def _raise_in(ident: int, exception: type[BaseException] | None) -> None:
    """Have thread ``ident`` raise ``exception`` at its next bytecode (``None``: take back one not yet raised)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(ident), ctypes.py_object(exception) if exception else None)


def limits_hold_here(budget: Budget) -> bool:
    """Whether :func:`time_limit` can keep ``budget`` with ``SIGPROF`` in the calling thread (or there is no time limit to keep).

    Off the main thread its watchdog keeps the limit too, but lets a long C
    call that holds the interpreter lock finish first; where a worker
    process can be started, its main thread is the better place.
    """
    if budget.seconds <= 0 or not hasattr(signal, "setitimer"):
        return True  # nothing to keep, or nowhere to keep it (no setitimer: not in a worker either)
    return threading.current_thread() is threading.main_thread()


#: Looks up a cached extraction for an article (``None`` when absent) and stores new ones.
CacheLookup = Callable[[Article], Extraction | None]
CacheStore = Callable[[Article, Extraction], None]

#: Parses and extracts the articles the cache does not hold, in order, one result per article.
#: ``None`` (the default) does it here, in ``n_process`` local processes; an adapter may do it
#: elsewhere (``briefgen.pipeline.dask_engine.DaskEngine`` on a Dask cluster) without this
#: module knowing how: the client still decides what needs parsing and keeps the order.
Engine = Callable[[Sequence[Article]], Iterator[Extraction | Failure]]


def brief_articles(
    articles: Sequence[Article],
    *,
    nlp: Language | None = None,
    settings: Settings = Settings(),
    n_process: int = 1,
    batch_size: int = 16,
    lookup: CacheLookup | None = None,
    store: CacheStore | None = None,
    budget: Budget = Budget(),
    engine: Engine | None = None,
) -> Iterator[Briefing | Failure]:
    """Brief articles in order; only those without a cached extraction are parsed.

    The model is loaded (``settings.model``) only when something needs parsing
    here, so a fully cached build, or one whose ``engine`` parses elsewhere,
    never pays for it. Articles over the ``budget``'s size fail before anything
    else is done with them.
    """
    cached: dict[int, Extraction] = {}
    too_long = {i for i, article in enumerate(articles) if len(article.text) > budget.max_chars}
    if lookup is not None:
        for i, article in enumerate(articles):
            hit = lookup(article) if i not in too_long else None
            if hit is not None:
                cached[i] = hit
    to_parse = [a for i, a in enumerate(articles) if i not in cached and i not in too_long]
    refused = {
        i: Failure(articles[i].path, f"{articles[i].path}: too long to brief ({len(articles[i].text):,} characters; the limit is {budget.max_chars:,})")
        for i in too_long
    }
    if engine is not None:
        yield from _merge(articles, cached, refused, engine(to_parse) if to_parse else iter(()), store)
        return
    if to_parse and nlp is None:
        nlp = load_model(settings.model)
    # worker processes pay off only when each gets whole batches: a rebuild that parses one article stays in-process
    processes = max(1, min(n_process, len(to_parse) // batch_size))
    extractions = (
        extract_articles(to_parse, nlp=nlp, settings=settings, n_process=processes, batch_size=batch_size, budget=budget)
        if to_parse
        else iter(())
    )
    yield from _merge(articles, cached, refused, extractions, store)


def _merge(
    articles: Sequence[Article],
    cached: dict[int, Extraction],
    refused: dict[int, Failure],
    extractions: Iterator[Extraction | Failure],
    store: CacheStore | None,
) -> Iterator[Briefing | Failure]:
    """Cached and new extractions, and the articles refused before parsing, back in article order; new ones are stored."""
    for i, article in enumerate(articles):
        if i in cached:
            yield Briefing(article, cached[i])
            continue
        if i in refused:
            yield refused[i]
            continue
        extraction = next(extractions)
        if isinstance(extraction, Failure):
            yield extraction
            continue
        if store is not None:
            store(article, extraction)
        yield Briefing(article, extraction)


#: Articles parsed and extracted in one of spaCy's memory zones. Strings and
#: lexemes that new words add to the vocabulary are freed at the end of each
#: zone, so a long build's memory does not grow with the corpus's vocabulary.
ZONE_ARTICLES = 64

#: A chunk of articles is parsed outside a memory zone while the model's vocabulary holds fewer
#: lexemes than this, and only if the chunk has at most :data:`KEEP_CHARS` characters; past
#: that, every chunk is parsed in a zone. Why: inside a zone spaCy's tokenizer caches nothing
#: (``Tokenizer._save_cached`` returns early) and every word's lexeme is made again in each
#: zone, so a build that parses everything in zones tokenizes 300 BBC articles in about
#: 1.1 CPU s instead of 0.4 s (``benchmarks/RESULTS.md`` §13). Keeping the first chunks' words
#: fills the cache with the corpus's common words once per process. Memory still stops
#: growing: the whole BBC corpus (2,225 articles, 5.0 M characters) is 35,287 lexemes and
#: about 6 MB more peak memory, so 50,000 is some 10 MB (a hostile chunk can add at most
#: :data:`KEEP_CHARS` characters' worth beyond it). The parse is the same either way:
#: cached and fresh tokenization give the same tokens.
KEEP_LEXEMES = 50_000
KEEP_CHARS = 1_000_000


def extract_articles(
    articles: Sequence[Article],
    *,
    nlp: Language,
    settings: Settings = Settings(),
    n_process: int = 1,
    batch_size: int = 16,
    budget: Budget = Budget(),
) -> Iterator[Extraction | Failure]:
    """Parse and extract articles, in order: one :class:`Extraction` (or :class:`Failure`) per article.

    With ``n_process > 1`` each worker process parses *and* extracts a batch
    and sends back only the small extraction records; the main process does
    no NLP work of its own, so two workers keep two cores busy. (spaCy's
    ``nlp.pipe(n_process=...)`` would send every parsed ``Doc`` back to be
    extracted in the main process, which then competes with the workers.)
    Workers get the loaded pipeline when they start (forked where the
    platform allows, pickled otherwise), so nothing is loaded twice on Linux.
    A worker that dies (the OOM killer, a signal) loses its batch; see
    :func:`_in_workers` for why the build still ends.

    Called off the main thread with a time limit (``mkdocs serve`` rebuilds
    in a thread), even ``n_process=1`` works in one worker process: only a
    process's main thread can be interrupted when the time runs out, and a
    hostile article must not hold a serving process for ever. The output is
    the same either way (the batches parse as they would in-process).
    """
    if n_process <= 1 and limits_hold_here(budget):
        for start in range(0, len(articles), ZONE_ARTICLES):
            chunk = articles[start : start + ZONE_ARTICLES]
            yield from _parse_and_extract(nlp, chunk, settings=settings, batch_size=batch_size, budget=budget)
        return
    batches = [articles[start : start + batch_size] for start in range(0, len(articles), batch_size)]
    setup = _WorkerSetup(nlp, settings, batch_size, budget)
    for batch, results in zip(batches, _in_workers(batches, setup=setup, n_process=max(1, n_process))):
        yield from results if results is not None else (_lost(article) for article in batch)


def _lost(article: Article) -> Failure:
    return Failure(
        article.path,
        f"{article.path}: the worker process briefing it died twice (killed, perhaps for lack of memory); not briefed",
    )


def _in_workers(
    batches: Sequence[Sequence[Article]], *, setup: _WorkerSetup, n_process: int
) -> Iterator[list[Extraction | Failure] | None]:
    """Each batch's results, in order, from a pool of worker processes; ``None`` for a batch lost twice.

    ``multiprocessing.Pool`` never notices a worker that died: its task is
    simply never answered and the build waits forever. A
    ``ProcessPoolExecutor`` marks itself broken instead, and every unfinished
    batch raises ``BrokenProcessPool``. Those batches are then run again in a
    fresh pool, each alone until it is answered, so that a batch that kills
    its worker every time (one article too big for memory) takes no other
    batch with it the second time; a batch lost on its second run is given
    up. So the build always ends, and a healthy batch is never reported
    lost because another one was.
    """
    tries = [0] * len(batches)
    head = 0
    while head < len(batches):
        if tries[head] >= 2:
            yield None
            head += 1
            continue
        pool = ProcessPoolExecutor(n_process, mp_context=multiprocessing.get_context(), initializer=_start_worker, initargs=(setup,))
        in_flight: deque[Future] = deque()
        submitted = head
        try:
            while head < len(batches):
                if tries[head] >= 2:
                    break
                # a batch that was lost once runs alone; otherwise keep two batches per worker queued
                limit = head + 1 if tries[head] else head + 2 * n_process
                while submitted < min(limit, len(batches)) and not (submitted > head and tries[submitted]):
                    in_flight.append(pool.submit(_worker_batch, batches[submitted]))
                    submitted += 1
                results = in_flight.popleft().result()
                yield results
                head += 1
        except BrokenProcessPool:
            for n in range(head, submitted):
                tries[n] += 1
        finally:
            pool.shutdown(wait=True, cancel_futures=True)


def _parse_and_extract(
    nlp: Language, articles: Sequence[Article], *, settings: Settings, batch_size: int, budget: Budget
) -> Iterator[Extraction | Failure]:
    with nlp.memory_zone() if in_zone(nlp, articles) else contextlib.nullcontext():
        for group in parse_groups(articles, batch_size=batch_size):
            yield from _brief_group(nlp, group, settings=settings, batch_size=batch_size, budget=budget)


def in_zone(nlp: Language, articles: Sequence[Article]) -> bool:
    """Whether this chunk is parsed in a memory zone: once the vocabulary is full, or when the chunk is large (see :data:`KEEP_LEXEMES`)."""
    return len(nlp.vocab) >= KEEP_LEXEMES or sum(len(a.text) for a in articles) > KEEP_CHARS


def _brief_group(
    nlp: Language, group: list[Article], *, settings: Settings, batch_size: int, budget: Budget
) -> Iterator[Extraction | Failure]:
    """Parse a group of articles under their time budget, then extract each under its own.

    A group that runs out of time is parsed again article by article, so only
    the article that overran fails.
    """
    try:
        with time_limit(budget.seconds * len(group)):
            docs = list(parse_articles(nlp, group, batch_size=batch_size))
    except OverBudget:
        if len(group) > 1:
            for article in group:
                yield from _brief_group(nlp, [article], settings=settings, batch_size=batch_size, budget=budget)
        else:
            yield _over_time(group[0], budget, "parse")
        return
    for article, doc in zip(group, docs):
        result: Extraction | Failure
        try:
            with time_limit(budget.seconds):
                result = extract_all(doc, settings=settings)
        except OverBudget:
            result = _over_time(article, budget, "extraction")
        except Exception as exc:  # an extractor bug must not stop the other articles
            result = Failure(article.path, f"{article.path}: extraction failed ({type(exc).__name__}: {exc})")
        yield result


def _over_time(article: Article, budget: Budget, stage: str) -> Failure:
    return Failure(
        article.path,
        f"{article.path}: {stage} took more than the time limit of {budget.seconds:g} s of CPU time per article; not briefed",
    )


@dataclass(frozen=True, slots=True)
class _WorkerSetup:
    """What each worker process keeps between batches: given once, when it starts."""

    nlp: Language
    settings: Settings
    batch_size: int
    budget: Budget


_worker_setup: _WorkerSetup | None = None


def _start_worker(setup: _WorkerSetup) -> None:
    global _worker_setup
    _worker_setup = setup


def _worker_batch(articles: Sequence[Article]) -> list[Extraction | Failure]:
    setup = _worker_setup
    assert setup is not None, "_start_worker runs first in every worker"
    return list(_parse_and_extract(setup.nlp, articles, settings=setup.settings, batch_size=setup.batch_size, budget=setup.budget))


def read_articles(paths: Iterable[Path | str]) -> tuple[list[Article], list[Failure]]:
    """Read files; unreadable ones become failures. Page names are made unique."""
    articles: list[Article] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            if is_url(path):  # seeds at an fsspec URL (#17): read through fsspec, named by the URL
                articles.append(read_article(str(path), data=read_seed(str(path)), display=str(path)))
            else:
                articles.append(read_article(path))
        except ArticleError as exc:
            failures.append(Failure(exc.path, str(exc)))
    return unique_names(articles), failures


#: Above this many files, :func:`brief_paths` reads and briefs them a window at a time (#17).
WINDOW = 512
#: The window when an ``engine`` (a Dask cluster) parses: 128 shards of 64, enough to keep a large
#: cluster busy between windows, still a bounded number of article texts held at once.
ENGINE_WINDOW = 8192


@dataclass(frozen=True, slots=True)
class _Named:
    """What :func:`unique_names` needs of an article: its shown path and the name its file wants."""

    path: str
    name: str


def brief_paths(
    paths: Iterable[Path | str], *, nlp: Language | None = None, settings: Settings = Settings(), window: int = WINDOW, **options
) -> Iterator[Briefing | Failure]:
    """Read and brief files: failures to read come first, then one result per article.

    Up to ``window`` files are read all at once. Past that, memory must not
    grow with the archive (#17): files are read, looked up in the cache and
    briefed ``window`` at a time, each window's read failures first, and the
    page names are settled beforehand from the file names (a name depends
    only on the file's name, so :func:`unique_names` gives the same names
    as when every article is in memory, except that a file that then fails
    to read has still taken its name). With an ``engine`` the window is
    :data:`ENGINE_WINDOW`: each window is one round of work for the cluster.
    """
    paths = list(paths)
    if options.get("engine") is not None:
        window = max(window, ENGINE_WINDOW)
    if len(paths) <= window:
        articles, failures = read_articles(paths)
        yield from failures
        yield from brief_articles(articles, nlp=nlp, settings=settings, **options)
        return
    names = [n.name for n in unique_names([_Named(*_wanted_name(p)) for p in paths])]  # type: ignore[arg-type]
    for start in range(0, len(paths), window):
        articles, failures = _read_unnamed(paths[start : start + window], names[start : start + window])
        yield from failures
        yield from brief_articles(articles, nlp=nlp, settings=settings, **options)


def _wanted_name(path: Path | str) -> tuple[str, str]:
    """``(shown path, wanted name)`` of an article file, as :func:`read_article` gives them."""
    from ..ingest.article import slugify
    from ..ingest.files import printable_path

    shown = str(path) if is_url(path) else printable_path(Path(path))
    return shown, slugify(Path(path).stem.lstrip("."))


def _read_unnamed(paths: Sequence[Path | str], names: Sequence[str]) -> tuple[list[Article], list[Failure]]:
    from dataclasses import replace

    articles: list[Article] = []
    failures: list[Failure] = []
    for path, name in zip(paths, names, strict=True):
        try:
            article = read_article(str(path), data=read_seed(str(path)), display=str(path)) if is_url(path) else read_article(path)
        except ArticleError as exc:
            failures.append(Failure(exc.path, str(exc)))
            continue
        articles.append(article if article.name == name else replace(article, name=name))
    return articles, failures


def brief_text(
    text: str, *, name: str = "article", suffix: str = ".txt", nlp: Language | None = None, settings: Settings = Settings()
) -> Briefing:
    """Brief one article given as a string (used by the evals and by tests)."""
    article = parse_article_text(text.encode("utf-8"), path=name, suffix=suffix, stem=name)
    result = next(brief_articles([article], nlp=nlp, settings=settings))
    if isinstance(result, Failure):
        raise ArticleError(name, result.message)
    return result

