"""Benchmark 7: cost per character of hostile inputs against ordinary prose (issue #19 item 10).

Each input of the issue is briefed in this process (ingest, parse, every
extractor; ``--jobs 1``, no cache, the default per-article budget) and its CPU
time per character compared with that of ordinary prose: the repository's
seed article repeated to 100,000 characters. Target: every input costs at
most 3x as much per character as prose, and none fails. Before #19 the
same inputs took 242 s (50,000 ``=``), 143 s, 97 s, 40 s, more than 10
minutes (a 2 MB line) and 507 s (100,000 paragraphs).

Needs no corpus. ``--scale 0.1`` runs every input at a tenth of its size.

    python benchmarks/bench_pathological.py [--scale S] [--only NAME ...] [--no-record]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

from common import REPO, record

TARGET = 3.0
PROSE_CHARS = 100_000

HEADLINE = "Hostile Input\n\n"


def _seed_prose() -> str:
    seed = sorted((REPO / "seeds").glob("*.txt"))[0].read_text(encoding="utf-8")
    return seed.split("\n", 1)[1].strip() + "\n\n"


#: name -> (what the issue measured, text of about ``n`` characters)
INPUTS: dict[str, tuple[str, int, Callable[[int], str]]] = {
    "equals": ("50,000 `=` on one line", 50_000, lambda n: HEADLINE + "=" * n + "\n"),
    "parens": ("40 KB of `(`…`)`", 40_000, lambda n: HEADLINE + "(" * (n // 2) + ")" * (n // 2) + "\n"),
    "star_underscore": ("40 KB of `*_`", 40_000, lambda n: HEADLINE + "*_" * (n // 2) + "\n"),
    "quote_marks": ('20,000 `"`', 20_000, lambda n: HEADLINE + '"' * n + "\n"),
    "quote_marks_spaced": ('20,000 `"` between words', 100_000, lambda n: HEADLINE + 'said "yes" ' * (n // 11) + "\n"),
    "one_line": ("a 2 MB single-line article", 2_000_000, lambda n: HEADLINE + _one_line(n) + "\n"),
    "tiny_paragraphs": ("100,000 tiny paragraphs", 500_000, lambda n: HEADLINE + "Yes.\n" * (n // 5)),
}


def _one_line(n: int) -> str:
    prose = _seed_prose().replace("\n", " ")
    return (prose * (n // len(prose) + 1))[:n]


def _measure(text: str, name: str) -> tuple[float, str]:
    """CPU seconds to brief ``text``, and the outcome ("briefed" or the failure message)."""
    from briefgen.ingest import parse_article_text
    from briefgen.nlp import load_model
    from briefgen.pipeline import Failure, brief_articles

    nlp = load_model()
    article = parse_article_text(text.encode("utf-8"), path=f"{name}.txt", suffix=".txt")
    started = time.process_time()
    result = next(brief_articles([article], nlp=nlp))
    seconds = time.process_time() - started
    return seconds, result.message if isinstance(result, Failure) else "briefed"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="size of every input relative to the issue's")
    parser.add_argument("--only", nargs="*", help="only these inputs: " + ", ".join(INPUTS))
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()

    from briefgen.nlp import load_model

    load_model()
    prose = (_seed_prose() * (PROSE_CHARS // len(_seed_prose()) + 1))[:PROSE_CHARS]
    _measure(prose[:5_000], "warm-up")
    prose_seconds, _ = _measure(HEADLINE + prose, "prose")
    per_char_prose = prose_seconds / (len(prose) + len(HEADLINE))
    print(f"prose: {len(prose):,} chars, {prose_seconds:.2f} s CPU, {per_char_prose * 1e6:.1f} µs/char", flush=True)

    rows = [f"| ordinary prose (seed article repeated) | {len(prose):,} | {prose_seconds:.2f} | {per_char_prose * 1e6:.1f} | 1.00x | briefed |"]
    worst = 0.0
    failed = []
    for name, (label, size, make) in INPUTS.items():
        if args.only and name not in args.only:
            continue
        text = make(max(100, int(size * args.scale)))
        seconds, outcome = _measure(text, name)
        ratio = seconds / len(text) / per_char_prose
        worst = max(worst, ratio)
        if outcome != "briefed":
            failed.append(name)
        print(f"{name}: {len(text):,} chars, {seconds:.2f} s CPU, {ratio:.2f}x prose per char, {outcome}", flush=True)
        rows.append(f"| {label} | {len(text):,} | {seconds:.2f} | {seconds / len(text) * 1e6:.1f} | {ratio:.2f}x | {outcome} |")

    verdict = "met" if worst <= TARGET and not failed else "NOT met"
    markdown = "\n".join(
        [
            "## 7. Hostile inputs: cost per character against prose",
            "",
            f"Scale {args.scale:g} of the issue's sizes; CPU time of `brief_articles` (ingest, parse, extract), `--jobs 1`, no cache.",
            "",
            "| input | characters | CPU s | µs per char | vs prose | outcome |",
            "|---|---|---|---|---|---|",
            *rows,
            "",
            f"Worst: {worst:.2f}x prose per character; target ≤ {TARGET:g}x and every input briefed: **{verdict}**.",
        ]
    )
    if args.no_record:
        print(markdown)
    else:
        record("pathological", markdown)


if __name__ == "__main__":
    main()
