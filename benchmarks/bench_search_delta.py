"""What the search index costs in a sharded rebuild after one new article (#18): the delta against a whole index.

For each size: a sharded site of N synthetic briefings (``shard_by: month``, the
repository's ``mkdocs.yml``) is built, then rebuilt after one new article, then
after a second. Each rebuild's Pagefind stage (``index_site``: digests, the delta
index, its state) is timed, wall and CPU (this process and Pagefind's), with the
pages the delta holds; after the second, the delta's pages by folder and the
search bytes to the first results with the delta merged (Debian's chromium);
then, on the same site, the whole index the rebuild wrote
before this change (``_write_base``: Pagefind over every page, written over the
last index). Prints one line per measurement; records nothing.

    python benchmarks/bench_search_delta.py [--sizes 1000 2000] [--base 300] [--jobs 2] [--pickle BRIEFINGS.pkl]
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import resource
import shutil
import sys
import time
from pathlib import Path

from common import DEFAULT_WORKDIR, corpus_files
from synthetic import real_briefings, synthetic_briefings

os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def _cpu() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def one_size(n: int, base, *, workdir: Path, jobs: int, search_bytes: bool) -> None:
    import briefgen.site.search as search
    from bench_shards import make_config
    from briefgen.render import Renderer
    from briefgen.shard_build import build_sharded_site

    stage: dict[str, float] = {}
    original = search.index_site

    @functools.wraps(original)
    def timed(*args, **kwargs):
        wall, cpu = time.perf_counter(), _cpu()
        try:
            result = original(*args, **kwargs)
            stage["delta"] = result.delta
            return result
        finally:
            stage["wall"], stage["cpu"] = time.perf_counter() - wall, _cpu() - cpu

    search.index_site = timed
    here = workdir / f"n{n}"
    config = make_config(here / "project")
    state = here / "state"
    shutil.rmtree(state, ignore_errors=True)
    briefings = list(synthetic_briefings(n + 2, seed=13, base=base))
    for label, upto in (("full build", n), ("rebuild, 1 new article", n + 1), ("rebuild, 2nd new article", n + 2)):
        started = time.perf_counter()
        site = build_sharded_site(briefings[:upto], renderer=Renderer(), config_file=config, shard_by="month", state_dir=state, jobs=jobs)
        total = time.perf_counter() - started
        print(
            f"{n} briefings, {label}: {total:.1f} s; pagefind stage {stage['wall']:.1f} s wall, {stage['cpu']:.1f} s CPU, "
            f"{site.pages_indexed} pages, {stage['delta']} in the delta",
            flush=True,
        )
    site_dir = Path(site.site_dir)
    groups = collections.Counter(url.strip("/").split("/")[0] or "/" for url in search._fragment_ids(site_dir / search.PAGEFIND_DIR / search.DELTA_DIR))
    print(f"{n} briefings, the delta's pages by top folder: {dict(groups.most_common())}", flush=True)
    if search_bytes:
        from bench_search import CHROMIUM, first_query
        from bench_shards import top_person

        if CHROMIUM.exists():
            query = top_person(briefings[:upto])
            requests, sent, link = first_query(site_dir, query)
            print(f"{n} briefings, search with the delta merged: {sent / 1000:.0f} KB (gzip) in {requests} requests to the first result {link} for {query!r}", flush=True)
    wall, cpu = time.perf_counter(), _cpu()
    whole = search._write_base(site_dir, site_dir / search.PAGEFIND_DIR, search._page_digests(site_dir), language="en")
    print(f"{n} briefings, the same site indexed whole (before #18's delta): {time.perf_counter() - wall:.1f} s wall, {_cpu() - cpu:.1f} s CPU, {whole.pages} pages", flush=True)
    search.index_site = original


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000])
    parser.add_argument("--base", type=int, default=300, help="real BBC briefings the synthetic ones are made from")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR / "search-delta")
    parser.add_argument("--cache-dir", type=Path, help="extraction cache for the base (default: WORKDIR/cache)")
    parser.add_argument("--no-search", action="store_true", help="skip the browser measurement of search bytes with the delta")
    parser.add_argument("--pickle", type=Path, help="a pickled list of real briefings to use as the base instead of briefing the corpus")
    args = parser.parse_args()
    if args.pickle:
        import pickle

        base = pickle.loads(args.pickle.read_bytes())[: args.base]
    else:
        base = real_briefings(corpus_files(args.base), cache_dir=args.cache_dir or args.workdir / "cache")
    for n in args.sizes:
        one_size(n, base, workdir=args.workdir, jobs=args.jobs, search_bytes=not args.no_search)
    print(f"_load average {os.getloadavg()[0]:.2f} at the end_", file=sys.stderr)


if __name__ == "__main__":
    main()
