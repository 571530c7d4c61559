"""Benchmark 8 (#17): peak RSS of a warm build (briefings already made) at 2,000 / 10,000 / 50,000 briefings.

"Warm" means no parsing: the briefings exist already (as cache hits would give
them). What is measured is what ``briefgen build`` does after the pipeline:
each briefing goes into the site index (SQLite) as it arrives, then every
page and every briefing's JSON is generated and written one at a time
(``OutputFolder.write_all`` over a stream). The briefings are synthetic
(``benchmarks/synthetic.py``): real extraction records of BBC articles, briefed
once through the real pipeline (cached under ``--workdir``), with new people,
organisations and dates, so the number of distinct actors grows with the
archive as on a real feed; the table reports it.

Each size runs in a fresh child process, all in one run; its peak RSS is the
child's own (``os.wait4``), beside the peak of a child that only imports
briefgen and loads the base briefings (the floor); the base is briefed in a
child of its own, so the parent stays small. Time includes making the
synthetic briefings.

    python benchmarks/bench_assembly.py [--sizes 2000 10000 50000] [--base 50] [--workdir DIR] [--no-record]
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import time
from pathlib import Path

from common import DEFAULT_WORKDIR, PYTHON, Run, corpus_files, folder_bytes, mb, record, run

SEED = 17


def make_base(workdir: Path, count: int) -> Path:
    """Brief ``count`` BBC articles (spread over the categories) once; pickle them for the children."""
    from synthetic import real_briefings

    target = workdir / f"base-{count}.pickle"
    if target.exists():
        return target
    files = corpus_files()
    step = max(1, len(files) // count)
    base = real_briefings(files[::step][:count], cache_dir=workdir / "cache")
    workdir.mkdir(parents=True, exist_ok=True)
    target.write_bytes(pickle.dumps(base))
    return target


def _status(pid: int | str = "self") -> str:
    """The process's peak and current resident size (``VmHWM``, ``VmRSS``) from ``/proc``, in MB; "" once it is gone."""
    try:
        fields = dict(line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line)
    except OSError:
        return ""
    return " ".join(f"{k} {int(fields[k].split()[0]) / 1024:,.0f} MB" for k in ("VmHWM", "VmRSS") if k in fields)


def _mark(log: Path, what: str) -> None:
    """One line of a child's stage log: the time, the stage, its peak RSS so far (a long run that is stopped still says where it got)."""
    with log.open("a", encoding="utf-8") as fh:
        fh.write(f"{time.strftime('%H:%M:%S')} {what}: {_status()}\n")


def child(size: int, base_file: Path, out: Path) -> None:
    """One warm build of ``size`` synthetic briefings into ``out``, as ``briefgen build`` writes it; prints its figures."""
    import shutil

    from synthetic import synthetic_briefings

    from briefgen.render import Renderer
    from briefgen.site import OutputFolder, SiteIndex
    from briefgen.site.pages import SiteBuild

    base = pickle.loads(base_file.read_bytes())
    if size == 0:
        print(json.dumps({"seconds": 0}))
        return
    if out.exists():
        shutil.rmtree(out)
    log = out.parent / f"stages-{size}.log"
    log.unlink(missing_ok=True)
    _mark(log, "start")
    started, cpu_started = time.perf_counter(), time.process_time()
    with SiteBuild(SiteIndex(prefix="."), Renderer()) as build:
        for b in synthetic_briefings(size, seed=SEED, base=base):
            build.index.add(b)
        _mark(log, "added")
        build.index.finish()
        _mark(log, "indexed")
        indexed, cpu_indexed = time.perf_counter() - started, time.process_time() - cpu_started
        actors = build.index.actor_count()
        paged = build.index.actor_count(paged=True)
        counted = {"pages": 0}

        def outputs():
            kind = None
            for page in build.pages():
                counted["pages"] += 1
                now = page.path.removeprefix("./").split("/")[0] if "/" in page.path.removeprefix("./") else "top"
                if now != kind:
                    _mark(log, f"pages: {now}")
                    kind = now
                yield page.path.removeprefix("./"), page.content
            _mark(log, "json")
            for page in build.json_files("."):
                yield page.path.removeprefix("./"), page.content
            _mark(log, "staged")

        OutputFolder(out).write_all(outputs())
        _mark(log, "written")
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    print(json.dumps({"seconds": seconds, "indexed": indexed, "cpu": cpu, "cpu_indexed": cpu_indexed, "actors": actors, "paged": paged, "pages": counted["pages"]}))


