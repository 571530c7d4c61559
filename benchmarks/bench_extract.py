"""Benchmark 1: extraction of every article (to briefing JSON) vs a bare ``nlp.pipe`` of the same texts.

Same model object, same components, same batch size, same process count; the
two are timed in the same run, bare first, for each ``--jobs``; with
``--repeat R`` the pair is timed R times, interleaved, and the fastest of each
counts (on a shared virtual machine one pass can be 10 % slower than the next
for no reason of its own). Target: extraction <= 1.15x the bare parse at
--jobs 1 and --jobs 2.

    python benchmarks/bench_extract.py [--limit N] [--jobs 1 2] [--repeat R] [--no-record]
"""

from __future__ import annotations

import argparse
import inspect
import os
import time

from common import corpus_files, record

from briefgen.ingest import read_article
from briefgen.nlp import load_model
from briefgen.pipeline import brief_articles
from briefgen.records import Briefing
from briefgen.render import briefing_json

TARGET = 1.15


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (spaCy's workers are joined at the end of a pipe).

    On a machine shared with other work, wall time swings with their load; CPU
    time does not, so the ratio is reported both ways.
    """
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles (a dry run)")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=2, help="timed pairs per --jobs, interleaved; the fastest counts")
    parser.add_argument("--no-record", action="store_true", help="print only; leave RESULTS.md alone")
    args = parser.parse_args()

    articles = [read_article(p) for p in corpus_files(args.limit)]
    words = sum(len(a.text.split()) for a in articles)
    batch_size = inspect.signature(brief_articles).parameters["batch_size"].default
    started = time.perf_counter()
    nlp = load_model()
    load_seconds = time.perf_counter() - started
    list(nlp.pipe([a.text for a in articles[:20]], batch_size=batch_size))  # warm-up, not timed

    rows = []
    for jobs in args.jobs:
        bare = bare_cpu = full = full_cpu = float("inf")
        for _pass in range(args.repeat):
            started, cpu = time.perf_counter(), cpu_seconds()
            for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size, n_process=jobs):
                pass
            bare, bare_cpu = min(bare, time.perf_counter() - started), min(bare_cpu, cpu_seconds() - cpu)

            started, cpu = time.perf_counter(), cpu_seconds()
            json_bytes = failed = 0
            for result in brief_articles(articles, nlp=nlp, batch_size=batch_size, n_process=jobs):
                if isinstance(result, Briefing):
                    json_bytes += len(briefing_json(result).encode("utf-8"))
                else:
                    failed += 1
            full, full_cpu = min(full, time.perf_counter() - started), min(full_cpu, cpu_seconds() - cpu)
        ratio, cpu_ratio = full / bare, full_cpu / bare_cpu
        rows.append(
            f"| {jobs} | {bare:.1f} s ({words / bare:,.0f} words/s) | {full:.1f} s ({words / full:,.0f} words/s) "
            f"| {ratio:.3f} | {bare_cpu:.1f} s | {full_cpu:.1f} s | **{cpu_ratio:.3f}** "
            f"| {'met' if max(ratio, cpu_ratio) <= TARGET else 'NOT met'} |"
        )
        print(rows[-1], flush=True)
        if failed:
            rows.append(f"| | {failed} articles failed extraction | | | | | | |")

    record(
        "bench_extract" + (f"-limit{args.limit}" if args.limit else ""),
        f"## 1. Extraction vs bare `nlp.pipe` ({len(articles):,} articles, {words:,} words)\n\n"
        f"`python benchmarks/bench_extract.py --repeat {args.repeat}` — fastest of {args.repeat} interleaved passes each; "
        f"model load {load_seconds:.2f} s (not in either time); "
        f"batch size {batch_size}; extraction = parse + all extractors + briefing JSON, cache off.\n\n"
        "| --jobs | bare nlp.pipe (wall) | extraction (wall) | wall ratio | bare CPU | extraction CPU | CPU ratio | target <= 1.15 |\n"
        "|---|---|---|---|---|---|---|---|\n" + "\n".join(rows),
    ) if not args.no_record else None


if __name__ == "__main__":
    main()
