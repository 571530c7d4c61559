"""The pipeline: ingest -> parse -> extract, with failures as records.

:mod:`.brief` reads, parses (in worker processes with ``jobs``, or through an
``Engine``) and extracts; :mod:`.cache` is the content-addressed extraction
cache that lets an unchanged article skip the parse, and :mod:`.store` keeps its
entries in a folder or at any fsspec URL. :mod:`.dask_engine` (not imported
here: only a cluster build imports Dask) is the ``Engine`` that parses on a
Dask cluster. Nothing here imports MkDocs or the command line.
"""

from __future__ import annotations

from .brief import CacheLookup, CacheStore, Engine, Failure, brief_articles, brief_paths, brief_text
from .cache import DEFAULT_CACHE_DIR, ExtractionCache, installed_model_id

__all__ = ["CacheLookup", "CacheStore", "Engine", "DEFAULT_CACHE_DIR", "ExtractionCache", "Failure", "brief_articles", "brief_paths", "brief_text", "installed_model_id"]
