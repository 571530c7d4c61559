"""Benchmark 13 (issue #18): the whole cold ``briefgen build`` vs a bare ``nlp.pipe`` of the same texts.

The build is the CLI's (``briefgen build SEEDS --out DIR --jobs 1`` with an
empty cache folder and an empty output folder each time): it scans and reads
the seeds, parses, extracts, stores each extraction in the cache, assembles
the site index, renders every page and writes every page, JSON file and the
manifest. The bare parse is ``nlp.pipe`` over the same article texts with the
build's batch size. Target: build <= 1.10x bare.

How the ratio is measured (``--method``):

- ``shadow`` (the default, from the fourteenth session): each pass is one
  fresh process (``--one shadow``) that loads the model twice (the build's
  object and a bare copy with its own vocabulary and tokenizer cache), warms
  both up on one fixed short article (not from the corpus), then runs the
  cold build with the bare copy's ``nlp.pipe`` run over each parse group's
  texts just before or just after (alternating) the build parses that group
  (:class:`ShadowClock`). build CPU = CPU of the whole build call minus the
  bare parses inside it; ratio = build CPU / bare CPU, taken inside the pass,
  so both sides share the host's noise second by second. ``--repeat`` passes;
  the figure is their median, reported with the range.
- ``pairs`` (the measurement up to the thirteenth session): a bare pass and a
  build pass, each in a fresh process that loads the model and warms up
  first, alternated ``--repeat`` times; reported as min/min (as before) and as
  the per-pair ratios' median and range. On this shared host the bare pass
  alone moved 20.9-27.2 CPU s between passes, so min/min was one lucky pairing.
  ``--in-process`` times both in this process (up to `92572c6`).

The bare reference is the model's own ``nlp.pipe``: since the nineteenth session
the build's model has an attribute ruler and a lemmatizer that read token
columns (``briefgen.nlp_exact``: the same docs, byte for byte, in less time),
and the bare copy is loaded without them (``briefgen.nlp.load_stock_pipeline``:
the same tokenizer rules and line breaks as the build, spaCy's components).

No hardware counters here: ``perf stat -e instructions:u`` reports
"<not supported>" in this VM, so instruction counts are not an option.

Like Python's ``__pycache__``, the compiled templates are kept between
processes in Jinja's per-user folder (``render.markdown._compiled_templates``,
from `221f4bf`), so after the first run a build's process loads them instead
of compiling them; a cold build is one without extraction cache and output,
not one on a fresh installation.

A last, untimed pass runs the build under cProfile and prints where the
time beyond the parse goes (each extractor, the cache, the site index, page
assembly, rendering, JSON, writing).

    python benchmarks/bench_cold.py [--limit 300] [--repeat 5] [--method shadow|pairs] [--no-profile] [--no-record]
"""

from __future__ import annotations

import argparse
import cProfile
import inspect
import io
import json
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import time
from contextlib import redirect_stderr
from pathlib import Path

from common import DEFAULT_WORKDIR, copy_seeds, corpus_files, record

from briefgen import cli
from briefgen.ingest import read_article
from briefgen.nlp import load_model, load_stock_pipeline
from briefgen.pipeline import brief_articles

TARGET = 1.10


def cpu_seconds() -> float:
    """CPU time of this process and its finished children (wall time swings with other work on a shared machine)."""
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


def empty_folders(work: Path) -> None:
    """Remove the last build's output and cache (before the clock starts: a cold build begins with neither)."""
    for folder in (work / "out", work / "cache"):
        shutil.rmtree(folder, ignore_errors=True)


def cold_build(seeds: Path, work: Path) -> str:
    """One ``briefgen build`` into the empty ``work/out`` with the empty cache ``work/cache``; returns its last stderr line."""
    out, cache = work / "out", work / "cache"
    err = io.StringIO()
    with redirect_stderr(err):
        code = cli.main(["build", str(seeds), "--out", str(out), "--jobs", "1", "--cache-dir", str(cache)])
    lines = err.getvalue().strip().splitlines()
    if code != 0:
        raise SystemExit(f"briefgen build exited {code}:\n" + "\n".join(lines[-20:]))
    return lines[-1] if lines else ""


