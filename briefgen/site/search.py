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

The index grows with the archive rather than being written again on every
build (see :func:`index_site`): a base index of the whole site, and a delta
index of the pages changed since, merged in the browser by
``pagefind/briefgen/pagefind.js`` (``templates/briefgen-pagefind.js``). What
only a rebuild reads (the base's page list, each page's digest) lives in the
caller's state folder, never in the published site: it grows with the archive
(0.81 MB at 20,000 briefings) and no visitor needs it.

The one part of a briefgen site that is not byte-identical from build to build
is in here: Pagefind writes its filter index (and so the hash in
``pagefind-entry.json``) in an order that varies between runs, though its
content does not. The pages and Pagefind's fragments are stable.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator
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


#: A rebuild indexes the changed pages into a delta index while they are at most this share of the site's pages;
#: beyond it the base index is written again, whole (and the delta dropped). Why 10 %: every visitor's query
#: also fetches the delta's metadata and chunks, which stay small below it, and the whole index is then written
#: about once per tenth of the archive changed.
DELTA_SHARE = 0.10

#: The base index's page list (relative path -> digest of what Pagefind reads, fragment id), gzipped; in the
#: state folder (``index_site(state_dir=...)``), not in the site: only a rebuild reads it.
BASE_MANIFEST = "search-base.json.gz"
#: The name the base's page list had inside the published index (``pagefind/``) before it moved to the state folder.
OLD_BASE_MANIFEST = "briefgen-base.json.gz"
#: Every page's digest with the file status it was read at (state folder): a page whose file has the same
#: device, inode, size, modification and change time is not read again (#18).
PAGE_STATS = "search-pages.json.gz"
#: The delta's pages, hard links to the site's (state folder): what Pagefind indexes into the delta, kept between
#: builds so that a rebuild links and unlinks files only (see :func:`_link_delta_pages`).
DELTA_PAGES = "search-delta-pages"
#: What the browser needs to merge the delta: its page count, the base's ids it replaces, their filters.
DELTA_STATE = "briefgen-delta.json"
#: The delta index (a Pagefind bundle of its own), and the module that merges it (Pagefind's UI imports it).
DELTA_DIR = "delta"
SHIM_DIR = "briefgen"
#: Pagefind's fragment files start with this before their JSON.
_FRAGMENT_MAGIC = b"pagefind_dcd"
_ARTICLE = re.compile(rb"<article\b.*</article>", re.S)


@dataclass(frozen=True, slots=True)
class SearchIndex:
    """What :func:`index_site` wrote: how many pages search covers, where, and how many of them the delta holds (0: written whole)."""

    pages: int
    folder: Path
    delta: int = 0


