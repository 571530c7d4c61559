"""Sharded publishing, the MkDocs part: one generated config and one ``mkdocs build`` per shard, in parallel.

An adapter over :mod:`briefgen.site.shards` (which decides what each shard
holds and where its links lead). For every shard it writes a docs folder and a
MkDocs config derived from the site's own ``mkdocs.yml`` (same theme, Markdown
extensions and plugins, briefgen's own and MkDocs' ``search`` left out; a
period shard's navigation points at the portal's pages), builds the shards
whose digest changed in parallel — local worker processes, one fresh process
per build so that no build carries another's memory, or the Dask cluster when a
scheduler is given (:mod:`briefgen.shard_cluster`: every wait there is bounded, #17) — and
publishes every shard into one ``site/``, which Pagefind then indexes once.

Why the builds go to a state folder first and are then linked into ``site/``:
MkDocs empties its ``site_dir`` before every build (``mkdocs build`` does it to
the portal's, which is ``site/`` itself), so a shard built straight into
``site/briefings/2005-02/`` would not survive the next portal build. The state
folder keeps each shard's last output and digest; publishing hard-links its
files into ``site/`` (a copy where links are impossible), which costs no bytes
and a fraction of a build.

Sitemaps (with a ``site_url``; #18): every shard's build writes a sitemap of
its own pages, which would grow with its period. The site's root
``sitemap.xml`` is a sitemap index; the portal's sitemap is cut into
``sitemap-K.xml`` at the root, and a period's is published as MkDocs wrote it
while it holds at most ``SITEMAP_BYTES`` (1.5 MB), else cut into
``FOLDER/sitemap-K.xml`` beside the pages it lists. So every page is reached
from the index exactly once and no sitemap file passes 2 MB however large a
period grows; a rebuilt period's pieces are the only ones written again.

State folder layout (``STATE``)::

    STATE/configs/NAME.yml     the generated MkDocs config of shard NAME
    STATE/docs/NAME/           its docs (generated pages; the portal also gets the site's own docs)
    STATE/built/NAME/          its last build
    STATE/digests/NAME         the digest of the inputs that build was made from
    STATE/listings/NAME        its docs files with a digest of each, as last written (_write_docs)
    STATE/published/NAME       the files of its last build with their inodes, as last listed for publishing (_ListingMemo)
    STATE/pages.sqlite         every generated page of the last build, keyed by its inputs (site/increment.py)
    STATE/pages-commonmark.sqlite  the same for OUT's pages of `briefgen build --commonmark` (cached_renderer)
    STATE/index.sqlite         the last build's site index, brought up to date by the next (site/index_db.py)
    STATE/search-*.json.gz     the search index's base page list and every page's digest (site/search.py)
    STATE/theme-bytecode/      the theme's compiled templates, shared by the shard builds
    STATE/sitemaps/            the sitemap index and the sitemaps cut into pieces, as published (_sitemaps)
    STATE/sitemaps.json        what each cut sitemap was cut from, so an unchanged one is not cut again (_sitemaps)
    STATE/shard-links.sqlite   what the last plan did to each page's links, reused for a page unchanged (_LinkMemo)
    STATE/.briefgen.lock       held while a build uses index.sqlite
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import posixpath
import re
import resource
import shutil
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import yaml

from .errors import BriefgenError, ConfigError, one_line
from .heap import frozen_heap

# Nothing from briefgen.site is imported at module level (shards and plans are typed ``Any``):
# ``briefgen.site`` imports spaCy, and every shard build starts a fresh process that imports this
# module for :func:`build_one`; it needs MkDocs only, and its peak memory is measured.

#: Plugins a shard's config never runs: briefgen made the pages already, and MkDocs' lunr
#: search would index one shard only (Pagefind indexes the whole site after the builds).
_DROPPED_PLUGINS = {"briefgen", "search"}
#: Config keys that name files relative to the config file.
_THEME_PATHS = ("custom_dir",)
#: What this adapter makes of a shard's pages besides MkDocs (:class:`_PortalThemeAssets`), in a shard's config text: a
#: change of it builds every shard again, clean (the briefgen package's version stays the same between such changes).
#: 2: every shard's theme scope is the site's root (#18).
SHARD_OUTPUT = 2
#: Seconds a Dask cluster may run no task while a shard build of ours waits (#17): ``dask_wait.IDLE_LIMIT``, not imported
#: here because ``briefgen.pipeline`` imports spaCy and every shard build's process imports this module (a test holds them equal).
IDLE_LIMIT = 60.0
#: The key of a period shard's ``extra`` config holding the URL of the site's root from the shard's root: its pages
#: load the theme's files (Material's scripts, styles, icons) from the portal's copy, and its own copy is not published.
PORTAL_THEME_ASSETS = "briefgen_portal_theme_assets"


@dataclass(frozen=True, slots=True)
class ShardRun:
    """One shard of a sharded build: whether it was built this time, and what that cost."""

    name: str
    built: bool
    seconds: float = 0.0
    peak_rss_kb: int = 0  # of the process that built it (one fresh process per build)


@dataclass(frozen=True, slots=True)
class ShardedSite:
    """What :func:`publish_sharded` did."""

    runs: tuple[ShardRun, ...]
    site_dir: Path
    pages_indexed: int | None = None

    @property
    def built(self) -> list[str]:
        return [r.name for r in self.runs if r.built]


def load_user_config(config_file: Path) -> dict[str, Any]:
    """The site's ``mkdocs.yml`` as plain data (``safe_load``: a config with Python tags is refused, naming the file)."""
    try:
        data = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{config_file}: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        raise ConfigError(f"{config_file}: a sharded build reads this config as plain YAML and cannot: {' '.join(str(exc).split())}") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{config_file}: not a MkDocs config (a mapping)")
    return data


def _plugin_name(entry: object) -> str:
    return next(iter(entry)) if isinstance(entry, dict) and entry else str(entry)


def briefgen_options(user: dict[str, Any]) -> dict[str, Any]:
    """The ``briefgen`` plugin's options in a config (empty when it is listed without options)."""
    for entry in user.get("plugins") or []:
        if _plugin_name(entry) == "briefgen":
            return dict(entry["briefgen"] or {}) if isinstance(entry, dict) else {}
    return {}


def _nav_for(nav: object, link: Callable[[str], str]) -> object:
    """The site's navigation with every page path passed through ``link`` (URLs and titles kept)."""
    if isinstance(nav, list):
        return [_nav_for(item, link) for item in nav]
    if isinstance(nav, dict):
        return {key: _nav_for(value, link) for key, value in nav.items()}
    if isinstance(nav, str) and nav.endswith(".md") and "://" not in nav:
        return link(nav)
    return nav


_DEFAULT_NAV = [{"Home": "index.md"}, {"Briefings": "briefings/index.md"}, {"Timeline": "timeline/index.md"}, {"Actors": "actors/index.md"}]


def shard_config(
    shard: Any,
    *,
    user: dict[str, Any],
    config_dir: Path,
    docs_dir: Path,
    site_dir: Path,
    directory_urls: bool,
    search: bool,
) -> dict[str, Any]:
    """The MkDocs config of one shard, derived from the site's own.

    The portal keeps the site's navigation; a period shard's navigation and its
    briefgen stylesheet and search script point at the portal's (one copy of
    each in the site). A period shard's pages are not in its navigation (as the
    briefings of an unsharded site are not), and its cross-shard links are
    URLs, which MkDocs does not check (the sharded-site test follows them all).
    """
    from .site.pages import SEARCH_SCRIPT_PATH, STYLESHEET_PATH
    from .site.shards import portal_link, root_url

    config = {k: v for k, v in user.items() if k not in ("docs_dir", "site_dir", "nav", "plugins")}
    config["docs_dir"] = str(docs_dir)
    config["site_dir"] = str(site_dir)
    config["use_directory_urls"] = directory_urls
    config["plugins"] = [p for p in (user.get("plugins") or []) if _plugin_name(p) not in _DROPPED_PLUGINS]
    if shard.folder:
        config["plugins"] = [_without_tags_export(p) for p in config["plugins"]]
    theme = dict(config.get("theme") or {}) if isinstance(config.get("theme"), dict) else {"name": config.get("theme")} if config.get("theme") else {}
    for key in _THEME_PATHS:
        if theme.get(key):
            theme[key] = str((config_dir / theme[key]).resolve())
    if theme:
        config["theme"] = theme
    if config.get("hooks"):
        config["hooks"] = [str((config_dir / h).resolve()) for h in config["hooks"]]

    def link(target: str) -> str:
        return portal_link(shard, target, directory_urls=directory_urls)

    ours = [STYLESHEET_PATH]
    scripts = [SEARCH_SCRIPT_PATH] if search else []
    config["extra_css"] = [link(p) for p in ours] + [link(p) if "://" not in p else p for p in (user.get("extra_css") or [])]
    config["extra_javascript"] = [link(p) for p in scripts] + [
        link(p) if isinstance(p, str) and "://" not in p else p for p in (user.get("extra_javascript") or [])
    ]
    nav = user.get("nav") or _DEFAULT_NAV
    if shard.folder:
        config["nav"] = _nav_for(nav, link)
        config["not_in_nav"] = "*"
        validation = dict(user.get("validation") or {})
        links = dict(validation.get("links") or {}) if isinstance(validation.get("links"), dict) else {}
        links.update(unrecognized_links="ignore", absolute_links="ignore")
        nav_checks = dict(validation.get("nav") or {}) if isinstance(validation.get("nav"), dict) else {}
        nav_checks.update(not_found="ignore", absolute_links="ignore")  # the navigation's entries are the portal's URLs
        validation.update(links=links, nav=nav_checks)
        for flat in ("unrecognized_links", "absolute_links", "not_found", "omitted_files"):
            validation.pop(flat, None)
        config["validation"] = validation
        # the header's site-name link goes to the site's home, not to the shard's folder (which has no page); the theme's
        # files are loaded from the portal's copy (build_one, :class:`_PortalThemeAssets`)
        config["extra"] = {**(user.get("extra") or {}), "homepage": root_url(shard), PORTAL_THEME_ASSETS: root_url(shard)}
        if user.get("site_url"):
            # the shard's pages are published under its folder: their canonical URLs and the shard's sitemap say so
            # (with the site's own URL, a briefing's canonical link and sitemap entry named a page that does not exist)
            config["site_url"] = f"{str(user['site_url']).rstrip('/')}/{shard.folder}/"
    elif user.get("nav"):
        config["nav"] = user["nav"]
    return config


def _without_tags_export(entry: object) -> object:
    """A ``plugins`` entry of a period shard's config: Material's tags plugin with its ``tags.json`` export off (#18).

    Material's tags plugin writes every page's URL, title and tags to
    ``tags.json`` in the build's root (``export``, on by default) for other
    projects to import; nothing in the site reads it (not Material's scripts,
    not briefgen's search or pages). A period's copy grew with the period's
    briefings: 519 KB for a year of ten a day, past the 2 MB a file of the site
    may have at four times that. The tags listings it would duplicate are the
    period's tags pages (:func:`~briefgen.site.shards.period_tags_pages`, cut to
    a bounded size). The portal's build keeps the site's own setting.
    """
    name = _plugin_name(entry)
    if name not in _TAGS_PLUGINS:
        return entry
    options = dict(entry[name] or {}) if isinstance(entry, dict) else {}
    return {name: {**options, "export": False}}