#: Where the build's time goes: (label, functions whose cumulative time counts), by (file suffix, function name).
#: Nested ones are subtracted from the ones holding them (see :func:`breakdown`).
STAGES: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("parse (nlp.pipe, sentence marks, structure)", (("briefgen/nlp.py", "parse_articles"),)),
    ("extract: actors", (("actors/extractor.py", "extract_actors"),)),
    ("extract: demands", (("demands/extractor.py", "extract_demands_and_rejections"),)),
    ("extract: summary", (("summary/extractor.py", "extract_summary"),)),
    ("extract: quotes", (("quotes/extractor.py", "extract_quotes"),)),
    ("extract: outlook", (("outlook/extractor.py", "extract_outlook"),)),
    ("extract: facts", (("briefgen/extract/facts.py", "extract_facts"),)),
    ("cache: store extractions", (("pipeline/cache.py", "store"),)),
    ("read + scan seeds", (("ingest/files.py", "scan_articles"), ("pipeline/brief.py", "read_articles"), ("pipeline/brief.py", "_read_unnamed"))),
    ("site index: add + finish", (("site/index_db.py", "add"), ("site/index_db.py", "finish"))),
    ("render: briefing pages", (("render/markdown.py", "briefing_markdown"),)),
    ("render: list, actor and other pages", (("render/markdown.py", "list_markdown"), ("render/markdown.py", "page_markdown"), ("render/markdown.py", "index_markdown"))),
    ("site assembly (pages minus render)", (("site/pages.py", "iter_site_pages"),)),
    ("JSON files", (("site/pages.py", "json_files"),)),
    ("write (stage, hash, compare, write, manifest)", (("site/output.py", "write_all"),)),
)


def breakdown(stats: pstats.Stats) -> list[tuple[str, float]]:
    """Seconds per stage, each without the stages nested in it (rendering is inside page assembly, both inside writing)."""
    table = stats.stats  # type: ignore[attr-defined]

    def cumulative(keys: tuple[tuple[str, str], ...]) -> float:
        return sum(ct for (file, _, name), (_, _, _, ct, _) in table.items() if any(file.endswith(f) and name == n for f, n in keys))

    raw = {label: cumulative(keys) for label, keys in STAGES}
    render = raw["render: briefing pages"] + raw["render: list, actor and other pages"]
    raw["site assembly (pages minus render)"] -= render
    raw["write (stage, hash, compare, write, manifest)"] -= raw["site assembly (pages minus render)"] + render + raw["JSON files"]
    raw["extract: demands"] = max(0.0, raw["extract: demands"])
    return list(raw.items())


def profile(seeds: Path, work: Path, *, dump: Path | None = None) -> str:
    """One more build under cProfile, timed in CPU seconds; the breakdown as Markdown (and the top functions printed)."""
    empty_folders(work)
    profiler = cProfile.Profile(time.process_time)
    profiler.enable()
    cold_build(seeds, work)
    profiler.disable()
    stats = pstats.Stats(profiler)
    if dump:
        stats.dump_stats(dump)
    total = stats.total_tt  # type: ignore[attr-defined]
    stages = breakdown(stats)
    parse = stages[0][1]
    rest = total - sum(s for _, s in stages)
    rows = [f"| {label} | {seconds:.2f} s | {seconds / parse:.1%} |" for label, seconds in stages[1:]]
    rows.append(f"| everything else (CLI, lock, manifest read, ...) | {rest:.2f} s | {rest / parse:.1%} |")
    beyond = total - parse
    stats.sort_stats("tottime").print_stats(30)
    return (
        f"\n\nUnder cProfile (one more build, not timed above, CPU seconds; the profiler slows Python-heavy stages more than the parse): "
        f"{total:.1f} s in all, parse {parse:.1f} s, the rest **{beyond:.1f} s = {beyond / parse:.1%} of the parse**:\n\n"
        "| stage | CPU seconds | share of the parse |\n|---|---|---|\n" + "\n".join(rows)
    )