def index_site(site_dir: Path, *, language: str = "en", state_dir: Path | None = None, html: Iterable[str] | None = None) -> SearchIndex:
    """Index every HTML page below ``site_dir`` into ``site_dir/pagefind``.

    Pagefind cannot load an index and add to it, and indexing the whole site
    costs time in proportion to the archive (about 2.5 s of CPU per 1,000
    pages, reading, indexing and writing about a third each). So the index
    grows instead: a *base* index of the whole site, written with a manifest
    of every page's digest, and on later builds a *delta* index of only the
    pages added or changed since the base, which the browser merges
    (``templates/briefgen-pagefind.js``: the base's results for pages the
    delta replaces or the site no longer has are dropped by their ids). The
    base is written again, whole, when the changes pass :data:`DELTA_SHARE`
    of the pages, or when its manifest is missing, unreadable or not that of
    the index on disk — so a corrupt or missing delta or manifest costs one
    full index, never a wrong one. Raises :class:`SearchIndexError` (one
    line) when Pagefind is not installed or fails.

    ``state_dir``: the folder that keeps, between builds, the base's page list
    (:data:`BASE_MANIFEST`) and every page's digest with the file status it was
    read at (:data:`PAGE_STATS`), so a rebuild reads only the pages whose files
    changed. Without it there is no delta: every index is whole (the unsharded
    ``mkdocs build`` empties ``site_dir`` before each build anyway).

    ``html``: every ``.html`` file below ``site_dir`` but its index folder (paths relative to it, with ``/``), when the
    caller has just listed them — publishing a sharded site walks ``site/`` to clear it (:func:`~briefgen.shard_build._publish`),
    and a second walk here to find the same files was a pass over every folder of the site in each rebuild (#18: about
    0.05 CPU s of a one-article rebuild at 2,000 briefings, growing with the archive). Without it the site is walked.
    """
    site_dir = Path(site_dir)
    folder = site_dir / PAGEFIND_DIR
    state_dir = Path(state_dir) if state_dir is not None else None
    _clear_foreign(folder)
    pages = _page_digests(site_dir, known=_read_stats(state_dir), html=html)
    if state_dir is not None:
        _write_stats(state_dir, pages)
    digests = {rel: digest for rel, (digest, _) in pages.items()}
    if not digests:  # nothing to search (Pagefind refuses to write an empty index), and no page to hold a search box
        shutil.rmtree(folder, ignore_errors=True)
        return SearchIndex(pages=0, folder=folder)
    manifest = state_dir / BASE_MANIFEST if state_dir is not None else None
    base = _read_manifest(folder, manifest) if manifest is not None else None
    if base is not None and manifest is not None:
        changed = sorted(rel for rel, digest in digests.items() if rel not in base or base[rel][0] != digest)
        removed = sorted(rel for rel in base if rel not in digests)
        if len(changed) + len(removed) <= DELTA_SHARE * len(digests):
            delta = _write_delta(site_dir, folder, base, changed, removed, manifest=manifest, language=language, pages_dir=state_dir / DELTA_PAGES)
            _write_shim(folder)
            return SearchIndex(pages=len(digests), folder=folder, delta=delta)
    if state_dir is not None:  # the delta's pages are a new base's pages now: links to files the site may drop
        shutil.rmtree(state_dir / DELTA_PAGES, ignore_errors=True)
    return _write_base(site_dir, folder, digests, manifest=manifest, language=language)


def _write_base(site_dir: Path, folder: Path, pages: dict[str, str], *, manifest: Path | None, language: str) -> SearchIndex:
    """The whole site into ``folder`` (over the last index: unchanged pages keep their files), with its manifest (when there is a
    state folder for it); no delta."""
    shutil.rmtree(folder / DELTA_DIR, ignore_errors=True)
    (folder / DELTA_STATE).unlink(missing_ok=True)
    if manifest is not None:
        manifest.unlink(missing_ok=True)  # a failure below leaves no manifest of another index
    count = _write_index(site_dir, folder, language=language)
    if not _prune(folder):
        shutil.rmtree(folder, ignore_errors=True)
        count = _write_index(site_dir, folder, language=language)
        _prune(folder)
    page_filters: dict[str, dict[str, list[str]]] = {}
    ids = _fragment_ids(folder, filters=page_filters)
    totals = _count_filters(page_filters.values())
    entry_hash = _entry_hash(folder)
    # a page Pagefind did not index as this module expects (another URL, a file it skipped) leaves no manifest: the next build is whole again
    if manifest is not None and entry_hash is not None and len(ids) == count == len(pages) and all(_url_of(rel) in ids for rel in pages):
        pages_ids = {rel: [digest, ids[_url_of(rel)]] for rel, digest in sorted(pages.items())}
        listing = {"format": 1, "meta": entry_hash, "pages": pages_ids, "filters": totals}
        _write_bytes(manifest, gzip.compress(_json_bytes(listing), mtime=0))
    _write_bytes(folder / DELTA_STATE, _json_bytes({"pages": 0, "totals": totals}))  # the browser module reads it on every site
    _write_shim(folder)
    return SearchIndex(pages=count, folder=folder)


