"""The core pipeline: ingest -> parse -> extract -> (render elsewhere).

This module knows nothing of MkDocs or the command line; both adapters call
:func:`brief_paths` (or :func:`brief_text` for one string) and render what
comes back. Articles that fail are reported as :class:`Failure` records in the
same stream, so one bad file never stops the others.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from ..errors import ArticleError
from ..extract import extract_all
from ..ingest import parse_article_text, read_article, unique_names
from ..nlp import load_model, parse_articles
from ..records import Article, Briefing, Extraction, Settings


@dataclass(frozen=True, slots=True)
class Failure:
    """An article that could not be briefed, and why (one line, file first)."""

    path: str
    message: str


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
    engine: Engine | None = None,
) -> Iterator[Briefing | Failure]:
    """Brief articles in order; only those without a cached extraction are parsed.

    The model is loaded (``settings.model``) only when something needs parsing
    here, so a fully cached build, or one whose ``engine`` parses elsewhere,
    never pays for it.
    """
    cached: dict[int, Extraction] = {}
    if lookup is not None:
        for i, article in enumerate(articles):
            hit = lookup(article)
            if hit is not None:
                cached[i] = hit
    to_parse = [a for i, a in enumerate(articles) if i not in cached]
    if engine is not None:
        yield from _merge(articles, cached, engine(to_parse) if to_parse else iter(()), store)
        return
    if to_parse and nlp is None:
        nlp = load_model(settings.model)
    # worker processes pay off only when each gets whole batches: a rebuild that parses one article stays in-process
    processes = max(1, min(n_process, len(to_parse) // batch_size))
    extractions = (
        extract_articles(to_parse, nlp=nlp, settings=settings, n_process=processes, batch_size=batch_size)
        if to_parse
        else iter(())
    )
    yield from _merge(articles, cached, extractions, store)


def _merge(
    articles: Sequence[Article],
    cached: dict[int, Extraction],
    extractions: Iterator[Extraction | Failure],
    store: CacheStore | None,
) -> Iterator[Briefing | Failure]:
    """Cached and new extractions back in article order; new ones are stored."""
    for i, article in enumerate(articles):
        if i in cached:
            yield Briefing(article, cached[i])
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


def extract_articles(
    articles: Sequence[Article],
    *,
    nlp: Language,
    settings: Settings = Settings(),
    n_process: int = 1,
    batch_size: int = 16,
) -> Iterator[Extraction | Failure]:
    """Parse and extract articles, in order: one :class:`Extraction` (or :class:`Failure`) per article.

    With ``n_process > 1`` each worker process parses *and* extracts a batch
    and sends back only the small extraction records; the main process does
    no NLP work of its own, so two workers keep two cores busy. (spaCy's
    ``nlp.pipe(n_process=...)`` would send every parsed ``Doc`` back to be
    extracted in the main process, which then competes with the workers.)
    Workers get the loaded pipeline when they start (forked where the
    platform allows, pickled otherwise), so nothing is loaded twice on Linux.
    """
    if n_process <= 1:
        for start in range(0, len(articles), ZONE_ARTICLES):
            yield from _parse_and_extract(nlp, articles[start : start + ZONE_ARTICLES], settings=settings, batch_size=batch_size)
        return
    batches = [articles[start : start + batch_size] for start in range(0, len(articles), batch_size)]
    context = multiprocessing.get_context()
    with context.Pool(n_process, initializer=_start_worker, initargs=(nlp, settings, batch_size)) as pool:
        for results in pool.imap(_worker_batch, batches):
            yield from results


def _parse_and_extract(
    nlp: Language, articles: Sequence[Article], *, settings: Settings, batch_size: int
) -> Iterator[Extraction | Failure]:
    with nlp.memory_zone():
        for article, doc in zip(articles, parse_articles(nlp, articles, batch_size=batch_size)):
            try:
                yield extract_all(doc, settings=settings)
            except Exception as exc:  # an extractor bug must not stop the other articles
                yield Failure(article.path, f"{article.path}: extraction failed ({type(exc).__name__}: {exc})")


@dataclass(frozen=True, slots=True)
class _WorkerSetup:
    """What each worker process keeps between batches: given once, when it starts."""

    nlp: Language
    settings: Settings
    batch_size: int


_worker_setup: _WorkerSetup | None = None


def _start_worker(nlp: Language, settings: Settings, batch_size: int) -> None:
    global _worker_setup
    _worker_setup = _WorkerSetup(nlp, settings, batch_size)


def _worker_batch(articles: Sequence[Article]) -> list[Extraction | Failure]:
    setup = _worker_setup
    assert setup is not None, "_start_worker runs first in every worker"
    return list(_parse_and_extract(setup.nlp, articles, settings=setup.settings, batch_size=setup.batch_size))


def read_articles(paths: Iterable[Path | str]) -> tuple[list[Article], list[Failure]]:
    """Read files; unreadable ones become failures. Page names are made unique."""
    articles: list[Article] = []
    failures: list[Failure] = []
    for path in paths:
        try:
            articles.append(read_article(path))
        except ArticleError as exc:
            failures.append(Failure(exc.path, str(exc)))
    return unique_names(articles), failures


def brief_paths(
    paths: Iterable[Path | str], *, nlp: Language | None = None, settings: Settings = Settings(), **options
) -> Iterator[Briefing | Failure]:
    """Read and brief files: failures to read come first, then one result per article."""
    articles, failures = read_articles(paths)
    yield from failures
    yield from brief_articles(articles, nlp=nlp, settings=settings, **options)


def brief_text(
    text: str, *, name: str = "article", suffix: str = ".txt", nlp: Language | None = None, settings: Settings = Settings()
) -> Briefing:
    """Brief one article given as a string (used by the evals and by tests)."""
    article = parse_article_text(text.encode("utf-8"), path=name, suffix=suffix, stem=name)
    result = next(brief_articles([article], nlp=nlp, settings=settings))
    if isinstance(result, Failure):
        raise ArticleError(name, result.message)
    return result

