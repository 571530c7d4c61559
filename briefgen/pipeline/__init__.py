"""The pipeline: ingest -> parse -> extract, with failures as records.

:mod:`.brief` reads, parses (in worker processes with ``jobs``, or through an
``Engine``) and extracts; :mod:`.cache` is the content-addressed extraction
cache that lets an unchanged article skip the parse, and :mod:`.store` keeps its
entries in a folder or at any fsspec URL. :mod:`.dask_engine` (not imported
here: only a cluster build imports Dask) is the ``Engine`` that parses on a
Dask cluster. :mod:`.lock` keeps two builds out of one output folder; :mod:`.collector` runs a build with fewer cyclic garbage
collections. Nothing here imports MkDocs or the command line.
"""

from __future__ import annotations

from .brief import Budget, CacheLookup, CacheStore, Engine, Failure, brief_articles, brief_paths, brief_text
from .cache import DEFAULT_CACHE_DIR, ExtractionCache, installed_model_id
from .lock import folder_lock

__all__ = ["Budget", "CacheLookup", "CacheStore", "DEFAULT_CACHE_DIR", "Engine", "ExtractionCache", "Failure", "brief_articles", "brief_paths", "brief_text", "folder_lock", "installed_model_id"]
