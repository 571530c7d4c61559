"""The MkDocs plugin: a thin adapter from :mod:`briefgen.site` to MkDocs.

Briefing pages are generated in memory (``File.generated``) during
``on_files``: nothing is ever written into the docs folder. Problems with an
article are warnings on the ``mkdocs.plugins.briefgen`` logger, so
``mkdocs build --strict`` fails on them and a plain build carries on with the
other articles. The spaCy model is cached per process by
:func:`briefgen.nlp.load_model`, so ``mkdocs serve`` rebuilds keep it loaded,
and extractions are cached in ``cache_dir`` (``''`` disables it) and in memory
(:mod:`briefgen.pipeline.cache`), so a rebuild parses only the articles that changed.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .errors import BriefgenError
from .ingest import skipped_entries
from .pipeline import ExtractionCache
from .records import Settings
from .render import Renderer
from .site import STYLESHEET_PATH, build_site

log = get_plugin_logger("briefgen")


class BriefgenConfig(Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Optional(c.Type(str))
    output = c.Type(str, default="briefings")
    model = c.Optional(c.Type(str))
    cache_dir = c.Type(str, default=".cache/briefgen")
    jobs = c.Type(int, default=1)
    scheduler = c.Optional(c.Type(str))  # Dask scheduler address; default $DASK_SCHEDULER_ADDRESS


class BriefgenPlugin(BasePlugin[BriefgenConfig]):
    def _path(self, config: MkDocsConfig, value: str) -> Path:
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return (base / value).resolve()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Link the briefing stylesheet (generated with the pages) from every page."""
        if STYLESHEET_PATH not in config.extra_css:
            config.extra_css.append(STYLESHEET_PATH)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        seeds = self._path(config, self.config.seeds)
        templates = self._path(config, self.config.templates) if self.config.templates else None
        prefix = self.config.output.strip("/") or "briefings"
        if not seeds.exists():
            log.warning(f"{self.config.seeds}: seeds folder does not exist; no briefings built")
        started = time.perf_counter()
        settings = Settings(model=self.config.model)
        cache_dir = self.config.cache_dir
        cache_root = (cache_dir if "://" in cache_dir else self._path(config, cache_dir)) if cache_dir else None  # a URL as is
        try:
            cache = ExtractionCache(cache_root, settings=settings)
        except BriefgenError as exc:
            raise PluginError(str(exc)) from exc
        scheduler = self.config.scheduler or os.environ.get("DASK_SCHEDULER_ADDRESS") or None
        try:
            engine = None
            if scheduler:
                from .pipeline.dask_engine import DaskEngine  # imports Dask only for a cluster build

                engine = DaskEngine(scheduler, settings=settings, cache=cache)
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
                site_url=config.site_url,
                directory_urls=config.use_directory_urls,
            )
        except BriefgenError as exc:
            raise PluginError(str(exc)) from exc
        cache.finish()
        for problem in cache.stats.write_errors[:1]:
            log.warning(f"extraction cache not written ({problem})")
        for failure in build.failures:
            log.warning(failure.message)
        for note in [*build.notes, *skipped_entries(seeds)]:
            log.warning(note)
        for page in build.pages:
            existing = files.get_file_from_path(page.path)
            if existing is not None:
                log.warning(f"{page.path}: a page of that name exists in the docs folder; the briefing replaces it in the site")
                files.remove(existing)
            files.append(File.generated(config, page.path, content=page.content))
        elapsed = time.perf_counter() - started
        log.info(f"{len(build.briefings)} briefings, {len(build.failures)} failed; {cache.stats.summary(relative_to=seeds)} ({elapsed:.2f} s)")
        return files

    def on_serve(self, server, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        server.watch(str(self._path(config, self.config.seeds)))
        if self.config.templates:
            server.watch(str(self._path(config, self.config.templates)))
        return server
