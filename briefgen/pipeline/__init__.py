"""The pipeline: ingest -> parse -> extract, with failures as records.

:mod:`.brief` reads, parses (in worker processes with ``jobs``) and extracts;
:mod:`.cache` is the content-addressed extraction cache that lets an unchanged
article skip the parse. Nothing here imports MkDocs or the command line.
"""

from __future__ import annotations

from .brief import CacheLookup, CacheStore, Engine, Failure, brief_articles, brief_paths, brief_text
from .cache import DEFAULT_CACHE_DIR, ExtractionCache, installed_model_id

__all__ = ["CacheLookup", "CacheStore", "Engine", "DEFAULT_CACHE_DIR", "ExtractionCache", "Failure", "brief_articles", "brief_paths", "brief_text", "installed_model_id"]