def _run_together(commands: list[list[str]]) -> list[Run]:
    """Start every command at once; each one's own time and peak RSS (``os.wait4``)."""
    import os
    import subprocess

    import threading

    started = time.perf_counter()
    procs = [subprocess.Popen(c, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True) for c in commands]
    done = threading.Event()

    def watch() -> None:  # each child's peak RSS so far, once a minute: a run stopped at a deadline still has its figures
        while not done.wait(60):
            seen = [f"{c[c.index('--child') + 1]}: {status}" for c, p in zip(commands, procs) if p.poll() is None and (status := _status(p.pid))]
            if seen:
                print(f"{time.strftime('%H:%M:%S')} " + "; ".join(seen), file=sys.stderr, flush=True)

    threading.Thread(target=watch, daemon=True).start()
    results = []
    for command, proc in zip(commands, procs):
        output = proc.stdout.read() if proc.stdout else ""
        _, status, usage = os.wait4(proc.pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"command failed: {' '.join(command)}\n{output[-3000:]}")
        results.append(Run(time.perf_counter() - started, usage.ru_maxrss, output))
    done.set()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 50000])
    parser.add_argument("--base", type=int, default=50, help="real BBC articles the synthetic briefings are made from")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR / "assembly")
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--base-file", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--make-base", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--parallel", action="store_true", help="run the sizes' processes at the same time (peak RSS is each process's own; times then share the cores)")
    args = parser.parse_args()
    if args.make_base:
        make_base(args.workdir, args.base)
        return
    if args.child is not None:
        child(args.child, args.base_file, args.workdir / f"out-{args.child}")
        return

    me = str(Path(__file__).resolve())
    # the base is briefed in a child too: a parent that loaded the model would lend its size to every
    # child's peak (Linux counts the pages a child had between fork and exec in its ru_maxrss)
    run([PYTHON, me, "--make-base", "--base", str(args.base), "--workdir", str(args.workdir)])
    base_file = args.workdir / f"base-{args.base}.pickle"
    floor = run([PYTHON, me, "--child", "0", "--base-file", str(base_file), "--workdir", str(args.workdir)])
    print(f"floor (imports + base briefings): peak RSS {floor.max_rss_kb / 1024:,.0f} MB", flush=True)
    rows = []
    commands = [[PYTHON, me, "--child", str(size), "--base-file", str(base_file), "--workdir", str(args.workdir)] for size in args.sizes]
    results = _run_together(commands) if args.parallel else [run(command) for command in commands]
    for size, result in zip(args.sizes, results):
        figures = json.loads(result.output.strip().splitlines()[-1])
        written = folder_bytes(args.workdir / f"out-{size}")
        rows.append((size, result, figures, written))
        print(
            f"{size:,}: {figures['seconds']:.1f} s (index {figures['indexed']:.1f} s; CPU {1000 * figures['cpu'] / size:.1f} ms a briefing, {1000 * figures['cpu_indexed'] / size:.1f} ms to index), peak RSS {result.max_rss_kb / 1024:,.0f} MB, "
            f"{figures['actors']:,} distinct actors ({figures['paged']:,} with a page), {figures['pages']:,} pages, {mb(written)}",
            flush=True,
        )
    if args.no_record:
        return
    smallest = rows[0][1].max_rss_kb
    table = "\n".join(
        f"| {size:,} | {f['seconds']:.0f} s ({f['indexed']:.0f} s to index) | {1000 * f['cpu'] / size:.1f} ms ({1000 * f['cpu_indexed'] / size:.1f} ms) "
        f"| **{r.max_rss_kb / 1024:,.0f} MB** | {r.max_rss_kb / smallest:.3f} "
        f"| {f['actors']:,} ({f['paged']:,} with a page) | {f['pages']:,} | {mb(written)} |"
        for size, r, f, written in rows
    )
    worst = max(r.max_rss_kb for _, r, _, _ in rows) / smallest
    record(
        "bench_assembly",
        "## 8. Warm-build peak RSS by number of briefings (#17: flat within 15 %)\n\n"
        f"`python benchmarks/bench_assembly.py --sizes {' '.join(map(str, args.sizes))}{' --parallel' if args.parallel else ''}` — synthetic briefings made from "
        f"{args.base} real BBC extractions (`benchmarks/synthetic.py`, seed {SEED}), streamed into the SQLite site index and "
        "written page by page as `briefgen build` does, one fresh process per size, all in one run"
        f"{' (the processes ran at the same time, so their times share the two cores)' if args.parallel else ''}. "
        f"A process that only imports briefgen and loads the base briefings peaks at {floor.max_rss_kb / 1024:,.0f} MB.\n\n"
        "| briefings | time | CPU per briefing (to index) | peak RSS | vs smallest | distinct actors | pages | Markdown + JSON written |\n|---|---|---|---|---|---|---|---|\n"
        + table
        + f"\n\nLargest / smallest peak RSS: **{worst:.3f}** (target ≤ 1.15).",
    )


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    main()
