"""The site, generator-neutral: every page of a briefing site, as text.

:mod:`.pages` assembles the pages from :mod:`.index_db` (what crosses
articles, in SQLite, so memory stays flat), :mod:`.crossref` merges actors across
briefings, :mod:`.policy` decides which of them get a page, :mod:`.timeline` orders briefings and finds story threads,
:mod:`.feed` writes the Atom feed, :mod:`.output` writes a folder atomically
with a manifest of what briefgen owns, :mod:`.search` indexes a built site and
:mod:`.shards` splits a site into builds by period (``shard_by``). Adapters (the MkDocs plugin, the CLI)
only hand these pages to their generator.
"""

from __future__ import annotations

from .crossref import merge_actors
from .feed import atom_feed
from .output import MANIFEST, Manifest, OutputFolder, atomic_write
from .index_db import SiteIndex
from .pages import SEARCH_SCRIPT_PATH, STYLESHEET_PATH, assemble_site, build_site, iter_site_pages, page_url
from .timeline import briefing_date, chronological, find_dateline_date, group_by_month, paginate, story_threads

__all__ = ["MANIFEST", "Manifest", "OutputFolder", "SEARCH_SCRIPT_PATH", "STYLESHEET_PATH", "SiteIndex", "assemble_site", "atom_feed", "atomic_write", "briefing_date", "build_site", "chronological", "find_dateline_date", "group_by_month", "iter_site_pages", "merge_actors", "page_url", "paginate", "story_threads"]
