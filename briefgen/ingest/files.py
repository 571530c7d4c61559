"""Finding article files below the seeds folder: suffixes, hidden entries, links, FIFOs."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from .html import HTML_SUFFIXES

#: File suffixes read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)


def printable_path(path: Path | str) -> str:
    """A path as text that can always be printed (undecodable bytes of a file name as ``\\x..``)."""
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def scan_articles(root: Path | str) -> tuple[list[Path], list[str]]:
    """Article files below ``root`` (or ``root`` itself), sorted, and why others were skipped.

    Files and folders whose names start with a dot are hidden: hidden folders
    (``.git``) are not searched, but a hidden article file is read. Symbolic
    links are followed only to files inside ``root``; a link that leads out of
    it, to a folder, or nowhere is skipped with a message (``"path: why"``), as
    is anything with an article suffix that is not a regular file (a FIFO would
    block the build). Files with other suffixes are ignored without a word.
    """
    root = Path(root)
    if root.is_file():
        return [root], []
    found: list[Path] = []
    skipped: list[str] = []
    base = root.resolve()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") and part not in (".", "..") for part in rel.parts[:-1]):
            continue
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
    return found, skipped


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
    return scan_articles(root)[0]


def skipped_entries(root: Path | str) -> list[str]:
    """One warning per entry below ``root`` that looks like an article but is not read."""
    return scan_articles(root)[1] if Path(root).exists() else []
