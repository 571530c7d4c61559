"""Shard builds on a Dask cluster, each waited for with a bound (#17, #18): the cluster part of :func:`~briefgen.shard_build._run_builds`.

Why: the sharded build sent its shards to the cluster and then waited in
``client.gather`` with no bound, the wait the extraction engine no longer
makes (:mod:`briefgen.pipeline.dask_wait`). A ``LocalCluster`` closes a
nanny for good when its worker died and none of its name is back within
``distributed.deploy.lost-worker-timeout``; with every nanny closed the
scheduler has no worker, a shard's task stays ``queued`` and the build hung.
Each shard's future is now waited for through :func:`~briefgen.pipeline.dask_wait.outcome`,
with the engine's rules:

* no worker left for ``idle_limit`` seconds: one :class:`~briefgen.errors.ClusterError` line
  naming the scheduler and the shard (exit code 4, as the engine's);
* idle workers for that long while the shard's task is pending: the scheduler has
  lost the task, which is sent once more; lost again, a ``ClusterError`` naming the shard
  (a shard has no failure record to fall back on, as an article has: the site needs every shard);
* the shard's worker died every time it was tried (``KilledWorker``) or the scheduler was lost:
  a ``ClusterError`` naming the shard.

Whatever ends the wait, the shards' other tasks are cancelled, and the caller
publishes nothing: :func:`~briefgen.shard_build.publish_sharded` publishes
only once every build is back, and it removed each built shard's digest before
the builds, so a build left half-done is built clean next time.

Imported only for a cluster build (it imports Dask); :mod:`briefgen.shard_build`
itself stays importable without spaCy or Dask, for the shard build processes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from distributed import Client, Future
from distributed.scheduler import KilledWorker

from .errors import ClusterError, one_line
from .pipeline.dask_engine import _LOST, _quiet_distributed, _reason
from .pipeline.dask_wait import POLL_SECONDS, Stalled, outcome

#: Times Dask reruns a shard build that raised (a worker that died is rescheduled anyway).
RETRIES = 1


def build_on_cluster(
    configs: Sequence[str],
    *,
    epochs: Sequence[str],
    dirty: Sequence[bool],
    scheduler: str,
    idle_limit: float | None,
    poll: float = POLL_SECONDS,
) -> list[tuple[float, int]]:
    """``build_one`` of every config on the cluster at ``scheduler``; ``(seconds, peak RSS KB)`` of each, in order.

    ``idle_limit``: seconds the cluster may run no task at all while a shard of ours waits (``None``: wait for
    ever, for an adaptive cluster slower to start a worker).
    """
    try:
        client = Client(scheduler, timeout="30s", set_as_default=False)
    except (OSError, TimeoutError) as exc:
        raise ClusterError(one_line(f"{scheduler}: Dask scheduler not reachable: {exc}")) from None
    futures: list[Future] = []
    try:
        with _quiet_distributed():
            futures.extend(_submit(client, c, e, d) for c, e, d in zip(configs, epochs, dirty, strict=True))
            waited = _Waiter(client, scheduler=scheduler, idle_limit=idle_limit, poll=poll)
            results = []
            for i, (config, epoch, is_dirty) in enumerate(zip(configs, epochs, dirty, strict=True)):
                results.append(waited.result(futures, i, config=config, epoch=epoch, dirty=is_dirty, done=len(results)))
            return results
    except BaseException:
        for future in futures:  # nothing of this build keeps running for a site that will not be published
            try:
                future.cancel()
            except Exception:  # the scheduler is gone already
                pass
        raise
    finally:
        try:
            client.close(timeout=5)
        except Exception:  # the scheduler is gone already: nothing left to close cleanly
            pass


def _submit(client: Client, config: str, epoch: str, dirty: bool) -> Future:
    from .shard_build import build_one

    return client.submit(build_one, config, epoch, dirty, pure=False, retries=RETRIES)


def _shard_name(config: str) -> str:
    """The shard a generated config builds (``STATE/configs/NAME.yml``)."""
    return Path(config).stem


class _Waiter:
    """Waits for one shard's future at a time, as the engine waits for an article shard's (:mod:`.pipeline.dask_wait`)."""

    def __init__(self, client: Client, *, scheduler: str, idle_limit: float | None, poll: float) -> None:
        self.client, self.scheduler, self.idle_limit, self.poll = client, scheduler, idle_limit, poll

    def _activity(self) -> tuple[int, int]:
        processing = self.client.processing()
        return len(processing), sum(len(keys) for keys in processing.values())

    def result(self, futures: list[Future], i: int, *, config: str, epoch: str, dirty: bool, done: int) -> tuple[float, int]:
        """Shard ``i``'s result; its task, lost beside idle workers, is sent once more (``futures[i]`` replaced)."""
        name, total = _shard_name(config), len(futures)
        for attempt in range(2):
            future = futures[i]
            try:
                seconds, peak = outcome(
                    lambda timeout: future.result(timeout=timeout),
                    done=future.done,
                    activity=self._activity,
                    idle_limit=self.idle_limit,
                    poll=self.poll,
                )
                return float(seconds), int(peak)
            except Stalled as stall:
                if not stall.workers:
                    raise ClusterError(
                        f"{self.scheduler}: the Dask cluster has had no worker for {stall.seconds:.0f} s while shard {name} "
                        f"waited to be built ({done} of {total} shards back); no shard published"
                    ) from None
                if attempt == 1:
                    raise ClusterError(
                        f"{self.scheduler}: no Dask worker ran the build of shard {name} (every worker idle for "
                        f"{stall.seconds:.0f} s, twice); no shard published"
                    ) from None
                future.cancel()
                futures[i] = _submit(self.client, config, epoch, dirty)
            except KilledWorker:
                raise ClusterError(
                    f"{self.scheduler}: the Dask worker building shard {name} died, every time it was tried; no shard published"
                ) from None
            except _LOST as exc:
                raise ClusterError(
                    one_line(f"{self.scheduler}: lost the Dask scheduler while shard {name} was built ({_reason(exc)}); no shard published")
                ) from None
        raise AssertionError("unreachable")
