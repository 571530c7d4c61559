"""Benchmark 11c: the portal build's peak RSS with its list pages in the portal and in list shards (issue #18).

``bench_shards.py`` builds every shard of a sharded site (some 40 minutes at
20,000 briefings on a loaded machine). The portal's memory depends on the
portal's pages only, so this builds just the portal and, with list shards,
those: the same synthetic briefings (``synthetic.py``) assembled once per
size, planned twice, with the actor pages in actor shards both times (not
built here; ``bench_shards.py`` measures them):

* **lists in the portal** (``list_pages=None``: the home page, the lists'
  front and older pages, the timeline months, the actors index);
* **list shards** (``list_pages`` = ``LIST_SHARD_PAGES``, the default of
  ``briefgen build --shard-by`` and of the plugin): past that many list
  pages, each family of them in hash buckets of its own.

Each build runs in a fresh process (``shard_build.build_one``), as in a real
build; its peak RSS is its own (``VmHWM``). Reported per size: the portal's
pages and peak RSS both ways, and each list shard's.

    python benchmarks/bench_portal.py [--sizes 2000 20000] [--base 300] [--jobs 2] [--no-record]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

from bench_shards import make_config
from common import DEFAULT_WORKDIR, corpus_files, record
from synthetic import real_briefings, synthetic_briefings


def one_size(n: int, base, *, workdir: Path, jobs: int) -> dict[str, object]:
    from briefgen.render import Renderer
    from briefgen.shard_build import publish_sharded, site_config
    from briefgen.site.pages import assemble_site
    from briefgen.site.shards import ACTOR_SHARD_PAGES, LIST_SHARD_PAGES, PORTAL, ShardPlan, is_list_shard, plan_shards

    here = workdir / f"portal-n{n}"
    config = make_config(here / "project")
    site = site_config(config)
    started = time.perf_counter()
    assembled = assemble_site(
        synthetic_briefings(n, seed=13, base=base), renderer=Renderer(), prefix=site.prefix, site_url=site.site_url, directory_urls=site.directory_urls
    )
    assemble_seconds = time.perf_counter() - started
    result: dict[str, object] = {"n": n, "assemble_seconds": assemble_seconds}
    for label, list_pages in (("before", None), ("after", LIST_SHARD_PAGES)):
        plan = plan_shards(
            assembled.pages,
            assembled.dates,
            shard_by="month",
            prefix=site.prefix,
            directory_urls=site.directory_urls,
            site_url=site.site_url,
            actor_pages=ACTOR_SHARD_PAGES,
            list_pages=list_pages,
        )
        wanted = ShardPlan(tuple(s for s in plan.shards if s.name == PORTAL or is_list_shard(s.name)), plan.urls)
        state = here / f"state-{label}"
        shutil.rmtree(state, ignore_errors=True)
        shutil.rmtree(site.site_dir, ignore_errors=True)
        built = publish_sharded(
            wanted, user_config=config, site_dir=site.site_dir, state_dir=state, directory_urls=site.directory_urls, jobs=jobs, search=False
        )
        runs = {r.name: r for r in built.runs}
        result[label] = {
            "portal_pages": len(wanted.shard(PORTAL).pages),
            "portal_rss": runs[PORTAL].peak_rss_kb,
            "portal_seconds": runs[PORTAL].seconds,
            "lists": {s.name: (len(s.pages), runs[s.name].peak_rss_kb) for s in wanted.shards if is_list_shard(s.name)},
        }
        print(n, label, result[label], file=sys.stderr, flush=True)
    return result


def report(results: list[dict[str, object]], args: argparse.Namespace) -> str:
    rows = []
    for r in results:
        before, after = r["before"], r["after"]
        lists = ", ".join(f"{name} {pages:,} pages {rss / 1024:,.0f} MB" for name, (pages, rss) in after["lists"].items()) or "none (under the bound)"
        rows.append(
            f"| {r['n']:,} | {before['portal_pages']:,} | {before['portal_rss'] / 1024:,.1f} MB | {after['portal_pages']:,} "
            f"| {after['portal_rss'] / 1024:,.1f} MB | {lists} |"
        )
    first, last = results[0], results[-1]
    slope = [
        f"{label}: {(last[label]['portal_rss'] - first[label]['portal_rss']) / 1024:+,.1f} MB from {first['n']:,} to {last['n']:,} "
        f"({last[label]['portal_rss'] / first[label]['portal_rss'] - 1:+.1%})"
        for label in ("before", "after")
    ]
    return (
        "## 11c. The portal's list pages in list shards, portal peak RSS (issue #18)\n\n"
        f"`python benchmarks/bench_portal.py --sizes {' '.join(map(str, args.sizes))} --base {args.base} --jobs {args.jobs}` "
        "(synthetic briefings, `shard_by: month`, the repository's `mkdocs.yml`; actor pages in actor shards both ways, not built here)\n\n"
        "| briefings | portal pages, lists in the portal | its peak RSS | portal pages, list shards | its peak RSS | list shards (pages, peak RSS) |\n"
        "|---|---|---|---|---|---|\n" + "\n".join(rows) + "\n\nPortal peak RSS, " + "; ".join(slope) + "."
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 20000])
    parser.add_argument("--base", type=int, default=300)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR / "shards")
    parser.add_argument("--cache-dir", type=Path)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    base = real_briefings(corpus_files(args.base), cache_dir=args.cache_dir or args.workdir / "cache")
    results = []
    for n in args.sizes:
        results.append(one_size(n, base, workdir=args.workdir, jobs=args.jobs))
        markdown = report(results, args)
        print(markdown)
    if not args.no_record:
        record("portal", markdown)


if __name__ == "__main__":
    main()