def _write_delta(
    site_dir: Path,
    folder: Path,
    base: dict[str, tuple[str, str]],
    changed: list[str],
    removed: list[str],
    *,
    manifest: Path,
    language: str,
    pages_dir: Path | None = None,
) -> int:
    """The ``changed`` pages into a fresh delta index (swapped in whole), and the browser's list of the base ids it replaces.

    ``pages_dir``: the folder that holds the delta's pages for Pagefind between builds (:func:`_link_delta_pages`);
    without it they are linked into a temporary folder.
    """
    (folder / DELTA_STATE).unlink(missing_ok=True)  # until the new delta is in place, the base alone
    staging = folder / f"{DELTA_DIR}.new"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.rmtree(folder / DELTA_DIR, ignore_errors=True)
    base_totals = _manifest_totals(manifest)
    if not changed and not removed:
        _write_bytes(folder / DELTA_STATE, _json_bytes({"pages": 0, "totals": base_totals} if base_totals is not None else {"pages": 0}))
        return 0
    delta_ids: dict[str, str] = {}
    delta_filters: dict[str, dict[str, list[str]]] = {}
    if changed:
        with contextlib.ExitStack() as stack:
            tmp = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="briefgen-pagefind-"))) if pages_dir is None else pages_dir
            _link_delta_pages(site_dir, tmp, changed)
            _write_index(tmp, staging, language=language, label=site_dir)
        delta_ids = _fragment_ids(staging, filters=delta_filters)
        for path in staging.iterdir():  # the browser merges only its index into the base's bundle (which has the scripts and wasm)
            if path.is_file() and path.name != "pagefind-entry.json" and not path.name.endswith(".pf_meta"):
                path.unlink()
        staging.rename(folder / DELTA_DIR)
    replaced = {base[rel][1] for rel in changed if rel in base} | {base[rel][1] for rel in removed}
    in_delta = set(delta_ids.values())
    hidden = sorted(replaced - in_delta)
    twice = sorted(replaced & in_delta)  # indexed the same in both: the browser shows it once
    # each replaced base page's filters, read once: the browser's list of them and the totals' subtrahend are the same
    # pages (hidden and twice are the replaced ones), and a delta that grew over many rebuilds holds hundreds (#18)
    filters = {page_id: _fragment(folder / "fragment" / f"{page_id}.pf_fragment").get("filters", {}) for page_id in sorted(replaced)}
    meta = sorted(p.name for p in (folder / DELTA_DIR).glob("pagefind.*.pf_meta")) if delta_ids else []
    state = {"pages": len(delta_ids), "meta": meta, "hidden": hidden, "twice": twice, "filters": filters}
    if base_totals is not None:  # the whole search's filter counts: the base's, less the pages replaced or gone, plus the delta's
        state["totals"] = _count_filters(delta_filters.values(), base=base_totals, less=filters.values())
    _write_bytes(folder / DELTA_STATE, _json_bytes(state))
    return len(delta_ids)


def _link_delta_pages(site_dir: Path, pages_dir: Path, changed: list[str]) -> None:
    """Make ``pages_dir`` hold the ``changed`` pages of ``site_dir`` at their relative paths (so Pagefind gives them the
    URLs they have in the site), each a hard link to the site's file (a copy where links are impossible), and no other file.

    Why kept between builds (#18): the pages were linked into a temporary folder, a folder per page (``NAME/index.html``),
    removed after indexing; removing a folder took 3-4 ms of wall time each on the benchmarks' host (its disk frees
    the folder's block at once), where creating one or linking a file takes a few hundredths of that: 0.1-0.15 s of a
    one-article rebuild at 2,000 briefings, and up to 0.7 s once the delta held a hundred pages. Here a rebuild links the
    pages it lacks, replaces a link whose file the site no longer has (another inode) and unlinks the pages no longer
    in the delta; folders stay (a folder without a page is nothing to Pagefind), until a base written whole removes
    the lot (:func:`index_site`).
    """
    wanted = set(changed)
    if os.path.islink(pages_dir) or (os.path.lexists(pages_dir) and not os.path.isdir(pages_dir)):
        os.unlink(pages_dir)  # not the folder this keeps (something else made it): made again below
    have: dict[str, int] = {}
    for path, rel in _files_below(str(pages_dir)):
        try:
            inode = os.lstat(path).st_ino
        except OSError:
            continue
        if rel in wanted:
            have[rel] = inode
        else:
            os.unlink(path)
    for rel in changed:  # the same relative paths, so Pagefind gives them the same URLs as in the site
        source, target = site_dir / rel, pages_dir / rel
        if rel in have:
            if have[rel] == os.stat(source).st_ino:
                continue  # the site's file itself: any change of its bytes is already here
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(source, target)
        except OSError:
            shutil.copyfile(source, target)