class StageClock:
    """CPU seconds per stage of a build, each stage without the stages it calls (no profiler, so no distortion).

    Stages are entered through wrappers put around the build's own functions
    (:meth:`install`); what is left over is the parse (timed itself), the CLI
    and the seeds scan.
    """

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self._stack: list[list] = []

    def enter(self, label: str) -> None:
        self._stack.append([label, time.process_time(), 0.0])

    def leave(self) -> None:
        label, started, inner = self._stack.pop()
        spent = time.process_time() - started
        self.seconds[label] = self.seconds.get(label, 0.0) + spent - inner
        if self._stack:
            self._stack[-1][2] += spent

    def wrap(self, label: str, function):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.enter(label)
            try:
                return function(*args, **kwargs)
            finally:
                self.leave()

        return timed

    def wrap_iterator(self, label: str, function):  # type: ignore[no-untyped-def]
        """``function`` returns an iterator whose every step counts for ``label``."""
        clock = self

        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            inner = iter(function(*args, **kwargs))

            class Steps:
                def __iter__(self):  # type: ignore[no-untyped-def]
                    return self

                def __next__(self):  # type: ignore[no-untyped-def]
                    clock.enter(label)
                    try:
                        return next(inner)
                    finally:
                        clock.leave()

            return Steps()

        return timed

    def install(self, patch) -> None:  # type: ignore[no-untyped-def]
        """Put the wrappers in place with ``patch(owner, name, value)`` (undone by the caller)."""
        import briefgen.extract as extract
        import briefgen.pipeline.brief as brief
        import briefgen.site.pages as pages
        from briefgen.pipeline.cache import ExtractionCache
        from briefgen.render import Renderer
        from briefgen.site import OutputFolder, SiteIndex

        def parse(*args, **kwargs):  # type: ignore[no-untyped-def]
            self.enter("parse (our nlp.pipe path)")
            try:
                return iter(list(original_parse(*args, **kwargs)))
            finally:
                self.leave()

        original_parse = brief.parse_articles
        patch(brief, "parse_articles", parse)
        for name, label in (
            ("extract_actors", "extract: actors"), ("extract_demands_and_rejections", "extract: demands"),
            ("extract_summary", "extract: summary"), ("extract_quotes", "extract: quotes"),
            ("extract_outlook", "extract: outlook"), ("extract_facts", "extract: facts"),
        ):  # fmt: skip
            patch(extract, name, self.wrap(label, getattr(extract, name)))
        patch(ExtractionCache, "store", self.wrap("cache: store extractions", ExtractionCache.store))
        patch(SiteIndex, "add", self.wrap("site index: add", SiteIndex.add))
        patch(SiteIndex, "finish", self.wrap("site index: finish (actors across briefings)", SiteIndex.finish))
        patch(Renderer, "briefing_markdown", self.wrap("render: briefing pages", Renderer.briefing_markdown))
        for name in ("page_markdown", "list_markdown"):
            patch(Renderer, name, self.wrap("render: list, actor and other pages", getattr(Renderer, name)))
        patch(pages, "briefing_json", self.wrap("JSON files", pages.briefing_json))
        patch(pages.SiteBuild, "pages", self.wrap_iterator("site assembly (queries, links)", pages.SiteBuild.pages))
        patch(pages.SiteBuild, "json_files", self.wrap_iterator("JSON files", pages.SiteBuild.json_files))
        patch(OutputFolder, "write_all", self.wrap("write (stage, hash, write, manifest)", OutputFolder.write_all))


def clocked_build(clock, seeds: Path, work: Path) -> float:  # type: ignore[no-untyped-def]
    """One cold build into emptied folders with ``clock``'s timers installed (and removed after): its CPU seconds."""
    undo: list[tuple[object, str, object]] = []

    def patch(owner, name, value):  # type: ignore[no-untyped-def]
        undo.append((owner, name, owner.__dict__[name]))
        setattr(owner, name, value)

    clock.install(patch)
    empty_folders(work)
    started = time.process_time()
    try:
        cold_build(seeds, work)
    finally:
        for owner, name, value in reversed(undo):
            setattr(owner, name, value)
    return time.process_time() - started


