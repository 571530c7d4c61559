"""The caller's heap out of the cyclic collector's full passes while a site is built (#18).

CPython's full (generation 2) pass scans every tracked object of the process,
and a sharded build allocates enough lasting containers (pages, rows, records)
to set one off in most one-article rebuilds. What it scans is mostly what the
caller held before the build began: the briefings handed to
:func:`~briefgen.shard_build.build_sharded_site`, or the spaCy pipeline and the
site index's caches of ``briefgen build --shard-by``. At 2,000 briefings that
pass took 0.12-0.13 CPU s of a 1.3-1.6 CPU s rebuild driver, in two rebuilds
of three, and found nothing: those objects outlive the build.

:func:`frozen_heap` moves them to the collector's permanent generation
(:func:`gc.freeze`) for the build and back after (:func:`gc.unfreeze`), so
the passes in between scan only what the build made. Objects the build makes
are collected as before, and a cycle among the caller's objects that becomes
garbage meanwhile is collected after. Nothing a build computes depends on the
collector, so its output is the same.

Not in :mod:`briefgen.pipeline` beside ``fewer_collections``: importing that
package imports spaCy, and the shard builds' workers import this module's user.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_running = 0
_ours = False


@contextmanager
def frozen_heap() -> Iterator[None]:
    """The objects alive on entry out of the collector's full passes for the block, back in them after.

    The first block to enter freezes and the last to leave unfreezes (a build
    may run beside another on another thread, as tests and an MkDocs server
    do). Objects something else froze before are left to it, as its freeze is
    its own to undo (``gc.unfreeze`` undoes every freeze), and so is a
    collector turned off.
    """
    global _running, _ours
    with _lock:
        if _running == 0 and gc.isenabled() and not gc.get_freeze_count():
            gc.freeze()
            _ours = True
        _running += 1
    try:
        yield
    finally:
        with _lock:
            _running -= 1
            if _running == 0 and _ours:
                gc.unfreeze()
                _ours = False