def _tool_versions() -> str:
    """Versions that change a build's output although its inputs did not."""
    names = ("briefgen", "mkdocs", "mkdocs-material")
    found = []
    for name in names:
        try:
            found.append(f"{name}=={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"{name}==?")
    return " ".join(found)


def _own_docs(docs_dir: Path | None) -> list[tuple[str, bytes]]:
    """The site's hand-written docs (the portal's own pages and files), in a fixed order."""
    if docs_dir is None or not docs_dir.is_dir():
        return []
    return [
        (p.relative_to(docs_dir).as_posix(), p.read_bytes())
        for p in sorted(docs_dir.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(docs_dir).parts)
    ]


def _docs_files(pages: Sequence[Any], own: Sequence[tuple[str, bytes]]) -> dict[str, bytes]:
    """Every file of a shard's docs folder: the site's own docs, then the generated pages (as in the plugin)."""
    return {rel: data if isinstance(data, bytes) else data.content.encode("utf-8") for rel, data in _docs_sources(pages, own).items()}


def _docs_sources(pages: Sequence[Any], own: Sequence[tuple[str, bytes]]) -> dict[str, Any]:
    """:func:`_docs_files` before any page is encoded: docs path -> the own file's bytes or the generated page."""
    files: dict[str, Any] = {}
    generated = {page.path for page in pages}
    for rel, data in own:
        if rel in generated and rel != "index.md":  # a generated page replaces a docs page, except the home page
            continue
        files[rel] = data
    for page in pages:
        if page.path == "index.md" and page.path in files:
            continue  # the site's own home page wins
        files[page.path] = page
    return files


def docs_digests(pages: Sequence[Any], own: Sequence[tuple[str, bytes]], *, shard: Any = None) -> dict[str, str]:
    """Docs path -> the hex digest :func:`_write_docs` lists for each file of a shard's docs folder (``shard``: the
    plan's shard of ``pages``, whose digests of kept pages are taken rather than made again, #18)."""
    from .site.shards import Shard, page_digest, text_digest

    shard = shard if shard is not None else Shard("", "", ())
    return {
        rel: (text_digest(data) if isinstance(data, bytes) else page_digest(shard, data)).hex() for rel, data in _docs_sources(pages, own).items()
    }


#: Names of Material's tags plugin in a config's ``plugins``.
_TAGS_PLUGINS = ("tags", "material/tags")


def _tags_plugin(user: dict[str, Any]) -> tuple[str | None, str | None]:
    """``(listings directive, tags_file)`` of the site's tags plugin; ``(None, None)`` when none writes listings.

    Read from the plain config (the shards' configs are made before MkDocs loads one), with Material's defaults.
    """
    for entry in user.get("plugins") or []:
        name = _plugin_name(entry)
        if name not in _TAGS_PLUGINS:
            continue
        options = dict(entry[name] or {}) if isinstance(entry, dict) else {}
        if options.get("enabled", True) is False or options.get("listings", True) is False or options.get("export_only") is True:
            continue
        tags_file = options.get("tags_file")
        return str(options.get("listings_directive") or "material/tags"), str(tags_file) if tags_file else None
    return None, None


def _portal_listing(own: Sequence[tuple[str, bytes]], *, directive: str, tags_file: str | None) -> str | None:
    """The docs path of the site's own page that holds the tags listing (its ``tags_file``, else the first page with the directive)."""
    pages = [rel for rel, _ in own if rel.endswith(".md")]
    if tags_file in pages:
        return tags_file
    marker = f"<!-- {directive}".encode()
    return next((rel for rel, data in own if rel.endswith(".md") and marker in data), None)


def _tags_listings(
    plan: Any, shards: list[Any], *, user: dict[str, Any], own_docs_dir: Path, directory_urls: bool
) -> tuple[list[Any], Callable[[], list[tuple[str, bytes]]], dict[str, bytes]]:
    """The shards with a tags listing page added to each period, a reader of the portal's own docs, and the own docs
    briefgen extends (docs path -> the bytes to build instead), #18.

    Material's tags plugin links a page's tag chips to a listing in the same
    build, and a period shard had none: its briefings' chips led nowhere. The
    period's own listing (:func:`~briefgen.site.shards.period_tags_pages`) is
    bounded by the period, and cut into pages of bounded size; the portal's tags page (the site's own page holding
    the listing) gets a link to each of them appended
    (:func:`~briefgen.site.shards.tags_by_period`), which the caller puts in
    the portal's inputs (its digest) as a changed page: a new period rebuilds
    the portal, dirty (a change of the site's own docs makes a clean build).
    Without a tags plugin that writes listings nothing changes.
    """
    from dataclasses import replace

    from .site.shards import is_period, period_tags_pages

    directive, tags_file = _tags_plugin(user)
    if directive is None:
        return shards, lambda: _own_docs(own_docs_dir), {}
    own = _own_docs(own_docs_dir)
    portal = _portal_listing(own, directive=directive, tags_file=tags_file)
    shards = [
        replace(s, pages=(*s.pages, *period_tags_pages(s, directive=directive, portal_tags=portal, directory_urls=directory_urls))) if is_period(s) else s
        for s in shards
    ]
    edited = {}
    if portal is not None:
        text = dict(own)[portal].decode("utf-8", errors="replace")
        edited[portal] = with_tags_by_period(text, plan=plan, page=portal, directive=directive, directory_urls=directory_urls).encode("utf-8")
    return shards, lambda: own, edited


def portal_tags_page(config_file: Path) -> tuple[str, str] | None:
    """``(docs path, listings directive)`` of the site's own page holding the tags listing, ``None`` without one.

    The MkDocs plugin's case (it builds the portal itself): the page
    :func:`with_tags_by_period` extends, the one a ``briefgen build
    --shard-by`` extends (:func:`_tags_listings`).
    """
    user = load_user_config(config_file)
    directive, tags_file = _tags_plugin(user)
    if directive is None:
        return None
    own = _own_docs((config_file.resolve().parent / str(user.get("docs_dir") or "docs")).resolve())
    page = _portal_listing(own, directive=directive, tags_file=tags_file)
    return (page, directive) if page is not None else None


def with_tags_by_period(text: str, *, plan: Any, page: str, directive: str, directory_urls: bool) -> str:
    """The portal's tags page (Markdown ``text``, docs path ``page``) with a link to each period's tags listing at its end."""
    from .site.shards import tags_by_period

    # the old ``tags_file`` way: the tags plugin appends the directive to a page without one, which would put the listing
    # under the periods' heading; it is placed before them instead
    lead = "" if f"<!-- {directive}" in text or "[TAGS]" in text else f"\n\n<!-- {directive} -->"
    return text + lead + tags_by_period(plan, page=page, directory_urls=directory_urls)


def _write_docs(
    folder: Path, pages: Sequence[Any], own: Sequence[tuple[str, bytes]], *, listing: Path | None = None, shard: Any = None
) -> list[str]:
    """Make ``folder`` hold exactly the shard's docs, rewriting only the files whose bytes changed.

    Unchanged files keep their modification time, which is what lets MkDocs
    rebuild only the changed pages (:func:`build_one` with ``dirty``). Returns
    the docs files that had to be removed: MkDocs' dirty build would leave
    their old output behind, so the caller drops it (:func:`drop_outputs`).

    ``listing``: a file listing the folder's files with a digest of each, as
    this function last wrote them. With it, what changed is read from the
    listing instead of walking the folder and reading every file back (the
    portal's docs are some 16,000 files at 20,000 briefings, and one new
    article changes a few dozen, #18). It is removed while the folder is being
    written, so a build that dies part-way leaves none and the next one walks
    and reads the folder again. ``shard``: the plan's shard of ``pages``; the digests it holds are listed without
    hashing those pages again, and only the files written are encoded (#18).
    """
    sources = _docs_sources(pages, own)
    digests = docs_digests(pages, own, shard=shard)
    last = _read_listing(listing) if listing is not None and folder.is_dir() else None
    if listing is not None:
        listing.unlink(missing_ok=True)
    removed: list[str] = []
    if last is None:
        if folder.is_dir():
            for path in sorted(folder.rglob("*"), reverse=True):  # children before their folders
                rel = path.relative_to(folder).as_posix()
                if path.is_file() and rel not in sources:
                    path.unlink()
                    removed.append(rel)
                elif path.is_dir() and not any(path.iterdir()):
                    path.rmdir()
        for rel, source in sources.items():
            data = source if isinstance(source, bytes) else source.content.encode("utf-8")
            target = folder / rel
            try:
                if target.read_bytes() == data:
                    continue
            except OSError:
                target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
    else:
        for rel in sorted(set(last) - set(sources)):
            target = folder / rel
            target.unlink(missing_ok=True)
            removed.append(rel)
            for parent in target.parents:  # folders the file alone filled
                if parent == folder or not parent.is_dir() or any(parent.iterdir()):
                    break
                parent.rmdir()
        for rel, source in sources.items():
            if last.get(rel) != digests[rel]:
                target = folder / rel
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(source if isinstance(source, bytes) else source.content.encode("utf-8"))
    if listing is not None:
        listing.parent.mkdir(parents=True, exist_ok=True)
        listing.write_text("".join(f"{rel}\t{digest}\n" for rel, digest in digests.items()), encoding="utf-8")
    return removed


def _read_listing(listing: Path) -> dict[str, str] | None:
    """What :func:`_write_docs` last wrote (docs path -> digest), or ``None`` when there is no readable listing."""
    try:
        found = {}
        for line in listing.read_text(encoding="utf-8").splitlines():
            rel, digest = line.split("\t")
            found[rel] = digest
        return found
    except (OSError, ValueError, UnicodeDecodeError):
        return None


def drop_outputs(built: Path, removed: Sequence[str], *, directory_urls: bool) -> None:
    """Delete what a clean MkDocs build made of docs files that are gone, so a dirty build may follow.

    MkDocs' dirty build writes the pages whose docs changed and every page's
    nav and sitemap, but never deletes: the HTML of a removed page would stay
    published. Without it, one removed page (an actors-index page split in two
    when it filled up) made the whole portal build clean — 99 s instead of
    about 6 s at 20,000 briefings (#18). The output path follows MkDocs' own
    rule: ``x/index.md`` and ``x/README.md`` → ``x/index.html``, ``x/y.md`` →
    ``x/y/index.html`` (``x/y.html`` without directory URLs), other files as
    they are.
    """
    for rel in removed:
        folder, _, name = rel.rpartition("/")
        stem, dot, suffix = name.rpartition(".")
        if dot and suffix == "md":
            if stem in ("index", "README"):
                out = f"{folder}/index.html" if folder else "index.html"
            else:
                base = f"{folder}/{stem}" if folder else stem
                out = f"{base}/index.html" if directory_urls else f"{base}.html"
        else:
            out = rel
        target = built / out
        target.unlink(missing_ok=True)
        for parent in target.parents:  # folders the page alone filled
            if parent == built or not parent.is_dir() or any(parent.iterdir()):
                break
            parent.rmdir()


class _DirtyNotice:
    """Drops MkDocs' warning that a dirty build is under way: here it is the point, and the output is checked against a clean one."""

    def filter(self, record: Any) -> bool:
        return "'dirty' build" not in record.getMessage()


def build_one(config_file: str, epoch: str | None, dirty: bool = False, *, read_unchanged: bool = True) -> tuple[float, int]:
    """Run ``mkdocs build`` for one generated config; ``(seconds, peak RSS in KB of this process)``.

    Runs in a worker process (local or on a Dask worker). Imports MkDocs here,
    not at module level, so the caller's process need not. ``dirty``: the
    shard's last build is in its ``site_dir`` and only pages whose docs file is
    newer than their output are rendered again (MkDocs' ``--dirty``); the
    caller asks for it only when no page was removed and the config is the
    same, the cases where it gives the bytes a clean build gives (the shard
    tests compare the two). ``read_unchanged=False``: no page of the shard
    holds a tags listing, so when the tags plugin is the only one, a dirty
    build leaves unchanged pages unread, as MkDocs' own does (see
    :func:`_dirty_populate`; the caller knows the shard's pages).
    """
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    before = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is not None:
        os.environ["SOURCE_DATE_EPOCH"] = epoch
    started = time.perf_counter()
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config

        import logging

        from mkdocs.commands import build as mkdocs_build

        config = load_config(config_file=config_file)
        notice = _DirtyNotice()
        logging.getLogger("mkdocs.commands.build").addFilter(notice)
        populate = mkdocs_build._populate_page
        markdown_only = _reads_markdown_only(config)
        root = (config.extra or {}).get(PORTAL_THEME_ASSETS)
        if root:  # after the check above: it rewrites the written pages only, never gathers from the others
            config.plugins["briefgen-portal-theme-assets"] = _PortalThemeAssets(str(root))  # type: ignore[assignment]
        _cache_theme_bytecode(config, Path(config_file).resolve().parent.parent / THEME_BYTECODE)
        _list_theme_without_hidden(config)
        build_page = mkdocs_build._build_page
        if dirty and not read_unchanged and markdown_only:
            pass  # MkDocs' own dirty build: unchanged pages are neither read nor written
        elif dirty:
            # Every page is still read, so plugins that gather from all pages (Material's tags export) see all of
            # them; only converting and writing a page whose docs file did not change is skipped.
            mkdocs_build._populate_page = _dirty_populate(populate, convert=not markdown_only)
        elif markdown_only:
            # a clean build converts a page when it writes it and lets go of its text after (#18: the portal's memory)
            streamed = _Streamed(populate, build_page)
            mkdocs_build._populate_page, mkdocs_build._build_page = streamed.populate, streamed.build_page
        try:
            build(config, dirty=dirty)
        finally:
            mkdocs_build._populate_page = populate
            mkdocs_build._build_page = build_page
            logging.getLogger("mkdocs.commands.build").removeFilter(notice)
    except Exception as exc:  # MkDocs reports config and build problems as several exception kinds
        raise BriefgenError(one_line(f"{config_file}: shard build failed: {' '.join(str(exc).split()) or type(exc).__name__}")) from None
    finally:
        if before is None:
            os.environ.pop("SOURCE_DATE_EPOCH", None)
        else:
            os.environ["SOURCE_DATE_EPOCH"] = before
    return time.perf_counter() - started, _peak_rss_kb()


#: The state folder's cache of the theme's compiled templates (Jinja bytecode), shared by every shard build.
THEME_BYTECODE = "theme-bytecode"


def _cache_theme_bytecode(config: Any, folder: Path) -> None:
    """Keep the theme's compiled templates between shard builds (Jinja's bytecode cache, in the state folder).

    Every shard build is a fresh process, and Jinja compiled Material's
    templates from source in each: about a third of a period shard's dirty
    build and of the portal's fixed cost (#18). Jinja keys each entry by the
    template's path and checks its source's checksum and Jinja's own version,
    so a changed template is compiled again; the pages are the same bytes. A
    folder that cannot be made (a Dask worker without the state folder) leaves
    the build as it was.
    """
    import jinja2

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return
    theme = config.theme
    make_env = theme.get_env

    def get_env() -> Any:
        env = make_env()
        env.bytecode_cache = jinja2.FileSystemBytecodeCache(str(folder))
        return env

    theme.get_env = get_env


def _list_theme_without_hidden(config: Any) -> None:
    """Make the theme's Jinja environment list its files without walking hidden folders, when its caller drops them anyway.

    MkDocs finds the theme's static files (``Files.add_files_from_theme``) by listing every file of the theme's
    folders and dropping, among others, every path with a part that starts with a dot (its patterns ``.*`` and
    ``*/.*``). Material's templates hold 14,356 icons in ``.icons`` (for the emoji extension, which reads them
    itself), so each shard build walked 14,510 files and matched each against a dozen patterns to keep 162: 0.06 CPU
    s of a dirty actor shard's 0.2, a fixed part of every build, dirty or clean (#18: a one-article rebuild at 2,000
    briefings makes four such builds, at 20,000 two dozen). Here the walk skips hidden folders and files, which gives
    the same list exactly when the caller's filter drops hidden paths (checked on two probes, one at the top and one
    nested, each call); any other call, or a loader other than a plain folder loader, lists as before.
    """
    import jinja2

    theme = config.theme
    make_env = theme.get_env

    def get_env() -> Any:
        env = make_env()
        loader = env.loader
        if type(loader) is not jinja2.FileSystemLoader:
            return env
        listed = env.list_templates

        def list_templates(extensions: Any = None, filter_func: Any = None) -> list[str]:
            if extensions is not None or filter_func is None or filter_func(".probe") or filter_func("probe/.probe"):
                return listed(extensions, filter_func)
            return [name for name in _visible_files(loader) if filter_func(name)]

        env.list_templates = list_templates
        return env

    theme.get_env = get_env


def _visible_files(loader: Any) -> list[str]:
    """What a Jinja ``FileSystemLoader`` lists (its ``list_templates``: sorted, each name once), without any path one of
    whose parts starts with a dot; hidden folders are not walked."""
    found: set[str] = set()
    for searchpath in loader.searchpath:
        for dirpath, dirnames, filenames in os.walk(searchpath, followlinks=loader.followlinks):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for filename in filenames:
                if filename.startswith("."):
                    continue
                name = os.path.join(dirpath, filename)[len(searchpath) :].strip(os.path.sep).replace(os.path.sep, "/")
                found.add(name[2:] if name[:2] == "./" else name)
    return sorted(found)


class _PortalThemeAssets:
    """A period shard's pages load the theme's files from the portal's copy at the site's root (#18).

    Every MkDocs build copies the theme's static files (Material's scripts,
    styles, icons, the lunr files: 2.5 MB, 1 MB of it a source map) into its
    site, so a site of 68 monthly shards published 68 identical copies and a
    reader's browser fetched the theme again in every period it visited. The
    theme and its files are the portal's (one config), so a link that leads to
    one of them inside the shard (``../assets/javascripts/bundle….js``) is
    made to lead to the portal's instead by prefixing the shard root's relative
    URL of the site root (``../../``): still a relative URL, so the site works
    from any folder of any static host and from ``file://``; publishing then
    leaves the shard's copy out (:func:`_published_files`). Only links of the
    written HTML pages whose target is a theme file of this build change.

    The theme's scope (``__md_scope``, the ``base`` of its ``__config``) is
    moved to the site's root too: Material keys what a reader chose (the
    light / dark palette) in the browser's storage by the scope's path, so a
    shard's own root as scope forgot the choice in every shard the reader
    opened, and the actor pages (#18: in shards of their own) would have lost
    what they had in the portal. Their scope is now the portal's, byte for byte.
    """

    _CONFIG = re.compile(r'(<script id="__config" type="application/json">\{[^<]*?"base": )("[^"]*")')

    _LINK = re.compile(r'(\s(?:href|src)=")([^":#?]+)(?=["#?])')

    def __init__(self, root: str) -> None:
        self.root = root
        self.theme: frozenset[str] = frozenset()

    def on_files(self, files: Any, *, config: Any) -> Any:
        docs = os.path.abspath(config.docs_dir) + os.sep
        self.theme = frozenset(
            f.src_uri for f in files if f.src_uri.startswith("assets/") and not f.is_documentation_page() and not str(f.abs_src_path or "").startswith(docs)
        )
        return files

    def on_post_page(self, output: str, *, page: Any, config: Any) -> str:
        import json

        from mkdocs.utils import get_relative_url

        url = page.url
        folder = url.rstrip("/") if url.endswith("/") else posixpath.dirname(url)

        def move(match: re.Match[str]) -> str:
            target = posixpath.normpath(posixpath.join(folder, match.group(2)))
            return match.group(1) + self.root + match.group(2) if target in self.theme else match.group(0)

        output = self._LINK.sub(move, output)
        base = get_relative_url(".", url)  # the page's way to its build's root, as the theme wrote it
        site = posixpath.normpath(posixpath.join(base, self.root))  # ... and to the site's root, as the portal writes it
        output = output.replace(f"__md_scope=new URL({json.dumps(base)},location)", f"__md_scope=new URL({json.dumps(site)},location)", 1)
        return self._CONFIG.sub(lambda m: m.group(1) + json.dumps(site) if m.group(2) == json.dumps(base) else m.group(0), output, count=1)


#: Plugins known to gather from a page's front matter and Markdown only (``on_page_markdown``), never from its
#: converted HTML: with only these, a dirty build need not convert the pages it does not write.
_MARKDOWN_ONLY_PLUGINS = frozenset({"tags", "material/tags"})


def _reads_markdown_only(config: Any) -> bool:
    """Whether every plugin of a loaded MkDocs config is one of :data:`_MARKDOWN_ONLY_PLUGINS`."""
    return set(config.plugins) <= _MARKDOWN_ONLY_PLUGINS


def _dirty_populate(populate: Callable[..., None], *, convert: bool) -> Callable[..., None]:
    """MkDocs' ``_populate_page`` for a dirty build that still reads every page.

    MkDocs' own dirty build skips unchanged pages entirely, so plugins that
    gather from all pages (Material's tags) would lose the unchanged ones. Here
    an unchanged page is read and goes through ``on_pre_page`` and
    ``on_page_markdown`` (where the tags plugin collects), but is not converted
    to HTML when ``convert`` is false (only markdown-reading plugins, see
    :func:`_reads_markdown_only`) and its front matter names its title: the
    conversion is most of a page's cost, nothing is written for the page, and
    its title (all another page uses of it, in listings and navigation) comes
    from the front matter either way. Other pages go through MkDocs' own path,
    and a page holding a tags listing is written again (:func:`_hosts_listing`).
    Anchors of links into an unconverted page are not checked in that build
    (MkDocs skips pages without rendered anchors); the page is unchanged since
    the clean build that checked them.
    """

    def read(page: Any, config: Any, files: Any, dirty: bool = False) -> None:
        if page.file.is_modified():
            return populate(page, config, files, False)
        if convert:
            if _hosts_listing(page, config):
                page.file.is_modified = lambda: True  # written again: what it lists may have changed
            return populate(page, config, files, False)
        # MkDocs' own sequence (_populate_page), the page's file read once: whether it holds a listing is read from
        # its text (reading every file a second time for that was a tenth of the portal's dirty build, #18)
        config._current_page = page
        try:
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            listing = _tags_file(page, config) or _holds_listing(page.markdown or "", config)
            if listing:
                page.file.is_modified = lambda: True  # written again: what it lists may have changed
            page.markdown = config.plugins.on_page_markdown(page.markdown, page=page, config=config, files=files)
            if listing or "title" not in page.meta:  # converted: to be written, or for its title (from the converted HTML)
                page.render(config, files)
                page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
        finally:
            config._current_page = None

    return read


class _Streamed:
    """MkDocs' ``_populate_page`` and ``_build_page`` for a clean build that never holds every page's text (#18).

    MkDocs reads and converts every page before it writes the first, so a
    build holds the Markdown and the HTML of all its pages at once: the
    portal (home, indexes, timeline, every actor page) peaked at 68 / 179 /
    316 MB at 2,000 / 10,000 / 20,000 briefings while each period shard stayed
    near 50 MB. Nothing another page shows of a page needs its text when the
    only plugins read front matter and Markdown (:func:`_reads_markdown_only`:
    the tags plugin gathers in ``on_page_markdown``, lists titles and URLs)
    and the page's front matter names its title (every page briefgen makes).
    Such a page is read and goes through ``on_pre_page`` and
    ``on_page_markdown`` in MkDocs' first pass as before, and its text is let
    go when no plugin changed it; the second pass reads the file again, converts
    it, writes it and lets go of the Markdown and the HTML. Every other page
    (a tags listing, a page without a title in its front matter, a page a
    plugin changed) is converted in the first pass as MkDocs does, and let go
    of once written. The bytes written are MkDocs' own: a page is converted by
    a Markdown instance of its own either way, and anchors are checked after
    the last page from what each conversion kept (``present_anchor_ids``),
    except a page's links to its own anchors (every heading's permalink is
    one): those are checked when it is written and not kept.
    """

    def __init__(self, populate: Callable[..., None], build_page: Callable[..., None]) -> None:
        self.populate_page, self.write_page = populate, build_page
        self.deferred: set[int] = set()  # id() of the pages converted when written
        self.files: Any = None

    def populate(self, page: Any, config: Any, files: Any, dirty: bool = False) -> None:
        self.files = files
        config._current_page = page
        try:
            page = config.plugins.on_pre_page(page, config=config, files=files)
            page.read_source(config)
            source = page.markdown or ""
            page.markdown = config.plugins.on_page_markdown(source, page=page, config=config, files=files)
            if (page.markdown is source or page.markdown == source) and "title" in page.meta and not (
                _tags_file(page, config) or _holds_listing(source, config)
            ):
                page.markdown = ""  # not None: MkDocs gives a page without Markdown no title
                self.deferred.add(id(page))
                return
            page.render(config, files)
            page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=files)
        except Exception as e:
            log = logging.getLogger("mkdocs.commands.build")
            log.error(f"Error reading page '{page.file.src_uri}': {e}")
            raise
        finally:
            config._current_page = None

    def build_page(self, page: Any, config: Any, doc_files: Any, nav: Any, env: Any, dirty: bool = False, excluded: bool = False) -> None:
        if id(page) in self.deferred:
            config._current_page = page
            try:
                page.read_source(config)
                page.render(config, self.files)
                page.content = config.plugins.on_page_content(page.content, page=page, config=config, files=self.files)
            except Exception as e:
                logging.getLogger("mkdocs.commands.build").error(f"Error reading page '{page.file.src_uri}': {e}")
                raise
            finally:
                config._current_page = None
        self.write_page(page, config, doc_files, nav, env, dirty, excluded=excluded)
        if id(page) in self.deferred:
            page.markdown, page.content = "", None
            page.toc = []
            links = page.links_to_anchors
            if links and page.file in links:  # links to its own anchors (every heading's permalink): checked now, not kept
                page.links_to_anchors = {page.file: links.pop(page.file)}
                page.validate_anchor_links(files=self.files, log_level=config.validation.links.anchors)
                page.links_to_anchors = links


