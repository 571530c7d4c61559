"""Benchmark 5: warm build time and site/ size at 1,000, 2,225 and 5,000 briefings.

Beyond 2,225 the corpus is repeated: each copy is a Markdown article with its
own title (``"<headline> (part 2)"``) and date (three articles a day from
2020-01-01), and copies share their body, so one warm cache serves every
size. The cache is filled first by ``briefgen build`` (untimed), then each
size gets one timed ``mkdocs build`` (in a new process, as in CI). Target: from the
smallest to the largest size, warm build time and site/ size grow at most
5.5x for 5x the briefings.

    python benchmarks/bench_scale.py [--sizes 1000 2225 5000] [--workdir DIR] [--no-record]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from common import (
    DEFAULT_WORKDIR,
    PYTHON,
    corpus_files,
    folder_bytes,
    make_project,
    mb,
    mkdocs_build,
    record,
    run,
    write_repeated_seeds,
)

TARGET = 5.5


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2225, 5000])
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--jobs", type=int, default=1, help="processes for filling the cache")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    files = corpus_files()
    work = args.workdir / "scale"
    cache = work / "cache"
    largest = max(args.sizes)
    write_repeated_seeds(files, work / f"seeds-{largest}", min(largest, len(files)))
    fill = run(
        [PYTHON, "-m", "briefgen.cli", "build", str(work / f"seeds-{largest}"), "--out", str(work / "fill-out"),
         "--cache-dir", str(cache), "--jobs", str(args.jobs)]
    )
    print(f"cache filled in {fill.seconds:.1f} s: {fill.output.strip().splitlines()[-1]}", flush=True)
    shutil.rmtree(work / "fill-out", ignore_errors=True)

    rows = []
    for size in sorted(args.sizes):
        seeds = work / f"seeds-{size}"
        write_repeated_seeds(files, seeds, size)
        config = make_project(work / f"project-{size}", seeds, cache_dir=cache)
        timed = mkdocs_build(config)
        size_bytes = folder_bytes(work / f"project-{size}" / "site")
        rows.append((size, timed, size_bytes))
        print(f"{size}: {timed.seconds:.1f} s, site {mb(size_bytes)}, {timed.briefgen_line}", flush=True)

    if args.no_record:
        return
    small_size, small, small_bytes = rows[0]
    table = "\n".join(
        f"| {size:,} | {r.seconds:.1f} s ({r.seconds / small.seconds:.2f}x) | {mb(b)} ({b / small_bytes:.2f}x) "
        f"| {r.seconds / size * 1000:.1f} ms | `{r.briefgen_line}` |"
        for size, r, b in rows
    )
    big_size, big, big_bytes = rows[-1]
    growth_t, growth_b = big.seconds / small.seconds, big_bytes / small_bytes
    record(
        "bench_scale",
        f"## 5. Warm build time and site size by number of briefings\n\n"
        f"`python benchmarks/bench_scale.py --sizes {' '.join(map(str, args.sizes))}`\n\n"
        "| briefings | warm mkdocs build | site/ size | per briefing | briefgen log |\n|---|---|---|---|---|\n"
        + table
        + f"\n\n- {small_size:,} -> {big_size:,} briefings ({big_size / small_size:.1f}x): time **{growth_t:.2f}x**, "
        f"size **{growth_b:.2f}x** (target <= {TARGET}x: time {'met' if growth_t <= TARGET else 'NOT met'}, "
        f"size {'met' if growth_b <= TARGET else 'NOT met'})",
    )


if __name__ == "__main__":
    main()
