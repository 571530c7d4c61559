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
import gzip
import json
import re
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

    A previous index there is updated, not deleted first: Pagefind names its
    fragment, index and filter files by their content and does not write a
    file that is already there, so after one new article only the changed
    files are written, and :func:`_prune` then removes the files the new index
    no longer references (a page that left the site leaves the index). Why:
    deleting and writing again the 2,000 files of a 2,000-page index cost
    more than Pagefind's own indexing on a busy disk. When the new index
    cannot be vouched for (:func:`_prune` finds fewer fragments than pages),
    it is written again into an empty folder. Raises :class:`SearchIndexError`
    (one line) when Pagefind is not installed or fails.
    """
    folder = Path(site_dir) / PAGEFIND_DIR
    _clear_foreign(folder)
    pages = _write_index(site_dir, folder, language=language)
    if not _prune(folder):
        shutil.rmtree(folder, ignore_errors=True)
        pages = _write_index(site_dir, folder, language=language)
    return SearchIndex(pages=pages, folder=folder)


def _write_index(site_dir: Path, folder: Path, *, language: str) -> int:
    try:
        from pagefind.index import IndexConfig, PagefindIndex
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise SearchIndexError(f"{site_dir}: search index not built: the pagefind package is missing ({exc})") from None

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
        return _run_async(run)
    except Exception as exc:  # the service reports its own errors as exceptions of several kinds
        message = " ".join(str(exc).split()) or type(exc).__name__
        raise SearchIndexError(f"{site_dir}: search index not built: {message}") from None


#: Pagefind's content-named files: ``fragment/en_1a2b3c4.pf_fragment``, ``index/…pf_index``,
#: ``filter/…pf_filter`` and ``pagefind.en_1a2b3c4d5e.pf_meta``; the stem is what the index refers to.
_HASHED = re.compile(r"^(?:pagefind\.)?([a-z][a-z0-9-]*_[0-9a-f]{7,})\.pf_(fragment|index|filter|meta)$")
#: The folders holding nothing but such files.
_CHUNK_FOLDERS = ("fragment", "index", "filter")


def _clear_foreign(folder: Path) -> None:
    """Remove from the index folder whatever Pagefind does not write there, which it would otherwise index as pages of the site."""
    if not folder.is_dir() or folder.is_symlink():
        if folder.is_symlink() or folder.is_file():
            folder.unlink()
        return
    for path in folder.iterdir():
        if path.name in _CHUNK_FOLDERS and path.is_dir() and not path.is_symlink():
            continue
        if path.name.startswith(("pagefind", "wasm.")) and path.is_file() and not path.is_symlink():
            continue
        shutil.rmtree(path) if path.is_dir() and not path.is_symlink() else path.unlink()


def _prune(folder: Path) -> bool:
    """Remove the content-named files the index in ``folder`` no longer references; ``False`` when it cannot tell.

    The references are read from ``pagefind-entry.json`` (each language's
    metadata file) and from each metadata file (the stems of its fragments,
    index and filter chunks, ``en_1a2b3c4``, as CBOR text strings: found by
    the language's prefix, since the byte before a string is its length). The check that makes removing safe: every page
    the entry counts must have a referenced fragment on disk (each fragment
    holds its page's URL, so two pages never share one); otherwise nothing is
    removed and the caller writes the index again from scratch.
    """
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
        referenced: set[str] = set()
        pages = 0
        for language in entry["languages"].values():
            referenced.add(language["hash"])
            meta = gzip.decompress((folder / f"pagefind.{language['hash']}.pf_meta").read_bytes())
            code = re.escape(language["hash"].rsplit("_", 1)[0].encode("ascii"))  # "en": the prefix of every chunk's stem
            referenced.update(m.decode("ascii") for m in re.findall(code + rb"_[0-9a-f]{7,}", meta))
            pages += int(language["page_count"])
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return False
    stale, fragments = [], 0
    for path in [*folder.iterdir(), *(p for sub in _CHUNK_FOLDERS if (folder / sub).is_dir() for p in (folder / sub).iterdir())]:
        if not path.is_file():
            continue
        match = _HASHED.match(path.name)
        if match is None:
            if path.parent != folder:  # nothing but Pagefind's chunks belongs in its chunk folders
                stale.append(path)
        elif match.group(1) not in referenced:
            stale.append(path)
        elif match.group(2) == "fragment":
            fragments += 1
    if fragments != pages:
        return False
    for path in stale:
        path.unlink()
    return True


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