def _tags_options(config: Any) -> list[Any]:
    """The options of every plugin of ``config`` that writes tags listings (Material's tags plugin)."""
    found = []
    for plugin in config.plugins.values():
        options = getattr(plugin, "config", None)
        if options is not None and hasattr(options, "listings_directive"):
            found.append(options)
    return found


def _tags_file(page: Any, config: Any) -> bool:
    """Whether ``page`` is a tags plugin's ``tags_file`` (the old way to place a listing)."""
    return any(getattr(options, "tags_file", None) and page.file.src_uri == options.tags_file for options in _tags_options(config))


def _holds_listing(text: str, config: Any) -> bool:
    """Whether a page's Markdown ``text`` holds a tags listing directive of a plugin of ``config``."""
    return any(f"<!-- {options.listings_directive}" in text for options in _tags_options(config))


def _hosts_listing(page: Any, config: Any) -> bool:
    """Whether a page shows what other pages hold: a Material tags listing (its directive, or the old ``tags_file``).

    Such a page's output changes when another page's tags do, though its own
    docs file did not, so a dirty build must write it again (MkDocs' own dirty
    build would keep its old output: a new article's tags missing from the tags page).
    """
    if _tags_file(page, config):
        return True
    if not _tags_options(config):
        return False
    try:
        text = Path(page.file.abs_src_path).read_text(encoding="utf-8-sig", errors="replace")
    except OSError:
        return True  # MkDocs reports the unreadable page itself
    return _holds_listing(text, config)