def _files_below(top: str) -> Iterator[tuple[str, str]]:
    """``(path, path relative to top with '/')`` of every file (not folder) below ``top``; nothing when it is missing."""

    def walk(path: str, rel: str) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError:
            return
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                yield from walk(entry.path, f"{rel}{entry.name}/")
            else:
                yield entry.path, rel + entry.name

    yield from walk(top, "")


def _page_digests(
    site_dir: Path, *, known: dict[str, tuple[str, str]] | None = None, html: Iterable[str] | None = None
) -> dict[str, tuple[str, str]]:
    """Every HTML page below ``site_dir`` (outside the index) -> (a digest of what Pagefind reads of it (the ``article``
    element), the file status it was read at).

    ``known``: the same from the last build; a page whose file status is the same is not read again. Why: reading
    every page of the site was most of a rebuild's search stage at 20,000 briefings (about 600 MB of HTML), while a
    rebuild after one new article changes a few dozen pages; a published page is a hard link to its shard's build,
    so an unchanged page keeps its inode and times. The status holds the change time, which any write or new link
    moves. ``html``: the pages, as the caller listed them (:func:`index_site`); else the site is walked (:func:`_html_files`).
    """
    known = known or {}
    digests: dict[str, tuple[str, str]] = {}
    top = str(site_dir)
    listed = _html_files(top) if html is None else ((os.path.join(top, rel), rel) for rel in html)
    for path, rel in listed:
        st = os.stat(path)
        # kept as the text it is stored as: compared as one string, not parsed into five numbers per page (#18)
        status = f"{st.st_dev}\t{st.st_ino}\t{st.st_size}\t{st.st_mtime_ns}\t{st.st_ctime_ns}"
        last = known.get(rel)
        if last is not None and last[1] == status:
            digests[rel] = last
            continue
        with open(path, "rb") as handle:
            data = handle.read()
        match = _ARTICLE.search(data)
        digests[rel] = (hashlib.blake2b(match.group(0) if match else data, digest_size=12).hexdigest(), status)
    return digests


def _html_files(top: str, *, prefix: str = "") -> Iterator[tuple[str, str]]:
    """``(path, path relative to top with '/')`` of every ``.html`` file below ``top`` but its index folder, in
    ``os.walk``'s order with each folder's entries sorted (a folder's files, then its folders; links to folders not
    followed).

    Strings and ``scandir``, not ``os.walk``: every page is a folder of its own (``NAME/index.html``), and
    ``os.walk``'s ``relpath`` and joins per folder were three quarters of a rebuild's unchanged-page check
    (0.24 of 0.32 CPU s over 4,000 folders at 2,000 briefings, #18), where the ``stat`` calls were 0.03.
    ``prefix``: ``top`` is that folder of the site (``.well-known/``), so the paths are the site's and its index folder
    is not skipped there (:func:`html_in_kept`).
    """

    def walk(path: str, rel: str) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(path) as listing:
                entries = list(listing)
        except OSError:  # as os.walk: a folder that cannot be listed is skipped
            return
        files, folders = [], []
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (folders if is_dir else files).append(entry)
        for entry in sorted(files, key=lambda e: e.name):
            if entry.name.endswith(".html"):
                yield entry.path, rel + entry.name
        for entry in sorted(folders, key=lambda e: e.name):
            if (not rel and entry.name == PAGEFIND_DIR) or entry.is_symlink():
                continue
            yield from walk(entry.path, f"{rel}{entry.name}/")

    yield from walk(top, prefix)


def html_in_kept(site_dir: Path, names: Iterable[str]) -> list[str]:
    """The ``.html`` files (paths in the site) that :func:`_html_files` finds in the top-level entries ``names`` of
    ``site_dir`` — the entries publishing leaves alone (hidden ones), whose pages are indexed like any other —
    except the index folder; in ``_html_files``' way: a folder (not a link to one) is walked, a file is one page."""
    found: list[str] = []
    for name in sorted(names):
        if name == PAGEFIND_DIR:
            continue
        path = os.path.join(str(site_dir), name)
        if os.path.isdir(path):
            if not os.path.islink(path):
                found += [rel for _, rel in _html_files(path, prefix=f"{name}/")]
        elif name.endswith(".html"):
            found.append(name)
    return found


