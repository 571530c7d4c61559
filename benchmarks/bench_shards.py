"""Benchmark 11: a sharded site from 2,000 to 20,000 briefings (issue #18).

Synthetic briefings derived from real ones (``synthetic.py``: BBC extraction
records with people and organisations renamed from a growing population, ten
briefings a day from 2005) are published with ``shard_by: month`` through the
repository's ``mkdocs.yml``: one MkDocs build per month plus the portal (home,
indexes, timeline, actors, feed), two at a time in fresh processes, then one
Pagefind index over the whole ``site/``. Per size:

* full build time (assembly + shard builds + Pagefind) and its ratio to linear
  (time per briefing against the smallest size's; target <= 1.1);
* site size (bytes a host serves: every file, hard-linked ones counted each time)
  and its ratio to linear;
* peak RSS of each shard build (its own fresh process): the largest period
  shard, the portal and the largest actor shard (the actor pages' bounded
  builds), and the spread across sizes of the period shards' peaks and of
  every build's peak (target: flat within 15 %);
* search bytes to the first results in Debian's chromium
  (``bench_search.first_query``; target <= 500 KB at 10,000);
* the rebuild after one new article: which shards were rebuilt, and its time
  against the full build (target <= 5 %);
* the largest file in ``site/`` (path and bytes; target: none over 2 MB) and
  every file over 1 MB.

    python benchmarks/bench_shards.py [--sizes 2000 5000 10000 20000] [--base 300] [--jobs 2] [--no-record] [--stages] [--trace FILE]

``--sizes`` takes the sizes apart or comma-separated (``--sizes 2000,10000,20000``).
Every size runs in the one invocation, and the report opens with the issue's
ratios from that one run in one table (:func:`ratios_table`): time per
briefing against the smallest size's, size per briefing likewise, peak RSS
of the largest build against the smallest size's, the one-article rebuild's
share of the full build, each with its target, and the bytes Chromium fetches
to a first query's results on the full build's site (the issue's search target,
<= 500 KB at 10,000: measured in the same run unless ``--no-search``, after the
full build and before the rebuild, so it times neither); and how long the run took.
Ratios across separate runs compare two machines' loads, not two sizes.

``--trace FILE`` writes to ``FILE.SIZE``, for each shard the rebuild after one new article
builds, which docs files (page keys) changed, were added or were removed, with
the first changed lines of each: why that shard is dirty.

``--stages`` also times the stages of the full build and of the rebuild
(assembling every page, the shard builds, publishing, the Pagefind index) by
wrapping those functions of ``briefgen.shard_build`` with a timer, and prints
them: where the rebuild's time goes. Each stage's CPU seconds (the driver's
and its ended children's: shard builds, Pagefind) are taken beside its wall
seconds, and the report gives every stage of the full build per briefing
against the smallest size's in both (:func:`stage_ratios_table`). The ratios
table always has the whole build's CPU time ÷ linear beside the wall figure
#18 sets its target on: on a shared host the wall ratio moves with the other
sessions' load, the CPU ratio with the code.

Needs the BBC corpus (its first ``--base`` articles are briefed once, through
the extraction cache in ``--workdir``) and ``/usr/bin/chromium`` for the search figure.
"""

from __future__ import annotations

import argparse
import collections
import resource
import shutil
import sys
import time
from collections.abc import Callable
from pathlib import Path

from common import DEFAULT_WORKDIR, REPO, corpus_files, record
from synthetic import real_briefings, synthetic_briefings

TARGET_LINEAR = 1.10
TARGET_RSS_SPREAD = 0.15
TARGET_SEARCH = 500_000
TARGET_INCREMENTAL = 0.05


def make_config(project: Path) -> Path:
    """The repository's ``mkdocs.yml`` and hand-written docs, in a folder of their own."""
    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copytree(REPO / "site_src", project / "site_src")
    shutil.copy(REPO / "mkdocs.yml", project / "mkdocs.yml")
    return project / "mkdocs.yml"


def served_size(site: Path) -> tuple[int, int]:
    """``(bytes served, files)`` of ``site``: every file counted, hard links included."""
    sizes = [p.stat().st_size for p in site.rglob("*") if p.is_file()]
    return sum(sizes), len(sizes)


