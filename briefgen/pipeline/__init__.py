"""The pipeline: ingest -> parse -> extract, with failures as records.

:mod:`.brief` reads, parses (in worker processes with ``jobs``) and extracts;
:mod:`.cache` is the content-addressed extraction cache that lets an unchanged
article skip the parse; :mod:`.lock` keeps two builds out of one output folder. Nothing here imports MkDocs or the command line.
"""

from __future__ import annotations

from .brief import Budget, CacheLookup, CacheStore, Failure, brief_articles, brief_paths, brief_text
from .cache import DEFAULT_CACHE_DIR, ExtractionCache, installed_model_id
from .lock import folder_lock

__all__ = ["Budget", "CacheLookup", "CacheStore", "DEFAULT_CACHE_DIR", "ExtractionCache", "Failure", "brief_articles", "brief_paths", "brief_text", "folder_lock", "installed_model_id"]
