"""The MkDocs plugin: a thin adapter from :mod:`briefgen.site` to MkDocs.

Briefing pages are generated in memory (``File.generated``) during
``on_files``: nothing is ever written into the docs folder. Problems with an
article are warnings on the ``mkdocs.plugins.briefgen`` logger, so
``mkdocs build --strict`` fails on them and a plain build carries on with the
other articles. The spaCy model is cached per process by
:func:`briefgen.nlp.load_model`, so ``mkdocs serve`` rebuilds keep it loaded,
and extractions are cached in ``cache_dir`` (``''`` disables it) and in memory
(:mod:`briefgen.pipeline.cache`), so a rebuild parses only the articles that changed.

With ``shard_by: year|month`` this build is the portal shard (home, the lists'
front pages, feed, the site's own pages); the period, actor and list shards
are built after it, in parallel, by :mod:`briefgen.shard_build` and linked into
the site before Pagefind indexes it. The plan is ``briefgen build
--shard-by``'s (:func:`~briefgen.shard_build.plan_site`), so both publish the
same site and no build's memory grows with the archive (#18).

Reproducible output: MkDocs stamps ``sitemap.xml`` and ``sitemap.xml.gz``
with the build's day unless ``SOURCE_DATE_EPOCH`` is set, so two days' builds
of the same seeds differed. When the user has not set it, the plugin sets it
for the build to the newest briefing's date (midnight UTC), or to 0 (1970-01-01)
when no briefing is dated, and restores the environment afterwards.

One build at a time per site: two ``mkdocs build`` runs of one project undo
each other (MkDocs empties ``site_dir`` before writing, so one build deletes
the pages and folders the other is writing). The plugin holds the same lock as
``briefgen build --out`` (:func:`briefgen.pipeline.folder_lock`) on
``site_dir`` from ``on_pre_build``, before MkDocs empties it, until the
search index is written; a second build waits (an INFO line says for whom)
or, after ``lock_wait`` seconds, fails with a one-line message. The lock is
on ``site_dir`` rather than the ``output`` folder inside it because MkDocs
empties the whole of ``site_dir`` and deletes the ``output`` folder with
its lock file; ``site_dir``'s own hidden ``.briefgen.lock`` is kept (MkDocs
never deletes hidden files there). The extraction cache needs no lock of its
own (see :mod:`briefgen.pipeline.lock`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import shutil
import time
from collections.abc import Iterable
from importlib import resources
from pathlib import Path, PurePosixPath

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from .errors import BriefgenError, OutputError, SearchIndexError, one_line
from .ingest.files import printable_path, seeds_location, short_path
from .pipeline import Budget, ExtractionCache, folder_lock
from .pipeline.dask_wait import IDLE_LIMIT
from .records import BriefingDate, Settings
from .render import Renderer
from .site import SEARCH_SCRIPT_PATH, STYLESHEET_PATH, build_site
from .site.increment import PAGES_FILE, CachedRenderer, PageStore, code_digest, renderer_salt
from .site.index_db import INDEX_FILE
from .site.search import PAGEFIND_DIR, index_site
from .site.pages import HOME_PATH, SitePage, reset_message
from .shard_build import SiteConfig, plan_site
from .site.shards import PORTAL, ShardPlan

log = get_plugin_logger("briefgen")


class _FolderInsideSite(c.Type):
    """A folder inside the built site: ``../escape`` would put pages outside it, where MkDocs drops them."""

    def __init__(self, *, default: str) -> None:
        super().__init__(str, default=default)

    def run_validation(self, value: object) -> str:
        value = super().run_validation(value)
        if ".." in PurePosixPath(value.replace("\\", "/")).parts:
            raise ValidationError(f"'{one_line(value)}' leads outside the site; give a folder inside it, such as 'briefings'")
        return value


class BriefgenConfig(Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Optional(c.Type(str))
    output = _FolderInsideSite(default="briefings")
    model = c.Optional(c.Type(str))
    cache_dir = c.Type(str, default=".cache/briefgen")
    jobs = c.Type(int, default=1)
    max_chars = c.Type(int, default=Budget().max_chars)
    time_limit = c.Type((int, float), default=Budget().seconds)
    search = c.Type(bool, default=True)
    scheduler = c.Optional(c.Type(str))  # Dask scheduler address; default $DASK_SCHEDULER_ADDRESS
    idle_limit = c.Type((int, float), default=IDLE_LIMIT)  # seconds the cluster may run no task while the build waits (#17); 0: for ever
    lock_wait = c.Optional(c.Type((int, float)))  # seconds to wait for another build of the same site_dir; default: until it ends
    shard_by = c.Optional(c.Choice(("year", "month")))  # publish as one MkDocs build per period (#18)


_EPOCH = "SOURCE_DATE_EPOCH"


#: Where a sharded build keeps each shard's last build and digest, relative to mkdocs.yml.
SHARD_STATE = ".cache/briefgen-shards"
#: Where a sharded build keeps the last search index while MkDocs empties ``site_dir`` (a hidden entry of
#: ``site_dir``, which MkDocs never deletes, so moving it there and back is a rename on one file system).
KEPT_SEARCH_INDEX = ".briefgen-pagefind"

#: The templates shipped with briefgen: a change to them is a change to every page.
SHIPPED_TEMPLATES = Path(str(resources.files("briefgen.templates")))


#: MkDocs' logger of a page's links: it notes, at INFO, every relative link to no page of the build.
_PAGE_LINKS_LOGGER = "mkdocs.structure.pages"


class _LinksIntoOtherShards(logging.Filter):
    """Drops MkDocs' notes that a link of the portal's generated pages leads to no page of this build (#18).

    With ``shard_by`` this build holds the portal only: its generated lists (the actors index, the timeline, the
    briefings index) link to briefing and actor pages that other shards build and publish beside it, which this
    build cannot see, so MkDocs wrote an INFO line for every such link: 747 for a site of 61 articles over three
    months, tens of thousands at archive scale, burying the build's own lines; with ``use_directory_urls: false``
    the links end in ".html" and each was a WARNING, so ``mkdocs build --strict`` failed. Those links are the shard plan's
    (the browser tests follow them), and so are the links to each period's tags listing the plugin appends to the
    site's own tags page (:meth:`added`); any other link in a page of the site's own docs is still noted, so a
    broken link of the user's is not hidden with them.
    """

    _HEAD = "Doc file '"
    #: How MkDocs goes on after the page's path, for a link with no file name ("../actors/x/") and with one
    #: ("../actors/x.html", with ``use_directory_urls: false``: a WARNING, which failed ``--strict``), and where the
    #: link ends.
    _TAILS = (("' contains an unrecognized relative link '", "', it was left as is."), ("' contains a link '", "', but the target"))

    def __init__(self, generated: frozenset[str]) -> None:
        super().__init__()
        self.generated = generated
        self.links: set[tuple[str, str]] = set()

    def added(self, page: str, markdown: str) -> None:
        """The links of ``markdown``, which the plugin appended to the site's own page ``page``, are the plan's too."""
        self.links.update((page, href) for href in _MARKDOWN_LINK.findall(markdown))

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if not message.startswith(self._HEAD):
            return True
        for tail, end_mark in self._TAILS:
            end = message.find(tail)
            if end >= 0:
                page = message[len(self._HEAD) : end]
                href = message[end + len(tail) :].split(end_mark, 1)[0]
                return page not in self.generated and (page, href) not in self.links
        return True


#: The target of a Markdown link: "[2005-02](../briefings/2005-02/tags/)".
_MARKDOWN_LINK = re.compile(r"\]\(([^)\s]+)\)")


class BriefgenPlugin(BasePlugin[BriefgenConfig]):
    """Defining ``on_startup`` keeps one instance for a whole ``mkdocs serve``, so the
    live-reload server it was given can be told about folders named in a changed ``mkdocs.yml``."""

    _server: LiveReloadServer | None = None
    _watched: frozenset[str] = frozenset()

    def __init__(self) -> None:
        super().__init__()
        #: ``SOURCE_DATE_EPOCH`` as it was before this build set it (``None``: unset); no key: not set by us.
        self._epoch_before: dict[str, str | None] = {}
        #: The site_dir lock of the build in progress (see the module docstring).
        self._site_lock = contextlib.ExitStack()
        #: With ``shard_by``: the shards of this build, the period ones still to be built after MkDocs built the portal.
        self._plan: ShardPlan | None = None
        #: With ``shard_by``: the site's own tags page and the tags plugin's directive (``("", "")``: none), read once a build.
        self._portal_tags: tuple[str, str] | None = None
        #: With ``shard_by``: the site_dir whose last search index on_pre_build moved aside, until it is put back.
        self._kept_in: Path | None = None
        #: With ``shard_by``: the filter that keeps MkDocs quiet about the portal's links into other shards, while it builds.
        self._link_filter: _LinksIntoOtherShards | None = None

    def _idle_limit(self) -> float | None:
        """``idle_limit``: seconds a Dask cluster may run no task while one of the build's waits (#17); 0 waits for ever."""
        return float(self.config.idle_limit) if self.config.idle_limit > 0 else None

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return (base / value).resolve()

    def _seeds(self, config: MkDocsConfig) -> Path | str:
        """``seeds:`` as a folder relative to mkdocs.yml, a ``file://`` URL's folder, or any other fsspec URL as it is (#17)."""
        value = self.config.seeds
        if "://" not in value:
            return self._path(config, value)
        try:
            return seeds_location(value)
        except BriefgenError as exc:
            raise PluginError(one_line(str(exc))) from exc

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._server, self._watched = None, frozenset()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Link the briefing stylesheet (generated with the pages) from every page; check and watch this config's folders."""
        if STYLESHEET_PATH not in config.extra_css:
            config.extra_css.append(STYLESHEET_PATH)
        if self.config.search and SEARCH_SCRIPT_PATH not in config.extra_javascript:
            config.extra_javascript.append(SEARCH_SCRIPT_PATH)
        seeds, site = self._seeds(config), Path(config.site_dir).resolve()
        if isinstance(seeds, str):  # a remote URL (#17): nothing to nest or watch
            self._watch(config)
            return config
        if site == seeds or site.is_relative_to(seeds):
            raise PluginError(one_line(f"briefgen: site_dir {printable_path(site)} is inside the seeds folder {printable_path(seeds)}; its pages would be read back as articles"))
        if seeds.is_relative_to(site):
            raise PluginError(one_line(f"briefgen: the seeds folder {printable_path(seeds)} is inside site_dir {printable_path(site)}, which MkDocs empties on every build"))
        self._watch(config)
        return config

    def on_pre_build(self, *, config: MkDocsConfig) -> None:
        """Take the site's build lock before MkDocs empties ``site_dir`` (see the module docstring)."""
        self._release_site_lock()
        lock = folder_lock(Path(config.site_dir), wait=self.config.lock_wait, on_wait=lambda message: log.info(one_line(message)))
        try:
            self._site_lock.enter_context(lock)
        except OutputError as exc:
            raise PluginError(one_line(str(exc))) from None
        if self.config.shard_by and self.config.search:
            self._keep_search_index(Path(config.site_dir))
            self._kept_in = Path(config.site_dir)

    @staticmethod
    def _keep_search_index(site_dir: Path) -> None:
        """Move the last search index out of MkDocs' way (it empties ``site_dir`` next), so this build adds a delta to it (#18).

        Without it every sharded ``mkdocs build`` indexed the whole archive again
        (at 20,000 briefings about a minute, against a few seconds for the
        pages one new article changes). :func:`~briefgen.site.search.index_site`
        checks the kept index against its page list in the state folder: an
        index it cannot vouch for is written again whole.

        It is put back as soon as MkDocs has emptied ``site_dir`` (the start of
        :meth:`on_files`), and by :meth:`on_build_error`: a build that fails
        or is interrupted later (the extraction, a shard build, Ctrl-C) leaves
        the last index at ``site/pagefind`` as it was, not under a hidden name
        until the next build (#18). Only an interruption between this hook and
        ``on_files`` (MkDocs emptying ``site_dir``) leaves it kept, for the
        next build to put back.
        """
        index, kept = site_dir / PAGEFIND_DIR, site_dir / KEPT_SEARCH_INDEX
        if not index.is_dir() or index.is_symlink():
            return  # a build stopped while it was moved left it kept: it stays there
        shutil.rmtree(kept, ignore_errors=True)
        try:
            index.rename(kept)
        except OSError:
            pass  # MkDocs deletes it: the next index is whole

    @staticmethod
    def _restore_search_index(site_dir: Path) -> None:
        index, kept = site_dir / PAGEFIND_DIR, site_dir / KEPT_SEARCH_INDEX
        if not kept.is_dir() or kept.is_symlink():
            return
        if index.exists() or index.is_symlink():  # written by something else meanwhile: that one wins, and is checked
            shutil.rmtree(kept, ignore_errors=True)
            return
        kept.rename(index)

    def _release_site_lock(self) -> None:
        self._site_lock.close()

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        if self._kept_in is not None:  # MkDocs has emptied site_dir: the last search index goes back (#18)
            self._restore_search_index(self._kept_in)
            self._kept_in = None
        seeds = self._seeds(config)
        templates = self._path(config, self.config.templates) if self.config.templates else None
        prefix = self.config.output.strip("/") or "briefings"
        try:
            present = isinstance(seeds, str) or seeds.exists()
        except OSError as exc:  # a name too long, say
            raise PluginError(one_line(f"{short_path(seeds)}: {exc.strerror or exc}")) from None
        if not present:
            log.warning(one_line(f"{self.config.seeds}: seeds folder does not exist; no briefings built"))
        started = time.perf_counter()
        settings = Settings(model=self.config.model)
        cache_dir = self.config.cache_dir
        cache_root = (cache_dir if "://" in cache_dir else self._path(config, cache_dir)) if cache_dir else None  # a URL as is
        try:
            cache = ExtractionCache(cache_root, settings=settings)
        except BriefgenError as exc:
            raise PluginError(one_line(str(exc))) from exc
        scheduler = self.config.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
        try:
            engine = None
            if scheduler:
                from .pipeline.dask_engine import DaskEngine  # imports Dask only for a cluster build

                engine = DaskEngine(
                    scheduler,
                    settings=settings,
                    cache=cache,
                    budget=Budget(max_chars=self.config.max_chars, seconds=float(self.config.time_limit)),
                    idle_limit=self._idle_limit(),
                )
            renderer = Renderer(templates_dir=templates)
            build = build_site(
                seeds,
                renderer=renderer,
                prefix=prefix,
                settings=settings,
                n_process=max(1, self.config.jobs),
                lookup=cache.lookup,
                store=engine.remember if engine else cache.store,
                engine=engine,
                budget=Budget(max_chars=self.config.max_chars, seconds=float(self.config.time_limit)),
                site_url=config.site_url,
                directory_urls=config.use_directory_urls,
                today=dt.datetime.now(dt.timezone.utc).date(),
                # sharded: the last build's site index, kept in the shards' state folder, brought up to date (#18)
                index_file=self._state_dir(config) / INDEX_FILE if self.config.shard_by else None,
                index_salt=code_digest() if self.config.shard_by else "",
            )
            if build.index.reset is not None and self.config.shard_by:
                log.info(one_line(reset_message(self._state_dir(config) / INDEX_FILE, build.index.reset)))
        except BriefgenError as exc:
            raise PluginError(one_line(str(exc))) from exc
        cache.finish()
        for problem in cache.stats.write_errors[:1]:
            log.warning(one_line(f"extraction cache not written ({problem})"))
        for failure in build.failures:
            log.warning(one_line(failure.message))
        for note in build.notes:
            log.warning(one_line(note))
        self._set_source_date_epoch([BriefingDate(build.newest_date, None)])
        self._plan = None
        self._portal_tags = None
        with build:  # MkDocs holds every page anyway: they are handed over one at a time and kept by MkDocs alone
            pages: Iterable[SitePage] = build.pages()
            if self.config.shard_by:  # this build is the portal; the periods are built after it (on_post_build)
                try:
                    # the last build's pages, in the shards' state folder: pages whose inputs did not change are not rendered (#18)
                    config_path = Path(config.config_file_path) if config.config_file_path else None
                    own_config = config_path.read_text(encoding="utf-8") if config_path and config_path.is_file() else ""
                    salt = renderer_salt(renderer, extra=(own_config, f"site_url={config.site_url}", f"urls={config.use_directory_urls}"))
                    with PageStore(self._state_dir(config) / PAGES_FILE, salt=salt) as store:
                        build.renderer = CachedRenderer(renderer, store)
                        # the plan briefgen build --shard-by makes: actor and list pages in shards of their own (#18)
                        self._plan = plan_site(
                            build.pages(),
                            build.dates(),
                            site=SiteConfig(
                                file=config_path or Path("mkdocs.yml"),
                                user={},
                                prefix=prefix,
                                directory_urls=config.use_directory_urls,
                                site_url=config.site_url,
                                site_dir=Path(config.site_dir),
                                search=self.config.search,
                            ),
                            shard_by=self.config.shard_by,
                            state_dir=self._state_dir(config),
                        )
                except BriefgenError as exc:  # plan_site names the config file
                    raise PluginError(one_line(str(exc))) from None
                pages = self._plan.shard(PORTAL).pages
            generated: list[str] = []
            try:
                for page in pages:  # rendered one at a time, here: a mistake in the site's own template shows now
                    existing = files.get_file_from_path(page.path)
                    if existing is not None and page.path == HOME_PATH:
                        continue  # the site's own home page wins over the generated one
                    if existing is not None:
                        log.warning(one_line(f"{page.path}: a page of that name exists in the docs folder; the briefing replaces it in the site"))
                        files.remove(existing)
                    files.append(File.generated(config, page.path, content=page.content))
                    generated.append(page.path)
            except BriefgenError as exc:
                raise PluginError(one_line(str(exc))) from None
            if self.config.shard_by:
                self._quiet_links_into_shards(frozenset(generated))
        elapsed = time.perf_counter() - started
        log.info(one_line(f"{build.briefing_count} briefings, {len(build.failures)} failed; {cache.stats.summary(relative_to=seeds if isinstance(seeds, Path) else None)} ({elapsed:.2f} s)"))
        return files

    def _quiet_links_into_shards(self, generated: frozenset[str]) -> None:
        """Install :class:`_LinksIntoOtherShards` for this build's pages (a rebuild of ``mkdocs serve`` replaces it)."""
        self._loud_links()
        self._link_filter = _LinksIntoOtherShards(generated)
        logging.getLogger(_PAGE_LINKS_LOGGER).addFilter(self._link_filter)

    def _loud_links(self) -> None:
        """Remove the build's :class:`_LinksIntoOtherShards`, if any: MkDocs' logger is as it was before the build."""
        if self._link_filter is not None:
            logging.getLogger(_PAGE_LINKS_LOGGER).removeFilter(self._link_filter)
            self._link_filter = None

    @staticmethod
    def _state_dir(config: MkDocsConfig) -> Path:
        """The shards' state folder (their last builds, the page store, the site index), beside ``mkdocs.yml``."""
        return (Path(config.config_file_path).parent if config.config_file_path else Path.cwd()) / SHARD_STATE

    def _set_source_date_epoch(self, dates: Iterable[BriefingDate]) -> None:
        """Date the build by its newest briefing (see the module docstring), unless the user dated it."""
        if _EPOCH in os.environ and _EPOCH not in self._epoch_before:
            return  # the user's own value
        newest = max((d.date for d in dates if d.date), default=None)
        stamp = dt.datetime.fromisoformat(newest).replace(tzinfo=dt.timezone.utc) if newest else None
        self._epoch_before.setdefault(_EPOCH, os.environ.get(_EPOCH))
        os.environ[_EPOCH] = str(int(stamp.timestamp()) if stamp else 0)

    def _restore_source_date_epoch(self) -> None:
        if _EPOCH not in self._epoch_before:
            return
        before = self._epoch_before.pop(_EPOCH)
        if before is None:
            os.environ.pop(_EPOCH, None)
        else:
            os.environ[_EPOCH] = before

    def on_page_markdown(self, markdown: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
        """``shard_by``: the site's tags page links each period's own tags listing, where its briefings' tags are (#18)."""
        if self._plan is None or not config.config_file_path:
            return markdown
        from .shard_build import portal_tags_page, with_tags_by_period

        if self._portal_tags is None:
            try:
                self._portal_tags = portal_tags_page(Path(config.config_file_path)) or ("", "")
            except BriefgenError as exc:
                raise PluginError(one_line(str(exc))) from None
        path, directive = self._portal_tags
        if page.file.src_uri != path:
            return markdown
        tagged = with_tags_by_period(markdown, plan=self._plan, page=path, directive=directive, directory_urls=config.use_directory_urls)
        if self._link_filter is not None:
            self._link_filter.added(path, tagged[len(markdown) :])
        return tagged

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        """Build the period shards, if any; index the written site for search (Pagefind reads the finished HTML); undo the build's epoch."""
        epoch = None if _EPOCH in self._epoch_before else os.environ.get(_EPOCH)  # the user's own value only
        self._restore_source_date_epoch()
        try:
            if self._plan is not None:
                self._publish_shards(config, epoch=epoch)
            self._index(config)
        finally:
            self._loud_links()
            self._release_site_lock()  # the site is complete: another build may write it now

    def _index(self, config: MkDocsConfig) -> None:
        if not self.config.search:
            return
        started = time.perf_counter()
        site_dir = Path(config.site_dir)
        try:
            if self.config.shard_by:  # the last index, grown by the pages changed since (#18); its page list is in the state folder
                self._restore_search_index(site_dir)
                index = index_site(site_dir, state_dir=self._state_dir(config))
            else:
                index = index_site(site_dir)
        except SearchIndexError as exc:
            log.warning(one_line(str(exc)))
            return
        delta = f", {index.delta} in the delta index" if index.delta else ""
        log.info(f"search: {index.pages} pages indexed{delta} ({time.perf_counter() - started:.2f} s)")

    def _publish_shards(self, config: MkDocsConfig, *, epoch: str | None) -> None:
        """``shard_by``: build the period shards whose pages changed, in parallel, and link them into the site."""
        from .shard_build import publish_sharded  # spawns worker processes; only for a sharded build

        assert self._plan is not None
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        scheduler = self.config.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
        started = time.perf_counter()
        try:
            site = publish_sharded(
                self._plan,
                user_config=Path(config.config_file_path),
                site_dir=Path(config.site_dir),
                state_dir=base / SHARD_STATE,
                include_portal=False,
                directory_urls=config.use_directory_urls,
                jobs=max(1, self.config.jobs),
                scheduler=scheduler,
                idle_limit=self._idle_limit(),
                epoch=epoch,
                search=self.config.search,
                index=False,  # indexed below, with the portal
            )
        except BriefgenError as exc:
            raise PluginError(one_line(str(exc))) from exc
        finally:
            self._plan = None
        log.info(one_line(f"shards: {len(site.built)} built, {len(site.runs) - len(site.built)} unchanged ({time.perf_counter() - started:.2f} s)"))

    def on_build_error(self, *, error: Exception) -> None:
        if self._kept_in is not None:  # failed before on_files put the last search index back (#18)
            self._restore_search_index(self._kept_in)
            self._kept_in = None
        self._restore_source_date_epoch()
        self._loud_links()
        self._release_site_lock()

    def watched_paths(self, config: MkDocsConfig) -> frozenset[str]:
        """What a change must rebuild: the seeds, the shipped templates and the site's own templates folder."""
        seeds = self._seeds(config)
        paths = {seeds, SHIPPED_TEMPLATES} if isinstance(seeds, Path) else {SHIPPED_TEMPLATES}
        if self.config.templates:
            paths.add(self._path(config, self.config.templates))
        return frozenset(str(p) for p in paths if p.is_dir())

    def _watch(self, config: MkDocsConfig) -> None:
        """Bring the server's watches in line with ``config`` (called on every rebuild's new config)."""
        if self._server is None:
            return
        wanted = self.watched_paths(config)
        for path in sorted(wanted - self._watched):
            self._server.watch(path)
        for path in sorted(self._watched - wanted):
            self._server.unwatch(path)
        self._watched = wanted

    def on_shutdown(self) -> None:
        self._server, self._watched = None, frozenset()
        self._loud_links()
        self._release_site_lock()

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        self._server, self._watched = server, frozenset()
        self._watch(config)
        return server