#: No file in ``site/`` may be larger (#18); files above :data:`LISTED_FILE` are listed by name in the report.
MAX_FILE = 2_000_000
LISTED_FILE = 1_000_000


def largest_files(site: Path, *, above: int = LISTED_FILE) -> tuple[tuple[str, int], list[tuple[str, int]]]:
    """``((path, bytes) of the largest file, [(path, bytes) of every file over above, largest first])`` of ``site``."""
    sizes = sorted(((p.relative_to(site).as_posix(), p.stat().st_size) for p in site.rglob("*") if p.is_file()), key=lambda x: (-x[1], x[0]))
    return sizes[0], [(path, size) for path, size in sizes if size > above]


def top_person(briefings) -> str:
    """The family name of the person named in most briefings: a query with an actor page to find."""
    counts = collections.Counter(a.name for b in briefings for a in {x.name: x for x in b.extraction.actors if x.kind == "person"}.values())
    return counts.most_common(1)[0][0].split()[-1]


#: The stages ``--stages`` times: (module, function) -> label.
STAGES = {
    ("briefgen.site.pages", "assemble_site"): "assemble",
    ("briefgen.site.shards", "plan_shards"): "plan",
    ("briefgen.shard_build", "_write_docs"): "docs",
    ("briefgen.shard_build", "_run_builds"): "builds",
    ("briefgen.shard_build", "_publish"): "publish",
    ("briefgen.site.search", "index_site"): "pagefind",
}
_times: dict[str, float] = {}
#: CPU seconds of each stage (``--stages``): the driver's own and its ended children's (shard builds, Pagefind).
_cpu: dict[str, float] = {}


def cpu_seconds() -> float:
    """CPU seconds (user + system) of this process and of its children that have ended.

    A shard build or Pagefind is a child process, so a stage's CPU is this
    sum's growth over it. The dirty builds' long-lived workers end when the
    rebuild does: their CPU shows in the whole build's figure, not in a stage's.
    """
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def time_stages() -> None:
    """Wrap each stage function with a timer adding its wall seconds to ``_times`` and its CPU seconds to ``_cpu``
    (the driver looks them up by module at call time).

    Wall time is what #18 sets its targets on; CPU time is beside it because on a
    shared host the wall time of a stage moves with the other sessions' load, so
    a stage that grows faster than the archive shows in its CPU seconds per
    briefing, the host's noise in its wall seconds only.
    """
    import functools
    import importlib

    for (module, name), label in STAGES.items():
        mod = importlib.import_module(module)
        inner = getattr(mod, name)

        @functools.wraps(inner)
        def timed(*args, _inner=inner, _label=label, **kwargs):
            started, cpu = time.perf_counter(), cpu_seconds()
            try:
                return _inner(*args, **kwargs)
            finally:
                _times[_label] = _times.get(_label, 0.0) + time.perf_counter() - started
                _cpu[_label] = _cpu.get(_label, 0.0) + cpu_seconds() - cpu

        setattr(mod, name, timed)


def trace_docs(out) -> Callable[[], None]:
    """Wrap ``shard_build._write_docs`` so that each shard's changed docs files are written to ``out``; returns the undo.

    A shard is rebuilt when its docs changed (or its config did): the files
    whose digest differs from the shard's last listing are the pages a reader
    would see change, and their first differing lines say why.
    """
    import difflib

    from briefgen import shard_build

    inner = shard_build._write_docs

    def traced(folder: Path, pages, own, *, listing: Path | None = None, shard=None):
        files = shard_build._docs_files(pages, own)
        digests = shard_build.docs_digests(pages, own, shard=shard)  # what _write_docs lists (the plan's digests of kept pages)
        last = (shard_build._read_listing(listing) or {}) if listing is not None else {}
        changed = [rel for rel in files if last.get(rel) != digests[rel]]
        gone = sorted(set(last) - set(files))
        print(f"## {folder.name}: {len(changed)} changed or new, {len(gone)} removed, {len(files):,} files", file=out)
        for rel in gone:
            print(f"- removed {rel}", file=out)
        for rel in changed:
            try:
                old = (folder / rel).read_text(encoding="utf-8").splitlines()
            except OSError:
                print(f"- new {rel}", file=out)
                continue
            diff = [line for line in difflib.unified_diff(old, files[rel].decode("utf-8").splitlines(), lineterm="", n=0) if line[:1] in "+-" and line[:3] not in ("+++", "---")]
            print(f"- changed {rel} ({len(diff)} lines differ)", file=out)
            for line in diff[:6]:
                print(f"    {line[:200]}", file=out)
        return inner(folder, pages, own, listing=listing, shard=shard)

    shard_build._write_docs = traced

    def undo() -> None:
        shard_build._write_docs = inner

    return undo


