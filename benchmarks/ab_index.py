"""The site's assembly (index and pages) with a private index's records compressed or stored, in one process, alternated.

Why (#18, scale30): a private site index compressed every briefing's pickled records at zlib level 1 (0.045 CPU s for
300 BBC briefings' 1.75 MB); it now keeps the first :data:`briefgen.site.index_db.PRIVATE_STORED_UP_TO` bytes in zlib's
stored form. The records sit in a SQLite database with a bounded page cache, so what the change costs elsewhere (more
pages, spilled to the temporary file) only shows in the whole assembly. The briefings of the first N articles are made
once (a cold ``briefgen build`` in this process, its briefings kept as the index takes them); each round then assembles
the site from them (``assemble_site``: every briefing indexed, every page rendered) with the threshold at 0 (every
record compressed: main before scale30) and at its value, alternating which goes first; the pages of the two are
compared in the first round::

    .venv/bin/python benchmarks/ab_index.py ../shared/corpus/bbc_news_summary --limit 300 --rounds 10

Prints per round each side's CPU seconds (``time.process_time``), then means, medians and the difference; ``--same``
runs the threshold at 0 on both sides (the A/A spread).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from briefgen import cli
from briefgen.render.markdown import Renderer
from briefgen.site import index_db
from briefgen.site.pages import assemble_site


def _briefings(corpus: Path, limit: int) -> list:  # type: ignore[type-arg]
    """The briefings of a cold build of the first ``limit`` articles, as its index received them."""
    kept = []
    add = index_db.SiteIndex.add

    def keep(self, briefing):  # type: ignore[no-untyped-def]
        kept.append(briefing)
        return add(self, briefing)

    files = sorted(p for p in corpus.glob("*/*.txt") if p.is_file())[:limit]
    with tempfile.TemporaryDirectory(prefix="ab_index_") as tmp:
        seeds = Path(tmp) / "seeds"
        for path in files:
            target = seeds / path.parent.name / path.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, target)
        index_db.SiteIndex.add = keep  # type: ignore[method-assign]
        try:
            cli.main(["build", str(seeds), "--out", f"{tmp}/out", "--jobs", "1", "--no-cache"])
        finally:
            index_db.SiteIndex.add = add  # type: ignore[method-assign]
    return kept


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path, help="the corpus folder (../shared/corpus/bbc_news_summary)")
    parser.add_argument("--limit", type=int, default=300, help="the first N articles")
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--same", action="store_true", help="every record compressed on both sides (A/A)")
    args = parser.parse_args(argv)

    briefings = _briefings(args.corpus, args.limit)
    renderer = Renderer()
    today = _dt.date(2026, 12, 2)
    stored = 0 if args.same else index_db.PRIVATE_STORED_UP_TO
    sides = {"compressed": 0, "stored": stored}
    print(f"{len(briefings)} briefings; threshold {stored} bytes; load {os.getloadavg()[0]:.2f}")
    rounds: dict[str, list[float]] = {key: [] for key in sides}
    for r in range(args.rounds):
        pages = {}
        for key in list(sides) if r % 2 == 0 else list(sides)[::-1]:
            index_db.PRIVATE_STORED_UP_TO = sides[key]
            start = time.process_time()
            assembled = assemble_site(briefings, renderer=renderer, today=today)
            rounds[key].append(time.process_time() - start)
            if r == 0:
                pages[key] = assembled.pages
        if r == 0 and pages["compressed"] != pages["stored"]:
            print("the pages differ", file=sys.stderr)
            return 1
        print(f"round {r}: compressed {rounds['compressed'][-1]:.4f} s, stored {rounds['stored'][-1]:.4f} s")
    a, b = rounds["compressed"], rounds["stored"]
    print(
        f"compressed mean {statistics.mean(a):.4f} / median {statistics.median(a):.4f} s; "
        f"stored mean {statistics.mean(b):.4f} / median {statistics.median(b):.4f} s; "
        f"difference (mean) {statistics.mean(a) - statistics.mean(b):+.4f} s; load {os.getloadavg()[0]:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
