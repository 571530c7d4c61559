"""Search over the built site: a Pagefind index written beside the pages.

Why Pagefind rather than MkDocs' own (lunr) search: lunr ships one index holding
every page's text, and every visitor downloads it when a page opens (about 5 MB
gzipped at 2,225 articles, growing linearly with the archive). Pagefind splits
its index into small chunks and a query fetches only the chunks its words fall
in, so what a visitor downloads stays near constant as the archive grows.

Pagefind reads finished HTML, so this runs after the site generator has written
the site (the MkDocs plugin calls it from ``on_post_build``; any other generator
can call :func:`index_site` on its output folder). Pages mark what the index
should know with Pagefind's own attributes, written by the templates:
``data-pagefind-filter="kind:briefing"`` / ``"kind:actor"`` and
``"month:2025-06"`` give the result filters, and an actor page's name carries a
higher ``data-pagefind-weight`` so that searching a person finds their page first.

The index lives in ``<site>/pagefind/`` with the browser bundle (``pagefind-ui.js``)
that ``assets/briefgen-search.js`` mounts in the page header. It needs the site
served over HTTP: from ``file://`` the browser refuses the index's fetches, and
the search box says so instead of failing silently.

The one part of a briefgen site that is not byte-identical from build to build
is in here: Pagefind writes its filter index (and so the hash in
``pagefind-entry.json``) in an order that varies between runs, though its
content does not. The pages and Pagefind's fragments are stable.
"""

from __future__ import annotations

import asyncio
import concurrent.futures
import shutil
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import SearchIndexError

#: Folder of the index inside the site.
PAGEFIND_DIR = "pagefind"

#: The part of a page that is indexed: Material's article body, so the navigation,
#: header and footer repeated on every page never match a query.
ROOT_SELECTOR = "article"

#: Inside the article: what is not the page's own text (the permalink marks,
#: the relation map's SVG labels, which repeat the actor list).
EXCLUDE_SELECTORS = (".headerlink", "svg", "nav")


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """What :func:`index_site` wrote: how many pages it indexed, and where."""

    pages: int
    folder: Path


def index_site(site_dir: Path, *, language: str = "en") -> SearchIndex:
    """Index every HTML page below ``site_dir`` into ``site_dir/pagefind``.

    A previous index is replaced whole, so a page that left the site leaves the
    index too. Raises :class:`SearchIndexError` (one line) when Pagefind is not
    installed or fails.
    """
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise SearchIndexError(f"{site_dir}: search index not built: the pagefind package is missing ({exc})") from None

    folder = Path(site_dir) / PAGEFIND_DIR
    shutil.rmtree(folder, ignore_errors=True)
    config = IndexConfig(
        root_selector=ROOT_SELECTOR,
        exclude_selectors=list(EXCLUDE_SELECTORS),
        force_language=language,
        output_path=str(folder),
    )

    async def run() -> int:
        async with PagefindIndex(config=config) as index:
            result = await index.add_directory(str(site_dir))
            return int(result.get("page_count", 0))

    try:
        pages = _run_async(run)
    except Exception as exc:  # the service reports its own errors as exceptions of several kinds
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise SearchIndexError(f"{site_dir}: search index not built: {message}") from None
    return SearchIndex(pages=pages, folder=folder)


def _run_async(make: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Run Pagefind's async API to completion, also from code that has an event loop running.

    A caller's running loop (a notebook, a browser-driving test) forbids
    ``asyncio.run`` in its thread, so the index is then built in a thread of its own.
    """
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(make())
    with concurrent.futures.ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(lambda: asyncio.run(make())).result()
