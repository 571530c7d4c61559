"""Draw BBC corpus files nobody here has opened, for a held-out read (DEVELOPERS.md: read output you never saw).

A read is only held out if its files were never opened before: this draws ``--per-topic`` files from each of the
corpus's five topics with ``random.Random(SEED)``, leaving out every file in ``docs/reads/opened-bbc-files.txt`` and
every file whose *body* equals an opened file's. The corpus holds 2,225 files but fewer distinct texts, and some
repeat an article under another headline or with other spacing (set 44's entertainment/058 was set 36's
entertainment/348 with a new headline), so the body is compared after the headline line, with runs of white space
folded. ``--record NAME`` appends the drawn files to the list under a ``# Random(SEED), SESSION, NAME`` header, to be
committed before any of them is opened::

    .venv/bin/python tools/draw_reads.py 10909 --record actors30 --session "thirtieth session"
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
OPENED = REPO / "docs" / "reads" / "opened-bbc-files.txt"
CORPUS = REPO.parent / "shared" / "corpus" / "bbc_news_summary"
TOPICS = ("business", "entertainment", "politics", "sport", "tech")


def body_key(text: str) -> str:
    """The text after its headline (the first non-empty line), white space folded: what makes two files one article."""
    lines = text.strip().splitlines()
    return re.sub(r"\s+", " ", " ".join(lines[1:])).strip()


def opened_files(listing: Path = OPENED) -> list[str]:
    """Every corpus path in the opened list (headers and blank lines skipped)."""
    return [line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")]


def draw(seed: int, *, per_topic: int, corpus: Path, opened: list[str]) -> list[str]:
    """``per_topic`` unopened files of each topic, sorted within the topic, from ``random.Random(seed)``."""
    excluded = set(opened)
    opened_bodies = {body_key((corpus / p).read_text(encoding="utf-8", errors="replace")) for p in excluded if (corpus / p).exists()}
    rng = random.Random(seed)
    picked: list[str] = []
    for topic in TOPICS:
        pool = []
        for path in sorted((corpus / topic).glob("*.txt")):
            name = f"{topic}/{path.name}"
            if name in excluded or body_key(path.read_text(encoding="utf-8", errors="replace")) in opened_bodies:
                continue
            pool.append(name)
        chosen = sorted(rng.sample(pool, per_topic))
        picked += chosen
        opened_bodies |= {body_key((corpus / p).read_text(encoding="utf-8", errors="replace")) for p in chosen}
    return picked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("seed", type=int)
    parser.add_argument("--per-topic", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--record", metavar="NAME", help="append the files to the opened list under this read's name")
    parser.add_argument("--session", default="", help="the session, for the list's header")
    args = parser.parse_args(argv)
    if not args.corpus.is_dir():
        print(f"{args.corpus}: no BBC corpus here (../shared beside the checkout)", file=sys.stderr)
        return 2
    files = draw(args.seed, per_topic=args.per_topic, corpus=args.corpus, opened=opened_files())
    print(json.dumps({"seed": args.seed, "files": files}))
    if args.record:
        header = ", ".join(x for x in (f"# Random({args.seed})", args.session, args.record) if x)
        with OPENED.open("a", encoding="utf-8") as out:
            out.write("\n".join([header, *files]) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
