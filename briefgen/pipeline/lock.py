"""One build at a time per output folder: an advisory lock on a file inside it.

Two builds writing the same folder at once undo each other: one removes the
other's temporary files as leftovers of a killed build, or finds a page the
other just wrote and refuses it as "not written by briefgen". A build
therefore holds ``fcntl.flock`` on :data:`LOCK_NAME` in its output folder from
before it reads the manifest until the manifest is final; a second build
waits for it (saying so once) or, past its patience, stops with a one-line
message. The kernel drops the lock when its holder exits, however it exits,
so a killed build never leaves the folder locked. The lock file itself stays
(removing it would let a third build lock a fresh file while the second holds
the old one), empty once a build has finished, so that two builds of the same
seeds leave byte-identical folders.

The extraction cache needs no lock: its entries are content-addressed and
replaced atomically, so two builds writing the same entry write the same
bytes, and pruning only deletes entries no build has used for a day.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from ..errors import OutputError

LOCK_NAME = ".briefgen.lock"

#: How often a waiting build tries the lock again.
POLL_SECONDS = 0.2


@contextlib.contextmanager
def folder_lock(folder: Path, *, wait: float | None = None, on_wait: Callable[[str], None] | None = None) -> Iterator[None]:
    """Hold the build lock of ``folder`` (created if missing) for the ``with`` block.

    ``wait``: seconds to wait for another build to finish (``None``: as long
    as it takes, ``0``: not at all); then :class:`~briefgen.errors.OutputError`.
    ``on_wait`` is told once, in one line, that this build is waiting and for whom.
    """
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOCK_NAME
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW | os.O_CLOEXEC, 0o644)
    except OSError as exc:
        raise OutputError(f"{path}: cannot open the build lock ({exc.strerror or exc})") from None
    try:
        _acquire(fd, path, wait=wait, on_wait=on_wait)
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode("ascii"))  # named in a waiting build's message
        try:
            yield
        finally:
            os.ftruncate(fd, 0)  # emptied while still held: a finished build's folder holds no pid, so builds stay byte-identical
    finally:
        os.close(fd)  # releases the lock


def _acquire(fd: int, path: Path, *, wait: float | None, on_wait: Callable[[str], None] | None) -> None:
    deadline = None if wait is None else time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        holder = _holder(path)
        if deadline is not None and time.monotonic() >= deadline:
            raise OutputError(
                f"{path.parent}: another briefgen build{holder} is writing this folder; try again when it has finished"
            )
        if not told and on_wait is not None:
            on_wait(f"{path.parent}: another briefgen build{holder} is writing this folder; waiting for it to finish")
            told = True
        time.sleep(POLL_SECONDS)


def _holder(path: Path) -> str:
    try:
        pid = path.read_text(encoding="ascii").strip()
    except (OSError, ValueError):
        return ""
    return f" (pid {pid})" if pid.isdigit() else ""
