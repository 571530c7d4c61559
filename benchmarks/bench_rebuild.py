"""Benchmark 2: cold ``mkdocs build`` of the corpus site vs a warm rebuild after adding one article.

The site starts with every corpus article but the last; the cold build parses
them all into an empty cache. The last article is then added and the site
rebuilt (a new ``mkdocs build`` process, as in CI): it must parse exactly that
one article, and briefgen's share of the rebuild -- importing the plugin (spaCy)
plus its ``on_files`` work, as logged -- must be under 10% of the build.

    python benchmarks/bench_rebuild.py [--limit N] [--jobs J] [--workdir DIR] [--no-record]
"""

from __future__ import annotations

import argparse
import shutil

from common import (
    DEFAULT_WORKDIR,
    briefgen_import_seconds,
    copy_seeds,
    corpus_files,
    make_project,
    mkdocs_build,
    record,
)

SHARE_TARGET = 0.10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, help="only the first N articles (a dry run)")
    parser.add_argument("--jobs", type=int, default=1, help="the plugin's jobs option for the cold build")
    parser.add_argument("--workdir", type=lambda s: __import__("pathlib").Path(s), default=DEFAULT_WORKDIR)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    files = corpus_files(args.limit)
    work = args.workdir / f"rebuild-{len(files)}"
    seeds, cache = work / "seeds", work / "cache"
    shutil.rmtree(cache, ignore_errors=True)
    copy_seeds(files[:-1], seeds)
    config = make_project(work / "project", seeds, cache_dir=cache, jobs=args.jobs)

    cold = mkdocs_build(config)
    print(f"cold: {cold.seconds:.1f} s; {cold.briefgen_line}", flush=True)
    added = files[-1]
    shutil.copyfile(added, seeds / added.parent.name / added.name)
    warm = mkdocs_build(config)
    print(f"warm: {warm.seconds:.1f} s; {warm.briefgen_line}", flush=True)
    imports = briefgen_import_seconds()

    own = (warm.briefgen_seconds or 0.0) + imports
    share = own / warm.seconds
    parsed_ok = warm.parsed == 1
    if args.no_record:
        return
    record(
        "bench_rebuild" + (f"-limit{args.limit}" if args.limit else ""),
        f"## 2. Cold build vs warm rebuild after adding one article ({len(files):,} articles)\n\n"
        f"`python benchmarks/bench_rebuild.py` (plugin `jobs: {args.jobs}` for the cold build)\n\n"
        "| build | wall time | briefgen log line |\n|---|---|---|\n"
        f"| cold, {len(files) - 1:,} articles, empty cache | {cold.seconds:.1f} s | `{cold.briefgen_line}` |\n"
        f"| warm, after adding `{added.parent.name}/{added.name}` | {warm.seconds:.1f} s | `{warm.briefgen_line}` |\n\n"
        f"- cold / warm: **{cold.seconds / warm.seconds:.1f}x**\n"
        f"- articles parsed by the warm rebuild: **{warm.parsed}** (target exactly 1: {'met' if parsed_ok else 'NOT met'})\n"
        f"- briefgen's share of the warm rebuild: plugin import (spaCy) {imports:.2f} s + on_files "
        f"{warm.briefgen_seconds:.2f} s = {own:.2f} s of {warm.seconds:.1f} s = **{share:.1%}** "
        f"(target < 10%: {'met' if share < SHARE_TARGET else 'NOT met'})",
    )


if __name__ == "__main__":
    main()
