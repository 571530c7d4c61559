"""Re-rendering only what changed: the pages of the last build, kept next to its output and keyed by their inputs (#18).

Rendering is most of assembling a site (Jinja made 9.4 s of the 25 s it took at
1,000 briefings), and after one new article almost every page is rendered from
exactly the inputs it had the last time. :class:`PageStore` keeps each rendered
page under a digest of what it was rendered from — the template's name and
every value handed to it (a briefing and its links, a list page's entries and
pager, …), serialised with :mod:`pickle` — and :class:`CachedRenderer` asks it
before rendering. Equal digests mean equal inputs, and a page is a pure function
of its inputs and the renderer, so a reused page has the bytes rendering it would
give; a value that cannot be serialised (the actors index and home page read the
site index lazily while they render) is simply rendered.

What else a page depends on is the store's *salt*, checked when the store is
opened: briefgen's own code and shipped templates (a digest of the package's
files, so an edited template or a new version counts, not only a version
number), the site's own templates folder and the renderer's options. A store
with another salt, an unreadable or corrupt one, or none at all gives the full
path: every page rendered, the store written afresh. Pages no build asked for
are dropped when the store is closed after a whole build, so it holds about one
site's worth of pages.

Why SQLite: one file, written in one transaction per build (a build that dies
leaves the last whole state), keyed look-ups without loading the store, and it
is what :mod:`~briefgen.site.index_db` already uses.
"""

from __future__ import annotations

import hashlib
import io
import os
import pickle
import sqlite3
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields, is_dataclass, replace
from functools import partial
from operator import attrgetter
from importlib import resources
from pathlib import Path
from typing import Any

from ..render import BriefingContext, Renderer
from ..records import Briefing
from .index_db import ActorView, briefing_digest

#: Bump to drop every stored page (a change of what a key means).
FORMAT = "pages-1"
#: The store's file name in a sharded build's state folder.
PAGES_FILE = "pages.sqlite"


#: code_digest's answer in this process, under the listing it was read from (names, sizes, modification times).
_CODE_DIGEST: dict[tuple[tuple[str, int, int], ...], str] = {}


def code_digest() -> str:
    """A digest of briefgen's installed files (code, data and shipped templates), read in a fixed order.

    A page depends on the code that renders it as much as on its inputs; a
    version number does not change while the code is edited, the files do.

    Memoised per process (#18): a build asked for it once per salt (the page
    store's, the site index's), each time reading and hashing every file of the
    package. It is a function of those files alone, and they can change while
    a process lives (a shipped template edited under ``mkdocs serve`` is read
    again by the next build's renderer), so the answer is kept under a listing
    of every file's name, size and modification time (a walk of the folders,
    about 0.5 ms, against 10 ms to read and hash them); a package that is not in folders is read each time.
    """
    roots = tuple((package, resources.files(package)) for package in ("briefgen", "briefgen.templates"))
    return _tree_digest(roots)


def _tree_digest(roots: Sequence[tuple[str, Any]]) -> str:
    """:func:`code_digest` over ``roots`` (``(package, folder)`` pairs), memoised under the files' listing."""
    listing = _listing(roots)
    if listing is not None and listing in _CODE_DIGEST:
        return _CODE_DIGEST[listing]
    h = hashlib.sha256()
    for package, root in roots:
        for path in sorted(_files(root), key=lambda p: p[0]):
            rel, data = path
            h.update(f"{package}/{rel}".encode() + b"\0" + hashlib.sha256(data).digest())
    digest = h.hexdigest()
    if listing is not None:
        _CODE_DIGEST.clear()  # one answer: the files as they are now
        _CODE_DIGEST[listing] = digest
    return digest


def _listing(roots: Sequence[tuple[str, Any]]) -> tuple[tuple[str, int, int], ...] | None:
    """Every file :func:`_files` reads under ``roots`` with its size and modification time; ``None`` when a root is no folder.

    ``os.scandir``, not :func:`_entries`: a tenth of the time (about 0.5 ms for the package's hundred files).
    """
    found: list[tuple[str, int, int]] = []

    def walk(folder: str, prefix: str) -> None:
        with os.scandir(folder) as entries:
            for entry in entries:
                if _skipped(entry.name):
                    continue
                if entry.is_dir():
                    if entry.name != "templates":
                        walk(entry.path, f"{prefix}{entry.name}/")
                elif entry.is_file():
                    stat = entry.stat()
                    found.append((f"{prefix}{entry.name}", stat.st_size, stat.st_mtime_ns))

    for package, root in roots:
        if not isinstance(root, Path):
            return None
        try:
            walk(str(root), f"{package}/")
        except OSError:
            return None
    return tuple(found)


def _skipped(name: str) -> bool:
    return name.startswith((".", "__pycache__")) or name.endswith((".pyc", ".pyo"))


def _files(root: Any, prefix: str = "") -> list[tuple[str, bytes]]:
    found: list[tuple[str, bytes]] = []
    for entry in root.iterdir():
        name = entry.name
        if _skipped(name):
            continue
        if entry.is_dir():
            if name != "templates":  # the shipped templates are their own package, read once
                found += _files(entry, f"{prefix}{name}/")
        elif entry.is_file():
            found.append((f"{prefix}{name}", entry.read_bytes()))
    return found