def stage_times(seeds: Path, work: Path) -> str:
    """One more build with :class:`StageClock`; the stages as a Markdown table, in CPU seconds and as shares of the parse."""
    clock = StageClock()
    total = clocked_build(clock, seeds, work)
    parse = clock.seconds.pop("parse (our nlp.pipe path)")
    rest = total - parse - sum(clock.seconds.values())
    rows = [f"| {label} | {seconds:.2f} s | {seconds / parse:.1%} |" for label, seconds in clock.seconds.items()]
    rows.append(f"| everything else (CLI, seeds scan, reading, lock) | {rest:.2f} s | {rest / parse:.1%} |")
    beyond = total - parse
    return (
        f"\n\nWhere the time goes, without a profiler (one more build, CPU seconds, each stage without the stages it calls): "
        f"{total:.1f} s in all, our parse path {parse:.1f} s, the rest **{beyond:.1f} s = {beyond / parse:.1%} of the parse**:\n\n"
        "| stage | CPU seconds | share of the parse |\n|---|---|---|\n" + "\n".join(rows)
    )


class ShadowClock:
    """A cold build with a bare ``nlp.pipe`` of the same texts run beside it, batch by batch, in the same process.

    Why: on a shared host the CPU time of one whole pass moves by ±15 % from
    one pass to the next (RESULTS §13), more than the gap being measured, so a
    ratio of two passes run one after the other says little. Here the bare
    parse runs on a *second copy* of the model (its own vocabulary and
    tokenizer cache, so neither finds the other's words) over each parse
    group's texts just before or just after the build parses that group
    (alternating, so neither side is always first in the CPU's caches).
    Build and bare then share every second of the host's noise, and the
    ratio is taken inside one pass:

        build CPU = CPU of the whole ``briefgen build`` call - CPU of the bare parses inside it
        ratio     = build CPU / bare CPU

    CPU is ``time.process_time`` (user + system of this process). The same
    pass also gives our parse path's CPU (the build's own ``parse_articles``
    calls), so "everything beyond the parse" is measured in the same pass too.
    """

    def __init__(self, bare_nlp, batch_size: int) -> None:  # type: ignore[no-untyped-def]
        self.bare_nlp = bare_nlp
        self.batch_size = batch_size
        self.bare = 0.0
        self.parse = 0.0
        self.groups = 0
        #: ours ÷ bare CPU in the groups where the bare parse ran first, and in those where it ran second: if the
        #: two differ much, running beside each other favours one side and the alternation is what evens it out
        self.by_order = {"bare first": [0.0, 0.0], "bare second": [0.0, 0.0]}

    def install(self, patch) -> None:  # type: ignore[no-untyped-def]
        import briefgen.pipeline.brief as brief

        original = brief.parse_articles

        def parse(nlp, articles, **kwargs):  # type: ignore[no-untyped-def]
            order = self.by_order["bare first" if self.groups % 2 == 0 else "bare second"]

            def ours():  # type: ignore[no-untyped-def]
                started = time.process_time()
                docs = list(original(nlp, articles, **kwargs))
                spent = time.process_time() - started
                self.parse += spent
                order[0] += spent
                return docs

            def bare() -> None:
                started = time.process_time()
                for _ in self.bare_nlp.pipe([a.text for a in articles], batch_size=self.batch_size):
                    pass
                spent = time.process_time() - started
                self.bare += spent
                order[1] += spent

            self.groups += 1
            if self.groups % 2:
                bare()
                docs = ours()
            else:
                docs = ours()
                bare()
            return iter(docs)

        patch(brief, "parse_articles", parse)


