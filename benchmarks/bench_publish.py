"""Benchmark 3: the briefing site vs ``mkdocs build`` of the same briefing Markdown as plain pages.

The plain build is the publishing floor: the same ``mkdocs.yml`` without the
briefgen plugin, its docs folder holding the very pages the plugin generates.
Both builds are timed with a warm cache (a cache left by bench_rebuild.py is
reused; otherwise an untimed build fills it). Target: site <= 1.2x plain.

    python benchmarks/bench_publish.py [--limit N] [--repeat R] [--workdir DIR] [--no-record]
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from common import DEFAULT_WORKDIR, copy_seeds, corpus_files, folder_bytes, make_project, mb, mkdocs_build, record

TARGET = 1.2


def write_plain_pages(seeds: Path, cache: Path, out: Path, prefix: str) -> int:
    """The pages the plugin would generate, written as files (from the warm cache)."""
    from briefgen.pipeline import ExtractionCache
    from briefgen.records import Settings
    from briefgen.render import Renderer
    from briefgen.site import build_site

    cache_obj = ExtractionCache(cache, settings=Settings())
    build = build_site(seeds, renderer=Renderer(), prefix=prefix, lookup=cache_obj.lookup, store=cache_obj.store)
    if out.exists():
        shutil.rmtree(out)
    for page in build.pages:
        target = out / page.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.content, encoding="utf-8")
    return len(build.pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles (a dry run)")
    parser.add_argument("--repeat", type=int, default=1, help="time each build R times, keep the fastest")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    files = corpus_files(args.limit)
    work = args.workdir / f"publish-{len(files)}"
    seeds, cache = work / "seeds", work / "cache"
    copy_seeds(files, seeds)
    left_by_bench_rebuild = args.workdir / f"rebuild-{len(files)}" / "cache"
    if not cache.exists() and left_by_bench_rebuild.exists():
        shutil.copytree(left_by_bench_rebuild, cache)
    site_config = make_project(work / "site-project", seeds, cache_dir=cache)
    warmup = mkdocs_build(site_config)
    print(f"warm-up: {warmup.seconds:.1f} s; {warmup.briefgen_line}", flush=True)

    import yaml

    prefix = next(
        (p["briefgen"].get("output", "briefings") for p in yaml.safe_load(site_config.read_text())["plugins"] if isinstance(p, dict) and "briefgen" in p),
        "briefings",
    ).strip("/")
    pages = write_plain_pages(seeds, cache, work / "plain-pages", prefix)
    plain_config = make_project(work / "plain-project", seeds, cache_dir=None, plain_docs=work / "plain-pages")

    site_runs, plain_runs = [], []
    for _ in range(args.repeat):  # interleaved, so machine load hits both alike
        site_runs.append(mkdocs_build(site_config))
        plain_runs.append(mkdocs_build(plain_config))
        print(f"site {site_runs[-1].seconds:.1f} s ({site_runs[-1].briefgen_line}); plain {plain_runs[-1].seconds:.1f} s", flush=True)
    site = min(site_runs, key=lambda r: r.seconds)
    plain = min(plain_runs, key=lambda r: r.seconds)
    ratio = site.seconds / plain.seconds
    site_size, plain_size = folder_bytes(work / "site-project" / "site"), folder_bytes(work / "plain-project" / "site")
    if args.no_record:
        return
    record(
        "bench_publish" + (f"-limit{args.limit}" if args.limit else ""),
        f"## 3. Site build vs plain MkDocs build of the same pages ({len(files):,} articles, {pages:,} generated pages)\n\n"
        f"`python benchmarks/bench_publish.py --repeat {args.repeat}` (fastest of {args.repeat}, builds interleaved)\n\n"
        "| build | wall time | site/ size | peak RSS |\n|---|---|---|---|\n"
        f"| briefgen plugin, warm cache | {site.seconds:.1f} s | {mb(site_size)} | {site.max_rss_kb / 1024:,.0f} MB |\n"
        f"| plain pages, no plugin | {plain.seconds:.1f} s | {mb(plain_size)} | {plain.max_rss_kb / 1024:,.0f} MB |\n\n"
        f"- ratio: **{ratio:.3f}** (target <= 1.2: {'met' if ratio <= TARGET else 'NOT met'}); "
        f"briefgen log: `{site.briefgen_line}`",
    )


if __name__ == "__main__":
    main()
