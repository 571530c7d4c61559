"""Writing generated files without ever losing or clobbering one.

Each file is written to a temporary file in the same folder and renamed into
place, so a reader (or a build killed half-way) sees the old file or the new
one, never half of one. A manifest (``.briefgen-manifest.json``, itself
replaced atomically) records what briefgen wrote.

**One ownership rule**: briefgen owns a file only while it holds exactly the
bytes the manifest says briefgen wrote there. Everything else — a file the
user put there, or a generated file the user has edited since — is the
user's, and briefgen never overwrites, moves or deletes it. When a build
wants to write where a user's file is, that one output is not written: a
warning names the file and says how to have it generated again (move it
away); every other output is written as usual. An edited output is disowned
(dropped from the manifest) and stays exactly as the user left it.

And so:

* files briefgen wrote for articles that are gone are removed on the next
  build, but only while they still hold what briefgen wrote; folders that
  this leaves empty go too;
* before the first file of a build is replaced, the manifest records every
  file the build is *about to* write (``pending``), so a build killed at any
  moment leaves a manifest that owns everything on disk it may have written,
  and the next build takes over from there instead of refusing;
* temporary files are named ``.NAME.XXXXXXXX.briefgen.tmp``, and a leftover
  one is removed only when ``NAME`` is a file the manifest owns: a user's
  ``.draft.20250101.tmp`` never matches;
* a file is renamed into place only once its bytes are on the disk, so after
  a crash (of the build or of the machine) each output holds its old bytes or
  its new ones, never an empty or torn file. Where the file system can be
  flushed whole (Linux 5.8 or later, :mod:`.flush`), a batch of files is
  written, flushed with one ``syncfs`` and then renamed (#18, scale29);
  elsewhere each file is flushed (``fsync``) before its own rename.
"""

from __future__ import annotations

import hashlib
import itertools
import json
import os
import re
import sqlite3
import tempfile
import zlib
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from pathlib import Path

from ..errors import OutputError
from ..ingest.files import short_path
from ..temp_files import new_temp_file
from .flush import FileSystemFlush, can_flush_file_systems

MANIFEST = ".briefgen-manifest.json"

#: Names :func:`atomic_write` gives its temporary files (``mkstemp`` adds 8 characters): ``.NAME.XXXXXXXX.briefgen.tmp``.
_TEMP_SUFFIX = ".briefgen.tmp"
_TEMP_NAME = re.compile(r"^\.(?P<target>.+)\.[a-z0-9_]{8}" + re.escape(_TEMP_SUFFIX) + "$")