def shadowed_build(nlp, seeds: Path, work: Path, *, batch_size: int) -> dict[str, float]:  # type: ignore[no-untyped-def]
    """One cold build timed by :class:`ShadowClock` (in a fresh process, after both models' warm-up): its figures."""
    bare_nlp = load_stock_pipeline(None)  # a second copy, with the model's components as spaCy ships them (see ``main``)
    warm_up(bare_nlp, "bare")
    warm_up(nlp, "build")
    clock = ShadowClock(bare_nlp, batch_size)
    total = clocked_build(clock, seeds, work)
    build = total - clock.bare
    orders = {name: ours / bare if bare else float("nan") for name, (ours, bare) in clock.by_order.items()}
    return {
        "bare": clock.bare, "build": build, "parse": clock.parse, "ratio": build / clock.bare, "rest": (build - clock.parse) / clock.parse,
        "parse_bare_first": orders["bare first"], "parse_bare_second": orders["bare second"],
    }  # fmt: skip


def spread(values: list[float]) -> str:
    """Median and range of per-pass ratios, as text."""
    return f"median {statistics.median(values):.3f}, range {min(values):.3f}–{max(values):.3f} over {len(values)}"


def bare_model():  # type: ignore[no-untyped-def]
    """The bare reference's model: the build's model as loaded before its exact column components (one copy per process).

    ``load_model`` swaps the attribute ruler and the lemmatizer for column
    versions that give the same docs in less time (``briefgen.nlp_exact``):
    the build's parse path gets that saving, the bare ``nlp.pipe`` it is
    compared with stays the model's own components (and the same tokenizer
    rules and line breaks as before that change).
    """
    global _BARE
    if _BARE is None:
        _BARE = load_stock_pipeline(None)
    return _BARE


_BARE = None


#: The warm-up of a fresh pass's process: one short article of fixed text, not from the corpus.
WARM_UP = (
    "Talks resume\n\nThe minister said on Monday that the talks would resume next week in Geneva.\n\n"
    '"We expect an agreement by March," she told reporters.\n'
)


def warm_up(nlp, kind: str) -> None:  # type: ignore[no-untyped-def]
    """What the pass's process does before its clock starts: the parse, and for a build also the extraction (its tables)."""
    if kind == "build":
        from briefgen.pipeline import brief_text

        brief_text(WARM_UP, nlp=nlp)
    else:
        list(nlp.pipe([WARM_UP]))


def timed_pass(kind: str, nlp, articles, seeds: Path, work: Path, *, batch_size: int) -> tuple[float, float, str]:  # type: ignore[no-untyped-def]
    """One bare parse or one cold build in this process: (wall s, CPU s, the build's last line)."""
    line = ""
    if kind == "build":
        empty_folders(work)
    started, cpu = time.perf_counter(), cpu_seconds()
    if kind == "bare":
        for _ in nlp.pipe((a.text for a in articles), batch_size=batch_size):
            pass
    else:
        line = cold_build(seeds, work)
    return time.perf_counter() - started, cpu_seconds() - cpu, line


