"""Wait for a Dask future, but not for ever: give up when no worker has run anything for a while (#17).

Why: a cluster build used to wait on ``future.result()`` with no bound. A task
that no worker will ever run never resolves, neither to a result nor to
``KilledWorker``, and the build hung until CI killed it. It happened on a
``LocalCluster`` whose workers an article killed twice in a row on a loaded
machine: each nanny restarted its worker, but a ``LocalCluster`` closes a
nanny for good when no worker of its name is back 15 s after one is lost
(``distributed.deploy.lost-worker-timeout``), and a second death within those
15 s with a slow restart after it met that check. Both nannies were closed,
the scheduler had no worker left, and the next task stayed ``queued``.

A task being worked on ends by itself: each article's parse and extraction
stop at the CPU time limit (``Budget.seconds``), and a worker that dies under
it is reported (``KilledWorker``). So the wait is bounded by what can be
seen from the client, without knowing the workload: while any worker of the
cluster is running a task (ours or anyone's) the build is making progress;
when none has run anything for ``idle_limit`` seconds while the future is
still pending, :class:`Stalled` is raised, saying how many workers there
were, and the engine decides (no worker at all: the cluster is gone; idle
workers: the scheduler lost the task). The limit covers a worker's start-up
(a nanny restarting a killed worker took 4 to 12 s on a loaded 2-core machine;
the model is loaded inside the first task, where it counts as running).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")

#: Seconds the cluster may run nothing at all while a task of ours is pending (a worker's restart and more).
IDLE_LIMIT = 60.0

#: Seconds between looks at the scheduler while a future is pending.
POLL_SECONDS = 1.0


class Stalled(Exception):
    """No worker ran any task for ``seconds`` while the future waited; ``workers`` were connected."""

    def __init__(self, *, workers: int, seconds: float) -> None:
        super().__init__(f"{workers} workers, none running a task for {seconds:.0f} s")
        self.workers = workers
        self.seconds = seconds


def outcome(
    get: Callable[[float | None], T],
    *,
    done: Callable[[], bool],
    activity: Callable[[], tuple[int, int]],
    idle_limit: float | None = IDLE_LIMIT,
    poll: float = POLL_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """``get(timeout)`` (a future's ``result`` or ``exception``), retried until it answers or the cluster stalls.

    ``activity()`` returns (workers connected, tasks running on them), as the
    scheduler sees it. ``get`` raising ``TimeoutError`` while ``done()`` is
    false means "not yet"; once done, a ``TimeoutError`` is the task's own
    and goes up. ``idle_limit=None`` waits as long as it takes (an adaptive
    cluster whose workers may take longer to start).
    """
    if idle_limit is None:
        return get(None)
    idle_since: float | None = None
    while True:
        try:
            return get(poll)
        except TimeoutError:
            if done():
                raise
        workers, running = activity()
        now = clock()
        if running:
            idle_since = None
            continue
        if idle_since is None:
            idle_since = now
        elif now - idle_since >= idle_limit:
            raise Stalled(workers=workers, seconds=now - idle_since)
