"""Benchmark 4: peak RSS of a cold ``briefgen build`` (every article parsed) at growing corpus sizes.

Each size runs in its own process (``briefgen build --no-cache``); its peak
RSS comes from ``os.wait4``. Parsing streams through one ``nlp.pipe``, so the
peak should stay flat apart from the site's own pages, which the build holds
to write them: their size is printed beside the RSS so the two can be compared.

    python benchmarks/bench_memory.py [--sizes 500 1000 2225] [--jobs 1] [--workdir DIR] [--no-record]
"""

from __future__ import annotations

import argparse
from pathlib import Path

from common import DEFAULT_WORKDIR, PYTHON, copy_seeds, corpus_files, folder_bytes, mb, record, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[500, 1000, 2225])
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    files = corpus_files()
    rows = []
    baseline = run([PYTHON, "-c", "import briefgen.pipeline, briefgen.nlp; briefgen.nlp.load_model()"])
    for size in args.sizes:
        work = args.workdir / f"memory-{size}"
        copy_seeds(files[:size], work / "seeds")
        out = run(
            [PYTHON, "-m", "briefgen.cli", "build", str(work / "seeds"), "--out", str(work / "out"), "--no-cache", "--jobs", str(args.jobs)]
        )
        pages = folder_bytes(work / "out")
        rows.append((size, out, pages))
        print(f"{size}: {out.seconds:.1f} s, peak RSS {out.max_rss_kb / 1024:,.0f} MB, output {mb(pages)}", flush=True)

    if args.no_record:
        return
    first_size, first, first_pages = rows[0]
    table = "\n".join(
        f"| {size:,} | {r.seconds:.1f} s | {r.max_rss_kb / 1024:,.0f} MB | {(r.max_rss_kb - first.max_rss_kb) / 1024:+,.0f} MB "
        f"| {mb(pages)} ({(pages - first_pages) / 1e6:+,.1f} MB) |"
        for size, r, pages in rows
    )
    record(
        "bench_memory",
        f"## 4. Peak RSS of a cold build by corpus size (--jobs {args.jobs})\n\n"
        "`python benchmarks/bench_memory.py` — `briefgen build --no-cache` in a fresh process per size; "
        f"importing briefgen and loading the model alone peaks at {baseline.max_rss_kb / 1024:,.0f} MB.\n\n"
        "| articles | time | peak RSS | vs smallest | Markdown + JSON written (vs smallest) |\n|---|---|---|---|---|\n" + table,
    )


if __name__ == "__main__":
    main()