def fresh_pass(kind: str, args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """:func:`timed_pass` (or, for ``shadow``, :func:`shadowed_build`) in a fresh process (``--one``), so that no pass finds another's words cached."""
    command = [sys.executable, __file__, "--one", kind, "--limit", str(args.limit), "--workdir", str(args.workdir)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"the {kind} pass failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def shadow_runs(args: argparse.Namespace) -> tuple[str, bool]:
    """``--repeat`` fresh processes, each one :func:`shadowed_build`; the Markdown table and whether the median meets the target."""
    runs = []
    for n in range(args.repeat):
        run = fresh_pass("shadow", args)
        runs.append(run)
        print(
            f"pass {n + 1}: bare {run['bare']:.1f} CPU s, build {run['build']:.1f} CPU s (our parse path {run['parse']:.1f} s): "
            f"ratio {run['ratio']:.3f}, beyond our parse {run['rest']:.1%}; our parse ÷ bare where bare ran first "
            f"{run['parse_bare_first']:.3f}, second {run['parse_bare_second']:.3f}",
            flush=True,
        )
    ratios = [r["ratio"] for r in runs]
    median = statistics.median(ratios)
    met = median <= TARGET and max(ratios) <= TARGET
    rows = "\n".join(
        f"| {n + 1} | {r['bare']:.1f} s | {r['build']:.1f} s | {r['parse']:.1f} s | {r['rest']:.1%} | {r['ratio']:.3f} |" for n, r in enumerate(runs)
    )
    table = (
        "| pass (fresh process) | bare CPU | build CPU | of which our parse path | beyond our parse | ratio |\n|---|---|---|---|---|---|\n"
        + rows
        + f"\n| **median** | {statistics.median(r['bare'] for r in runs):.1f} s | {statistics.median(r['build'] for r in runs):.1f} s "
        f"| {statistics.median(r['parse'] for r in runs):.1f} s | {statistics.median(r['rest'] for r in runs):.1%} | **{median:.3f}** |\n\n"
        f"Ratio {spread(ratios)} passes; target <= {TARGET:.2f}: **{'met' if met else 'NOT met'}** "
        "(met only when the median and every pass are at or under it)."
    )
    return table, met


def pair_runs(args: argparse.Namespace, nlp, articles, seeds: Path, work: Path, *, batch_size: int) -> tuple[str, str]:  # type: ignore[no-untyped-def]
    """The measurement up to this session: bare and build passes alternated (fresh processes, or ``--in-process``); table and last line."""
    bare = bare_cpu = full = full_cpu = float("inf")
    line = ""
    ratios: list[float] = []
    for n in range(args.repeat):
        if args.in_process:
            bare_pass, bare_cpu_pass, _ = timed_pass("bare", bare_model(), articles, seeds, work, batch_size=batch_size)
            full_pass, full_cpu_pass, line = timed_pass("build", nlp, articles, seeds, work, batch_size=batch_size)
        else:
            bare_pass, bare_cpu_pass, _ = fresh_pass("bare", args)
            full_pass, full_cpu_pass, line = fresh_pass("build", args)
        ratios.append(full_cpu_pass / bare_cpu_pass)
        print(
            f"pass {n + 1}: bare {bare_pass:.1f} s (CPU {bare_cpu_pass:.1f} s), build {full_pass:.1f} s (CPU {full_cpu_pass:.1f} s): "
            f"{full_pass / bare_pass:.3f} wall, {full_cpu_pass / bare_cpu_pass:.3f} CPU",
            flush=True,
        )
        bare, bare_cpu = min(bare, bare_pass), min(bare_cpu, bare_cpu_pass)
        full, full_cpu = min(full, full_pass), min(full_cpu, full_cpu_pass)
    ratio, cpu_ratio = full / bare, full_cpu / bare_cpu
    table = (
        "| articles | bare nlp.pipe (wall) | cold build (wall) | wall ratio | bare CPU | build CPU | CPU ratio (min/min) | per-pair CPU ratio |\n"
        "|---|---|---|---|---|---|---|---|\n"
        f"| {len(articles)} | {bare:.1f} s | {full:.1f} s | {ratio:.3f} | {bare_cpu:.1f} s | {full_cpu:.1f} s | {cpu_ratio:.3f} | {spread(ratios)} |"
    )
    return table, line


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=300, help="the first N articles in sorted order (default 300)")
    parser.add_argument("--repeat", type=int, default=5, help="passes, each in a fresh process (shadow), or bare/build pairs (pairs); default 5")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument(
        "--method",
        choices=("shadow", "pairs"),
        default="shadow",
        help="shadow (default): bare parse beside the build in each pass, ratio per pass; pairs: separate bare and build passes",
    )
    parser.add_argument("--no-profile", action="store_true", help="skip the profiled pass")
    parser.add_argument("--profile-only", action="store_true", help="only the untimed breakdowns (stages; cProfile unless --no-profile); nothing recorded")
    parser.add_argument("--stats", type=Path, help="also save the profile here (pstats format)")
    parser.add_argument("--no-record", action="store_true", help="print only; leave RESULTS.md alone")
    parser.add_argument("--in-process", action="store_true", help="with --method pairs: time both passes in this process (the measurement up to 92572c6)")
    parser.add_argument("--one", choices=("bare", "build", "shadow"), help=argparse.SUPPRESS)  # a fresh process's single pass
    args = parser.parse_args()

    work = args.workdir / "cold"
    seeds = work / "seeds"
    if not args.one:
        copy_seeds(corpus_files(args.limit), seeds)
    articles = [read_article(p) for p in sorted(seeds.rglob("*.txt"))]
    words = sum(len(a.text.split()) for a in articles)
    batch_size = inspect.signature(brief_articles).parameters["batch_size"].default
    nlp = load_model(None)  # the very object the build gets back (load_model is cached per argument: load_model() would be another)
    if args.one == "shadow":
        print(json.dumps(shadowed_build(nlp, seeds, work, batch_size=batch_size)))
        return
    if args.one:
        model = bare_model() if args.one == "bare" else nlp
        warm_up(model, args.one)
        print(json.dumps(timed_pass(args.one, model, articles, seeds, work, batch_size=batch_size)))
        return
    if args.in_process:
        args.method = "pairs"
        for model in (nlp, bare_model()):
            list(model.pipe([a.text for a in articles[:20]], batch_size=batch_size))  # warm-up, not timed
    else:
        warm_up(nlp, "build")  # for the untimed breakdowns below, as in a pass's process

    if args.profile_only:
        print(stage_times(seeds, work))
        print("" if args.no_profile else profile(seeds, work, dump=args.stats))
        return
    if args.method == "shadow":
        table, _ = shadow_runs(args)
        cold_build(seeds, work)  # the output counted below
        line = ""
        method = (
            f"`--method shadow`: {args.repeat} passes, each in a fresh process that loads the model twice (the build's copy and a "
            f"bare copy with its own vocabulary and tokenizer cache) and warms both up on one fixed short article; in the pass, "
            f"before or after (alternating) each group the build parses, the bare copy runs `nlp.pipe` over that group's texts "
            f"(batch size {batch_size}). build CPU = CPU (user + system) of the whole build call minus the bare parses inside it; "
            f"ratio = build CPU ÷ bare CPU, per pass; the figure is the median of the passes, with their range. "
        )
    else:
        table, line = pair_runs(args, nlp, articles, seeds, work, batch_size=batch_size)
        method = (
            "`--method pairs`: "
            + (
                f"in this process, same model object, batch size {batch_size}; "
                if args.in_process
                else f"each pass in a fresh process that loads the model and warms up on one fixed short article first, batch size {batch_size}; "
            )
            + f"{args.repeat} interleaved bare/build pairs; min/min and the per-pair ratios' median and range. "
        )
    out = work / "out"
    files = [p for p in out.rglob("*") if p.is_file()]
    pages = sum(1 for p in files if p.suffix == ".md")
    jsons = sum(1 for p in files if p.suffix == ".json") - 1  # not the manifest

    profile_rows = stage_times(seeds, work) + ("" if args.no_profile else profile(seeds, work, dump=args.stats))
    options = f" --repeat {args.repeat}" + (" --method pairs" if args.method == "pairs" else "") + (" --in-process" if args.in_process else "")
    markdown = (
        f"## 13. Cold `briefgen build` vs bare `nlp.pipe` ({len(articles):,} BBC articles, {words:,} words; issue #18)\n\n"
        f"`python benchmarks/bench_cold.py --limit {args.limit}{options}` — "
        f"`briefgen build SEEDS --out DIR --jobs 1` with an empty cache and output folder, against `nlp.pipe` of the same texts. "
        + method
        + f"The build wrote {pages:,} Markdown pages and {jsons:,} JSON files{f' (`{line}`)' if line else ''}.\n\n"
        + table
        + profile_rows
    )
    if args.no_record:
        print(markdown)
    else:
        record("bench_cold" + (f"-limit{args.limit}" if args.limit != 300 else ""), markdown)


if __name__ == "__main__":
    main()