def one_size(n: int, base, *, workdir: Path, jobs: int, search: bool, trace: Path | None = None) -> dict[str, object]:
    from briefgen.render import Renderer
    from briefgen.shard_build import build_sharded_site

    here = workdir / f"n{n}"
    config = make_config(here / "project")
    state = here / "state"
    shutil.rmtree(state, ignore_errors=True)
    briefings = list(synthetic_briefings(n + 1, seed=13, base=base))
    first, extra = briefings[:n], briefings[n]
    _times.clear()
    _cpu.clear()
    started, cpu = time.perf_counter(), cpu_seconds()
    full = build_sharded_site(first, renderer=Renderer(), config_file=config, shard_by="month", state_dir=state, jobs=jobs)
    full_seconds = time.perf_counter() - started
    full_cpu = cpu_seconds() - cpu
    site = Path(full.site_dir)
    size, files = served_size(site)
    largest, big_files = largest_files(site)
    from briefgen.site.shards import is_actor_shard, is_list_shard, shares_folder

    periods = [r for r in full.runs if r.name != "portal" and not shares_folder(r.name)]
    actors = [r for r in full.runs if is_actor_shard(r.name)]
    lists = [r for r in full.runs if is_list_shard(r.name)]
    portal = next(r for r in full.runs if r.name == "portal")
    result: dict[str, object] = {
        "n": n,
        "seconds": full_seconds,
        "size": size,
        "files": files,
        "shards": len(full.runs),
        "pages": full.pages_indexed,
        "period_rss": max(r.peak_rss_kb for r in periods),
        "period_rss_min": min(r.peak_rss_kb for r in periods),
        "portal_rss": portal.peak_rss_kb,
        "portal_seconds": portal.seconds,
        "actor_shards": len(actors),
        "actor_rss": max((r.peak_rss_kb for r in actors), default=0),
        "actor_rss_min": min((r.peak_rss_kb for r in actors), default=0),
        "list_shards": len(lists),
        "list_rss": max((r.peak_rss_kb for r in lists), default=0),
        "list_rss_min": min((r.peak_rss_kb for r in lists), default=0),
        "build_rss": max(r.peak_rss_kb for r in full.runs),
        "builds_seconds": sum(r.seconds for r in full.runs),
        "full_stages": dict(_times),
        "cpu": full_cpu,
        "full_cpu_stages": dict(_cpu),
        "largest": largest,
        "big_files": big_files,
    }
    if search:
        from bench_search import CHROMIUM, first_query

        if CHROMIUM.exists():
            query = top_person(first)
            requests, sent, link = first_query(site, query)
            result |= {"query": query, "requests": requests, "search_bytes": sent, "first_result": link}
    _times.clear()
    _cpu.clear()
    trace_out = open(trace.with_name(f"{trace.name}.{n}"), "w", encoding="utf-8") if trace else None  # noqa: SIM115
    undo = trace_docs(trace_out) if trace_out else None
    started, cpu = time.perf_counter(), cpu_seconds()
    again = build_sharded_site([*first, extra], renderer=Renderer(), config_file=config, shard_by="month", state_dir=state, jobs=jobs)
    result["incremental_seconds"] = time.perf_counter() - started
    result["incremental_cpu"] = cpu_seconds() - cpu
    if trace_out:  # the trace's own time is in incremental_seconds: a traced run measures nothing
        undo()
        trace_out.close()
    result["incremental_built"] = again.built
    result["incremental_stages"] = dict(_times)
    result["incremental_cpu_stages"] = dict(_cpu)
    result["incremental_runs"] = {r.name: round(r.seconds, 1) for r in again.runs if r.built}
    result["driver_rss"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(result, file=sys.stderr, flush=True)
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=_sizes, nargs="+", default=[[2000, 5000, 10000, 20000]], help="e.g. 2000 10000 20000 or 2000,10000,20000")
    parser.add_argument("--base", type=int, default=300, help="real BBC briefings the synthetic ones are made from")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR / "shards")
    parser.add_argument("--cache-dir", type=Path, help="extraction cache for the base (default: WORKDIR/cache)")
    parser.add_argument("--no-search", action="store_true", help="skip the browser measurement")
    parser.add_argument("--no-record", action="store_true")
    parser.add_argument("--stages", action="store_true", help="time the stages of the full build and of the rebuild")
    parser.add_argument("--trace", type=Path, help="write each rebuilt shard's changed docs files to TRACE.SIZE (see the module doc)")
    args = parser.parse_args()
    args.sizes = [n for group in args.sizes for n in group]
    args.started = time.time()
    if args.stages:
        time_stages()

    base = real_briefings(corpus_files(args.base), cache_dir=args.cache_dir or args.workdir / "cache")
    results: list[dict[str, object]] = []
    for n in args.sizes:  # recorded after each size: a run cut short keeps what it measured
        results.append(one_size(n, base, workdir=args.workdir, jobs=args.jobs, search=not args.no_search, trace=args.trace))
        report(results, args)