#: The first line of :data:`PAGE_STATS`; then a line per page: path, digest, device, inode, size, mtime and ctime (ns), tab-separated.
_STATS_HEAD = "briefgen page digests 1"


def _read_stats(state_dir: Path | None) -> dict[str, tuple[str, str]]:
    """The last build's page digests and file status (:data:`PAGE_STATS`); empty when there is none or it cannot be read."""
    if state_dir is None:
        return {}
    try:
        lines = gzip.decompress((state_dir / PAGE_STATS).read_bytes()).decode("utf-8").split("\n")
        if lines[0] != _STATS_HEAD:
            return {}
        found: dict[str, tuple[str, str]] = {}
        for line in lines[1:]:
            if line:
                rel, digest, status = line.split("\t", 2)
                if status.count("\t") != 4:
                    return {}
                found[rel] = (digest, status)
        return found
    except (OSError, EOFError, ValueError, UnicodeDecodeError, gzip.BadGzipFile):
        return {}


def _write_stats(state_dir: Path, pages: dict[str, tuple[str, str]]) -> None:
    """Tab-separated lines, not JSON: written on every build for every page of the site (33,000 at 20,000 briefings)."""
    lines = [_STATS_HEAD, *(f"{rel}\t{digest}\t{status}" for rel, (digest, status) in pages.items()), ""]
    _write_bytes(state_dir / PAGE_STATS, gzip.compress("\n".join(lines).encode("utf-8"), compresslevel=1, mtime=0))


def _url_of(rel: str) -> str:
    """The URL Pagefind gives the page at ``rel`` (``a/index.html`` -> ``/a/``)."""
    url = "/" + rel
    return url[: -len("index.html")] if url.endswith("/index.html") else url


def _fragment(path: Path) -> dict[str, Any]:
    data = gzip.decompress(path.read_bytes())
    return json.loads(data[len(_FRAGMENT_MAGIC) :] if data.startswith(_FRAGMENT_MAGIC) else data)


def _fragment_ids(folder: Path, *, filters: dict[str, dict[str, list[str]]] | None = None) -> dict[str, str]:
    """URL -> fragment id (``en_1a2b3c4``, what the browser's results carry as ``id``) of every fragment in ``folder``.

    ``filters``, when given, receives every fragment's filters by id (read in the same pass: the fragments are the one
    place Pagefind writes them per page).
    """
    ids: dict[str, str] = {}
    fragments = folder / "fragment"
    for path in sorted(fragments.iterdir()) if fragments.is_dir() else []:
        if path.name.endswith(".pf_fragment"):
            fragment = _fragment(path)
            page_id = path.name.removesuffix(".pf_fragment")
            ids[fragment["url"]] = page_id
            if filters is not None:
                filters[page_id] = fragment.get("filters", {})
    return ids


def _count_filters(pages: Any, *, base: dict[str, dict[str, int]] | None = None, less: Any = ()) -> dict[str, dict[str, int]]:
    """Pages per filter value (Pagefind's ``filters()`` answer), so the browser can show the filters without their chunks.

    Why: Pagefind's UI asks for every filter's counts when it starts, which fetches every filter chunk (57 KB gzip at
    10,000 briefings, about an eighth of a first query); the search box answers that from these counts and fetches
    the chunks only when the reader opens or uses a filter (``templates/briefgen-pagefind.js``).
    """
    counts: dict[str, dict[str, int]] = {name: dict(values) for name, values in (base or {}).items()}
    for sign, group in ((1, pages), (-1, less)):
        for page in group:
            for name, values in page.items():
                for value in values:
                    bucket = counts.setdefault(name, {})
                    bucket[value] = bucket.get(value, 0) + sign
    return {name: {value: n for value, n in sorted(values.items()) if n > 0} for name, values in sorted(counts.items())}


def _manifest_totals(manifest: Path) -> dict[str, dict[str, int]] | None:
    """The base's filter counts from its manifest (``None`` for a manifest written before they were kept, or unreadable)."""
    try:
        totals = json.loads(gzip.decompress(manifest.read_bytes())).get("filters")
    except (OSError, EOFError, ValueError, AttributeError, gzip.BadGzipFile):
        return None
    if not isinstance(totals, dict):
        return None
    return {str(name): {str(value): int(n) for value, n in values.items()} for name, values in totals.items()}