def _peak_rss_kb() -> int:
    """This process's own peak resident memory in KB.

    Linux's ``VmHWM`` belongs to the process's own address space; ``ru_maxrss``
    of a process started by fork + exec also counts the parent's memory at the
    fork, which would make every shard build look as large as its caller.
    """
    try:
        for line in Path("/proc/self/status").read_text(encoding="ascii").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _run_builds(
    configs: Sequence[str],
    *,
    epochs: Sequence[str],
    jobs: int,
    scheduler: str | None,
    dirty: Sequence[bool] | None = None,
    workers: _DirtyWorkers | None = None,
    read_unchanged: Sequence[bool] | None = None,
    idle_limit: float | None = IDLE_LIMIT,
) -> list[tuple[float, int]]:
    """Build every config, ``jobs`` at a time in fresh processes, or on the Dask cluster at ``scheduler``.

    ``workers``: the dirty builds' workers, started before (:func:`warm_workers`) and ended by the caller; without
    it they are started here, when the first dirty build asks, and ended on return. ``read_unchanged``: for each
    dirty build, whether it must read its unchanged pages (:func:`build_one`; all of them when not given, and on a
    Dask cluster). ``idle_limit``: on a cluster, seconds it may run no task while a shard build of ours waits
    (:mod:`briefgen.shard_cluster`; ``None``: wait for ever)."""
    if not configs:
        return []
    dirty = list(dirty) if dirty is not None else [False] * len(configs)
    reads = list(read_unchanged) if read_unchanged is not None else [True] * len(configs)
    if scheduler:
        from .shard_cluster import build_on_cluster  # imports Dask only for a cluster build

        return build_on_cluster(list(configs), epochs=list(epochs), dirty=dirty, scheduler=scheduler, idle_limit=idle_limit)
    from concurrent.futures import ThreadPoolExecutor

    # One fresh interpreter per clean build (``python -m briefgen.shard_build CONFIG EPOCH``), ``jobs`` at a
    # time: a build's peak memory is its own and nothing leaks between shards. Not a process pool with
    # ``max_tasks_per_child=1``: on Python 3.11 it reported a worker that exited after its task as
    # "terminated abruptly" (BrokenProcessPool) part-way through a 5,000-briefing build. Dirty builds go to one
    # long-lived worker per thread (:class:`_DirtyWorkers`).
    with contextlib.ExitStack() as stack:
        dirty_workers = workers if workers is not None else stack.enter_context(_DirtyWorkers())
        pool = stack.enter_context(ThreadPoolExecutor(max_workers=max(1, jobs)))
        return list(
            pool.map(lambda c, e, d, r: dirty_workers.build(c, e, read_unchanged=r) if d else _build_in_process(c, e), configs, epochs, dirty, reads)
        )


class _DirtyWorkers:
    """Dirty shard builds, each thread's in one worker process of its own that builds one after another (#18).

    A dirty build converts and writes only the pages that changed, so most of
    its cost was starting: a fresh interpreter importing MkDocs, Material and
    the Markdown extensions and loading the config took 0.3 of a month
    shard's 0.45 CPU seconds at 2,000 briefings, and a one-article rebuild
    at 20,000 made 23 such builds. A worker (``python -m briefgen.shard_build
    --serve``) imports once and runs :func:`build_one` for each request, as a
    fresh process would (MkDocs keeps no state between builds: the config,
    plugins, theme and its Jinja environment are made anew by each
    ``load_config``; :func:`build_one` puts back what it patches). Its peak RSS
    is reset before each build (``/proc/self/clear_refs``), so a build reports
    its own. Clean builds, whose memory is the one bounded by #18, keep a
    fresh process each.

    Forked workers (#18): the first worker started ahead is spawned with a
    slot (a request pipe, a reply pipe, a file for what it says) for each
    worker :meth:`defer` puts off, and such a worker is then forked from it
    (:func:`_fork_worker`) instead of started as a fresh interpreter: its
    start was 0.27-0.31 CPU s (the interpreter, then the preload), a fifth of
    a one-article rebuild's CPU at 2,000 briefings, and a fork costs a few
    milliseconds. It is still a process of its own, so what the isolation
    protects holds: MkDocs' module state (the ``mkdocs.commands.build``
    functions :func:`build_one` patches, its loggers' filters), the plugins'
    and the theme's (Material's tags plugin, Jinja's environment and
    caches) and the Markdown extensions' stay out of the driver's process,
    and one worker's build cannot reach another's. The fork is made only
    from a worker that has run no build, so the forked worker starts from
    the state a fresh worker reaches after its own preload (:func:`_serve`
    refuses otherwise, and the worker is spawned fresh). Its CPU time is its
    parent's to collect (the parent waits for it before exiting), so it is
    in the caller's ``RUSAGE_CHILDREN`` as a spawned worker's is.
    """

    def __init__(self) -> None:
        import threading

        self._local = threading.local()
        self._started: list[Any] = []
        #: workers started ahead of the builds (:meth:`prestart`), not yet taken by a thread
        self._idle: list[Any] = []
        #: workers to start later (:meth:`defer`): how many, and the config they preload
        self._deferred: tuple[int, str | None] = (0, None)
        #: slots of the worker that forks the deferred ones (:class:`_ForkSlots`), ``None`` without
        self._forks: _ForkSlots | None = None
        self._lock = threading.Lock()
        self._write = threading.Lock()  # one request line at a time on a worker's stdin (a fork request beside a build's)

    def __enter__(self) -> _DirtyWorkers:
        return self

    def __exit__(self, *exc: object) -> None:
        for proc in self._idle:  # started ahead and never given a build: nothing of theirs to wait for
            with contextlib.suppress(OSError):
                proc.kill()
        if self._forks is not None:
            self._forks.close()
        for proc in self._started:
            with contextlib.suppress(OSError, ValueError):
                proc.stdin.close()
        for proc in self._started:
            try:
                proc.wait(timeout=30)
            except Exception:  # a worker that does not end is ended
                proc.kill()
                proc.wait()
            proc.said.close()

    def _spawn(self, preload: str | None = None, *, forks: _ForkSlots | None = None) -> Any:
        import subprocess
        import sys
        import tempfile

        said = tempfile.TemporaryFile()  # what the worker says outside a build: read only if it dies
        proc = subprocess.Popen(
            [sys.executable, "-m", "briefgen.shard_build", "--serve", *([preload] if preload else []), *(forks.argv() if forks else [])],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=said,
            text=True,
            encoding="utf-8",
            pass_fds=forks.passed() if forks else (),
        )
        if forks is not None:
            forks.started(proc)
            self._forks = forks
        proc.said = said  # type: ignore[attr-defined]
        with self._lock:
            self._started.append(proc)
        return proc

    def prestart(self, count: int, *, preload: str | None = None, forks: int = 0) -> None:
        """Start ``count`` workers now, each importing MkDocs and loading the config ``preload`` (a shard's config
        of the last build) while the caller assembles and plans the site (#18).

        A worker's start (0.3 CPU s: MkDocs, Material, the Markdown extensions) was a fixed part of every
        one-article rebuild's builds stage, half of it at 2,000 briefings; started first, it runs on the core the
        assembly leaves idle. A build then finds its worker ready (:meth:`_worker` takes an idle one).

        Where workers can be forked (:func:`_can_fork`), one interpreter is started and the other ``count - 1`` are
        forked from it as soon as it has preloaded (asked now, :meth:`_fork`): ready about when fresh ones started
        beside it on spare cores would be, for a few milliseconds each instead of a start. ``forks``: slots kept for
        that many more, forked later (:meth:`start_deferred`).
        """
        started = 0
        if count > 0 and count - 1 + forks > 0 and self._forks is None and _can_fork():
            proc = self._spawn(preload, forks=_ForkSlots(count - 1 + forks))
            with self._lock:
                self._idle.append(proc)
            started = 1
            while started < count:
                forked = self._fork()
                if forked is None:
                    break
                with self._lock:
                    self._idle.append(forked)
                started += 1
        for _ in range(count - started):
            proc = self._spawn(preload)
            with self._lock:  # a build's thread may be taking an idle worker (start_deferred from _worker)
                self._idle.append(proc)

    def _fork(self) -> Any | None:
        """A worker forked from the one :meth:`prestart` gave slots (:func:`_fork_worker`), ``None`` when there is no
        slot left or that worker is gone; it says whether it was forked only when a build first takes it (:meth:`_worker`),
        so asking costs the caller one line written."""
        forks = self._forks
        if forks is None:
            return None
        with self._lock:
            slot = forks.take()
        if slot is None:
            return None
        try:
            with self._write:
                forks.parent.stdin.write(json.dumps({"fork": slot.index}) + "\n")
                forks.parent.stdin.flush()
        except (OSError, ValueError):
            slot.close()
            return None
        proc = slot.handle()
        with self._lock:
            self._started.append(proc)
        return proc

    def defer(self, count: int, *, preload: str | None = None) -> None:
        """Start ``count`` more workers (preloading ``preload``) when :meth:`start_deferred` is called, or when a build
        finds no idle worker.

        Why (#18): on two cores, two workers importing beside the assembly made three busy processes for the first
        half second of a one-article rebuild, and the assembly, the rebuild's longest step, ran at two thirds of a
        core while they did. One worker started ahead takes the core the assembly leaves idle; the others start
        when the briefings are indexed (:func:`build_sharded_site`), about when the first has imported, or beside
        the plan (:func:`publish_pages`), and are ready when the builds begin.
        """
        self._deferred = (max(0, count), preload)

    def start_deferred(self) -> None:
        """Start the workers :meth:`defer` put off (once; nothing when none were): forked from the worker started
        ahead where it has a slot left (:meth:`_fork`), else fresh."""
        with self._lock:
            (count, preload), self._deferred = self._deferred, (0, None)
        spawn = 0
        for _ in range(count):
            proc = self._fork()
            if proc is None:
                spawn += 1
                continue
            with self._lock:
                self._idle.append(proc)
        self.prestart(spawn, preload=preload)

    def _worker(self) -> Any:
        proc = getattr(self._local, "proc", None)
        if proc is None or proc.poll() is not None:
            self.start_deferred()  # a build before the deferred workers were started: they are started now
            proc = None
            with self._lock:
                while self._idle and proc is None:
                    taken = self._idle.pop(0)
                    proc = taken if taken.poll() is None else None
            if proc is not None and isinstance(proc, _Forked) and not proc.hello():
                proc = None  # its parent could not fork it (it had built, or is gone): a fresh one instead
            if proc is None:
                proc = self._spawn()
            self._local.proc = proc
        return proc

    def build(self, config_file: str, epoch: str, *, read_unchanged: bool = True) -> tuple[float, int]:
        import sys

        proc = self._worker()
        try:
            with self._write:
                proc.stdin.write(json.dumps([config_file, epoch, read_unchanged]) + "\n")
                proc.stdin.flush()
            line = proc.stdout.readline()
        except (OSError, ValueError):
            line = ""
        if not line:  # the worker died: what it said last is the reason
            proc.kill()
            proc.wait()
            proc.said.seek(0)
            lines = [x for x in proc.said.read().decode("utf-8", "replace").splitlines() if x.strip()]
            raise BriefgenError(one_line(lines[-1] if lines else f"{config_file}: shard build failed (worker exit {proc.returncode})"))
        reply = json.loads(line)
        if reply["stderr"].strip():  # the build's own warnings, as a one-process build would show them
            sys.stderr.write(reply["stderr"])
        if "error" in reply:
            raise BriefgenError(reply["error"])
        seconds, peak = reply["result"]
        return float(seconds), int(peak)


def _can_fork() -> bool:
    """Whether a worker may be forked here: on Linux only (elsewhere every worker is spawned, as before). macOS has
    ``fork`` too, but a process that has loaded its system frameworks is not safe to fork there, and Python's own
    ``multiprocessing`` stopped forking by default on it for that reason."""
    import sys

    return hasattr(os, "fork") and sys.platform.startswith("linux")


