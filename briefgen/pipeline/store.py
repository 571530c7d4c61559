"""Where extraction-cache entries live: a local folder, or any fsspec URL.

The cache (:mod:`.cache`) decides *what* an entry is (its key, its layout, its
validation); a store only keeps bytes under names like ``ab/<64 hex>.json``.
Keeping the two apart lets the cache sit on shared storage for a cluster build
(every Dask worker opens the same store from its location string) without the
cache's rules knowing about filesystems.

* A plain path or a ``file://`` URL is a :class:`LocalStore`: today's
  behaviour exactly (temp file + ``os.replace``, ``os.utime`` to mark an entry
  used, prunable).
* Any other URL goes through fsspec: ``memory://`` (tests), ``s3://`` with
  ``s3fs`` installed, ``gs://`` with ``gcsfs``, and so on (briefgen installs no
  cloud SDK). Writes stay atomic: on object stores a single PUT is all or
  nothing, so the entry is written in one call; on other filesystems it is
  written to a hidden temp name beside the target and moved over it.
  Such a store is not pruned by briefgen: it cannot mark an object as used
  without rewriting it, and one build must not delete what another still
  uses; expire old entries with the store's own rules (an S3 lifecycle rule).
"""

from __future__ import annotations

import os
import posixpath
import stat
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from ..errors import ConfigError
from ..temp_files import new_temp_file

#: A cache entry is a few kilobytes; anything far larger under an entry's name is not one.
MAX_ENTRY_BYTES = 64 * 1024 * 1024

#: fsspec protocols on which writing one object is atomic (readers see the old object or the new, never part).
ATOMIC_PUT_PROTOCOLS = frozenset({"memory", "s3", "s3a", "gs", "gcs", "az", "abfs", "abfss"})


class EntryStore(Protocol):
    """Bytes under relative names (``shard/file``); what the cache needs of a filesystem."""

    #: How another process opens the same store (:func:`open_store` takes it back).
    location: str
    #: Whether :meth:`touch` marks use, so that entries unused for a while may be deleted.
    prunable: bool

    def path_of(self, name: str) -> Path | str:
        """The full path or URL of ``name``, for messages."""
        ...

    def read(self, name: str) -> bytes:
        """The bytes of ``name``; ``FileNotFoundError`` when absent, another ``OSError`` when unreadable."""
        ...

    def write(self, name: str, data: bytes) -> None:
        """Replace ``name`` with ``data`` atomically; ``OSError`` when it cannot."""
        ...

    def exists(self, name: str) -> bool: ...

    def touch(self, name: str) -> None:
        """Mark ``name`` as used now, where the store can (never raises)."""
        ...

    def files(self) -> Iterator[tuple[str, str, float]]:
        """``(folder, file name, modification time)`` of every file one folder below the root."""
        ...

    def delete(self, name: str) -> None:
        """Remove ``name``; ``FileNotFoundError`` when it is gone already."""
        ...


def open_store(location: Path | str) -> EntryStore:
    """The store at ``location``: a path, a ``file://`` URL, or any URL fsspec has a driver for."""
    text = os.fspath(location)
    if "://" not in text:
        return LocalStore(Path(text))
    import fsspec
    from fsspec.implementations.local import LocalFileSystem

    try:
        fs, path = fsspec.core.url_to_fs(text)
    except (ImportError, ValueError) as exc:  # "Install s3fs to access S3", "Protocol not known: x"
        raise ConfigError(f"{text}: cannot open the extraction cache ({' '.join(str(exc).split())})") from None
    if isinstance(fs, LocalFileSystem):
        return LocalStore(Path(path))
    return FsspecStore(fs, path)


class LocalStore:
    """A folder on this machine (or a shared mount every worker sees)."""

    prunable = True

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.location = str(self.root)

    def path_of(self, name: str) -> Path:
        return self.root / name

    def read(self, name: str) -> bytes:
        return _read_regular_file(self.path_of(name))

    def write(self, name: str, data: bytes) -> None:
        """``data`` to a new temporary file beside the entry (mode 0600, as ``mkstemp`` makes it), renamed over it.

        The file is made with ``os.open`` and written with ``os.write``: a cold
        build writes an entry per article, and ``mkstemp``, a ``mkdir`` of a
        shard folder that is usually there and a buffered file object cost
        each entry five system calls that write nothing (#18). The shard
        folder is made only when the file cannot be created without it.
        """
        path = self.path_of(name)
        try:
            fd, tmp = _new_temp(path.parent, _stem(name))
        except FileNotFoundError:  # a shard not made yet (or pruned away meanwhile)
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = _new_temp(path.parent, _stem(name))
        try:
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def exists(self, name: str) -> bool:
        return self.path_of(name).exists()

    def touch(self, name: str) -> None:
        try:
            os.utime(self.path_of(name))
        except OSError:
            pass

    def files(self) -> Iterator[tuple[str, str, float]]:
        """``(shard, name, mtime)`` of each file, skipping what cannot be listed (pruning must never fail a build)."""
        try:
            folders = list(os.scandir(self.root))
        except OSError:
            return
        for folder in folders:
            if not folder.is_dir(follow_symlinks=False):
                continue
            try:
                entries = list(os.scandir(folder.path))
            except OSError:
                continue
            for entry in entries:
                try:
                    if entry.is_file(follow_symlinks=False):
                        yield folder.name, entry.name, entry.stat(follow_symlinks=False).st_mtime
                except OSError:
                    continue

    def delete(self, name: str) -> None:
        self.path_of(name).unlink()


