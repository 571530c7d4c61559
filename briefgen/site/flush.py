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

Only a local disk file system's ``syncfs`` is trusted (:data:`WHOLE_FLUSH_TYPES`, its type read from
``/proc/self/mountinfo``): a FUSE or network file system may answer ``syncfs`` once the pages reach its daemon or
client, without asking for them to be made durable as an ``fsync`` of the file does, so :meth:`FileSystemFlush.watch`
says no for a folder there and the caller flushes each of its files as before.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

#: The first Linux release whose ``syncfs`` reports write-back errors (errseq on the superblock).
_REPORTS_ERRORS_FROM = (5, 8)


#: File systems whose ``syncfs`` writes back and commits every file of theirs (their own ``sync_fs``), as an ``fsync``
#: of each would: the local ones Linux ships (tmpfs and ramfs keep nothing across a crash either way). Not FUSE, NFS,
#: CIFS nor overlays of them, whose files are flushed one by one.
WHOLE_FLUSH_TYPES = frozenset({"ext2", "ext3", "ext4", "xfs", "btrfs", "f2fs", "jfs", "reiserfs", "tmpfs", "ramfs"})


def mount_type(mountinfo: Iterable[str], device: int) -> str | None:
    """The type of the file system mounted from ``device`` (``st_dev``) in ``/proc/self/mountinfo``'s lines; ``None`` if absent.

    A line is ``ID PARENT MAJOR:MINOR ROOT MOUNT OPTIONS [OPTIONAL...] - TYPE SOURCE SUPER_OPTIONS`` (proc(5)).
    """
    wanted = f"{os.major(device)}:{os.minor(device)}"
    for line in mountinfo:
        fields = line.split()
        if len(fields) > 7 and fields[2] == wanted and "-" in fields[6:]:
            at = fields.index("-", 6)
            if at + 1 < len(fields):
                return fields[at + 1]
    return None


def _device_type(device: int) -> str | None:
    try:
        with open("/proc/self/mountinfo", encoding="utf-8", errors="replace") as fh:
            return mount_type(fh, device)
    except OSError:
        return None


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
        self._devices: dict[int, int] = {}  # st_dev -> an open descriptor of a folder on it, for the trusted ones
        self._seen: dict[str, bool] = {}

    def watch(self, folder: Path) -> bool:
        """Hold ``folder``'s file system open; whether :meth:`flush` covers the files written there (``False``: a file
        system whose ``syncfs`` is not trusted, :data:`WHOLE_FLUSH_TYPES`; flush each of its files). Once per folder."""
        key = os.fspath(folder)
        known = self._seen.get(key)
        if known is not None:
            return known
        try:
            fd = os.open(key, os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
        except OSError:  # a folder one may write in but not list (mode 0300): its files flushed one by one
            self._seen[key] = False
            return False
        device = os.fstat(fd).st_dev
        if device in self._devices:
            os.close(fd)
            trusted = True
        elif _device_type(device) in WHOLE_FLUSH_TYPES:
            self._devices[device] = fd
            trusted = True
        else:
            os.close(fd)
            trusted = False
        self._seen[key] = trusted
        return trusted

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
