"""Finding article files below the seeds folder: suffixes, hidden entries, links, FIFOs.

The seeds may also be an fsspec URL (``memory://seeds``, ``s3://bucket/news``
with the driver installed; #17): :func:`seeds_location` tells a local folder
(a plain path or a ``file://`` URL, the fast path through ``os.scandir``)
from a remote one, which is listed with the filesystem's ``find`` and read
with :func:`read_seed` — the same rules (article suffixes, hidden folders
skipped, sorted), and articles named by their URL in every message.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..errors import ArticleError
from .html import HTML_SUFFIXES

#: File suffixes read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)


def printable_path(path: Path | str) -> str:
    """A path as text that can always be printed (undecodable bytes of a file name as ``\\x..``)."""
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


#: Longest path a message shows whole: a 4,096-byte path is read by no one, and would bury the problem.
SHOWN_PATH_CHARS = 200


def short_path(path: Path | str) -> str:
    """:func:`printable_path`, cut to its first :data:`SHOWN_PATH_CHARS` characters when longer."""
    text = printable_path(path)
    if len(text) <= SHOWN_PATH_CHARS:
        return text
    return f"{text[:SHOWN_PATH_CHARS]}… ({len(os.fsencode(path))} bytes)"


def is_url(location: Path | str) -> bool:
    """Whether ``location`` is a URL (``scheme://...``) rather than a path."""
    return isinstance(location, str) and "://" in location


def seeds_location(location: Path | str) -> Path | str:
    """A local folder as a :class:`Path` (a plain path, or a ``file://`` URL), any other URL as it is."""
    if not is_url(location):
        return Path(location)
    assert isinstance(location, str)
    from fsspec.core import url_to_fs
    from fsspec.implementations.local import LocalFileSystem

    fs, path = _url_to_fs(location, url_to_fs)
    return Path(path) if isinstance(fs, LocalFileSystem) else location


def _url_to_fs(url: str, url_to_fs=None):  # type: ignore[no-untyped-def]
    if url_to_fs is None:
        from fsspec.core import url_to_fs
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as exc:  # "Install s3fs to access S3", "Protocol not known: x"
        raise ArticleError(url, f"cannot open the seeds ({' '.join(str(exc).split())})") from None


def read_seed(url: str) -> bytes:
    """The bytes of an article at an fsspec URL; :class:`ArticleError` naming it when it cannot be read."""
    fs, path = _url_to_fs(url)
    try:
        return fs.cat_file(path)
    except FileNotFoundError:
        raise ArticleError(url, "no such file (missing, or removed during the build)") from None
    except IsADirectoryError:
        raise ArticleError(url, "is a directory, not an article") from None
    except Exception as exc:  # a driver's own error types (botocore's, say)
        raise ArticleError(url, f"cannot be read ({getattr(exc, 'strerror', None) or exc})") from None


def _scan_url(url: str) -> SeedScan:
    """:func:`scan_articles` for a remote URL: one listing of everything below it."""
    fs, root = _url_to_fs(url)
    root = root.rstrip("/")
    try:
        if fs.isfile(root):
            return SeedScan(found=(url,))  # type: ignore[arg-type]
        if not fs.isdir(root):  # object stores list nothing under a missing prefix: say so, as for a missing folder
            return SeedScan(unreadable=(ArticleError(url, "no such file or folder; no articles are built"),))
        listing = fs.find(root, withdirs=False, detail=True)
    except Exception as exc:  # a missing bucket, no permission, a network error: the articles are unknown
        return SeedScan(unreadable=(ArticleError(url, f"folder cannot be read ({getattr(exc, 'strerror', None) or exc}); its articles are not built"),))
    found: list[str] = []
    skipped: list[str] = []
    for path, info in sorted(listing.items()):
        rel = path[len(root) :].lstrip("/").split("/") if path.startswith(root) else [path]
        if any(part.startswith(".") for part in rel[:-1]):
            continue  # inside a hidden folder
        if PurePosixPath(rel[-1]).suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        shown = fs.unstrip_protocol(path)
        if info.get("type", "file") != "file":
            skipped.append(f"{printable_path(shown)}: not a regular file; skipped")
            continue
        found.append(shown)
    return SeedScan(tuple(found), tuple(skipped), ())  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class SeedScan:
    """What a look through the seeds folder found.

    ``found``: article files, sorted. ``skipped``: one warning per entry that
    looks like an article but is not read (``"path: why; skipped"``).
    ``unreadable``: one error per folder that could not be listed — the
    articles in it are unknown, so a build must not pass for complete (nor
    remove the outputs of articles it cannot see).
    """

    found: tuple[Path, ...] = ()  # URLs (``str``) when the seeds are a remote URL
    skipped: tuple[str, ...] = ()
    unreadable: tuple[ArticleError, ...] = ()


def scan_articles(root: Path | str) -> SeedScan:
    """Article files below ``root`` (or ``root`` itself), sorted, and why others were skipped.

    Files and folders whose names start with a dot are hidden: hidden folders
    (``.git``) are not searched, but a hidden article file is read. Symbolic
    links are followed only to files inside ``root``; a link that leads out of
    it, to a folder, or nowhere is skipped with a message (``"path: why"``), as
    is anything with an article suffix that is not a regular file (a FIFO would
    block the build). Files with other suffixes are ignored without a word. A
    folder that cannot be listed (permissions, a path too long) is reported
    in ``unreadable``, never passed over in silence.
    """
    location = seeds_location(root)
    if isinstance(location, str):
        return _scan_url(location)
    root = location
    try:
        if root.is_file():
            return SeedScan(found=(root,))
    except OSError as exc:
        return SeedScan(unreadable=(_unreadable(root, exc),))
    found: list[Path] = []
    skipped: list[str] = []
    unreadable: list[ArticleError] = []
    base = root.resolve()
    for path in sorted(_entries(root, unreadable)):
        if path.is_symlink():
            reason = _symlink_problem(path, base)
            if reason is not None:
                if path.suffix.lower() in ARTICLE_SUFFIXES or reason.startswith("link to a folder"):
                    skipped.append(f"{printable_path(path)}: {reason}; skipped")
                continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            skipped.append(f"{printable_path(path)}: cannot be read ({exc.strerror or exc}); skipped")
            continue
        if stat.S_ISDIR(mode):
            continue  # a folder named like an article: its contents are searched
        if not stat.S_ISREG(mode):
            skipped.append(f"{printable_path(path)}: not a regular file; skipped")
            continue
        found.append(path)
    return SeedScan(tuple(found), tuple(skipped), tuple(unreadable))


def _unreadable(folder: Path, exc: OSError) -> ArticleError:
    return ArticleError(printable_path(folder), f"folder cannot be read ({exc.strerror or exc}); its articles are not built")


def _entries(root: Path, unreadable: list[ArticleError]) -> list[Path]:
    """Every entry below ``root`` except inside hidden folders; links to folders are listed, not entered.

    An explicit stack, not recursion, so a deeply nested tree cannot exhaust
    Python's recursion limit; ``os.scandir`` errors are collected, where
    ``Path.rglob`` would swallow them.
    """
    entries: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError as exc:
            unreadable.append(_unreadable(folder, exc))
            continue
        for child in children:
            path = folder / child.name
            entries.append(path)
            try:
                is_folder = child.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder and not child.name.startswith("."):
                stack.append(path)
    return entries


def _symlink_problem(path: Path, base: Path) -> str | None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop
        return "symbolic link to nothing (dangling or a loop)"
    if target.is_dir():
        return "link to a folder, not followed"
    if not target.is_relative_to(base):
        return "symbolic link to a file outside the seeds folder"
    return None


def find_articles(root: Path | str) -> list[Path]:
    """Article files below ``root`` (see :func:`scan_articles`), sorted."""
    return list(scan_articles(root).found)


def skipped_entries(root: Path | str) -> list[str]:
    """One warning per entry below ``root`` that looks like an article but is not read."""
    location = seeds_location(root)
    if isinstance(location, str):
        return list(scan_articles(location).skipped)
    return list(scan_articles(location).skipped) if location.exists() else []