class FsspecStore:
    """Any fsspec filesystem below ``root`` (see the module docstring for atomicity and pruning)."""

    prunable = False

    def __init__(self, fs: Any, root: str) -> None:
        self.fs = fs
        self.root = root.rstrip("/")
        self.location = fs.unstrip_protocol(self.root)
        protocols = {fs.protocol} if isinstance(fs.protocol, str) else set(fs.protocol)
        self.atomic_put = bool(protocols & ATOMIC_PUT_PROTOCOLS)
        # which entries each shard folder holds, listed once (#17): on an object store a lookup per
        # article is a request per article, and most of a first build's lookups are misses
        self._listed: dict[str, set[int] | None] = {}

    def _may_hold(self, name: str) -> bool:
        """Whether ``name`` may exist, from one listing of its shard folder (``True`` when it cannot be listed).

        Entries are remembered by the first 64 bits of their key, so a listing
        of a million entries stays small; a rare false "may" only costs a read
        that finds nothing.
        """
        shard, _, file = name.partition("/")
        mark = _entry_mark(file)
        if not file or mark is None:
            return True
        if shard not in self._listed:
            try:
                found = self.fs.ls(f"{self.root}/{shard}", detail=False)
                self._listed[shard] = {m for m in (_entry_mark(posixpath.basename(str(p))) for p in found) if m is not None}
            except FileNotFoundError:
                self._listed[shard] = set()
            except Exception:  # cannot list: ask for each entry instead
                self._listed[shard] = None
        listed = self._listed[shard]
        return listed is None or mark in listed

    def _written(self, name: str) -> None:
        shard, _, file = name.partition("/")
        mark = _entry_mark(file)
        listed = self._listed.get(shard)
        if listed is not None and mark is not None:
            listed.add(mark)

    def path_of(self, name: str) -> str:
        return self.fs.unstrip_protocol(self._full(name))

    def _full(self, name: str) -> str:
        return f"{self.root}/{name}"

    def read(self, name: str) -> bytes:
        if not self._may_hold(name):
            raise FileNotFoundError(self._full(name))
        return _as_os_error(self.fs.cat_file, self._full(name))

    def write(self, name: str, data: bytes) -> None:
        self._write(name, data)
        self._written(name)

    def _write(self, name: str, data: bytes) -> None:
        path = self._full(name)
        if self.atomic_put:
            _as_os_error(self.fs.pipe_file, path, data)
            return
        parent = posixpath.dirname(path)
        _as_os_error(self.fs.makedirs, parent, exist_ok=True)
        tmp = f"{parent}/.{_stem(name)}.{uuid.uuid4().hex}.tmp"
        try:
            _as_os_error(self.fs.pipe_file, tmp, data)
            _as_os_error(self.fs.mv, tmp, path)
        except BaseException:
            try:
                self.fs.rm_file(tmp)
            except Exception:  # never written, or moved already
                pass
            raise

    def exists(self, name: str) -> bool:
        try:
            return bool(self.fs.exists(self._full(name)))
        except Exception:
            return False

    def touch(self, name: str) -> None:
        pass  # object stores cannot change a modification time without rewriting the object

    def files(self) -> Iterator[tuple[str, str, float]]:
        try:
            found = self.fs.find(self.root, maxdepth=2, withdirs=False, detail=True)
        except FileNotFoundError:
            return
        for path, info in sorted(found.items()):
            rel = posixpath.relpath(path, self.root).split("/")
            if len(rel) == 2:
                yield rel[0], rel[1], _mtime(info)

    def delete(self, name: str) -> None:
        _as_os_error(self.fs.rm_file, self._full(name))


def _entry_mark(file: str) -> int | None:
    """The first 64 bits of an entry's key (``<64 hex>.json``), or ``None`` for any other file name."""
    stem = file.removesuffix(".json")
    if len(stem) != 64 or stem == file:
        return None
    try:
        return int(stem[:16], 16)
    except ValueError:
        return None


def _new_temp(folder: Path, stem: str) -> tuple[int, str]:
    """A new, empty file ``.STEM.XXXXXXXX.tmp`` in ``folder`` with ``mkstemp``'s mode (0600), open for writing: ``(fd, path)``."""
    return new_temp_file(folder, prefix=f".{stem}.", suffix=".tmp", mode=0o600)


def _stem(name: str) -> str:
    return posixpath.basename(name).removesuffix(".json")


def _as_os_error(call: Any, *args: Any, **kwargs: Any) -> Any:
    """Run an fsspec call; a driver's own exception types (botocore's, say) become ``OSError``."""
    try:
        return call(*args, **kwargs)
    except OSError:
        raise
    except Exception as exc:
        raise OSError(f"{type(exc).__name__}: {exc}") from exc


def _mtime(info: dict[str, Any]) -> float:
    for key in ("mtime", "LastModified", "updated", "last_modified", "created"):
        value = info.get(key)
        if isinstance(value, (int, float)):
            return float(value)
        if isinstance(value, datetime):
            return value.timestamp()
        if isinstance(value, str):
            try:
                return datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp()
            except ValueError:
                continue
    return float("inf")  # undated: never old enough to prune


def _read_regular_file(path: Path) -> bytes:
    """The bytes of ``path`` if it is a regular file of at most :data:`MAX_ENTRY_BYTES`, else ``ValueError``.

    Opened without blocking and without following a link, then checked: a
    plain ``read_bytes()`` waits forever on a FIFO planted under an entry's name.
    """
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW | getattr(os, "O_CLOEXEC", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_ENTRY_BYTES:
            raise ValueError(f"{path}: not a regular file of sane size")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            return handle.read(MAX_ENTRY_BYTES + 1)
    finally:
        os.close(fd)
