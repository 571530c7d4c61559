"""Benchmark 9: story threads stay linear in the number of briefings (issue #19, moved from the unit tests).

:func:`briefgen.site.story_threads` finds each briefing's neighbours in its
story through an index of actor pairs, never by comparing every briefing with
every other. This times it on synthetic briefing records (no model, no
corpus) about three recurring stories at ``--sizes`` briefings and compares
the time per briefing of the largest size with that of the smallest. Target:
at most 2x (a quadratic search would take 10x at 10x the briefings). The
fastest of ``--repeat`` runs of each size (CPU time) is kept, so a busy machine shows
as noise, not as a trend. The unit test (``tests/test_site_timeline.py``)
counts the work instead of timing it.

    python benchmarks/bench_timeline.py [--sizes 10000 100000] [--repeat 3] [--no-record]
"""

from __future__ import annotations

import argparse
import time

from common import record

#: At 10x the briefings a linear search costs somewhat more per briefing (its dicts outgrow the CPU caches,
#: the garbage collector walks more objects): 1.47x measured; a search comparing every pair costs 10x.
TARGET = 2.0

#: Three stories: each briefing's main actors are one of these.
MAINS = (("Russia", "Ukraine", "Turkey"), ("Israel", "Iran"), ("China", "Taiwan", "United States"))


def _briefings(count: int) -> list:
    from briefgen.records import Article, Block, Briefing, Extraction

    return [
        Briefing(Article(path=f"b{i}.txt", name=f"b{i}", title=f"b{i}", text="Body text.", blocks=(Block("paragraph", 0, 10),)), Extraction())
        for i in range(count)
    ]


def _seconds(count: int, repeat: int) -> float:
    from briefgen.site import story_threads

    items = _briefings(count)
    best = float("inf")
    for _ in range(repeat):
        started = time.process_time()
        threads = story_threads(items, lambda b: MAINS[int(b.article.name[1:]) % 3])
        best = min(best, time.process_time() - started)
    assert threads["b3"].previous.article.name == "b0" and threads["b3"].next.article.name == "b6"
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    rows = []
    per_item = {}
    for size in sorted(args.sizes):
        seconds = _seconds(size, args.repeat)
        per_item[size] = seconds / size
        print(f"{size:,} briefings: {seconds:.3f} s, {per_item[size] * 1e6:.2f} µs per briefing", flush=True)
    smallest = min(per_item)
    for size in sorted(per_item):
        rows.append(f"| {size:,} | {per_item[size] * size:.3f} | {per_item[size] * 1e6:.2f} | {per_item[size] / per_item[smallest]:.2f}x |")
    worst = max(per_item[s] / per_item[smallest] for s in per_item)
    verdict = "met" if worst <= TARGET else "NOT met"
    markdown = "\n".join(
        [
            "## 9. Story threads: time per briefing by number of briefings",
            "",
            f"`story_threads` over synthetic briefing records about three stories; the fastest of {args.repeat} runs per size (CPU time of the process, so that other load on the machine counts less).",
            "",
            "| briefings | seconds | µs per briefing | vs smallest |",
            "|---|---|---|---|",
            *rows,
            "",
            f"Worst: {worst:.2f}x the time per briefing of {smallest:,} briefings; target ≤ {TARGET:g}x: **{verdict}**.",
        ]
    )
    if args.no_record:
        print(markdown)
    else:
        record("timeline", markdown)


if __name__ == "__main__":
    main()