def _file_mode() -> int:
    """Mode a plain ``open()`` would give (mkstemp's 0600 would hide pages from a web server)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


#: Files :meth:`OutputFolder.write_all` writes at a time. Each file is flushed to the disk (``fsync``)
#: before it is renamed into place, and a flush waits for the disk, not the CPU: one after another,
#: the 900 files of a 300-article build spent 6–7 s of wall time waiting on this machine's ext4, and
#: eight at a time 0.3 s, because the file system commits flushes that arrive together in one go.
#: Every file is still flushed before its rename, and every one before the final manifest. (Where a file system
#: can be flushed whole, one thread writes a batch and flushes it once instead: :data:`FLUSH_BATCH`.)
WRITERS = 8

#: Files written before their file system is flushed once and they are renamed into place, where it can be
#: flushed whole (:mod:`.flush`): a cold build of 300 articles writes ~850, so one flush; a crash between a
#: batch's writes and its renames leaves at most this many temporary files, which the next build removes.
FLUSH_BATCH = 1024


def atomic_write(path: Path, data: bytes | Iterable[bytes], *, mode: int | None = None, make_folder: bool = True) -> None:
    """Write ``data`` (bytes, or chunks of them) to ``path`` through a temporary file and a rename.

    ``mode``: the file's permissions (default: what a plain ``open()`` gives,
    the process's umask applied by the kernel, which leaves the umask alone, so
    threads may write at once). ``make_folder=False``: the caller has made
    ``path``'s folder already (:meth:`OutputFolder.write_all` makes each
    folder once per pass instead of once per file).

    The temporary file is opened and written with ``os`` calls, not
    ``mkstemp`` and a Python file object: those cost a cold build's ~850 files
    seven system calls each that write nothing (``getpid``, ``fchmod``, a
    ``mkdir`` of an existing folder, and ``fstat``, ``ioctl`` and ``lseek`` to
    set up a buffered file; #18).
    """
    tmp = _write_temp(path, data, mode=mode, make_folder=make_folder, flush=True)
    _rename_into_place(tmp, path)


def _write_temp(path: Path, data: bytes | Iterable[bytes], *, mode: int | None, make_folder: bool, flush: bool) -> str:
    """``data`` in a new temporary file beside ``path`` (``fsync``-ed when ``flush``), closed; its path. Nothing is left on an error."""
    if make_folder:
        path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = _create_temp(path, 0o666 if mode is None else mode)
    try:
        try:
            if mode is not None:
                os.fchmod(fd, mode)  # exactly ``mode``, whatever the umask
            for chunk in (data,) if isinstance(data, bytes | bytearray) else data:
                view = memoryview(chunk)
                while view:
                    view = view[os.write(fd, view) :]
            if flush:
                os.fsync(fd)
        finally:
            os.close(fd)
    except BaseException:
        _unlink_quietly(tmp)
        raise
    return tmp


def _rename_into_place(tmp: str, path: Path) -> None:
    """``os.replace(tmp, path)``; the temporary file is removed when the rename fails."""
    try:
        os.replace(tmp, path)
    except BaseException:
        _unlink_quietly(tmp)
        raise


def _unlink_quietly(tmp: str) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass


def _create_temp(path: Path, mode: int) -> tuple[int, str]:
    """A new, empty temporary file ``.NAME.XXXXXXXX.briefgen.tmp`` beside ``path``, opened for writing: ``(fd, its path)``."""
    return new_temp_file(path.parent, prefix=f".{path.name}.", suffix=_TEMP_SUFFIX, mode=mode)


#: Bytes a writer thread reads, hashes or decompresses at a time.
_CHUNK = 1 << 16


def _decompressed_chunks(compressed: bytes) -> Iterator[bytes]:
    """A staged page, decompressed :data:`_CHUNK` bytes at a time.

    Why (#17): a writer thread that decompressed a whole page at once made one
    allocation of the page's size in its own allocator arena; after the
    largest page of an archive (the actors index: 3.6 MB at 50,000 briefings)
    glibc's malloc serves allocations up to that size from the arenas of the
    eight writer threads rather than returning them to the system, and the
    build's peak memory grew with the archive's largest page.
    """
    inflate = zlib.decompressobj()
    view = memoryview(compressed)
    for start in range(0, len(view), _CHUNK):
        # the input a chunk at a time too: ``unconsumed_tail`` is a copy of what is left of the input
        pending: bytes | memoryview = view[start : start + _CHUNK]
        while pending:
            chunk = inflate.decompress(pending, _CHUNK)
            if chunk:
                yield chunk
            pending = inflate.unconsumed_tail
    tail = inflate.flush()
    if tail:
        yield tail


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _disk_digest(path: Path) -> str | None:
    """The SHA-256 of the file at ``path``, read :data:`_CHUNK` bytes at a time (``None``: no file there)."""
    try:
        digest = hashlib.sha256()
        with open(path, "rb") as fh:
            while chunk := fh.read(_CHUNK):
                digest.update(chunk)
        return digest.hexdigest()
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


@dataclass(slots=True)
class Manifest:
    """What briefgen owns in a folder: ``files`` it finished writing, ``pending`` ones it may have."""

    files: dict[str, str] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)

    def owns(self, rel: str) -> bool:
        return rel in self.files or rel in self.pending

    def digests(self, rel: str) -> set[str]:
        """Contents of ``rel`` that briefgen may have written (and so may remove)."""
        return {d for d in (self.files.get(rel), self.pending.get(rel)) if d}

    def to_bytes(self) -> bytes:
        data = {"files": self.files, "pending": self.pending} if self.pending else {"files": self.files}
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")


@dataclass(frozen=True, slots=True)
class WriteReport:
    """What :meth:`OutputFolder.write_all` did: how many files were ``written``, paths ``removed``, and one line per output ``kept`` from being written.

    ``written`` is a count, not the paths: a site has about three files per
    briefing, and a list of them all would be the one thing in a build's memory
    that grows with the archive (#17). Nothing shows the paths to a user; the
    manifest lists every file briefgen owns.
    """

    written: int = 0
    removed: tuple[str, ...] = ()
    kept: tuple[str, ...] = ()


class OutputFolder:
    """A folder briefgen writes into and keeps a manifest of."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def manifest(self) -> Manifest:
        """The folder's manifest (empty when there is none yet)."""
        try:
            data = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Manifest()
        except (OSError, ValueError) as exc:
            raise OutputError(f"{self.root / MANIFEST}: unreadable manifest ({exc}); remove it to start afresh") from None

        def table(key: str) -> dict[str, str]:
            value = data.get(key) if isinstance(data, dict) else None
            return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

        return Manifest(files=table("files"), pending=table("pending"))

    def _stage_manifest(self, stage: _Staging) -> None:
        """The previous manifest into the staging database (``prev``), a line at a time when it is as briefgen writes it.

        A rebuild's manifest lists every file of the last build (~3 per
        briefing): read whole, its two dicts were the largest thing a warm
        rebuild held (#17). The layout :meth:`_save_rows` writes has one entry
        per line; anything else (a manifest edited by hand, or written by an
        older version) is read whole, as before, with the same errors.
        """
        path = self.root / MANIFEST
        try:
            with path.open(encoding="utf-8") as fh:
                streamed = _stage_manifest_lines(fh, stage)
        except FileNotFoundError:
            return
        except (OSError, UnicodeDecodeError):
            streamed = False
        if streamed:
            return
        stage.db.execute("DELETE FROM prev")
        previous = self.manifest()
        stage.db.executemany("INSERT INTO prev VALUES (?, ?, ?)", ((rel, previous.files.get(rel), previous.pending.get(rel)) for rel in {*previous.files, *previous.pending}))

    def _target(self, rel: str, folders: _RealFolders | None = None, *, link: bool = True) -> Path:
        """``root/rel``, checked to lead (through any links) to a file inside the folder.

        ``folders``: where the folders of one pass over the outputs really are,
        found once per folder (see :class:`_RealFolders`). ``link=False``: the
        caller has just seen that nothing, so no link, is at ``root/rel``.
        """
        target = self.root / rel
        folders = folders or _RealFolders(self.root)
        real = folders.real(target, link=link)
        if not real.is_relative_to(folders.root) or real == folders.root / MANIFEST:
            raise OutputError(f"{rel}: would be written outside {self.root} (or over its manifest)")
        return target

    def write_all(self, files: Mapping[str, str] | Iterable[tuple[str, str]], *, remove_stale: bool = True) -> WriteReport:
        """Write ``{relative path: text}`` (a mapping, or ``(path, text)`` pairs one at a time); remove what the last build wrote and this one did not.

        With ``remove_stale=False`` nothing is removed (a build that could not
        see every article must not delete the outputs of those it missed).
        Outputs in the way of a user's file are not written; the report says which.

        Pairs are consumed one at a time and staged, compressed, in a
        temporary SQLite file beside nothing the user sees (#17): the
        manifest must claim every file before the first is replaced, so all
        of them are known before any is written, without holding a site of
        any size in memory. A path given twice keeps its last text.
        """
        try:
            return self._write_all(files.items() if isinstance(files, Mapping) else files, remove_stale=remove_stale)
        except OSError as exc:
            raise OutputError(f"{short_path(self.root)}: cannot write the output ({exc.strerror or exc})") from None

    def _write_all(self, files: Iterable[tuple[str, str]], *, remove_stale: bool) -> WriteReport:
        self.root.mkdir(parents=True, exist_ok=True)
        with _Staging() as stage:
            staged = 0  # bytes of the pages staged so far, before compression
            for rel, text in files:
                data = text.encode("utf-8")
                # the first :data:`_STORED_UP_TO` bytes stored as they are (zlib's level 0: the same stream format)
                level = 0 if staged < _STORED_UP_TO else 1
                staged += len(data)
                stage.db.execute("INSERT OR REPLACE INTO page (rel, digest, data) VALUES (?, ?, ?)", (rel, _digest(data), zlib.compress(data, level)))
            self._stage_manifest(stage)
            previous_pending = stage.count("SELECT COUNT(*) FROM prev WHERE pending IS NOT NULL") > 0
            kept: list[str] = []
            refused: list[str] = []
            # a batch of rows at a time on a cursor of their own (#17: a site has ~3 files per briefing); nothing is
            # written to the staging database while they are read — the refusals are applied after the last row
            folders = _RealFolders(self.root)
            absent: list[str] = []
            for rel, digest in stage.rows("SELECT rel, digest FROM page ORDER BY rel"):
                if _nothing_at(self.root / rel):  # the usual case in a cold build: one ``lstat`` answers every question below
                    self._target(rel, folders, link=False)
                    absent.append(rel)
                    continue
                target = self._target(rel, folders)
                problem = self._users_file(rel, target, stage.previous(rel), digest)
                if problem is not None:
                    kept.append(f"{target}: {problem}; this output is not written (move the file away to have it generated again)")
                    refused.append(rel)
            stage.db.executemany("UPDATE page SET kept = 1 WHERE rel = ?", ((rel,) for rel in refused))
            stage.db.executemany("UPDATE page SET absent = 1 WHERE rel = ?", ((rel,) for rel in absent))
            self._remove_leftover_temp_files(stage)
            # claim everything this build may write before touching any of it
            self._save_rows(
                stage.rows("SELECT rel, file FROM prev WHERE file IS NOT NULL ORDER BY rel"),
                _merge_sorted(  # {**previous.pending, **new}: this build's digest wins
                    stage.rows("SELECT rel, pending FROM prev WHERE pending IS NOT NULL ORDER BY rel"),
                    stage.rows("SELECT rel, digest FROM page WHERE kept = 0 ORDER BY rel"),
                ),
                with_pending=previous_pending or stage.count("SELECT COUNT(*) FROM page WHERE kept = 0") > 0,
            )
            written = self._write_pages(stage)
            removed = []
            stale_kept: list[tuple[str, str]] = []
            folders = _RealFolders(self.root)  # looked at afresh: the pages just written made folders
            for rel, file_digest, pending_digest in stage.rows(
                "SELECT rel, file, pending FROM prev WHERE rel NOT IN (SELECT rel FROM page) ORDER BY rel"
            ):
                target = self._target(rel, folders)
                on_disk = _disk_digest(target)
                if on_disk is None or on_disk not in {d for d in (file_digest, pending_digest) if d}:
                    continue  # gone already, or edited: the user's now
                if remove_stale:
                    target.unlink()
                    removed.append(rel)
                    self._remove_empty_folders(target.parent)
                else:
                    stale_kept.append((rel, on_disk))
            stage.db.executemany("INSERT INTO page (rel, digest, data, kept) VALUES (?, ?, x'', 0)", stale_kept)
            self._save_rows(stage.rows("SELECT rel, digest FROM page WHERE kept = 0 ORDER BY rel"), iter(()), with_pending=False)
        return WriteReport(written=written, removed=tuple(removed), kept=tuple(kept))

    def _write_pages(self, stage: _Staging) -> int:
        """Write every staged page whose file does not already hold it, :data:`WRITERS` at a time; how many were written.

        At most a few files per writer are in flight, so memory stays at a
        few pages whatever the site's size (#17); the first error is raised
        once the files already handed to the writers are done.

        Where a file system can be flushed whole, :meth:`_write_pages_batched` instead (#18, scale29).
        """
        if can_flush_file_systems():
            return self._write_pages_batched(stage)
        written = 0
        folders: set[str] = set()  # made in this pass: one ``mkdir`` per folder, not per file
        with ThreadPoolExecutor(WRITERS, thread_name_prefix="briefgen-write") as pool:
            in_flight: deque[Future[bool]] = deque()
            for rel, digest, data, absent in stage.rows("SELECT rel, digest, data, absent FROM page WHERE kept = 0 ORDER BY rel"):
                target = self.root / rel
                folder = rel.rpartition("/")[0]
                if folder not in folders:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    folders.add(folder)
                in_flight.append(pool.submit(_write_if_changed, target, digest, data, None, absent=bool(absent)))
                while len(in_flight) > 4 * WRITERS:
                    written += in_flight.popleft().result()
            while in_flight:
                written += in_flight.popleft().result()
        return written

    def _write_pages_batched(self, stage: _Staging) -> int:
        """:meth:`_write_pages` with one flush per :data:`FLUSH_BATCH` files instead of one per file; how many were written.

        Each page goes to its temporary file unflushed; every :data:`FLUSH_BATCH` files (and at the end) their
        file systems are flushed once (:class:`.flush.FileSystemFlush`, ``syncfs``) and only then are the files
        renamed into place, in order. A page is renamed only after its bytes are on the disk, as when each file
        was flushed before its rename, so a crash still leaves every output old or new, never empty or torn; a
        failed flush renames nothing and removes the batch's temporary files. One thread does it all: with no
        per-file flush to wait for, the writer threads' hand-offs cost more CPU than they saved (#18, scale29:
        a cold build's 851 files, 30 rounds alternated under load 2-4, 0.378 -> 0.291 CPU s mean; RESULTS §35).
        """
        written = 0
        folders: dict[str, bool] = {}  # made in this pass (one ``mkdir`` per folder, not per file): whether the flush covers it
        waiting: list[tuple[str, Path]] = []  # written, not yet flushed nor renamed: (temporary file, target)
        with FileSystemFlush() as flusher:
            try:
                for rel, digest, data, absent in stage.rows("SELECT rel, digest, data, absent FROM page WHERE kept = 0 ORDER BY rel"):
                    target = self.root / rel
                    folder = rel.rpartition("/")[0]
                    covered = folders.get(folder)
                    if covered is None:
                        target.parent.mkdir(parents=True, exist_ok=True)
                        covered = folders[folder] = flusher.watch(target.parent)  # before any file of the batch is written there
                    # a folder on a file system whose syncfs is not trusted (FUSE, NFS): its files flushed one by one
                    tmp = _write_temp_if_changed(target, digest, data, None, absent=bool(absent), flush=not covered)
                    if tmp is not None:
                        waiting.append((tmp, target))
                        if len(waiting) >= FLUSH_BATCH:
                            written += _flush_and_rename(flusher, waiting)
                if waiting:
                    written += _flush_and_rename(flusher, waiting)
            except BaseException:
                for tmp, _target in waiting:
                    _unlink_quietly(tmp)
                raise
        return written

    def _users_file(self, rel: str, target: Path, previous: Manifest, digest: str) -> str | None:
        """Why ``target`` is the user's and must not be replaced; ``None`` when briefgen may write it.

        ``digest`` is what this build would write: an owned file that already
        holds exactly that has lost no edit, whatever the manifest remembers.
        """
        if target.is_dir() and not target.is_symlink():
            return "a folder is in the way"
        if not os.path.lexists(target):
            return None
        if not previous.owns(rel):
            return "exists and was not written by briefgen"
        if target.is_symlink() or _disk_digest(target) not in previous.digests(rel) | {digest}:
            return "edited since briefgen wrote it; kept as it is"
        return None

    def _remove_empty_folders(self, folder: Path) -> None:
        """Folders emptied by removing stale outputs (``index/`` when the list shrinks), up to the root."""
        root = self.root.resolve()
        while folder.resolve() != root and folder.resolve().is_relative_to(root):
            try:
                folder.rmdir()  # only ever succeeds on an empty folder
            except OSError:
                return
            folder = folder.parent

    def _remove_leftover_temp_files(self, stage: _Staging) -> None:
        """Temporary files of a killed build: only :func:`atomic_write`'s names, and only for files briefgen owns (or is about to write)."""
        # the folders come from SQLite, distinct (in any order), a batch at a time: a set of them all was a
        # Path per folder, and an archive's actors with more than one page each have a folder (#17)
        below = stage.rows(
            "SELECT folder FROM (SELECT rtrim(rel, replace(rel, '/', '')) AS folder FROM prev"
            " UNION SELECT rtrim(rel, replace(rel, '/', '')) AS folder FROM page WHERE kept = 0) WHERE folder != ''"
        )
        for folder in itertools.chain([self.root], (self.root / f for (f,) in below)):
            if not folder.is_dir() or folder.is_symlink():
                continue
            prefix = folder.relative_to(self.root).as_posix()
            prefix = "" if prefix == "." else prefix + "/"
            for entry in folder.iterdir():
                match = _TEMP_NAME.match(entry.name)
                if not match or not entry.is_file() or entry.is_symlink():
                    continue
                rel = prefix + match["target"]
                if (folder == self.root and match["target"] == MANIFEST) or stage.owned(rel):
                    entry.unlink(missing_ok=True)

    def _save(self, manifest: Manifest) -> None:
        atomic_write(self.root / MANIFEST, manifest.to_bytes())

    def _save_rows(self, files: Iterable[tuple[str, str]], pending: Iterable[tuple[str, str]], *, with_pending: bool) -> None:
        """Write the manifest from sorted ``(path, digest)`` rows, byte for byte what :meth:`Manifest.to_bytes` gives, without a dict of every file."""
        fd, tmp = tempfile.mkstemp(dir=self.root, prefix=f".{MANIFEST}.", suffix=_TEMP_SUFFIX)
        try:
            os.fchmod(fd, _file_mode())
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
                fh.write('{\n "files": ')
                _write_table(fh, files)
                if with_pending:
                    fh.write(',\n "pending": ')
                    _write_table(fh, pending)
                fh.write("\n}\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.root / MANIFEST)
        except BaseException:
            try:
                os.unlink(tmp)
            except FileNotFoundError:
                pass
            raise


class _RealFolders:
    """Where the outputs of one pass really are, each folder's links resolved once.

    ``Path.resolve()`` walks every component of a path with an ``lstat``;
    per output (``root/briefings/NAME.md``, five or more components) that was
    a quarter of writing a cold build's 830 files, and the site's files live in
    a handful of folders (#18). A file's real path is its folder's real path
    and its name, unless the name is itself a link (then it is resolved in
    full, as before); a path with ``..`` in it is resolved in full too.
    """

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self._folders: dict[Path, Path] = {}

    def real(self, target: Path, *, link: bool = True) -> Path:
        """``target``'s real path; ``link=False``: the caller knows ``target`` itself is no link (nothing is there)."""
        if ".." in target.parts or (link and target.is_symlink()):
            return target.resolve()
        folder = target.parent
        real = self._folders.get(folder)
        if real is None:
            real = self._folders[folder] = folder.resolve()
        return real / target.name


def _write_if_changed(target: Path, digest: str, compressed: bytes, mode: int | None, *, absent: bool = False) -> bool:
    """Write a staged page unless ``target`` already holds exactly it; whether it was written.

    ``mode``: as :func:`atomic_write`'s. ``absent``: nothing was at ``target``
    when the outputs were checked, so there is nothing to read and compare,
    and its folder has been made.
    """
    if not absent and _disk_digest(target) == digest:
        return False
    atomic_write(target, _decompressed_chunks(compressed), mode=mode, make_folder=not absent)
    return True


def _write_temp_if_changed(
    target: Path, digest: str, compressed: bytes, mode: int | None, *, absent: bool = False, flush: bool = False
) -> str | None:
    """As :func:`_write_if_changed`, but the page is left in its temporary file (unflushed unless ``flush``) for the
    caller to flush and rename (:func:`_flush_and_rename`): that file's path, or ``None`` when ``target`` already holds it."""
    if not absent and _disk_digest(target) == digest:
        return None
    return _write_temp(target, _decompressed_chunks(compressed), mode=mode, make_folder=not absent, flush=flush)


def _flush_and_rename(flusher: FileSystemFlush, waiting: list[tuple[str, Path]]) -> int:
    """Flush the file systems of ``waiting``'s temporary files, then rename each into place; how many (``waiting`` is emptied).

    Nothing is renamed unless the flush succeeded, so a crash or a failed write-back leaves every target old or new.
    """
    flusher.flush()
    for k, (tmp, target) in enumerate(waiting):
        try:
            os.replace(tmp, target)
        except BaseException:
            del waiting[:k]  # renamed already; the caller removes the rest
            raise
    renamed = len(waiting)
    waiting.clear()
    return renamed


def _nothing_at(path: Path) -> bool:
    """Whether nothing (no file, folder or link, even a dangling one) is at ``path``."""
    try:
        os.lstat(path)
    except FileNotFoundError:
        return True
    except OSError:  # a file where a folder of the path should be, and the like: the full checks say what
        return False
    return False


#: One entry of a manifest as :func:`_write_table` writes it (``json.dumps`` of a path, then of a SHA-256 digest).
_MANIFEST_ENTRY = re.compile(r'  ("(?:[^"\\\x00-\x1f]|\\.)*"): ("[0-9a-f]{64}")(,?)\n')


def _stage_manifest_lines(lines: Iterable[str], stage: _Staging) -> bool:
    """Stage a manifest laid out as :meth:`OutputFolder._save_rows` writes it, an entry per line.

    ``False`` at the first line that is not in that layout (the caller then
    reads the file whole): strict about every bracket and comma, so what is
    accepted here is valid JSON that ``json.loads`` would read the same.
    """
    it = iter(lines)
    if next(it, None) != "{\n":
        return False
    tables = ["files", "pending"]
    batch: list[tuple[str, str]] = []

    def flush(column: str) -> None:
        stage.db.executemany(f"INSERT INTO prev (rel, {column}) VALUES (?, ?) ON CONFLICT (rel) DO UPDATE SET {column} = excluded.{column}", batch)
        batch.clear()

    more_tables = True
    while more_tables:
        opened = re.fullmatch(r' "(files|pending)": \{(\})?(,?)\n', next(it, ""))
        if not opened or opened[1] not in tables:
            return False
        del tables[: tables.index(opened[1]) + 1]  # "files" before "pending", each once (sort_keys)
        column = "file" if opened[1] == "files" else "pending"
        if opened[2]:  # an empty table
            more_tables = bool(opened[3])
            continue
        if opened[3]:
            return False
        while True:
            entry = _MANIFEST_ENTRY.fullmatch(next(it, ""))
            if entry is None:
                return False
            batch.append((json.loads(entry[1]), json.loads(entry[2])))
            if len(batch) >= 1000:
                flush(column)
            if not entry[3]:  # the last entry has no comma
                break
        flush(column)
        closed = next(it, "")
        if closed not in (" }\n", " },\n"):
            return False
        more_tables = closed == " },\n"
    return next(it, None) == "}\n" and next(it, None) is None


def _merge_sorted(older: Iterator[tuple[str, str]], newer: Iterator[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Two streams of ``(path, digest)`` sorted by path, as one; ``newer`` wins a path both have.

    Both come through the ``rel`` indexes, so the merge holds two rows. As one
    query (a UNION ALL grouped by path) SQLite sorted every staged path twice
    in temporary B-trees, a sorter the size of the site (#17). SQLite orders
    text by its UTF-8 bytes, which is the order of Python's ``str`` comparison.
    """
    old, new = next(older, None), next(newer, None)
    while old is not None or new is not None:
        if new is None or (old is not None and old[0] < new[0]):
            yield old  # type: ignore[misc]
            old = next(older, None)
            continue
        if old is not None and old[0] == new[0]:
            old = next(older, None)
        yield new
        new = next(newer, None)


def _write_table(fh, rows: Iterable[tuple[str, str]]) -> None:
    """One JSON object as ``json.dumps(..., indent=1, sort_keys=True)`` nests it one level down (rows sorted by key)."""
    first = True
    for rel, digest in rows:
        # json.dumps(a str) is json's C encode_basestring_ascii of it, without dumps' Python layers (#18)
        fh.write(("{\n" if first else ",\n") + f"  {encode_basestring_ascii(rel)}: {encode_basestring_ascii(digest)}")
        first = False
    fh.write("{}" if first else "\n }")


#: The staging database's page cache, KiB (``PRAGMA cache_size``): past it, SQLite spills to its temporary file.
_STAGING_CACHE_KIB = 8000
#: Bytes of pages staged uncompressed (zlib's level 0, a "stored" stream) before the rest are compressed (level 1).
#: Why (#18, scale29): while the staged pages fit in the staging database's page cache, compressing them saves no
#: memory beyond that bounded cache, and level 1 was 0.065 CPU s of a cold 300-article build's 851 files (4.9 MB;
#: level 0 0.006 s, compression and decompression); past it, a large site's pages are compressed as before, so
#: the temporary file stays about a third of the site's bytes. Three quarters of the cache: the indexes and the
#: previous manifest share it.
_STORED_UP_TO = _STAGING_CACHE_KIB * 1024 * 3 // 4

#: The staging tables: this write's pages (``kept``: a user's file is in the way; ``absent``: nothing was
#: at the path when the outputs were checked) and the previous manifest.
_STAGING_SCHEMA = (
    "CREATE TABLE page (rel TEXT PRIMARY KEY, digest TEXT NOT NULL, data BLOB NOT NULL, kept INTEGER NOT NULL DEFAULT 0,"
    " absent INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE prev (rel TEXT PRIMARY KEY, file TEXT, pending TEXT);"
)


class _Staging:
    """A temporary SQLite database holding one write's pages (compressed) and the previous manifest.

    It is SQLite's own private temporary database (an empty file name): pages
    stay in the page cache up to ``cache_size`` and spill to a file that
    SQLite unlinks as soon as it opens it, so nothing is left behind when the
    build is killed (a named temp file was, once per killed build).
    """

    def __init__(self) -> None:
        self.db = sqlite3.connect("")
        self.db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-{_STAGING_CACHE_KIB};" + _STAGING_SCHEMA)

    def previous(self, rel: str) -> Manifest:
        """The previous manifest's entry for ``rel`` alone (what :meth:`OutputFolder._users_file` asks of it)."""
        row = self.db.execute("SELECT file, pending FROM prev WHERE rel = ?", (rel,)).fetchone()
        if row is None:
            return Manifest()
        return Manifest(files={rel: row[0]} if row[0] else {}, pending={rel: row[1]} if row[1] else {})

    def owned(self, rel: str) -> bool:
        return bool(
            self.db.execute("SELECT 1 FROM prev WHERE rel = ? UNION SELECT 1 FROM page WHERE rel = ? AND kept = 0", (rel, rel)).fetchone()
        )

    def count(self, query: str) -> int:
        return self.db.execute(query).fetchone()[0]

    def rows(self, query: str) -> Iterator[tuple]:
        """A query's rows, a batch at a time (on a cursor of their own)."""
        cursor = self.db.cursor()
        cursor.execute(query)
        while True:
            batch = cursor.fetchmany(1000)
            if not batch:
                return
            yield from batch

    def __enter__(self) -> _Staging:
        return self

    def __exit__(self, *exc: object) -> None:
        self.db.close()