def _sizes(text: str) -> list[int]:
    """``2000`` or ``2000,10000,20000``: one or more sizes."""
    return [int(part) for part in text.split(",") if part.strip()]


def ratios_table(results: list[dict[str, object]], *, seconds: float) -> str:
    """The issue's ratios from one run, one row per size (#18), and how long the run took.

    Time and size per briefing against the smallest size's (<= 1.1: linear),
    the largest build's peak RSS against the smallest size's (flat within
    15 %), the one-article rebuild against the full build (<= 5 %). All from
    this invocation: the host's load moves every time, but within one run it
    moves the sizes' figures alike only if they run close in time, so the
    run's length is said too.
    """
    first = results[0]
    with_cpu = all(r.get("cpu") for r in results)  # CPU per briefing beside the wall figure: the host's noise apart from the code's growth
    rows = []
    for r in results:
        time_ratio, size_ratio = _linear_ratios(r, first)
        cpu = f"| {(r['cpu'] / first['cpu']) / (r['n'] / first['n']):.2f} " if with_cpu else ""
        rss, rss0 = r.get("build_rss", 0), first.get("build_rss", 0)
        rss_spread = rss / rss0 - 1 if rss0 else float("nan")
        share = r["incremental_seconds"] / r["seconds"]
        if "search_bytes" in r:  # the first query's bytes in Chromium; the target is at 10,000 briefings
            ok = "" if r["n"] != 10_000 else " ✓" if r["search_bytes"] <= TARGET_SEARCH else " ✗"
            search = f"{r['search_bytes'] / 1000:,.0f} KB{ok}"
        else:
            search = "not measured"
        rows.append(
            f"| {r['n']:,} | {r['seconds'] / r['n'] * 1000:,.1f} ms | {time_ratio:.2f} {'✓' if time_ratio <= TARGET_LINEAR else '✗'} {cpu}"
            f"| {r['size'] / r['n'] / 1000:,.1f} KB | {size_ratio:.2f} {'✓' if size_ratio <= TARGET_LINEAR else '✗'} "
            f"| {rss / 1024:,.1f} MB | {rss_spread:+.1%} {'✓' if abs(rss_spread) <= TARGET_RSS_SPREAD else '✗'} "
            f"| {r['incremental_seconds']:,.1f} s of {r['seconds']:,.0f} s = {share:.1%} {'✓' if share <= TARGET_INCREMENTAL else '✗'} "
            f"| {search} |"
        )
    return (
        "The issue's ratios, all from this one run (each against the smallest size's; ✓ within the target):\n\n"
        "| briefings | full build per briefing | time ÷ linear (≤ 1.1) " + ("| CPU time ÷ linear (driver + builds + Pagefind) " if with_cpu else "")
        + "| site bytes per briefing | size ÷ linear (≤ 1.1) "
        "| peak RSS, largest build | its spread (≤ 15 %) | rebuild after one new article (≤ 5 %) "
        f"| search bytes to the first results (≤ {TARGET_SEARCH / 1000:.0f} KB at 10,000) |\n"
        "|---|---|---|---|---|---|---|---|---|" + ("---|" if with_cpu else "") + "\n" + "\n".join(rows) + f"\n\nThe run took {seconds / 60:,.0f} min for "
        + ", ".join(format(r["n"], ",") for r in results) + " briefings (each size's full build, search figure and rebuild)."
    )


