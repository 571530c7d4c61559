"""Benchmark 12: parse + extract on a Dask cluster — 2 workers vs 1, and the cluster vs local ``--jobs 2``.

Three ways of briefing the same articles, cache off, timed in one run,
interleaved, fastest of ``--repeat`` passes each:

* a ``LocalCluster`` of one worker process (one thread),
* a ``LocalCluster`` of two worker processes (one thread each),
* the local path, ``brief_articles(n_process=2)`` (what ``--jobs 2`` runs).

Both clusters are started and every worker has loaded the model before any
timing (a real cluster keeps its workers), while the local path's pool start
is timed, as a ``--jobs 2`` build pays it. Targets (issue #17): two workers
>= 1.8x one; the cluster's overhead over local ``--jobs 2`` <= 5 %.

    python benchmarks/bench_dask.py [--limit N] [--repeat R] [--no-record]
"""

from __future__ import annotations

import argparse
import time

from common import corpus_files, record
from distributed import Client, LocalCluster

from briefgen.ingest import read_article
from briefgen.nlp import load_model
from briefgen.pipeline import brief_articles
from briefgen.pipeline.dask_engine import DaskEngine
from briefgen.records import Briefing

SPEEDUP_TARGET = 1.8
OVERHEAD_TARGET = 0.05


def timed(run) -> float:
    started = time.perf_counter()
    results = list(run())
    assert all(isinstance(r, Briefing) for r in results), [r for r in results if not isinstance(r, Briefing)][:3]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", "--articles", dest="limit", type=int, default=600, help="articles from the BBC corpus (default 600)")
    parser.add_argument("--repeat", type=int, default=2, help="interleaved passes; the fastest of each counts")
    parser.add_argument("--no-record", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()

    articles = [read_article(p) for p in corpus_files(args.limit)]
    words = sum(len(a.text.split()) for a in articles)
    nlp = load_model()
    with (
        LocalCluster(n_workers=1, processes=True, threads_per_worker=1, dashboard_address=":0") as one,
        LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=":0") as two,
    ):
        for cluster in (one, two):
            with Client(cluster.scheduler_address, set_as_default=False) as client:
                client.run(load_model)  # the workers keep it, as on a real cluster
        runs = {
            "cluster, 1 worker": lambda: brief_articles(articles, engine=DaskEngine(one.scheduler_address)),
            "cluster, 2 workers": lambda: brief_articles(articles, engine=DaskEngine(two.scheduler_address)),
            "local --jobs 2": lambda: brief_articles(articles, nlp=nlp, n_process=2),
        }
        best = {name: float("inf") for name in runs}
        for _pass in range(args.repeat):
            for name, run in runs.items():
                best[name] = min(best[name], timed(run))
                print(f"{name}: {best[name]:.1f} s", flush=True)

    speedup = best["cluster, 1 worker"] / best["cluster, 2 workers"]
    overhead = best["cluster, 2 workers"] / best["local --jobs 2"] - 1
    rows = [f"| {name} | {seconds:.1f} s | {words / seconds:,.0f} |" for name, seconds in best.items()]
    summary = (
        f"2 workers vs 1: **{speedup:.2f}x** (target >= {SPEEDUP_TARGET}x, {'met' if speedup >= SPEEDUP_TARGET else 'NOT met'}); "
        f"cluster vs local --jobs 2: **{overhead:+.1%}** (target <= {OVERHEAD_TARGET:.0%}, "
        f"{'met' if overhead <= OVERHEAD_TARGET else 'NOT met'})"
    )
    print(summary)
    if not args.no_record:
        record(
            "bench_dask" + (f"-limit{args.limit}" if args.limit != 600 else ""),
            f"## 12. Dask cluster vs local ({len(articles):,} articles, {words:,} words)\n\n"
            f"`python benchmarks/bench_dask.py --repeat {args.repeat}` — fastest of {args.repeat} interleaved passes; "
            "cache off; workers loaded the model before timing.\n\n"
            "| run | wall | words/s |\n|---|---|---|\n" + "\n".join(rows) + f"\n\n{summary}",
        )


if __name__ == "__main__":
    main()
