"""Assembling the pages of a briefing site, independent of any site generator.

:func:`build_site` turns a seeds folder into :class:`SitePage` records (path
inside the docs folder + Markdown) plus the briefings and failures behind them.
The MkDocs plugin hands the pages to MkDocs in memory; ``briefgen build``
writes them (and each briefing's JSON) to a folder for any other generator.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .ingest import find_articles
from .pipeline import CacheLookup, CacheStore, Failure, Settings, brief_paths
from .records import Briefing
from .render import Renderer, briefing_json


@dataclass(frozen=True, slots=True)
class SitePage:
    """A generated page: ``path`` relative to the docs folder, POSIX separators."""

    path: str
    content: str


@dataclass(slots=True)
class SiteBuild:
    """What one build produced."""

    pages: list[SitePage] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "file: what was odd" — warnings, not failures

    def json_files(self, prefix: str) -> list[SitePage]:
        return [SitePage(f"{prefix}/{b.article.name}.json", briefing_json(b)) for b in self.briefings]


def build_site(
    seeds: Path,
    *,
    renderer: Renderer,
    prefix: str = "briefings",
    settings: Settings = Settings(),
    nlp: Language | None = None,
    n_process: int = 1,
    lookup: CacheLookup | None = None,
    store: CacheStore | None = None,
    progress: Callable[[Iterable], Iterable] = lambda it: it,
) -> SiteBuild:
    """Brief every article under ``seeds`` and render the site's pages."""
    build = SiteBuild()
    paths = find_articles(seeds) if seeds.exists() else []
    results = brief_paths(paths, nlp=nlp, settings=settings, n_process=n_process, lookup=lookup, store=store)
    for result in progress(results):
        if isinstance(result, Failure):
            build.failures.append(result)
        else:
            build.briefings.append(result)
            build.notes.extend(f"{result.article.path}: {note}" for note in result.article.notes)
    for b in build.briefings:
        build.pages.append(SitePage(f"{prefix}/{b.article.name}.md", renderer.briefing_markdown(b)))
    entries = [(f"{b.article.name}.md", b) for b in build.briefings]
    build.pages.append(SitePage(f"{prefix}/index.md", renderer.index_markdown(entries)))
    return build