def stage_ratios_table(results: list[dict[str, object]]) -> str:
    """Each stage of the full build per briefing against the smallest size's, wall and CPU from the same run (``--stages``).

    Which stage grows faster than the archive: a ratio above 1 in CPU seconds is
    the code's (a pass over the whole archive per shard, a list grown
    quadratically); one in wall seconds alone is the host's (load, page cache).
    "whole build" is the build's wall time and the CPU of the driver and every
    child it ended (shard builds, Pagefind).
    """
    first = results[0]
    labels = ["whole build", *dict.fromkeys(STAGES.values())]

    def cell(r: dict[str, object], label: str) -> str:
        if label == "whole build":
            wall, cpu, wall0, cpu0 = r["seconds"], r["cpu"], first["seconds"], first["cpu"]
        else:
            wall, cpu = r["full_stages"].get(label, 0.0), r["full_cpu_stages"].get(label, 0.0)
            wall0, cpu0 = first["full_stages"].get(label, 0.0), first["full_cpu_stages"].get(label, 0.0)
        scale = r["n"] / first["n"]
        ratio = lambda x, x0: f"{x / x0 / scale:.2f}" if x0 else "–"  # noqa: E731
        return f"{wall:,.1f} s ({ratio(wall, wall0)}) / {cpu:,.1f} CPU s ({ratio(cpu, cpu0)})"

    return (
        "Full build by stage, wall s (÷ linear) / CPU s (÷ linear), each per briefing against the smallest size's, one run:\n\n"
        "| briefings | " + " | ".join(labels) + " |\n|" + "---|" * (len(labels) + 1) + "\n"
        + "\n".join(f"| {r['n']:,} | " + " | ".join(cell(r, label) for label in labels) + " |" for r in results)
    )


def _linear_ratios(r: dict[str, object], first: dict[str, object]) -> tuple[float, float]:
    """Build time and site size per briefing against the smallest size's: 1.0 is linear in the archive."""
    scale = r["n"] / first["n"]
    return (r["seconds"] / first["seconds"]) / scale, (r["size"] / first["size"]) / scale


def _actor_cell(r: dict[str, object]) -> str:
    """The actor shards' peak RSS range and count; "none" when the actor pages were the portal's."""
    if not r.get("actor_shards"):
        return "none (in the portal)"
    lists = f"; list shards {r['list_rss_min'] / 1024:,.0f}–{r['list_rss'] / 1024:,.0f} MB ({r['list_shards']})" if r.get("list_shards") else ""
    return f"{r['actor_rss_min'] / 1024:,.0f}–{r['actor_rss'] / 1024:,.0f} MB ({r['actor_shards']}){lists}"