def _entry_hash(folder: Path) -> str | None:
    """The metadata file's hash of the index in ``folder`` (names the whole index), if it is readable and on disk."""
    try:
        languages = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
        hashes = sorted(str(lang["hash"]) for lang in languages.values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None
    if not all((folder / f"pagefind.{h}.pf_meta").is_file() for h in hashes):
        return None
    return ",".join(hashes)


def _read_manifest(folder: Path, manifest: Path) -> dict[str, tuple[str, str]] | None:
    """The base's pages (relative path -> digest, fragment id) from ``manifest``, or ``None`` when it is missing, unreadable or not
    that of the index in ``folder``."""
    try:
        listing = json.loads(gzip.decompress(manifest.read_bytes()))
        if listing.get("format") != 1 or listing.get("meta") != _entry_hash(folder):
            return None
        pages = {str(rel): (str(digest), str(page_id)) for rel, (digest, page_id) in listing["pages"].items()}
    except (OSError, EOFError, ValueError, KeyError, TypeError, AttributeError, gzip.BadGzipFile):
        return None
    try:  # one listing, not one stat per page (33,000 at 20,000 briefings)
        fragments = set(os.listdir(folder / "fragment"))
    except OSError:
        return None
    if not all(f"{page_id}.pf_fragment" in fragments for _, page_id in pages.values()):
        return None
    return pages


def _write_shim(folder: Path) -> None:
    """Pagefind's UI imports ``briefgen/pagefind.js``: Pagefind's module with the delta merged in (see the template)."""
    from importlib.resources import files

    _write_bytes(folder / SHIM_DIR / "pagefind.js", files("briefgen.templates").joinpath("briefgen-pagefind.js").read_bytes())


def _json_bytes(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _write_bytes(path: Path, data: bytes) -> None:
    """Write unless the file already holds ``data`` (an unchanged file keeps its time), through a temporary file."""
    if path.is_file() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _write_index(site_dir: Path, folder: Path, *, language: str, label: Path | None = None) -> int:
    """Pagefind over every HTML file below ``site_dir`` into ``folder``; its page count. ``label``: the site errors name.

    Runs the ``pagefind`` binary of the ``pagefind[bin]`` wheel as a command, not
    through the package's Python API: the API's service is killed when its
    context closes, and under load that left the bundle's scripts half written
    (``pagefind-ui.js`` of 0 bytes: a search box that never appears); the
    command exits when every file is written. It also skips the API's 0.1 s poll
    per message. The same options give the same fragments and chunks.
    """
    label = site_dir if label is None else label
    try:
        from pagefind.service import get_executable
    except ImportError as exc:  # pragma: no cover - a dependency of the package
        raise SearchIndexError(f"{label}: search index not built: the pagefind package is missing ({exc})") from None
    executable = get_executable()
    if executable is None:
        raise SearchIndexError(f"{label}: search index not built: the pagefind binary is missing (pip install 'pagefind[bin]')")
    command = [str(executable), "--site", str(site_dir), "--output-path", str(folder), "--root-selector", ROOT_SELECTOR]
    for selector in EXCLUDE_SELECTORS:
        command += ["--exclude-selectors", selector]
    command += ["--force-language", language, "--quiet"]
    try:
        done = subprocess.run(command, capture_output=True, text=True, errors="replace", check=False)
    except OSError as exc:
        raise SearchIndexError(f"{label}: search index not built: {exc}") from None
    if done.returncode != 0:
        message = " ".join(f"{done.stdout} {done.stderr}".split()) or f"pagefind exited with {done.returncode}"
        raise SearchIndexError(f"{label}: search index not built: {message}")
    try:
        languages = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
        return sum(int(lang["page_count"]) for lang in languages.values())
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise SearchIndexError(f"{label}: search index not built: pagefind wrote no readable pagefind-entry.json ({exc})") from None


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
        # the delta is replaced before any indexing of the site itself; the delta's state is read, never indexed
        # (the base's page list of earlier versions, OLD_BASE_MANIFEST, went to the state folder: removed here)
        if path.name == DELTA_DIR and path.is_dir() and not path.is_symlink():
            continue
        if path.name == DELTA_STATE and path.is_file() and not path.is_symlink():
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