class _Slot:
    """One worker to be forked (:class:`_ForkSlots`): the driver's ends of its pipes, and its ends for the fork."""

    def __init__(self, index: int) -> None:
        import tempfile

        self.index = index
        self.request_r, self.request_w = os.pipe()
        self.reply_r, self.reply_w = os.pipe()
        self.said = tempfile.TemporaryFile()  # what the forked worker says outside a build: read only if it dies

    def theirs(self) -> tuple[int, int, int]:
        """The descriptors the forking worker is given for this slot: requests to read, replies to write, its stderr."""
        return self.request_r, self.reply_w, self.said.fileno()

    def drop_theirs(self) -> None:
        """Close the driver's copies of the worker's ends, once the forking worker has them (so a worker's death is an
        end of file to the driver)."""
        for fd in (self.request_r, self.reply_w):
            with contextlib.suppress(OSError):
                os.close(fd)
        self.request_r = self.reply_w = -1

    def handle(self) -> _Forked:
        return _Forked(
            open(self.request_w, "w", encoding="utf-8", closefd=True),  # noqa: SIM115 (kept open while the worker serves)
            open(self.reply_r, encoding="utf-8", closefd=True),  # noqa: SIM115
            self.said,
        )

    def close(self) -> None:
        for fd in (self.request_r, self.request_w, self.reply_r, self.reply_w):
            if fd >= 0:
                with contextlib.suppress(OSError):
                    os.close(fd)
        self.request_r = self.request_w = self.reply_r = self.reply_w = -1
        self.said.close()


class _ForkSlots:
    """The slots of the one worker that forks the others (:class:`_DirtyWorkers`, #18)."""

    def __init__(self, count: int) -> None:
        self.free = [_Slot(k) for k in range(count)]
        self.parent: Any = None

    def argv(self) -> list[str]:
        return ["--forks", ",".join(":".join(map(str, slot.theirs())) for slot in self.free)]

    def passed(self) -> tuple[int, ...]:
        return tuple(fd for slot in self.free for fd in slot.theirs())

    def started(self, proc: Any) -> None:
        self.parent = proc
        for slot in self.free:
            slot.drop_theirs()

    def take(self) -> _Slot | None:
        if self.parent is None or self.parent.poll() is not None or not self.free:
            return None
        return self.free.pop(0)

    def close(self) -> None:
        """Slots never taken: their pipes closed (the forking worker's copies end with it)."""
        for slot in self.free:
            slot.close()
        self.free = []


