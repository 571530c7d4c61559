"""One flush of a whole file system (Linux's ``syncfs``), so that many new files reach the disk for the price of one.

Why (#18, scale29): :meth:`.output.OutputFolder.write_all` flushed every file (``fsync``) before renaming it into
place, so that a crash leaves each output old or new, never empty or torn. Each ``fsync`` writes that one file's
pages back in the calling thread and waits for a journal commit: over a cold build's ~850 files that was 0.15-0.3
CPU s of the write's 0.6 (RESULTS §32, §35). Written first and flushed together, the same files need one call.

``syncfs(fd)`` flushes the file system holding ``fd``: the syncfs(2) manual says Linux waits for the I/O to
complete, so that it gives "the same guarantees as fsync() called on every file in the ... filesystem". From
Linux 5.8 it also reports a write-back error that happened on that file system since ``fd`` was opened (before,
it returned 0 whatever happened), so it is used only from 5.8 on, and the caller opens ``fd`` before it writes
the files the flush must cover (:class:`FileSystemFlush`). Not ``os.sync()``: that flushes every file system of
the host (other disks, other users' work) and reports no error at all. Elsewhere (no ``syncfs``, an older
kernel) :func:`can_flush_file_systems` says no, and the caller flushes each file as before.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path

#: The first Linux release whose ``syncfs`` reports write-back errors (errseq on the superblock).
_REPORTS_ERRORS_FROM = (5, 8)


def _kernel_at_least(release: str, wanted: tuple[int, int]) -> bool:
    """Whether a kernel release string ("6.1.0-18-amd64") is ``wanted`` (major, minor) or later; ``False`` when unreadable."""
    found = re.match(r"(\d+)\.(\d+)", release)
    return found is not None and (int(found[1]), int(found[2])) >= wanted


def _load_syncfs() -> Callable[[int], int] | None:
    """libc's ``syncfs``, on a Linux kernel that reports its errors; ``None`` elsewhere."""
    if not sys.platform.startswith("linux") or not _kernel_at_least(os.uname().release, _REPORTS_ERRORS_FROM):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).syncfs
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int]
    function.restype = ctypes.c_int
    return function


_SYNCFS = _load_syncfs()


def can_flush_file_systems() -> bool:
    """Whether :class:`FileSystemFlush` may be used here (Linux 5.8 or later with ``syncfs`` in libc)."""
    return _SYNCFS is not None


class FileSystemFlush:
    """The file systems a batch of files is written to, each flushed in one call by :meth:`flush`.

    :meth:`watch` each folder before the first file of the batch is written into it: its file system is then
    held open, so a write-back error on it from then on is reported by the next :meth:`flush` (``syncfs``
    reports the errors since its descriptor was opened, or since the last ``syncfs`` through it). Use as a
    context manager; the descriptors are closed at its end.
    """

    def __init__(self) -> None:
        if _SYNCFS is None:
            raise OSError("no syncfs here: flush each file instead")
        self._syncfs = _SYNCFS
        self._devices: dict[int, int] = {}  # st_dev -> an open descriptor of a folder on it
        self._seen: set[str] = set()

    def watch(self, folder: Path) -> None:
        """Hold ``folder``'s file system open (once per file system; a folder asked again costs a set look-up)."""
        key = os.fspath(folder)
        if key in self._seen:
            return
        fd = os.open(key, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        device = os.fstat(fd).st_dev
        if device in self._devices:
            os.close(fd)
        else:
            self._devices[device] = fd
        self._seen.add(key)

    def flush(self) -> None:
        """Flush every watched file system: what was written there before this call is on the disk; ``OSError`` otherwise."""
        for fd in self._devices.values():
            if self._syncfs(fd) != 0:
                error = ctypes.get_errno()
                raise OSError(error, os.strerror(error))

    def __enter__(self) -> FileSystemFlush:
        return self

    def __exit__(self, *exc: object) -> None:
        for fd in self._devices.values():
            os.close(fd)
        self._devices.clear()