def renderer_salt(renderer: Renderer, *, extra: Sequence[str] = ()) -> str:
    """What every page of ``renderer`` depends on besides its own inputs: code, templates, options, ``extra``."""
    h = hashlib.sha256()
    for part in (FORMAT, code_digest(), f"portable={renderer.portable}", *extra):
        h.update(part.encode("utf-8") + b"\0")
    own = renderer.templates_dir
    if own is not None and own.is_dir():
        for path in sorted(p for p in own.rglob("*") if p.is_file()):
            h.update(path.relative_to(own).as_posix().encode() + b"\0" + hashlib.sha256(path.read_bytes()).digest())
    return h.hexdigest()


class PageStore:
    """Rendered pages keyed by the digest of their inputs, in an SQLite file; see the module's docstring.

    Never raises for a bad store: :attr:`reset` says why the pages of the
    last build could not be used (``None`` when they could), and a store
    that fails while in use stops storing and lets every page be rendered.
    """

    def __init__(self, path: Path, *, salt: str) -> None:
        self.path = Path(path)
        self.salt = salt
        self.hits = self.misses = 0
        #: why the last build's pages were not used: "missing", "salt", "corrupt"; ``None`` when they were
        self.reset: str | None = None
        self.db: sqlite3.Connection | None = None
        try:
            self.db = self._open()
        except (sqlite3.Error, OSError):
            self.reset = "corrupt"
            self.db = None
            try:
                self.path.unlink(missing_ok=True)
                self.db = self._open()
            except (sqlite3.Error, OSError):
                self.db = None  # no store: every page is rendered

    def _open(self) -> sqlite3.Connection:
        existed = self.path.is_file()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=DELETE")
            db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            db.execute("CREATE TABLE IF NOT EXISTS page (key BLOB PRIMARY KEY, content BLOB NOT NULL, used INTEGER NOT NULL) WITHOUT ROWID")
            row = db.execute("SELECT value FROM meta WHERE key = 'salt'").fetchone()
            db.execute("PRAGMA quick_check").fetchone()
            db.execute("BEGIN")
            if row is None or row[0] != self.salt:
                if self.reset is None:
                    self.reset = "salt" if row is not None else "missing" if not existed else "salt"
                db.execute("DELETE FROM page")
                db.execute("INSERT OR REPLACE INTO meta VALUES ('salt', ?)", (self.salt,))
            db.execute("UPDATE page SET used = 0")
        except BaseException:
            db.close()
            raise
        return db

    def rendered(self, key: object, render: Callable[[], str]) -> str:
        """The page stored for inputs ``key``, else ``render()`` (stored for the next build)."""
        if self.db is None:
            return render()
        try:
            digest = _digest(key)
        except Exception:  # a lazy value (a generator, a view over the index): not an input that can be compared
            return render()
        return self._by_digest(digest, render)

    def rendered_keyed(self, key: bytes, render: Callable[[], str]) -> str:
        """The page stored for ``key``, a digest of its inputs the caller made (:meth:`CachedRenderer.keyed`), else ``render()``.

        A list page's inputs are made from the site index's rows (links, stubs, dates), and so its key can be too:
        made from the rows, the page's inputs are built only for a page whose key is new (#18). Kept apart from the
        keys :meth:`rendered` makes (their digest is taken again with a prefix of their own).
        """
        if self.db is None:
            return render()
        return self._by_digest(hashlib.sha256(b"keyed\0" + key).digest(), render)

    def _by_digest(self, digest: bytes, render: Callable[[], str]) -> str:
        try:
            row = self.db.execute("SELECT content FROM page WHERE key = ?", (digest,)).fetchone()
            if row is not None:
                self.db.execute("UPDATE page SET used = 1 WHERE key = ?", (digest,))
                self.hits += 1
                return zlib.decompress(row[0]).decode("utf-8")
        except (sqlite3.Error, zlib.error, UnicodeDecodeError):
            self._give_up()
            return render()
        content = render()
        self.misses += 1
        try:
            self.db.execute("INSERT OR REPLACE INTO page VALUES (?, ?, 1)", (digest, zlib.compress(content.encode("utf-8"), 1)))
        except sqlite3.Error:
            self._give_up()
        return content

    def _give_up(self) -> None:
        """A store that fails in use is dropped: this build renders the rest, the next one starts afresh."""
        db, self.db = self.db, None
        if db is not None:
            try:
                db.close()
            except sqlite3.Error:
                pass
        self.path.unlink(missing_ok=True)
        self.reset = self.reset or "corrupt"

    def close(self, *, whole: bool = True) -> None:
        """Commit; with ``whole`` (every page of the site was asked for), drop the pages no page asked for."""
        db, self.db = self.db, None
        if db is None:
            return
        try:
            if whole:
                db.execute("DELETE FROM page WHERE used = 0")
            db.execute("COMMIT")
        except sqlite3.Error:
            self.path.unlink(missing_ok=True)
        finally:
            db.close()

    def __enter__(self) -> PageStore:
        return self

    def __exit__(self, kind: object, *exc: object) -> None:
        self.close(whole=kind is None)