class _Forked:
    """The driver's handle on a forked worker (:func:`_fork_worker`): what :class:`_DirtyWorkers` uses of a ``Popen``.

    The worker is its parent's child, not the driver's: the parent reaps it (and so adds its CPU time to its own
    children's, which the driver's ``RUSAGE_CHILDREN`` takes when it reaps the parent). Its end is seen here as the end
    of its reply pipe, which it alone holds open.
    """

    def __init__(self, stdin: Any, stdout: Any, said: Any) -> None:
        self.stdin, self.stdout, self.said = stdin, stdout, said
        self.pid: int | None = None
        self.returncode: int | None = None

    def hello(self) -> bool:
        """Wait for the worker's first line, its pid (``False``: it was not forked, or is gone)."""
        if self.pid is None and self.returncode is None:
            try:
                self.pid = int(json.loads(self.stdout.readline())["forked"])
            except (OSError, ValueError, KeyError, TypeError):
                self.kill()
        return self.returncode is None

    def poll(self) -> int | None:
        return self.returncode

    def kill(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stdin.close()  # a worker not yet forked, or idle, ends at the end of its requests
        if self.pid is not None and self.returncode is None:
            import signal

            with contextlib.suppress(OSError):
                os.kill(self.pid, signal.SIGKILL)
        if self.returncode is None:
            self.returncode = -9

    def wait(self, timeout: float | None = None) -> int:
        """Wait for the worker to end (its reply pipe closes); ``subprocess.TimeoutExpired`` after ``timeout`` s."""
        import select
        import subprocess

        if self.returncode is not None and self.stdout.closed:
            return self.returncode
        deadline = None if timeout is None else time.monotonic() + timeout
        fd = self.stdout.fileno()
        while True:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([fd], [], [], left)
            if not ready:
                raise subprocess.TimeoutExpired(f"forked worker {self.pid}", timeout or 0.0)
            if not os.read(fd, 65536):
                break
        self.stdout.close()
        if self.returncode is None:
            self.returncode = 0
        return self.returncode


def _fork_worker(slot: tuple[int, int, int], others: Sequence[tuple[int, int, int]], serve: Callable[[Any, Any], None]) -> int:
    """Fork this worker (the parent: returns the child's pid); the child serves on ``slot`` (request and reply pipes,
    stderr) until its requests end, and exits (#18: :class:`_DirtyWorkers`).

    The child closes every descriptor of the other slots and its parent's stdin and stdout, so that the driver sees
    the end of each worker's replies when that worker ends.
    """
    import sys

    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid:
        return pid
    code = 0
    try:
        request, reply, said = slot
        os.dup2(request, 0)
        os.dup2(reply, 1)
        os.dup2(said, 2)
        for fd in {fd for s in (slot, *others) for fd in s}:
            if fd > 2:
                with contextlib.suppress(OSError):
                    os.close(fd)
        sys.stdin = open(0, encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout = open(1, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stderr = open(2, "w", encoding="utf-8", closefd=False)  # noqa: SIM115
        sys.stdout.write(json.dumps({"forked": os.getpid()}) + "\n")
        sys.stdout.flush()
        serve(sys.stdin, sys.stdout)
        sys.stderr.flush()
    except BaseException:  # the child never returns into its parent's loop
        code = 1
    finally:
        os._exit(code)


def _serve(preload: str | None = None, forks: Sequence[tuple[int, int, int]] = ()) -> None:
    """``python -m briefgen.shard_build --serve [CONFIG] [--forks R:W:E,...]``: dirty builds, one JSON request a line
    (``[config, epoch, read_unchanged]``) on stdin, one JSON reply a line on stdout, until stdin closes
    (:class:`_DirtyWorkers`). What a build prints goes into its reply's ``stderr``, so stdout carries replies only.
    ``preload``: a config loaded (and dropped) before the first request, so that MkDocs, the theme, its plugins and
    Markdown extensions are imported while nobody waits. ``forks``: slots (descriptors of a request pipe, a reply
    pipe and a stderr file) of workers this one forks when asked (``{"fork": K}``), before its first build only; the
    forked workers are waited for before this one exits."""
    import sys

    if preload:
        _preload(preload)
        _settle()
    slots = dict(enumerate(forks))
    children: list[int] = []
    builds = 0
    replies = sys.stdout
    for line in sys.stdin:
        request = json.loads(line)
        if isinstance(request, dict):  # a fork request: its answer goes to the slot's reply pipe, never here
            slot = slots.pop(int(request.get("fork", -1)), None)
            if slot is not None:
                _fork_or_refuse(slot, list(slots.values()), children, built=builds > 0)
            continue
        builds += 1
        _serve_one(request, replies)
    for slot in slots.values():
        for fd in slot:
            with contextlib.suppress(OSError):
                os.close(fd)
    for pid in children:  # their CPU time becomes this worker's children's, and so the driver's (RUSAGE_CHILDREN)
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(pid, 0)
    # stdin closed: every reply is written and flushed, and nothing else is the worker's to finish. Tearing down an
    # interpreter holding MkDocs, Material and the Markdown extensions took 0.1-0.2 s the driver waited on at the end
    # of each rebuild (:meth:`_DirtyWorkers.__exit__`), a fixed part of a one-article rebuild (#18)
    sys.stderr.flush()
    os._exit(0)


def _serve_forked(requests: Any, replies: Any) -> None:
    """A forked worker's loop (:func:`_fork_worker`): builds only, until its requests end."""
    for line in requests:
        request = json.loads(line)
        if isinstance(request, list):
            _serve_one(request, replies)


def _fork_or_refuse(slot: tuple[int, int, int], others: Sequence[tuple[int, int, int]], children: list[int], *, built: bool) -> None:
    """Fork a worker on ``slot``, or say on its reply pipe why not: this worker has built (the forked one would start
    from that build's state, not from a preload's), runs threads, or the fork failed. The driver then starts a fresh one."""
    import threading

    reason = "this worker has built" if built else "this worker runs threads" if threading.active_count() > 1 else None
    if reason is None:
        try:
            children.append(_fork_worker(slot, others, _serve_forked))
        except OSError as exc:
            reason = f"fork failed: {exc}"
    if reason is not None:
        with contextlib.suppress(OSError):
            os.write(slot[1], (json.dumps({"error": reason}) + "\n").encode("utf-8"))
    for fd in slot:  # the child has its own copies; the parent's would hide the child's end from the driver
        with contextlib.suppress(OSError):
            os.close(fd)


def _serve_one(request: list[Any], replies: Any) -> None:
    """One dirty build of a worker's loop, its reply written, its cycles let go (:func:`_settle`)."""
    import io

    config_file, epoch, *rest = request
    _reset_peak_rss()
    said = io.StringIO()
    reply: dict[str, Any]
    with contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        try:
            reply = {"result": list(build_one(config_file, epoch, dirty=True, read_unchanged=bool(rest[0]) if rest else True))}
        except BriefgenError as exc:
            reply = {"error": str(exc)}
    reply["stderr"] = said.getvalue()
    replies.write(json.dumps(reply) + "\n")
    replies.flush()
    _settle()  # the build's pages, config and theme hold cycles: let them go before the next build


def _settle() -> None:
    """Between a dirty-build worker's builds: collect the last build's cycles, then freeze what is left (#18).

    What survives a full collection here is the worker's for its life (MkDocs, Material, the Markdown extensions,
    the theme's caches: 33,500 tracked objects once a config is preloaded), and each full pass scanned it all again
    (0.012-0.015 CPU s) — the one after each build and those a build sets off. Frozen (:func:`gc.freeze`), it is
    left out of them; what the next build makes is collected as before. A worker lives for one rebuild.
    """
    import gc

    gc.collect()
    gc.freeze()


def _preload(config_file: str) -> None:
    """Import what a build of ``config_file`` imports, and nothing more: its config is loaded and let go (MkDocs makes
    the config, plugins and theme anew for each build), the theme's Jinja environment made once. Any failure is the
    build's to report, so it is ignored here."""
    import io

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    said = io.StringIO()
    with contextlib.suppress(Exception), contextlib.redirect_stdout(said), contextlib.redirect_stderr(said):
        import markdown
        from mkdocs.commands import build as _build  # noqa: F401
        from mkdocs.config import load_config

        config = load_config(config_file=config_file)
        config.theme.get_env()
        markdown.Markdown(extensions=config.markdown_extensions, extension_configs=config.mdx_configs or {})


@contextlib.contextmanager
def warm_workers(state_dir: Path, *, jobs: int, scheduler: str | None = None) -> Iterator[_DirtyWorkers | None]:
    """The dirty builds' workers when ``state_dir`` holds a last build to rebuild dirty (else ``None``): ``jobs`` of
    them, each preloading that build's portal config — as many started now as the cores the caller's assembly leaves
    idle, at least one (:meth:`_DirtyWorkers.prestart`), the others when the caller calls
    :meth:`~_DirtyWorkers.start_deferred` or the first build asks (:meth:`~_DirtyWorkers.defer`: on two cores, two
    workers importing beside the assembly slowed it). Ended on exit, used or not; a Dask
    ``scheduler`` builds elsewhere, so none are started."""
    state_dir = Path(state_dir)
    configs = state_dir / "configs"
    digests = state_dir / "digests"
    if scheduler or not (state_dir / "built").is_dir() or not digests.is_dir() or not any(digests.iterdir()):
        yield None
        return
    preload = configs / "portal.yml"
    if not preload.is_file():
        preload = next(iter(sorted(configs.glob("*.yml"))), preload)
    with _DirtyWorkers() as workers:
        loaded = str(preload) if preload.is_file() else None
        ahead = min(max(1, jobs), max(1, _cores() - 1))  # the cores the assembly leaves idle
        workers.prestart(ahead, preload=loaded, forks=max(1, jobs) - ahead)  # the first forks the deferred ones
        workers.defer(max(1, jobs) - ahead, preload=loaded)
        yield workers


def _cores() -> int:
    """The CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def _reset_peak_rss() -> None:
    """Start this process's peak RSS (``VmHWM``) again from its current RSS, where Linux allows it."""
    with contextlib.suppress(OSError):
        Path(f"/proc/{os.getpid()}/clear_refs").write_text("5", encoding="ascii")


def _build_in_process(config_file: str, epoch: str, dirty: bool = False) -> tuple[float, int]:
    import json
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "briefgen.shard_build", config_file, epoch, *(["dirty"] if dirty else [])], capture_output=True, text=True, check=False
    )
    if done.stderr.strip():  # the build's own warnings, as a one-process build would show them
        sys.stderr.write(done.stderr)
    if done.returncode != 0:
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        raise BriefgenError(one_line(lines[-1] if lines else f"{config_file}: shard build failed (exit {done.returncode})"))
    seconds, peak = json.loads(done.stdout.strip().splitlines()[-1])
    return float(seconds), int(peak)


#: What a period shard's build writes that only makes sense at the site's root: a host serves
#: the root's 404 page, and a period's would link its theme files from the wrong place.
_ROOT_ONLY = frozenset({"404.html"})
#: A build's own sitemap files, which an actor shard does not publish as they are (they would replace each other in ``actors/``).
_SHARD_SITEMAPS = frozenset({"sitemap.xml", "sitemap.xml.gz"})


def _published_files(source: Path, folder: str, *, skip: frozenset[str] = frozenset(), shared: frozenset[str] = frozenset()) -> dict[str, _Source]:
    """``{path in site/: file}`` for every file of one shard's build ``source``, published under ``folder``.

    ``skip``: names of top-level files not to publish. ``shared``: paths inside the build (``assets/…``) of the
    theme's files that its pages load from the portal's copy (:class:`_PortalThemeAssets`), not published.
    Each file comes with its inode, which the directory listing gives for free (:func:`_publish` compares it).
    """
    found: dict[str, _Source] = {}
    lead = f"{folder}/" if folder else ""

    def walk(path: str, rel: str) -> None:  # strings and scandir: tens of thousands of files at 20,000 briefings
        with os.scandir(path) as listing:
            entries = sorted(listing, key=lambda e: e.name)
        for entry in entries:
            inner = f"{rel}{entry.name}"
            if entry.is_dir(follow_symlinks=False):
                walk(entry.path, inner + "/")
            elif not (not rel and entry.name in skip) and inner not in shared:
                found[lead + inner] = _Source(entry.path, entry.inode())

    if source.is_dir():
        walk(str(source), "")
    return found


#: The state folder's folders holding one entry per shard (removed with the shard).
_STATE_SUBS = ("configs", "docs", "built", "digests", "listings", "published")


def _folder_id(path: Path) -> str:
    """A folder's path with its device and inode: a state folder copied or restored elsewhere (a CI cache) has other
    inodes, so its listings, which hold each file's inode, are not taken for it."""
    try:
        st = os.stat(path)
    except OSError:
        return f"{path}\0missing"
    return f"{path}\0{st.st_dev}\0{st.st_ino}"


class _ListingMemo:
    """The files of one shard's build as :func:`_published_files` last listed them (``STATE/published/NAME``), with a key:
    the shard's digest and whatever else the listing depends on (its folder, the portal's theme files).

    A shard whose digest is the last build's was not built, so its build folder holds what it held; its listing is read
    back (one small file) instead of walking a folder per page. Never trusted for a shard built in this run (``trusted``
    false: MkDocs wrote into its folder) or when the key differs (another digest, or a build folder of another inode:
    :func:`_folder_id`); a damaged file is a miss.
    """

    def __init__(self, path: Path, *, key: str) -> None:
        self.path, self.key = path, key

    def get(self, *, trusted: bool) -> dict[str, _Source] | None:
        if not trusted:
            return None
        import json

        try:
            data = json.loads(self.path.read_bytes())
            if data["key"] != self.key:
                return None
            return {rel: _Source(path, inode) for rel, path, inode in data["files"]}
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put(self, found: dict[str, _Source]) -> dict[str, _Source]:
        import json

        data = {"key": self.key, "files": [[rel, src.path, src.inode] for rel, src in found.items()]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.path.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
        return found


@dataclass(frozen=True, slots=True)
class _Source:
    """A file of a shard's build: its path and inode."""

    path: str
    inode: int


def _warn_replaced(rels: Iterable[str], site_dir: Path, *, by: str) -> None:
    """One line per file of the site's own docs that a period's file replaces in the site (the period's is published,
    as a generated page replaces a docs page without shards; #18: said, not silent)."""
    for rel in sorted(rels):
        logging.getLogger("mkdocs.plugins.briefgen").warning(
            one_line(f"{site_dir / rel}: a file of the site's own docs is published here, and so is {by}; the latter is published")
        )


def _portal_files_in_folders(
    own_docs_dir: Path, site_dir: Path, folders: Sequence[str], portal_pages: Sequence[str], *, directory_urls: bool
) -> dict[str, _Source]:
    """``{path in site/: file}`` of what ``mkdocs build`` wrote into ``site_dir`` inside the shards' folders: the site's
    own docs there (``docs/briefings/2025-06/notes.pdf``) and the portal's generated pages there (``actors/index.md``
    beside the actor shards in ``actors/``, ``timeline/index.md`` beside the timeline's list shards; ``portal_pages``:
    the portal's docs paths).

    With the plugin, MkDocs builds the portal (the site's own docs included) straight into ``site/``, and publishing
    then makes each shard's folder hold that shard's build alone: a file of the user's there was deleted, while
    ``briefgen build --shard-by`` (whose portal build is published too) kept it, and the actor shards could not be
    published in ``actors/`` beside the actors index (#18). Kept now the same way: a shard's file of the same path
    still wins (a generated page replaces a docs page, as without shards).
    """
    from mkdocs.structure.files import File

    def inside(rel: str) -> bool:
        return any(rel.startswith(f"{folder}/") for folder in folders)

    rels: list[str] = [rel for rel in portal_pages if inside(rel)]
    for folder in dict.fromkeys(folders):
        base = own_docs_dir / folder
        if not base.is_dir():
            continue
        for path in sorted(base.rglob("*")):
            rel = path.relative_to(own_docs_dir).as_posix()
            if path.is_file() and not any(part.startswith(".") for part in rel.split("/")):
                rels.append(rel)
    found: dict[str, _Source] = {}
    for rel in rels:
        dest = File(rel, src_dir=str(own_docs_dir), dest_dir=str(site_dir), use_directory_urls=directory_urls).dest_uri
        written = site_dir / dest
        if dest not in found and written.is_file():
            found[dest] = _Source(str(written), written.stat().st_ino)
    return found


def _theme_files(portal: Path) -> frozenset[str]:
    """The portal build's ``assets/…`` files (relative paths), the copy of the theme's files every shard's pages load."""
    assets = portal / "assets"
    return frozenset(p.relative_to(portal).as_posix() for p in assets.rglob("*") if p.is_file()) if assets.is_dir() else frozenset()


def _publish(files: dict[str, _Source], site_dir: Path, *, scopes: Sequence[Path], keep: frozenset[str] = frozenset()) -> list[str] | None:
    """Make ``site_dir`` hold ``files`` (path in the site -> the shard build's file), touching only what differs.

    Each file is hard-linked from the shard's last build (copied where the
    file system refuses links). A file already linked to the same build file
    stays as it is, so publishing after one new article costs what the shards
    built again wrote, not the whole site (clearing and linking some 10,000
    files was a sixth of such a rebuild at 2,000 briefings). Below ``scopes``,
    everything that is not one of ``files`` is removed, except entries at the
    top of ``site_dir`` whose names start with a dot or are in ``keep``.

    Whether a published file is already the build's file is read from the
    inodes the directory listings give (both folders on one file system), not
    from two ``stat`` calls per file: the site has some 70,000 files at 20,000
    briefings, and a rebuild changes a few hundred.

    Returns, when ``site_dir`` itself is the one scope, every ``.html`` file the site then holds outside its top-level
    ``pagefind/`` (paths in the site): ``files``' own, and the pages of the top-level entries this left alone
    (:func:`~briefgen.site.search.html_in_kept`), for the search index, which walked the whole site again to find them
    (#18); otherwise ``None``.
    """
    from .site.search import PAGEFIND_DIR, html_in_kept

    site = str(site_dir)
    published: dict[str, int] = {}  # path in the site -> inode, of what is there now
    left: list[str] = []  # top-level entries left alone (hidden, or in keep)
    for scope in scopes:
        if not scope.is_dir() or scope.is_symlink():
            continue
        base = os.path.relpath(scope, site).replace(os.sep, "/")
        _clear_and_list(str(scope), "" if base == "." else base + "/", files=files, keep=keep, published=published, left_at_top=left)
    try:
        one_device = os.stat(site).st_dev == os.stat(next(iter(files.values())).path).st_dev if files else True
    except OSError:
        one_device = False
    for rel, source in files.items():
        dest = os.path.join(site, rel)
        if one_device:
            if published.get(rel) == source.inode:
                continue
        else:
            try:
                if os.path.samefile(source.path, dest):
                    continue
            except OSError:
                pass
        if os.path.isdir(dest) and not os.path.islink(dest):
            shutil.rmtree(dest)
        elif os.path.lexists(dest):
            os.unlink(dest)
        os.makedirs(os.path.dirname(dest), exist_ok=True)
        try:
            os.link(source.path, dest)
        except OSError:
            shutil.copy2(source.path, dest)
    if [os.path.abspath(scope) for scope in scopes] != [os.path.abspath(site)]:
        return None
    index = f"{PAGEFIND_DIR}/"  # a page published there (a folder of the site's own docs by that name) is not indexed, as before
    return [rel for rel in files if rel.endswith(".html") and not rel.startswith(index)] + html_in_kept(site_dir, left)


def _clear_and_list(
    path: str, rel: str, *, files: dict[str, _Source], keep: frozenset[str], published: dict[str, int], left_at_top: list[str] | None = None
) -> bool:
    """Below ``path`` (``rel`` in the site), remove what is not one of ``files`` and folders left empty, children first;
    record what stays in ``published`` (its inode). Whether anything is left in ``path``.

    At the site's top (``rel`` empty), entries whose names start with a dot or are in ``keep`` are left alone (and
    their names put in ``left_at_top``).
    """
    left = False
    with os.scandir(path) as listing:
        entries = list(listing)
    for entry in entries:
        name = entry.name
        if not rel and (name.startswith(".") or name in keep):
            left = True
            if left_at_top is not None:
                left_at_top.append(name)
            continue
        inner = f"{rel}{name}"
        if entry.is_symlink():
            os.unlink(entry.path)
        elif entry.is_dir():
            if _clear_and_list(entry.path, inner + "/", files=files, keep=keep, published=published):
                left = True
            else:
                os.rmdir(entry.path)
        elif inner in files:
            published[inner] = entry.inode()
            left = True
        else:
            os.unlink(entry.path)
    return left


def _config_text(config: dict[str, Any], last: Path, *, tail: str) -> str:
    """A shard's config file text: ``config`` as YAML, headed by a key of its values and followed by ``tail``.

    Why (#18): ``yaml.safe_dump`` is pure Python, some 4 ms a config, and every build dumped every shard's config to
    compare it with the last (91 shards at 20,000 briefings; 11 at 2,000, where the one-article rebuild is mostly such
    fixed costs). The key is a digest of the values' ``repr`` (C; for the plain values a config holds — dicts, lists,
    strings, numbers, booleans, ``None``, dates — equal ``repr`` means equal values, ``1`` and ``"1"`` and ``True``
    apart, which JSON would not keep), so when ``last`` (the shard's config file, written by the last build) starts
    with the same key line its text is the same text, and is read instead of dumped again. Keys in another order give
    another key: the config is dumped again, with the same YAML.
    """
    key = hashlib.sha256(repr(config).encode("utf-8") + b"\0" + tail.encode("utf-8")).hexdigest()
    head = f"# briefgen shard config {key}\n"
    try:
        kept = last.read_text(encoding="utf-8")
    except OSError:
        kept = ""
    if kept.startswith(head):
        return kept
    return head + yaml.safe_dump(config, sort_keys=True, allow_unicode=True) + tail


def publish_sharded(
    plan: Any,
    *,
    user_config: Path,
    site_dir: Path,
    state_dir: Path,
    include_portal: bool = True,
    directory_urls: bool = True,
    jobs: int = 1,
    scheduler: str | None = None,
    epoch: str | None = None,
    search: bool = True,
    index: bool = True,
    workers: _DirtyWorkers | None = None,
    idle_limit: float | None = IDLE_LIMIT,
) -> ShardedSite:
    """Build the shards of ``plan`` whose inputs changed and publish them all into ``site_dir``.

    ``include_portal=False`` is the MkDocs plugin's case: ``mkdocs build`` has
    just built the portal into ``site_dir`` itself, so only the other shards
    are built here and linked into it, beside what the portal wrote into their
    folders (:func:`_portal_files_in_folders`). With ``search``, every page loads the
    search box, and (unless ``index`` is false: the plugin indexes after this)
    Pagefind indexes the whole ``site_dir`` once at the end. ``epoch`` is the
    user's ``SOURCE_DATE_EPOCH``, which dates every shard; without it each
    shard is dated by its own newest briefing (see :class:`~briefgen.site.shards.Shard`). ``workers``: the dirty
    builds' workers, started ahead by the caller (:func:`warm_workers`). ``idle_limit``: with a ``scheduler``, seconds
    the cluster may run nothing while a shard waits (:mod:`briefgen.shard_cluster`; ``None``: for ever).
    """
    from .site.search import PAGEFIND_DIR, index_site
    from .site.shards import PORTAL, is_period, shard_digest, shares_folder

    user = load_user_config(user_config)
    config_dir = user_config.resolve().parent
    own_docs_dir = (config_dir / str(user.get("docs_dir") or "docs")).resolve()
    state_dir = state_dir.resolve()
    for sub in _STATE_SUBS:
        (state_dir / sub).mkdir(parents=True, exist_ok=True)
    shards = [s for s in plan.shards if include_portal or s.folder]
    # #18: each period gets a tags listing of its own (its briefings' tag chips lead there), the portal's tags page links them
    shards, own_docs, edited = _tags_listings(plan, shards, user=user, own_docs_dir=own_docs_dir, directory_urls=directory_urls)
    versions = _tool_versions()
    todo: list[tuple[Any, str, Path, str, bool, bool]] = []
    directive = _tags_plugin(user)[0]
    listing_marker = f"<!-- {directive}" if directive else None
    digests: dict[str, str] = {}
    for shard in shards:
        docs, built = state_dir / "docs" / shard.name, state_dir / "built" / shard.name
        config = shard_config(shard, user=user, config_dir=config_dir, docs_dir=docs, site_dir=built, directory_urls=directory_urls, search=search)
        own = own_docs() if not shard.folder else []
        # the comment makes a change of tools or of the site's own docs a change of config, so such a build is clean
        own_digest = hashlib.sha256(b"".join(hashlib.sha256(rel.encode() + b"\0" + data).digest() for rel, data in own)).hexdigest()
        config_file = state_dir / "configs" / f"{shard.name}.yml"
        text = _config_text(config, config_file, tail=f"# {versions} own docs {own_digest} output {SHARD_OUTPUT}\n")
        # the site's tags page with the periods' links (#18): what briefgen adds is a page's change, not the site's (a dirty build)
        own = [(rel, edited.get(rel, data)) for rel, data in own]
        stamp = epoch if epoch is not None else newest_epoch([shard.newest])
        digest = digests[shard.name] = shard_digest(shard, config=f"{text}\n{versions}\nepoch={stamp}", extra=own)
        digest_file = state_dir / "digests" / shard.name
        if built.is_dir() and digest_file.is_file() and digest_file.read_text(encoding="utf-8") == digest:
            continue
        # Only the changed pages are rendered again when the last build was whole (its digest was written) and the config
        # is the same: MkDocs' dirty build, which keys on the docs files' mtimes (_write_docs keeps them); the output of
        # pages that left is deleted first (drop_outputs).
        whole = built.is_dir() and digest_file.is_file()
        same_config = config_file.is_file() and config_file.read_text(encoding="utf-8") == text
        digest_file.unlink(missing_ok=True)  # a build that fails midway is not taken for a whole one next time
        if not same_config:
            config_file.write_text(text, encoding="utf-8")
        removed = _write_docs(docs, shard.pages, own, listing=state_dir / "listings" / shard.name, shard=shard)
        dirty = whole and same_config
        if dirty and removed:
            drop_outputs(built, removed, directory_urls=directory_urls)
        # a dirty build reads its unchanged pages for the tags plugin's listings: a shard with none (an actor or list
        # shard: no page of its own docs, no listing among its pages) need not (#18: most of such a build's time)
        reads = dirty and (not shard.folder or (listing_marker is not None and any(listing_marker in page.content for page in shard.pages)))
        todo.append((shard, digest, config_file, stamp, dirty, reads))
    costs = _run_builds(
        [str(t[2]) for t in todo],
        epochs=[t[3] for t in todo],
        jobs=jobs,
        scheduler=scheduler,
        dirty=[t[4] for t in todo],
        workers=workers,
        read_unchanged=[t[5] for t in todo],
        idle_limit=idle_limit,
    )
    measured: dict[str, tuple[float, int]] = {}
    for (shard, digest, *_), cost in zip(todo, costs, strict=True):
        (state_dir / "digests" / shard.name).write_text(digest, encoding="utf-8")
        measured[shard.name] = cost
    wanted = {s.name for s in shards}
    for sub in _STATE_SUBS:  # periods that no longer have a briefing
        for entry in (state_dir / sub).iterdir():
            name = entry.name.removesuffix(".yml")
            if name not in wanted and (include_portal or name != "portal"):
                shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    site_dir.mkdir(parents=True, exist_ok=True)
    wanted_files: dict[str, _Source] = {}
    # the portal's copy of the theme's files, which the period shards' pages load (the portal is site_dir itself when MkDocs built it)
    portal_theme = _theme_files(state_dir / "built" / "portal" if include_portal else site_dir)
    periods = tuple(dict.fromkeys(f"{s.folder}/" for s in plan.shards if s.folder))
    own_in_periods: set[str] = set()  # what the portal publishes inside a shard's folder: the site's own files, its own pages there
    if not include_portal:  # the plugin's case: the portal's files in a shard's folder, as mkdocs build wrote them (#18)
        folders = list(dict.fromkeys(s.folder for s in shards if s.folder))
        portal_pages = [p.path for p in plan.shard(PORTAL).pages] if any(s.name == PORTAL for s in plan.shards) else []
        wanted_files.update(_portal_files_in_folders(own_docs_dir, site_dir, folders, portal_pages, directory_urls=directory_urls))
        own_in_periods = set(wanted_files)
    theme_key = hashlib.sha256("\0".join(sorted(portal_theme)).encode("utf-8")).hexdigest()
    for shard in shards:  # a later shard's file wins, as when they were linked in this order
        source = state_dir / "built" / shard.name
        # a shard not built this time has the files its last listing found (#18: walking every shard's build was a
        # pass over the whole site in each rebuild); one built now is walked again
        memo = _ListingMemo(state_dir / "published" / shard.name, key=f"{digests.get(shard.name)}\0{_folder_id(source)}\0{shard.folder}\0{theme_key}")
        if shard.folder:
            # every actor shard is published in actors/ (list shards in their family's folder): their sitemaps are
            # published as pieces of distinct names (_sitemaps)
            skip = _ROOT_ONLY | _SHARD_SITEMAPS if shares_folder(shard.name) else _ROOT_ONLY
            found = memo.get(trusted=shard.name not in measured) or memo.put(_published_files(source, shard.folder, skip=skip, shared=portal_theme))
            what = f"period {shard.name}'s build" if is_period(shard) else f"shard {shard.name}'s build"
            _warn_replaced(own_in_periods & found.keys(), site_dir, by=what)
            wanted_files.update(found)
        else:
            wanted_files.update(memo.get(trusted=shard.name not in measured) or memo.put(_published_files(source, shard.folder)))
            own_in_periods = {rel for rel in wanted_files if rel.startswith(periods)} if periods else set()
    if user.get("site_url"):  # #18: sitemaps of bounded size, listed by a sitemap index at the root
        stem = _portal_sitemap_stem(own_docs_dir)
        sitemaps, replaced = _sitemaps(
            plan, site_url=str(user["site_url"]), state_dir=state_dir, site_dir=site_dir, include_portal=include_portal, stem=stem
        )
        _warn_replaced(own_in_periods & sitemaps.keys(), site_dir, by="a piece of its period's sitemap")
        for rel in replaced:  # a period's own sitemap over the limit: its pieces are published instead
            wanted_files.pop(rel, None)
        wanted_files.update({rel: _Source(str(path), path.stat().st_ino) for rel, path in sitemaps.items()})
    # as MkDocs does to its site_dir (hidden entries at the top stay), but only what differs: the portal's whole
    # site/ (with include_portal), else the period folders, which MkDocs left alone
    scopes = [site_dir] if include_portal else [site_dir / s.folder for s in shards]
    # the last search index stays for index_site to update (it removes what the new one no longer references)
    html = _publish(wanted_files, site_dir, scopes=scopes, keep=frozenset({PAGEFIND_DIR}) if search and index else frozenset())
    # the last index grows by a delta of the pages changed since; its page list and the pages' digests stay in the state
    # folder; the pages to check are the ones publishing just listed (the portal's case: it cleared the whole site)
    pages = index_site(site_dir, state_dir=state_dir, html=html).pages if search and index else None
    runs = tuple(
        ShardRun(s.name, s.name in measured, *(measured[s.name] if s.name in measured else (0.0, 0))) for s in shards
    )
    return ShardedSite(runs, site_dir, pages)


def _portal_sitemap_stem(own_docs_dir: Path) -> str:
    """The stem of the portal's sitemap pieces (:func:`~briefgen.site.shards.portal_sitemap_stem`), and a warning
    naming the site's own file when that is not ``sitemap``: a piece never replaces a file the user wrote (#18)."""
    from .site.shards import portal_sitemap_stem

    try:
        with os.scandir(own_docs_dir) as listing:
            names = sorted(e.name for e in listing if e.is_file() and not e.name.startswith("."))
    except OSError:
        names = []
    stem = portal_sitemap_stem(names)
    if stem != "sitemap":
        taken = next(n for n in names if re.fullmatch(r"sitemap-\d+\.xml", n))
        logging.getLogger("mkdocs.plugins.briefgen").warning(
            one_line(f"{own_docs_dir / taken}: the site's own file has the name of a piece of the sharded site's sitemap; the pieces are published as {stem}-K.xml instead")
        )
    return stem


def _sitemaps(
    plan: Any, *, site_url: str, state_dir: Path, site_dir: Path, include_portal: bool, stem: str = "sitemap"
) -> tuple[dict[str, Path], list[str]]:
    """``({path in site/: file}, [paths in site/ not to publish])`` of the sharded site's sitemaps (#18).

    The root ``sitemap.xml`` (and ``.gz``) is a sitemap index; the portal's own
    sitemap is cut into pieces of bounded size
    (:func:`~briefgen.site.shards.split_sitemap`), ``sitemap-K.xml`` at the root (``stem``-K.xml
    where the site's own docs hold a file of such a name: :func:`_portal_sitemap_stem`); a
    period's own sitemap (its MkDocs build's, listing the period's pages at
    their published URLs) is published as it is while it holds at most
    :data:`~briefgen.site.shards.SITEMAP_BYTES`, and otherwise cut into
    ``FOLDER/sitemap-K.xml`` the same way, its own ``sitemap.xml`` and
    ``.gz`` left out of the site (a year of 40 briefings a day has a 2 MB one).
    So search engines reach every page through the index, and no sitemap file
    passes the limit however large a period grows. A period whose sitemap fits
    costs one ``stat``; one over it is read and cut only when its shard was
    built since the last publish cut it (its file's inode, size and mtime, and
    the limits, are remembered in ``state_dir/sitemaps.json``), and a piece's
    file is written only when its bytes change, so publishing after a period's
    rebuild leaves every other period's pieces (and their links in the site) as
    they were, unread. The pieces are written into ``state_dir/sitemaps``.

    The portal's sitemap is its build's (``mkdocs build`` itself wrote it into ``site_dir`` when the portal is not
    ours to build).
    """
    import gzip
    import json

    from .site import shards as layout

    out = state_dir / layout.SITEMAP_DIR
    out.mkdir(parents=True, exist_ok=True)
    memo_file = state_dir / _SITEMAP_MEMO
    try:
        last = json.loads(memo_file.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        last = {}
    memo: dict[str, list] = {}
    files: dict[str, Path] = {}
    wanted: dict[str, bytes] = {}

    def cut_once(name: str | None, source: Path, path_of: Callable[[int], str]) -> int:
        """How many pieces ``source`` is cut into; cut (read, split, compared) only when it is another file than the
        last publish cut (#18: a period not rebuilt keeps its sitemap, its pieces are taken as they are). ``name``
        ``None``: cut every time, remember nothing."""
        try:
            stat = source.stat()
            stamp = [str(source), stat.st_ino, stat.st_size, stat.st_mtime_ns, layout.SITEMAP_BYTES, layout.SITEMAP_URLS]
        except OSError:
            stamp = None
        seen = last.get(name)
        if stamp is not None and seen is not None and seen[:-1] == stamp:
            kept = {path_of(k): out / path_of(k).replace("/", "--") for k in range(1, seen[-1] + 1)}
            if all(file.is_file() for file in kept.values()):
                files.update(kept)
                memo[name] = seen
                return seen[-1]
        parts = layout.split_sitemap(source.read_text(encoding="utf-8") if stamp is not None else "")
        wanted.update({path_of(k): part.encode("utf-8") for k, part in enumerate(parts, 1)})
        if stamp is not None and name is not None:
            memo[name] = [*stamp, len(parts)]
        return len(parts)

    source = (state_dir / "built" / "portal" / "sitemap.xml") if include_portal else (site_dir / "sitemap.xml")
    # the plugin's portal sitemap is MkDocs' own file in site/, written again by every build and then replaced there by
    # the index: cut every time
    portal_files = cut_once("" if include_portal else None, source, lambda k: layout.portal_sitemap_path(k, stem=stem))
    cut: dict[str, int] = {}
    replaced: list[str] = []
    for shard in plan.shards:
        own = state_dir / "built" / shard.name / "sitemap.xml"
        if not shard.folder or (not layout.shares_folder(shard.name) and (not own.is_file() or own.stat().st_size <= layout.SITEMAP_BYTES)):
            continue  # an actor or list shard's is always cut: several are published in one folder (period_sitemap_path)
        cut[shard.name] = cut_once(shard.name, own, lambda k, s=shard: layout.period_sitemap_path(s, k))
        replaced += [f"{shard.folder}/sitemap.xml", f"{shard.folder}/sitemap.xml.gz"]
    index = (layout.sitemap_index(plan, site_url=site_url, portal_files=portal_files, period_files=cut, portal_stem=stem) or "").encode("utf-8")
    wanted |= {"sitemap.xml": index, "sitemap.xml.gz": gzip.compress(index, mtime=0)}
    for rel, data in wanted.items():
        file = out / rel.replace("/", "--")
        if not file.is_file() or file.read_bytes() != data:
            file.unlink(missing_ok=True)  # a new file, not the old one rewritten: the site's hard link to it stays as it was
            file.write_bytes(data)
        files[rel] = file
    for stale in out.iterdir():
        if stale not in files.values():
            stale.unlink()
    memo_file.write_text(json.dumps(memo, sort_keys=True), encoding="utf-8")
    return files, replaced


#: What each sitemap cut into pieces was cut from (its file's path, inode, size and mtime, the limits) and into how many
#: pieces, so that the next publish cuts only the sitemaps of shards that were built again (#18).
_SITEMAP_MEMO = "sitemaps.json"


def newest_epoch(dates: Any) -> str:
    """``SOURCE_DATE_EPOCH`` for a build: its newest date's day (midnight UTC), ``0`` when none is dated.

    ``dates``: ISO date strings (or ``None``), or records with a ``date``.
    """
    import datetime as dt

    days = [d if isinstance(d, str) or d is None else d.date for d in dates]
    newest = max((d for d in days if d), default=None)
    return str(int(dt.datetime.fromisoformat(newest).replace(tzinfo=dt.timezone.utc).timestamp())) if newest else "0"


@dataclass(frozen=True, slots=True)
class SiteConfig:
    """What a sharded build takes from the site's ``mkdocs.yml``: where the briefings go, how URLs look, where the site is."""

    file: Path
    user: dict[str, Any]
    prefix: str
    directory_urls: bool
    site_url: str | None
    site_dir: Path
    search: bool


def site_config(config_file: Path) -> SiteConfig:
    """The parts of ``config_file`` (``mkdocs.yml``) a sharded build reads (the briefgen plugin's ``output`` and ``search``)."""
    user = load_user_config(config_file)
    options = briefgen_options(user)
    return SiteConfig(
        file=config_file,
        user=user,
        prefix=str(options.get("output") or "briefings").strip("/") or "briefings",
        directory_urls=bool(user.get("use_directory_urls", True)),
        site_url=user.get("site_url"),
        site_dir=(config_file.resolve().parent / str(user.get("site_dir") or "site")).resolve(),
        search=bool(options.get("search", True)),
    )


@contextlib.contextmanager
def cached_renderer(renderer: Any, *, site: SiteConfig, state_dir: Path) -> Iterator[Any]:
    """``renderer`` with the last build's pages kept in the state folder: a page whose inputs did not change is not rendered (#18).

    A ``portable`` (``--commonmark``) renderer's pages are kept in a file of their own: one store holds one salt, so
    the two flavours of one build would wipe each other's pages.
    """
    from .site.increment import PAGES_FILE, CachedRenderer, PageStore, renderer_salt

    salt = renderer_salt(renderer, extra=(yaml.safe_dump(site.user, sort_keys=True, allow_unicode=True),))
    name = PAGES_FILE.replace(".sqlite", "-commonmark.sqlite") if getattr(renderer, "portable", False) else PAGES_FILE
    with PageStore(Path(state_dir) / name, salt=salt) as store:
        yield CachedRenderer(renderer, store)


#: The state folder's record of each page's rewritten links (:class:`_LinkMemo`).
LINKS_FILE = "shard-links.sqlite"


class _LinkMemo:
    """Docs path -> what the last plan did to that page's links (``shards.rewrite_links_kept``), kept in ``STATE/shard-links.sqlite``.

    Each record checks itself against the page's text and the shards of its targets, so a record left by a build
    that died part-way is at worst not used; the code digest (``salt``) drops every record when the code changes.
    Rows of paths not asked for by a plan are dropped when it is saved, so the file follows the site's size.
    """

    def __init__(self, path: Path, *, salt: str) -> None:
        import sqlite3

        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT)")
        self.db.execute("CREATE TABLE IF NOT EXISTS memo (path TEXT PRIMARY KEY, blob BLOB)")
        row = self.db.execute("SELECT v FROM meta WHERE k = 'salt'").fetchone()
        if row is None or row[0] != salt:
            self.db.execute("DELETE FROM memo")
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('salt', ?)", (salt,))
        # every record read in one query: a query per page was a third of the plan's time at 2,000 briefings (#18)
        self.kept: dict[str, bytes] = dict(self.db.execute("SELECT path, blob FROM memo"))
        self.asked: set[str] = set()
        self.changed: dict[str, bytes] = {}

    def get(self, path: str) -> bytes | None:
        self.asked.add(path)
        return self.kept.get(path)

    def __setitem__(self, path: str, blob: bytes) -> None:
        self.asked.add(path)
        self.changed[path] = blob

    def save(self) -> None:
        self.db.executemany("INSERT OR REPLACE INTO memo VALUES (?, ?)", self.changed.items())
        gone = [(p,) for p in self.kept if p not in self.asked]
        self.db.executemany("DELETE FROM memo WHERE path = ?", gone)
        self.db.commit()

    def close(self) -> None:
        self.db.close()


def plan_site(
    pages: Iterable[Any],
    dates: Any,
    *,
    site: SiteConfig,
    shard_by: str,
    state_dir: Path,
    actor_pages: int | None = -1,
    list_pages: int | None = -1,
) -> Any:
    """The shard plan of an assembled site's pages (``dates``: briefing name -> date), as both adapters make it.

    ``briefgen build --shard-by`` (:func:`publish_pages`) and the MkDocs plugin
    (its ``mkdocs build`` is the portal's) call this one function, so they cut
    the same site into the same shards. ``actor_pages``: the actor pages go to
    actor shards of about that many pages each (``plan_shards``; ``-1``, the
    default: :data:`~briefgen.site.shards.ACTOR_SHARD_PAGES`); ``list_pages``:
    past that many list pages the portal's list pages go to list shards
    (``-1``: :data:`~briefgen.site.shards.LIST_SHARD_PAGES`); so no build's
    memory grows with the archive (#18). ``None`` keeps them in the portal.
    The link memo (:class:`_LinkMemo`) is kept in ``state_dir``.
    """
    from .site.increment import code_digest
    from .site.shards import ACTOR_SHARD_PAGES, LIST_SHARD_PAGES, plan_shards

    if actor_pages == -1:
        actor_pages = ACTOR_SHARD_PAGES
    if list_pages == -1:
        list_pages = LIST_SHARD_PAGES
    Path(state_dir).mkdir(parents=True, exist_ok=True)
    memo = _LinkMemo(Path(state_dir) / LINKS_FILE, salt=code_digest())
    try:
        plan = plan_shards(
            pages,
            dates,
            shard_by=shard_by,
            prefix=site.prefix,
            directory_urls=site.directory_urls,
            site_url=site.site_url,
            memo=memo,
            actor_pages=actor_pages,
            list_pages=list_pages,
        )
        memo.save()
    except ConfigError as exc:
        raise ConfigError(f"{site.file}: {exc}") from None
    finally:
        memo.close()
    return plan


def publish_pages(
    pages: Iterable[Any],
    dates: Any,
    *,
    site: SiteConfig,
    shard_by: str,
    state_dir: Path,
    jobs: int = 1,
    scheduler: str | None = None,
    actor_pages: int | None = -1,
    list_pages: int | None = -1,
    workers: _DirtyWorkers | None = None,
    idle_limit: float | None = IDLE_LIMIT,
) -> ShardedSite:
    """An assembled site's pages (``dates``: briefing name -> date) as shards (:func:`plan_site`), published into the
    config's ``site_dir``. ``workers``: started ahead (:func:`warm_workers`); without, they are started here, before
    the plan, so that their start overlaps it. Either way the workers :func:`warm_workers` put off start here: after
    the caller's assembly, beside the plan."""
    with contextlib.ExitStack() as stack:
        if workers is None:
            workers = stack.enter_context(warm_workers(state_dir, jobs=jobs, scheduler=scheduler))
        if workers is not None:
            workers.start_deferred()
        plan = plan_site(pages, dates, site=site, shard_by=shard_by, state_dir=state_dir, actor_pages=actor_pages, list_pages=list_pages)
        return publish_sharded(
            plan,
            user_config=site.file,
            site_dir=site.site_dir,
            state_dir=state_dir,
            directory_urls=site.directory_urls,
            jobs=jobs,
            scheduler=scheduler,
            epoch=os.environ.get("SOURCE_DATE_EPOCH") or None,
            search=site.search,
            workers=workers,
            idle_limit=idle_limit,
        )


def build_sharded_site(
    briefings: Sequence[Any],
    *,
    renderer: Any,
    config_file: Path,
    shard_by: str,
    state_dir: Path,
    jobs: int = 1,
    scheduler: str | None = None,
    today: Any = None,
    idle_limit: float | None = IDLE_LIMIT,
) -> ShardedSite:
    """The whole site of ``briefings`` (already made) as shards, published into the config's ``site_dir``.

    The config (``mkdocs.yml``) gives the theme, navigation, ``site_dir``,
    ``site_url``, ``use_directory_urls`` and the briefgen plugin's ``output``
    folder and ``search`` switch, so the sharded site matches what ``mkdocs
    build`` of the same config would publish. (``briefgen build --shard-by``
    indexes the articles it briefs straight into the stored index instead, and
    calls :func:`publish_pages`.) ``idle_limit``: with a ``scheduler``, seconds the cluster may run nothing while a
    shard waits (:mod:`briefgen.shard_cluster`; ``None``: for ever).
    """
    site = site_config(config_file)
    # the caller's heap (its briefings) out of the collector's full passes while the site is built (#18: heap.py)
    with frozen_heap():
        return _build_sharded_site(
            briefings, site=site, renderer=renderer, shard_by=shard_by, state_dir=state_dir, jobs=jobs, scheduler=scheduler, today=today, idle_limit=idle_limit
        )


def _build_sharded_site(
    briefings: Sequence[Any],
    *,
    site: SiteConfig,
    renderer: Any,
    shard_by: str,
    state_dir: Path,
    jobs: int,
    scheduler: str | None,
    today: Any,
    idle_limit: float | None = IDLE_LIMIT,
) -> ShardedSite:
    from .site.increment import code_digest
    from .site.index_db import INDEX_FILE
    from .site.pages import assemble_site

    # a dirty builds' worker starts first: its imports run beside the assembly, on the core it leaves idle; the
    # others once the briefings are indexed, a third of the way in, when the first has imported: two at once made
    # three busy processes on two cores, the assembly at two thirds of a core (#18)
    with warm_workers(state_dir, jobs=jobs, scheduler=scheduler) as workers:
        with cached_renderer(renderer, site=site, state_dir=state_dir) as cached:
            assembled = assemble_site(
                briefings,
                renderer=cached,
                prefix=site.prefix,
                site_url=site.site_url,
                directory_urls=site.directory_urls,
                today=today,
                # the last build's site index, brought up to date: only new or changed briefings are indexed (#18)
                index_file=Path(state_dir) / INDEX_FILE,
                index_salt=code_digest(),
                on_reset=lambda message: logging.getLogger("mkdocs.plugins.briefgen").info(one_line(message)),
                # the other workers start once the briefings are indexed: the first has imported by then (#18); not at
                # all when no briefing changed (a build that is dirty all the same, its config or own docs edited,
                # starts them when it asks: _DirtyWorkers._worker)
                on_indexed=(lambda changed: workers.start_deferred() if changed else workers.defer(0)) if workers is not None else None,
            )
        return publish_pages(
            assembled.pages,
            assembled.dates,
            site=site,
            shard_by=shard_by,
            state_dir=state_dir,
            jobs=jobs,
            scheduler=scheduler,
            workers=workers,
            idle_limit=idle_limit,
        )


if __name__ == "__main__":  # one shard build in a process of its own, or a worker's dirty builds (see _run_builds)
    import json
    import sys

    if sys.argv[1:2] == ["--serve"]:
        args = sys.argv[2:]
        slots: list[tuple[int, int, int]] = []
        if args[-2:-1] == ["--forks"]:
            slots = [tuple(int(fd) for fd in part.split(":")) for part in args[-1].split(",") if part]  # type: ignore[misc]
            args = args[:-2]
        if len(args) <= 1:
            _serve(args[0] if args else None, slots)
            raise SystemExit(0)
    try:
        result = build_one(sys.argv[1], sys.argv[2], dirty=sys.argv[3:] == ["dirty"])
    except BriefgenError as exc:
        print(str(exc), file=sys.stderr)
        raise SystemExit(1) from None
    print(json.dumps(result))
