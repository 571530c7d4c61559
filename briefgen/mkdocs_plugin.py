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

import time
from importlib import resources
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin, get_plugin_logger
from mkdocs.structure.files import File, Files

from .errors import BriefgenError
from .ingest import skipped_entries
from .pipeline import ExtractionCache
from .records import Settings
from .render import Renderer
from .site import STYLESHEET_PATH, build_site
from .site.pages import HOME_PATH

log = get_plugin_logger("briefgen")


class BriefgenConfig(Config):
    seeds = c.Type(str, default="seeds")
    templates = c.Optional(c.Type(str))
    output = c.Type(str, default="briefings")
    model = c.Optional(c.Type(str))
    cache_dir = c.Type(str, default=".cache/briefgen")
    jobs = c.Type(int, default=1)


#: The templates shipped with briefgen: a change to them is a change to every page.
SHIPPED_TEMPLATES = Path(str(resources.files("briefgen.templates")))


class BriefgenPlugin(BasePlugin[BriefgenConfig]):
    """Defining ``on_startup`` keeps one instance for a whole ``mkdocs serve``, so the
    live-reload server it was given can be told about folders named in a changed ``mkdocs.yml``."""

    _server: LiveReloadServer | None = None
    _watched: frozenset[str] = frozenset()

    def _path(self, config: MkDocsConfig, value: str) -> Path:
        base = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        return (base / value).resolve()

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._server, self._watched = None, frozenset()

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Link the briefing stylesheet (generated with the pages) from every page; watch this config's folders."""
        if STYLESHEET_PATH not in config.extra_css:
            config.extra_css.append(STYLESHEET_PATH)
        self._watch(config)
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files:
        seeds = self._path(config, self.config.seeds)
        templates = self._path(config, self.config.templates) if self.config.templates else None
        prefix = self.config.output.strip("/") or "briefings"
        if not seeds.exists():
            log.warning(f"{self.config.seeds}: seeds folder does not exist; no briefings built")
        started = time.perf_counter()
        settings = Settings(model=self.config.model)
        cache = ExtractionCache(self._path(config, self.config.cache_dir) if self.config.cache_dir else None, settings=settings)
        try:
            renderer = Renderer(templates_dir=templates)
            build = build_site(
                seeds,
                renderer=renderer,
                prefix=prefix,
                settings=settings,
                n_process=max(1, self.config.jobs),
                lookup=cache.lookup,
                store=cache.store,
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
            if existing is not None and page.path == HOME_PATH:
                continue  # the site's own home page wins over the generated one
            if existing is not None:
                log.warning(f"{page.path}: a page of that name exists in the docs folder; the briefing replaces it in the site")
                files.remove(existing)
            files.append(File.generated(config, page.path, content=page.content))
        elapsed = time.perf_counter() - started
        log.info(f"{len(build.briefings)} briefings, {len(build.failures)} failed; {cache.stats.summary(relative_to=seeds)} ({elapsed:.2f} s)")
        return files

    def watched_paths(self, config: MkDocsConfig) -> frozenset[str]:
        """What a change must rebuild: the seeds, the shipped templates and the site's own templates folder."""
        paths = {self._path(config, self.config.seeds), SHIPPED_TEMPLATES}
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

    def on_serve(self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder):  # type: ignore[no-untyped-def]
        self._server, self._watched = server, frozenset()
        self._watch(config)
        return server