def report(results: list[dict[str, object]], args: argparse.Namespace) -> None:
    first = results[0]
    rows = []
    for r in results:
        time_ratio, size_ratio = _linear_ratios(r, first)
        built = ", ".join(r["incremental_built"])
        search = f"{r['search_bytes'] / 1000:,.0f} KB ({r['requests']} requests, {r['query']!r})" if "search_bytes" in r else "not measured"
        rows.append(
            f"| {r['n']:,} | {r['shards']} | {r['pages']:,} | {r['seconds']:,.0f} s | {time_ratio:.2f} | {r['size'] / 1e6:,.0f} MB ({r['files']:,} files) | {size_ratio:.2f} "
            f"| {r['period_rss_min'] / 1024:,.0f}–{r['period_rss'] / 1024:,.0f} MB | {r['portal_rss'] / 1024:,.0f} MB ({r['portal_seconds']:,.0f} s) "
            f"| {_actor_cell(r)} | {r.get('build_rss', 0) / 1024:,.0f} MB | {r['driver_rss'] / 1024:,.0f} MB "
            f"| {search} | {r['incremental_seconds']:,.0f} s = {r['incremental_seconds'] / r['seconds']:.1%} ({built}) "
            f"| `{r['largest'][0]}` {r['largest'][1] / 1e6:.2f} MB |"
        )
    peaks = [r["period_rss"] for r in results]
    spread = max(peaks) / min(peaks) - 1
    every = [r.get("build_rss", 0) for r in results]
    every_spread = max(every) / min(every) - 1 if min(every) else float("nan")
    markdown = (
        "## 11. Sharded site from 2,000 to 20,000 briefings (issue #18)\n\n"
        f"`python benchmarks/bench_shards.py --sizes {' '.join(map(str, args.sizes))} --base {args.base} --jobs {args.jobs}"
        f"{' --stages' if args.stages else ''}{' --no-search' if args.no_search else ''}` "
        f"(sizes measured: {', '.join(format(r['n'], ',') for r in results)}) "
        "(synthetic briefings from real BBC ones, `shard_by: month`, the repository's `mkdocs.yml`)\n\n"
        + ratios_table(results, seconds=time.time() - getattr(args, "started", time.time())) + "\n\n"
        "| briefings | shards | pages indexed | full build | time ÷ linear | site/ served | size ÷ linear | peak RSS, period shard builds | peak RSS portal build (its time) | peak RSS, actor shard builds (count) | peak RSS, largest build | peak RSS of the driver | search to first results (gzip) | rebuild after one new article (shards built) | largest file in site/ |\n"
        "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n\n"
        f"Targets: time and size ÷ linear ≤ {TARGET_LINEAR}; period-shard peak RSS flat within {TARGET_RSS_SPREAD:.0%} (here {spread:+.1%} "
        f"from the smallest to the largest size), and so the largest build's (here {every_spread:+.1%}); search ≤ {TARGET_SEARCH / 1000:.0f} KB at 10,000; one new article ≤ {TARGET_INCREMENTAL:.0%} of the full build; "
        f"no file in site/ over {MAX_FILE / 1e6:.0f} MB."
    )
    markdown += "\n\nFiles over {:.0f} MB: ".format(LISTED_FILE / 1e6) + "; ".join(
        f"{r['n']:,}: " + (", ".join(f"`{path}` {size / 1e6:.2f} MB" for path, size in r["big_files"]) or "none") for r in results
    ) + "."
    staged = [r for r in results if "full_stages" in r and r["full_stages"]]
    if staged:
        def stages(times: dict[str, float]) -> str:
            return ", ".join(f"{label} {times.get(label, 0.0):,.1f} s" for label in dict.fromkeys(STAGES.values()))

        markdown += "\n\nWhere the time goes (`--stages`; builds run two at a time, so their stage is wall time):\n\n" + "\n".join(
            f"- {r['n']:,}: full build {r['seconds']:,.0f} s = {stages(r['full_stages'])}; rebuild after one new article "
            f"{r['incremental_seconds']:,.0f} s = {stages(r['incremental_stages'])} (shard builds: "
            + ", ".join(f"{name} {sec} s" for name, sec in r["incremental_runs"].items()) + ")"
            for r in staged
        )
        if all(r.get("full_cpu_stages") and r.get("cpu") for r in staged):
            markdown += "\n\n" + stage_ratios_table(staged)
            markdown += "\n\nRebuild after one new article, CPU s (driver + ended children): " + "; ".join(
                f"{r['n']:,}: {r['incremental_cpu']:,.2f} CPU s in all = " + ", ".join(
                    f"{label} {r['incremental_cpu_stages'].get(label, 0.0):,.2f}" for label in dict.fromkeys(STAGES.values()))
                for r in staged if "incremental_cpu" in r
            ) + " (the dirty builds' workers end with the rebuild: their CPU is in its total, not in the builds stage)"
    print(markdown) if args.no_record else record("shards", markdown)


if __name__ == "__main__":
    main()