class _KeyReducers(dict):
    """How a page's key pickles each class (a pickler's ``dispatch_table``), worked out once per class.

    A dataclass is pickled as its class and its fields' values, read by one C
    call: pickle's own way for a dataclass with slots (its generated
    ``__getstate__`` asks ``fields()`` each time) cost more than rendering some
    pages. An :class:`ActorView` leaves out its ``aid``: the actor's row in the
    site index, numbered in the order of the actors' keys, so one new actor
    renumbers every actor after it although no page shows the number; left in
    the key, one new article would make every actor page's inputs look
    changed. A briefing is the digest of its records
    (:func:`~briefgen.site.index_db.briefing_digest`: walking its few hundred
    records here cost a third of a rebuild's briefing pages, #18). A table,
    not ``reducer_override``: the pickler then asks Python only about such
    objects, not about every one that is no string or number (#18).
    """

    def __init__(self) -> None:
        super().__init__()
        #: the classes pickled pickle's own way, answered without asking again (the pickler asks for every such object)
        self._own: set[type] = set()

    def __missing__(self, kind: type) -> object:
        if kind in self._own:
            raise KeyError(kind)
        if kind is Briefing:
            reduce: object = _reduce_briefing
        elif is_dataclass(kind) and fields(kind):
            # a one-field dataclass too (a list page's briefing stubs: StubMeta, StubExtraction, two per entry): pickle's
            # own way asked fields() for each of them, 120,000 times in a rebuild at 20,000 briefings (#18)
            names = [f.name for f in fields(kind)]
            getter = attrgetter(*names) if len(names) > 1 else partial(_one_field, names[0])
            reduce = partial(_reduce_actor if kind is ActorView else _reduce_fields, kind, getter)
        else:
            self._own.add(kind)
            raise KeyError(kind)  # pickle's own way
        self[kind] = reduce
        return reduce


def _one_field(name: str, obj: object) -> tuple:
    return (getattr(obj, name),)


def _reduce_fields(kind: type, getter: Callable[[object], tuple], obj: object) -> tuple:
    return _rebuild, (kind, getter(obj))


def _reduce_actor(kind: type, getter: Callable[[object], tuple], obj: object) -> tuple:
    return _rebuild, (kind, (0, *getter(obj)[1:]))


def _reduce_briefing(obj: Briefing) -> tuple:
    return _rebuild, (Briefing, (briefing_digest(obj),))


_KEY_REDUCERS = _KeyReducers()


def _rebuild(kind: type, values: tuple) -> object:  # never called: keys are hashed, not loaded
    return kind(*values)


def _digest(key: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = _KEY_REDUCERS
    pickler.fast = True  # no memo: equal values give equal bytes whether or not they are one object in memory
    pickler.dump(key)
    return hashlib.sha256(buffer.getbuffer()).digest()


def _in_order(context: BriefingContext | None) -> BriefingContext | None:
    """``context`` with its look-up tables in key order: they are filled from a set of names, whose order is the
    process's string hashing, and the page only looks names up in them (the same page from another order)."""
    if context is None:
        return None
    tables = {f.name: dict(sorted(getattr(context, f.name).items())) for f in fields(context) if isinstance(getattr(context, f.name), Mapping)}
    return replace(context, **tables)


class CachedRenderer:
    """A :class:`~briefgen.render.Renderer` whose pages come from a :class:`PageStore` when their inputs are unchanged.

    Everything else (the stylesheet, the search script, the Jinja environment)
    is the wrapped renderer's.
    """

    def __init__(self, renderer: Renderer, store: PageStore) -> None:
        self._renderer, self.store = renderer, store

    def __getattr__(self, name: str) -> Any:
        return getattr(self._renderer, name)

    def briefing_markdown(self, briefing: Briefing, *, context: BriefingContext | None = None, extra: dict[str, Any] | None = None) -> str:
        return self.store.rendered(
            ("briefing", briefing, _in_order(context), extra), lambda: self._renderer.briefing_markdown(briefing, context=context, extra=extra)
        )

    def keyed(self, key: bytes, render: Callable[[], str]) -> str:
        """``render()``, or the page the store keeps under ``key``: a digest of every input ``render`` reads, made by
        the caller (see :meth:`PageStore.rendered_keyed`)."""
        return self.store.rendered_keyed(key, render)

    def list_markdown(self, **values: Any) -> str:
        return self.store.rendered(("list", sorted(values.items())), lambda: self._renderer.list_markdown(**values))

    def page_markdown(self, template: str, *, title: str, meta: Mapping[str, Any] | None = None, **values: Any) -> str:
        key = ("page", template, title, dict(meta) if meta is not None else None, sorted(values.items()))
        return self.store.rendered(key, lambda: self._renderer.page_markdown(template, title=title, meta=meta, **values))
