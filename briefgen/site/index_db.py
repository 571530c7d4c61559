"""The site's cross-article index in SQLite, so assembly holds one page's worth of briefings (#17).

What crosses articles — dates and chronological order, the actors merged
across briefings, each briefing's main actors and story thread, what each
actor said and demanded — is filled in by streaming briefings in one at a
time (:meth:`SiteIndex.add`) and read back with ``ORDER BY`` and ``LIMIT``
queries while the pages are generated one at a time
(:func:`briefgen.site.pages.iter_site_pages`). The briefings themselves are
kept in the index too (pickled, compressed), and loaded one page at a time.

A sharded build keeps the index between builds (``path``, in its state
folder): a rebuild indexes only the briefings that are new or changed and
computes what crosses briefings again from the stored rows (#18; see
:meth:`SiteIndex._open_stored`). Without ``path`` the index lives in a private
temporary database, as below.

Why SQLite: it is in the standard library (nothing to install or run), its
B-trees sort and page through data larger than memory with a small, fixed
page cache, it keeps the index in its own private temporary database (no
file name: SQLite unlinks the file it spills to on opening, so even a killed
build leaves nothing behind), and the queries read as what the pages need. A memory-mapped
key-value store would need its own sorting; ``shelve``/``dbm`` cannot order
or group; pandas or DuckDB would hold columns in memory or add a dependency.

The actor merge follows :func:`briefgen.site.crossref.merge_actors` rule for
rule and reproduces its order, canonical names and slugs exactly (tested
against it), with the appearances in a table instead of in memory. What still
grows with the archive in memory is only per *distinct* organisation name
(joining bodies under two names needs their name forms side by side) and the
actors index page, which lists every actor by design.
"""

from __future__ import annotations

import contextlib
import copyreg
import dataclasses
import datetime as _dt
import functools
import hashlib
import io
import json
import operator
import os
import pickle
import posixpath
import re
import sqlite3
import zlib
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from json.encoder import encode_basestring_ascii  # type: ignore[attr-defined]
from pathlib import Path
from typing import Literal

from .. import records
from ..errors import OutputError
from ..pipeline.lock import folder_lock
from ..records import Briefing, BriefingDate, KeyPoint, Quote
from .policy import earns_page
from ..extract.actors.names import is_clipping, party_key, without_country
from .crossref import ambiguous_forms, canonical_name, clean_name, fold, generic_shortening, lookalike_notes, person_key, slugify_name
from .crossref import is_mixed_script as _is_mixed_script
from .timeline import checked_date

#: Whether a name mixes scripts, remembered for the names seen most (a bounded cache: the names of an archive are not).
is_mixed_script = lru_cache(maxsize=4096)(_is_mixed_script)
#: The site index's SQLite page cache, in KiB (also what SQLite's sorter may hold in memory before spilling).
CACHE_KIB = 4000
#: A private index (no ``path``: nothing outlives the build) stores its first records' pickles up to this many bytes
#: as they are, in zlib's stored form (level 0: the same stream, read by the same ``zlib.decompress``), and the rest at
#: level 1 as before (#18, scale30): compressing 300 BBC briefings' 1.75 MB of records cost 0.045 CPU s and saved
#: 1.15 MB that the private database holds in its page cache or its unlinked temporary file, never on disk after the
#: build. Half the page cache, so the index's other tables keep the rest. A stored index keeps level 1 throughout:
#: its file's bytes, and :data:`STORE_FORMAT`, do not change.
PRIVATE_STORED_UP_TO = CACHE_KIB * 1024 // 2
#: The stored index's file name in a sharded build's state folder (next to the page store).
INDEX_FILE = "index.sqlite"
#: Beside the stored index, the file status it had when the last build closed it: while the file still has it, its
#: ``PRAGMA quick_check`` is skipped (see :meth:`SiteIndex._open_stored`).
CHECKED_SUFFIX = ".checked"
#: How SQLite syncs the stored index (``PRAGMA synchronous``) outside a build's indexing: each commit reaches the disk.
STORED_SYNC = "NORMAL"
#: ... and while :meth:`SiteIndex.finish` has not marked it whole: not at all (#18). The file is marked "building",
#: synced, before any row changes, and a file so marked is built again from scratch whatever it holds (a crash of the
#: machine mid-build included, when an unsynced file may be torn: its whole-file check runs too, as its status is
#: not the one the last build closed it with). So the commits in between (Python's ``executescript`` commits before
#: each script, and SQL of the script outside a transaction commits statement by statement: 19 commits of three
#: syncs each in a one-article rebuild at 2,000 briefings, 0.3 s of its 1.4 s on this host's disk) need not reach the
#: disk before the last, which syncs the file whole with the mark.
BUILDING_SYNC = "OFF"
#: The stored index's rollback journal (``PRAGMA journal_mode``): a file beside it, made and deleted by each commit ...
STORED_JOURNAL = "DELETE"
#: ... except while it is rebuilt, when it is kept in memory (#18): each of those 19 commits made and deleted the
#: journal file, 20 deletions of 2 ms of wall time each on the benchmarks' host. A build that dies then may leave a file
#: with part of a commit written: every version of the meta row it then holds says "building", or it cannot be read,
#: or its whole-file check fails, and it is built again from scratch either way. A statement that fails still rolls
#: back (the journal is in memory).
BUILDING_JOURNAL = "MEMORY"
#: Bump when what a stored row means changes: a stored index of another format is built again from scratch.
STORE_FORMAT = "site-index-7"
_THREAD_KINDS = ("person", "country", "organisation")
#: How many actor views a finished index remembers (see SiteIndex.actor).
_VIEWS = 4096
#: How many answers of find() a finished index remembers (a briefing's names, asked again by its page and its actors' pages).
_FOUND = 16384
_RESERVED_SLUGS = ("index",)
#: A name at most this many of a surname's candidates share is scored candidate by candidate (see _surname_target).
_LIGHT_NAME = 32
_SCHEMA = """
CREATE TABLE briefing (
    bid INTEGER PRIMARY KEY, name TEXT NOT NULL, page TEXT NOT NULL, path TEXT NOT NULL, title TEXT NOT NULL,
    date TEXT, date_source TEXT, month TEXT, meta_date TEXT, first_point TEXT, rank INTEGER, mrank INTEGER,
    dfields TEXT NOT NULL, digest BLOB, notes TEXT
);
-- the records apart from the row: every build writes each briefing's rank, which rewrote its records with it (#18)
CREATE TABLE record (bid INTEGER PRIMARY KEY, blob BLOB NOT NULL);
CREATE TABLE app (
    id INTEGER PRIMARY KEY, bid INTEGER NOT NULL, ord INTEGER NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL,
    mentions INTEGER NOT NULL, start INTEGER NOT NULL, aliases TEXT NOT NULL, roles TEXT NOT NULL, affiliation TEXT,
    mixed INTEGER NOT NULL, pkey TEXT, gsur TEXT, single TEXT, okey TEXT, gkey TEXT, gpos TEXT
);
CREATE TABLE actor (
    aid INTEGER PRIMARY KEY, gkey TEXT UNIQUE NOT NULL, name TEXT NOT NULL, kind TEXT NOT NULL, kinds TEXT NOT NULL,
    roles TEXT NOT NULL, affiliations TEXT NOT NULL, names TEXT NOT NULL, nb INTEGER NOT NULL, napp INTEGER NOT NULL,
    mentions INTEGER NOT NULL, gcat INTEGER NOT NULL, gfirst INTEGER NOT NULL, groot TEXT NOT NULL,
    rank INTEGER, slug TEXT UNIQUE, nvoiced INTEGER NOT NULL DEFAULT 0, paged INTEGER NOT NULL DEFAULT 0, base TEXT
);
-- every (briefing, name form, actor): which actor a form stands for is chosen by actor rank when read (find), so the rows
-- of a briefing change only with its own appearances and their groups, not with every rank that moves (#18)
-- (the key's columns first: SQLite 3.40's quick_check misreads a WITHOUT ROWID table whose key columns are not)
CREATE TABLE local (bid INTEGER NOT NULL, form TEXT NOT NULL, aid INTEGER NOT NULL, folded TEXT NOT NULL,
    PRIMARY KEY (bid, form, aid)) WITHOUT ROWID;
CREATE TABLE mains (bid INTEGER NOT NULL, pos INTEGER NOT NULL, aid INTEGER NOT NULL, PRIMARY KEY (bid, pos)) WITHOUT ROWID;
CREATE TABLE thread (bid INTEGER PRIMARY KEY, prev INTEGER, next INTEGER);
CREATE TABLE voiced (bid INTEGER NOT NULL, aid INTEGER NOT NULL, PRIMARY KEY (bid, aid)) WITHOUT ROWID;
CREATE TABLE abrief (aid INTEGER NOT NULL, pos INTEGER NOT NULL, bid INTEGER NOT NULL, dated INTEGER NOT NULL, PRIMARY KEY (aid, pos)) WITHOUT ROWID;
CREATE TABLE voice (bid INTEGER NOT NULL, name TEXT NOT NULL);
CREATE TABLE item (bid INTEGER NOT NULL, bucket TEXT NOT NULL, seq INTEGER NOT NULL, raw TEXT NOT NULL, payload BLOB NOT NULL,
    other TEXT, responder TEXT);
-- a page per path *and* Markdown flavour: `briefgen build --commonmark` makes each page in Material's flavour (the site's)
-- and in plain CommonMark (OUT's) from one index, and one row per path made each pass evict the other's page (#18)
CREATE TABLE page (path TEXT NOT NULL, flavour TEXT NOT NULL, key BLOB NOT NULL, content BLOB NOT NULL, PRIMARY KEY (path, flavour)) WITHOUT ROWID;
CREATE TABLE sname (word TEXT PRIMARY KEY, n INTEGER NOT NULL, only TEXT NOT NULL, filled INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID;
CREATE TABLE gaff (word TEXT NOT NULL, affiliation TEXT NOT NULL, gkey TEXT NOT NULL, PRIMARY KEY (word, affiliation, gkey)) WITHOUT ROWID;
CREATE TABLE gnames (word TEXT NOT NULL, name TEXT NOT NULL, gkey TEXT NOT NULL, PRIMARY KEY (word, name, gkey)) WITHOUT ROWID;
CREATE TABLE gcount (word TEXT NOT NULL, name TEXT NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (word, name)) WITHOUT ROWID;
CREATE TABLE penv (bid INTEGER PRIMARY KEY, env BLOB NOT NULL, items BLOB NOT NULL);
CREATE TABLE aview (aid INTEGER PRIMARY KEY, view TEXT NOT NULL);
CREATE TABLE bform (okey TEXT NOT NULL, form TEXT NOT NULL, pk TEXT NOT NULL, fl TEXT NOT NULL, sf TEXT, bucket TEXT, gen TEXT, gbody TEXT);
CREATE INDEX bform_okey ON bform (okey);
CREATE INDEX bform_pk ON bform (pk, okey);
CREATE INDEX bform_fl ON bform (fl, okey);
CREATE INDEX bform_sf ON bform (sf) WHERE sf IS NOT NULL;
CREATE INDEX bform_bucket ON bform (bucket, okey, form) WHERE bucket IS NOT NULL;
CREATE INDEX bform_gen ON bform (gen, gbody) WHERE gen IS NOT NULL;
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS app_bid ON app (bid, ord);
CREATE INDEX IF NOT EXISTS app_gsur ON app (gsur) WHERE gsur IS NOT NULL;
CREATE INDEX IF NOT EXISTS app_single ON app (single, id) WHERE single IS NOT NULL;  -- a touched surname's bare forms (#18)
CREATE INDEX IF NOT EXISTS app_gkey ON app (gkey, gpos, id);
CREATE INDEX IF NOT EXISTS app_okey ON app (okey);
CREATE INDEX IF NOT EXISTS app_name ON app (bid, name);
CREATE INDEX IF NOT EXISTS app_affiliation ON app (affiliation, gkey) WHERE affiliation IS NOT NULL;
CREATE INDEX IF NOT EXISTS briefing_rank ON briefing (rank);
CREATE INDEX IF NOT EXISTS briefing_name ON briefing (name);  -- date_of, page_of, bid_of: a scan of every row each (#18)
CREATE INDEX IF NOT EXISTS briefing_month ON briefing (month, mrank);
CREATE INDEX IF NOT EXISTS local_folded ON local (bid, folded);
CREATE INDEX IF NOT EXISTS local_aid ON local (aid);
CREATE INDEX IF NOT EXISTS voiced_aid ON voiced (aid);
CREATE INDEX IF NOT EXISTS actor_rank ON actor (rank);
CREATE INDEX IF NOT EXISTS actor_base ON actor (base);
CREATE INDEX IF NOT EXISTS item_key ON item (bid, bucket, seq);
"""


# -- light stand-ins for what list pages show of a briefing (templates read only these) -------------


@dataclass(frozen=True, slots=True)
class StubMeta:
    date: str | None


@dataclass(frozen=True, slots=True)
class StubArticle:
    name: str
    title: str
    path: str
    meta: StubMeta


@dataclass(frozen=True, slots=True)
class StubExtraction:
    summary: tuple[KeyPoint, ...]


@dataclass(frozen=True, slots=True)
class BriefingStub:
    """A briefing as a list page shows it: name, title, date and first key point (no text, no records)."""

    article: StubArticle
    extraction: StubExtraction


class _Sized:
    """Something of known length only (templates ask ``actor.briefings | length``)."""

    __slots__ = ("_n",)

    def __init__(self, n: int) -> None:
        self._n = n

    def __len__(self) -> int:
        return self._n


@dataclass(frozen=True, slots=True)
class ActorView:
    """One site-wide actor as pages show it (what :class:`~briefgen.site.crossref.CrossActor` offers, without its briefings)."""

    aid: int
    slug: str
    name: str
    kinds: tuple[str, ...]
    roles: tuple[str, ...]
    affiliations: tuple[str, ...]
    names: tuple[str, ...]
    mentions: int
    briefing_count: int
    #: Briefings in which the actor speaks or acts: is quoted, demands, answers a demand or refuses (the page policy reads it).
    voiced: int = 0

    @property
    def kind(self) -> str:
        return self.kinds[0]

    @property
    def briefings(self) -> _Sized:
        return _Sized(self.briefing_count)


def _record_reducers() -> dict[type, object]:
    """How :func:`_pack` pickles each record class: as ``cls(*field values)``, field names found once per class.

    A frozen dataclass with slots pickles through ``dataclasses``' own
    ``__getstate__``/``__setstate__``, which call ``dataclasses.fields()`` for
    every record, written and read: a briefing is a few hundred records, and
    packing 300 briefings and unpacking them twice cost twice what this does
    (#18). Only classes whose ``__init__`` takes every field positionally
    qualify (the others keep the default); the unpickled records are equal.
    """
    table: dict[type, object] = dict(copyreg.dispatch_table)
    for value in vars(records).values():
        if not (isinstance(value, type) and dataclasses.is_dataclass(value)) or hasattr(value, "__post_init__"):
            continue
        fields = dataclasses.fields(value)
        if fields and all(f.init and not f.kw_only for f in fields):
            # one C call reads every field (``attrgetter`` of several names gives their tuple): a Python loop of getattr
            # per record was half of pickling a briefing, which a rebuild does for every briefing of the archive (#18)
            names = tuple(f.name for f in fields)
            table[value] = functools.partial(_reduce_record if len(names) > 1 else _reduce_single, operator.attrgetter(*names))
    return table


def _reduce_record(getter: Callable[[object], tuple], record: object) -> tuple[type, tuple]:
    return type(record), getter(record)


def _reduce_single(getter: Callable[[object], object], record: object) -> tuple[type, tuple]:
    return type(record), (getter(record),)


_REDUCERS = _record_reducers()


def _json_list(values: list[str] | tuple[str, ...]) -> str:
    """``json.dumps(values)``, byte for byte, for the lists of names, roles and kinds stored per appearance and per actor.

    Why (#18): ``json.dumps`` goes through the encoder's Python layers for every call (about 2 µs for a short list);
    a cold build of 300 BBC articles stores some 13,000 such lists. For a list of strings the default encoder writes
    each string with ``encode_basestring_ascii`` (its C function) joined by ", " in brackets, which this does
    directly; anything else in the list goes to ``json.dumps`` itself.
    """
    if all(type(value) is str for value in values):
        return "[" + ", ".join(map(encode_basestring_ascii, values)) + "]"
    return json.dumps(values)


def _pickled(briefing: Briefing) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.fast = True  # no memo: equal briefings give equal bytes (and digests) however their strings are shared (#18)
    pickler.dump(briefing)
    return buffer.getvalue()


#: The briefing :meth:`SiteIndex.briefing` loaded last and its stored digest (see :func:`briefing_digest`).
_LOADED: list = [None, None]


def briefing_digest(briefing: Briefing) -> bytes:
    """A digest of a briefing's records: equal for equal briefings, however their strings are shared.

    The stored index keeps each briefing's digest; for the briefing it has just
    loaded (the one whose page is being made) that one is given instead of
    pickling the briefing a second time in the same build (#18).
    """
    if _LOADED[0] is briefing:
        return _LOADED[1]
    return hashlib.sha256(_pickled(briefing)).digest()


def _dumps(value: object) -> bytes:
    """``value`` pickled with the records as ``cls(*field values)`` (see :func:`_record_reducers`): an actor page's
    items are written and read once per build, and dataclasses' own pickling asked ``fields()`` for each (#18)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = _REDUCERS
    pickler.dump(value)
    return buffer.getvalue()


class _RecordUnpickler(pickle.Unpickler):
    """Loads briefgen's records and nothing else: a stored item is not checked against a digest of this build's own
    briefing as a stored briefing is (:meth:`SiteIndex.briefing`), so it may name no other callable."""

    def find_class(self, module: str, name: str) -> object:
        found = getattr(records, name, None) if module == records.__name__ else None
        if not (isinstance(found, type) and dataclasses.is_dataclass(found)):
            raise pickle.UnpicklingError(f"not a briefgen record: {module}.{name}")
        return found


def _load_record(payload: bytes) -> object:
    return _RecordUnpickler(io.BytesIO(payload)).load()


def _pack(briefing: Briefing) -> bytes:
    return zlib.compress(_pickled(briefing), 1)


def _unpack(blob: bytes) -> Briefing:
    return pickle.loads(zlib.decompress(blob))  # noqa: S301 — our own temporary file, written by this process


def _join(*parts: str) -> str:
    return posixpath.normpath(posixpath.join(*parts))


@lru_cache(maxsize=4096)
def _stored_date(dfields: str) -> BriefingDate:
    """A briefing's stored date fields as a :class:`BriefingDate` (immutable, so one object serves every row of a day).

    Every list page, the timeline's and the dates of every briefing read a stub per row: several per briefing of the
    archive in each build, and parsing the JSON was a third of making a stub (#18). A day's briefings come together in
    the chronological order those passes read, so a small bounded cache answers nearly all of them.
    """
    return BriefingDate(*json.loads(dfields))


class SiteIndex:
    """Briefings and what crosses them, in a private temporary SQLite database; a context manager that closes it.

    Use: :meth:`add` every briefing (in build order), :meth:`finish` once,
    then query. ``prefix`` is the briefings' folder in the site.
    """

    def __init__(self, *, prefix: str = "briefings", today: _dt.date | None = None, path: Path | str | None = None, salt: str = "") -> None:
        """``path``: keep the index in that file between builds (see :meth:`_open_stored`); ``salt``: what the stored
        rows depend on besides the briefings (the adapter passes a digest of briefgen's code)."""
        self.prefix = posixpath.normpath(prefix.strip("/") or ".")
        self.today = today
        self.path = Path(path) if path is not None else None
        #: why a stored index was not used ("missing", "salt", "incomplete", "today", "corrupt", "locked",
        #: "unwritable"), ``None`` when it was or when none was asked for
        self.reset: str | None = None
        #: stored mode: the stored briefings not yet met in this build, name -> (bid, digest, notes)
        self._old: dict[str, tuple[int, bytes, str]] | None = None
        self._kept: list[tuple[int, int]] = []  # (this build's bid, stored bid) of briefings met unchanged
        self._recheck_dates = False
        #: finish() brings the stored actors up to date instead of making them all again: set by _reconcile when the
        #: stored appearances kept their ids (briefings added or removed at the end), with the touched groups in ``temp.touched``
        self._incremental = False
        self._fresh_from: int | None = None
        #: actor groups whose appearances were summed (:meth:`_make_actors`): what a one-article rebuild must not do for every actor
        self.summed = 0
        #: ... and the appearances read to sum them
        self.summed_rows = 0
        #: bare surnames whose join was decided again (:meth:`_join_surnames`): every one unless the stored actors were updated
        self.surnames_joined = 0
        #: a rebuild that updated the stored actors: the briefings resolved again (begin_pages)
        self._redone: list[int] | None = None
        #: briefings whose view of the site was digested (:meth:`begin_pages`): every one unless the stored actors were updated
        self.viewed = 0
        #: organisation keys whose body was worked out again (:meth:`_join_touched_bodies`; a full join counts none)
        self.bodies_joined = 0
        #: briefings whose names, main actors and voices were resolved again (every one unless the stored actors were updated)
        self.resolved = 0
        #: actors whose briefings were listed again (:meth:`_actor_briefings`; every one unless the stored actors were updated)
        self.relisted = 0
        self._lock = contextlib.ExitStack()
        self._stored = False  # the connection is the stored file's: its status is stamped when closed (CHECKED_SUFFIX)
        self.db = self._open_stored(salt) if self.path is not None else self._private()
        if self.reset in ("locked", "unwritable"):
            self.path = None  # indexed privately: nothing is kept
        self.count = 0
        self._stored_raw = 0  # bytes of the records kept in zlib's stored form (PRIVATE_STORED_UP_TO)
        self.article_notes: list[str] = []
        self.date_notes: list[str] = []
        self.lookalike: list[str] = []
        self.newest_date: str | None = None
        self._finished = False
        self._ready = False  # finish() is done: what the index answers no longer changes
        self._views: dict[int, ActorView] = {}
        self._found: dict[tuple[int, str], int | None] = {}  # find() of the finished index (see there)
        #: stored index: the pages of this build taken from the last one (``kept``) and made anew (``made``)
        self.kept = self.made = 0
        #: briefings unpickled (:meth:`briefing`): what a rebuild after one new article must not do for every briefing
        self.loaded = 0

    @staticmethod
    def _private() -> sqlite3.Connection:
        # SQLite's private temporary database (empty file name): it spills past ``cache_size`` to a
        # file SQLite unlinks on opening, so a killed build leaves nothing in the temp folder.
        db = sqlite3.connect("")
        # A 4 MB page cache (#17): SQLite also sizes its sorter's memory by it, and both fill up with the archive
        # until they reach it: at 16 MB, 2,000 briefings did not fill them and 12,000 did (finishing the index
        # peaked 17 MB higher); at 4 MB both sizes do, and finishing 12,000 took no longer (the file is in the
        # OS's cache). Its lookups are by key through B-trees whose upper pages stay cached.
        db.executescript(f"PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA temp_store=FILE; PRAGMA cache_size=-{CACHE_KIB};")
        db.executescript(_SCHEMA)
        return db

    def _open_stored(self, salt: str) -> sqlite3.Connection:
        """The index of the last build, kept in :attr:`path`, to be brought up to date by this build (#18).

        What a briefing adds to the index (its row, its actors' appearances, its
        voices, its notes) depends only on the briefing, the code and the
        briefings' folder (and, for a date in the future, the build's date), so
        those rows are kept, keyed by the briefing's name and a digest of its
        records: :meth:`add` of an unchanged briefing inserts nothing, and
        :meth:`finish` removes the briefings no longer there, puts the rows in
        this build's order and recomputes what crosses briefings from the stored
        rows (SQL and a pass over the appearances; no briefing is unpickled).
        The result is the index a build from scratch gives (tested page by page).

        Falls back to an index from scratch, saying why in :attr:`reset`, when
        the file is missing, unreadable or damaged, was written by other code or
        for another folder (``salt``, format), was left by a build that did not
        finish (its state is not "whole"), or the build's date went back. While
        a build holds it, the file is under the state folder's build lock
        (:func:`~briefgen.pipeline.folder_lock`); a second build that finds it
        held builds its index privately rather than wait or share it.
        """
        path = self.path
        assert path is not None
        try:
            self._lock.enter_context(folder_lock(path.parent, wait=0))
        except OutputError:
            self.reset = "locked"
            return self._private()
        meta = {"format": STORE_FORMAT, "salt": salt, "prefix": self.prefix}
        stamp = path.with_name(path.name + CHECKED_SUFFIX)
        try:
            # #18: quick_check reads the whole file (0.3 s at 2,000 briefings, a tenth of a one-article rebuild, and
            # growing with the archive); a file whose status is the one it had when the last build closed it is
            # those bytes, so the check is left to files something else wrote since (a damaged or replaced one)
            checked = stamp.read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError):
            checked = None
        try:
            existed = path.is_file()
            unchanged = existed and checked is not None and checked == _file_status(path)
            stamp.unlink(missing_ok=True)  # this build writes the file: its status is stamped again only when it closes it
            db = sqlite3.connect(path)
        except (sqlite3.Error, OSError):
            self.reset = "unwritable"
            self._lock.close()
            return self._private()
        try:
            db.executescript(f"PRAGMA journal_mode={STORED_JOURNAL}; PRAGMA synchronous={STORED_SYNC}; PRAGMA temp_store=FILE; PRAGMA cache_size=-{CACHE_KIB};")
            stored = dict(db.execute("SELECT key, value FROM meta")) if existed else {}
            reason = self._unusable(stored, meta, existed)
            if reason is None and not unchanged and db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                reason = "corrupt"
            if reason is None:
                self._old = {name: (bid, digest, notes) for name, bid, digest, notes in db.execute("SELECT name, bid, digest, notes FROM briefing")}
                self._recheck_dates = stored.get("today", "") != (self.today.isoformat() if self.today else "")
        except sqlite3.Error:
            reason = "corrupt"
        if reason is not None:
            self.reset = reason
            db.close()
            try:
                path.unlink(missing_ok=True)
                db = sqlite3.connect(path)
                db.executescript(f"PRAGMA journal_mode={STORED_JOURNAL}; PRAGMA synchronous={STORED_SYNC}; PRAGMA temp_store=FILE; PRAGMA cache_size=-{CACHE_KIB};")
                db.executescript(_SCHEMA + "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);")
                db.executemany("INSERT INTO meta VALUES (?, ?)", meta.items())
            except (sqlite3.Error, OSError):
                self.reset = "unwritable"
                self._lock.close()
                return self._private()
        # until finish() marks it whole again, the file is a build in progress: a build that dies leaves it for a fresh start
        db.execute("INSERT OR REPLACE INTO meta VALUES ('state', 'building')")
        db.commit()
        # #18: that mark is on the disk (synced); until finish() marks the file whole, SQLite does not sync, nor keep its
        # rollback journal in a file (see BUILDING_SYNC, BUILDING_JOURNAL)
        db.execute(f"PRAGMA journal_mode={BUILDING_JOURNAL}")
        db.execute(f"PRAGMA synchronous={BUILDING_SYNC}")
        self._stored = True
        return db

    def _unusable(self, stored: dict[str, str], meta: dict[str, str], existed: bool) -> str | None:
        if not existed or not stored:
            return "missing"
        if any(stored.get(key) != value for key, value in meta.items()):
            return "salt"
        if stored.get("state") != "whole":
            return "incomplete"
        before = stored.get("today") or None
        now = self.today.isoformat() if self.today else None
        # a date refused as future stays refused only while the build's date does not go back (or the check appear)
        if before != now and (now is not None and (before is None or now < before)):
            return "today"
        return None

    # -- lifecycle ------------------------------------------------------------------------------

    def close(self) -> None:
        if self.db is not None:
            committed = False
            try:
                if self.path is not None:
                    self.db.commit()
                    committed = True
            except sqlite3.Error:
                pass
            finally:
                self.db.close()
                self.db = None  # type: ignore[assignment]
            if committed and self._stored and self.path is not None:  # still under the build lock
                status = _file_status(self.path)
                if status is not None:
                    with contextlib.suppress(OSError):
                        self.path.with_name(self.path.name + CHECKED_SUFFIX).write_text(status, encoding="ascii")
        self._lock.close()

    def __enter__(self) -> SiteIndex:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __del__(self) -> None:
        try:
            self.close()
        except Exception:  # noqa: BLE001 — interpreter shutdown
            pass

    @property
    def notes(self) -> list[str]:
        """Warnings, in the order the in-memory assembly gave them: article notes, future dates, lookalike names."""
        return [*self.article_notes, *self.date_notes, *self.lookalike]

    # -- filling --------------------------------------------------------------------------------

    def add(self, briefing: Briefing) -> None:
        """Index one briefing (its own records are kept in the file, not in memory).

        With a stored index, a briefing met unchanged (same name, same digest of
        its records) only takes its place in this build's order and gives its
        stored notes; :meth:`finish` moves its rows there.
        """
        assert not self._finished, "add() after finish()"
        article = briefing.article
        bid = self.count
        self.count += 1
        raw = _pickled(briefing)
        digest = hashlib.sha256(raw).digest() if self.path is not None else None
        if self._old is not None:
            hit = self._old.get(article.name)
            if hit is not None and hit[1] == digest:
                notes = json.loads(hit[2])
                if not (self._recheck_dates and notes[1]):  # a date refused as future is checked again on another day
                    del self._old[article.name]
                    self._kept.append((bid, hit[0]))
                    self._notes(*notes)
                    return
        date, note = checked_date(briefing, today=self.today)
        notes = ([f"{article.path}: {n}" for n in article.notes], f"{article.path}: {note}" if note else None, lookalike_notes([briefing]), date.date)
        self._notes(*notes)
        summary = briefing.extraction.summary
        if self._old is not None:
            bid = -(bid + 1)  # a place of its own until finish() puts the stored rows in this build's order
        self.db.execute(
            "INSERT INTO briefing (bid, name, page, path, title, date, date_source, month, meta_date, first_point, dfields, digest, notes)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                bid, article.name, _join(self.prefix, f"{article.name}.md"), article.path, article.title, date.date,
                date.source, date.month, article.meta.date, summary[0].text if summary else None,
                json.dumps([getattr(date, f.name) for f in dataclasses.fields(date)]),  # every field, whatever BriefingDate holds
                digest, json.dumps(notes),
            ),
        )  # fmt: skip
        level = 1
        if self.path is None and self._stored_raw + len(raw) <= PRIVATE_STORED_UP_TO:
            self._stored_raw += len(raw)
            level = 0
        self.db.execute("INSERT INTO record VALUES (?,?)", (bid, zlib.compress(raw, level)))
        rows = []
        for ord_, a in enumerate(briefing.extraction.actors):
            mixed = is_mixed_script(a.name)
            pkey = gsur = single = okey = None
            if not mixed:
                if a.kind == "person":
                    key = person_key(a.name)
                    if key is None:
                        single = fold(a.name)
                    else:
                        pkey, gsur = "\x1f".join(key), key[1]
                else:
                    okey = fold(re.sub(r"^the\s+", "", a.name, flags=re.IGNORECASE))
            gkey, gpos = (f"p:{pkey}", "0") if pkey is not None else (None, None)
            rows.append(
                (bid, ord_, a.name, a.kind, a.mentions, a.start, _json_list(a.aliases), _json_list(a.roles), a.affiliation,
                 int(mixed), pkey, gsur, single, okey, gkey, gpos)
            )  # fmt: skip
        self.db.executemany(
            "INSERT INTO app (bid, ord, name, kind, mentions, start, aliases, roles, affiliation, mixed, pkey, gsur, single, okey, gkey, gpos)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        x = briefing.extraction
        voices = [_speaker_of(q) for q in x.quotes] + [d.by for d in x.demands] + [d.response.by for d in x.demands if d.response]
        voices += [r.by for r in x.rejections]
        self.db.executemany("INSERT INTO voice VALUES (?,?)", ((bid, name) for name in dict.fromkeys(voices) if name))
        self.db.executemany("INSERT INTO item VALUES (?,?,?,?,?,?,?)", ((bid, *row) for row in _raw_items(briefing)))

    def changed(self) -> bool:
        """After the last :meth:`add` and before :meth:`finish`: whether any briefing is new or changed, or a stored one
        is gone, since the stored index's last build (``True`` without a stored index, or with one built from scratch).

        Why (#18): a rebuild of an unchanged archive has nothing for a second dirty-build worker to build, whose start
        (0.2 CPU s: MkDocs, Material, the Markdown extensions) it paid all the same.
        """
        return self._old is None or bool(self._old) or len(self._kept) != self.count

    def _notes(self, article_notes: list[str], date_note: str | None, lookalike: list[str], date: str | None) -> None:
        self.article_notes.extend(article_notes)
        if date_note:
            self.date_notes.append(date_note)
        self.lookalike.extend(lookalike)
        if date and (self.newest_date is None or date > self.newest_date):
            self.newest_date = date

    def finish(self) -> None:
        """Merge the actors, order the briefings, find main actors and story threads (once, after the last :meth:`add`)."""
        if self._finished:
            return
        self._finished = True
        if self._old is not None:
            self._reconcile()
        self.db.executescript(_INDEXES)
        self._rank_briefings()
        self._join_surnames()
        self._join_bodies()
        self._make_actors()
        self._actor_briefings()
        self._local_forms()
        self._page_policy()
        self._main_actors()
        self._threads()
        if self.path is not None:
            if self._stored:  # the rows above reach the disk with the mark that they are whole: this commit syncs the file
                self.db.commit()
                self.db.execute(f"PRAGMA journal_mode={STORED_JOURNAL}")
                self.db.execute(f"PRAGMA synchronous={STORED_SYNC}")
            self.db.executemany(
                "INSERT OR REPLACE INTO meta VALUES (?, ?)", (("state", "whole"), ("today", self.today.isoformat() if self.today else ""))
            )
        self.db.commit()
        self._ready = True

    def _reconcile(self) -> None:
        """The stored rows as this build's: the briefings gone removed, every row at its bid in this build's order, what
        crosses briefings emptied for :meth:`finish` to compute again (from scratch, over the stored rows).

        Order matters: appearances are merged in the order of their ids, which a
        build from scratch gives in (briefing, actor) order. When the unchanged
        briefings kept their places and the new ones come after them (an article
        added at the end), only the new rows move; otherwise the appearances are
        copied in order into a fresh table (SQL only).
        """
        db = self.db
        assert self._old is not None
        # the views the last build's begin_pages left (penv, aview) are its own only if it got that far
        self._views_whole = db.execute("DELETE FROM meta WHERE key = 'views' RETURNING value").fetchall() == [("whole",)]
        gone = [(bid,) for bid, _, _ in self._old.values()]
        self._old = None
        db.executescript(
            "CREATE TEMP TABLE gone (bid INTEGER PRIMARY KEY); CREATE TEMP TABLE remap (cur INTEGER PRIMARY KEY, new INTEGER NOT NULL);"
        )
        db.executemany("INSERT INTO gone VALUES (?)", gone)
        kept = self._kept
        new_places = [-(b + 1) for (b,) in db.execute("SELECT bid FROM briefing WHERE bid < 0")]  # their bids in this build
        in_place = all(new == old for new, old in kept) and (not kept or not new_places or min(new_places) > max(n for n, _ in kept))
        if in_place:
            # The kept appearances keep their ids, so an actor none of whose appearances came, went or changed group sums
            # to what it summed last time (its briefings, its first appearance): its row is kept (_make_actors). The groups
            # touched: those of the appearances gone (as grouped last time), of the new ones and of those that change group.
            db.executescript(
                "DROP TABLE IF EXISTS temp.touched; CREATE TEMP TABLE touched (gkey TEXT PRIMARY KEY) WITHOUT ROWID;"
                "INSERT OR IGNORE INTO touched SELECT gkey FROM app WHERE bid IN (SELECT bid FROM gone) AND gkey IS NOT NULL;"
                "DROP TABLE IF EXISTS temp.was; CREATE TEMP TABLE was (id INTEGER PRIMARY KEY, gkey TEXT NOT NULL);"
                # the joins finish() makes again: bare surnames and bodies (persons with a full name keep the key add() gave)
                "INSERT INTO was SELECT id, gkey FROM app WHERE pkey IS NULL AND gkey IS NOT NULL AND bid NOT IN (SELECT bid FROM gone);"
                # The surnames whose bare forms are joined again (_join_surnames): those with an appearance gone (full name or
                # bare) or a new full name. A surname's joins read only its own rows (its full names, their briefings' names,
                # its bare forms in appearance order), so the others' joins and their sname/gaff/gnames/gcount rows are kept;
                # a surname with only new bare forms (``snew``) decides those after the stored ones, from the state they left.
                "DROP TABLE IF EXISTS temp.swords; CREATE TEMP TABLE swords (word TEXT PRIMARY KEY) WITHOUT ROWID;"
                "INSERT OR IGNORE INTO swords SELECT gsur FROM app WHERE bid IN (SELECT bid FROM gone) AND pkey IS NOT NULL;"
                "INSERT OR IGNORE INTO swords SELECT single FROM app WHERE bid IN (SELECT bid FROM gone) AND single IS NOT NULL;"
                "INSERT OR IGNORE INTO swords SELECT gsur FROM app WHERE bid < 0 AND pkey IS NOT NULL;"
                "DROP TABLE IF EXISTS temp.snew; CREATE TEMP TABLE snew (word TEXT PRIMARY KEY) WITHOUT ROWID;"
                "INSERT OR IGNORE INTO snew SELECT single FROM app WHERE bid < 0 AND single IS NOT NULL AND single NOT IN (SELECT word FROM swords);"
                # The bodies whose joins are made again (_join_bodies): the organisation keys of the appearances gone or new,
                # with the bodies they were in (``broots``, the gone appearances' own; the kept ones keep theirs in ``gkey``).
                "DROP TABLE IF EXISTS temp.bkeys; CREATE TEMP TABLE bkeys (okey TEXT PRIMARY KEY) WITHOUT ROWID;"
                "INSERT OR IGNORE INTO bkeys SELECT okey FROM app WHERE bid IN (SELECT bid FROM gone) AND okey IS NOT NULL;"
                "INSERT OR IGNORE INTO bkeys SELECT okey FROM app WHERE bid < 0 AND okey IS NOT NULL;"
                "DROP TABLE IF EXISTS temp.broots; CREATE TEMP TABLE broots (gkey TEXT PRIMARY KEY) WITHOUT ROWID;"
                "INSERT OR IGNORE INTO broots SELECT gkey FROM app WHERE bid IN (SELECT bid FROM gone) AND okey IS NOT NULL AND gkey IS NOT NULL;"
            )
            self._incremental = True
        for table in ("briefing", "record", "app", "voice", "item"):
            db.execute(f"DELETE FROM {table} WHERE bid IN (SELECT bid FROM gone)")
        if in_place:
            for table in ("briefing", "record", "app", "voice", "item"):
                db.execute(f"UPDATE {table} SET bid = -bid - 1 WHERE bid < 0")
            self._fresh_from = min(new_places) if new_places else None
        else:
            db.executemany("INSERT INTO remap VALUES (?, ?)", [(old, new) for new, old in kept] + [(-(p + 1), p) for p in new_places])
            shift = 1 << 40  # two steps, so that no bid meets one not yet moved
            for table in ("briefing", "record"):
                db.execute(f"UPDATE {table} SET bid = (SELECT new FROM remap WHERE cur = {table}.bid) + ?", (shift,))
                db.execute(f"UPDATE {table} SET bid = bid - ?", (shift,))
            db.execute("UPDATE voice SET bid = (SELECT new FROM remap WHERE cur = voice.bid)")
            db.execute("UPDATE item SET bid = (SELECT new FROM remap WHERE cur = item.bid)")
            columns = "ord, name, kind, mentions, start, aliases, roles, affiliation, mixed, pkey, gsur, single, okey, gkey, gpos"
            app_schema = _SCHEMA[_SCHEMA.index("CREATE TABLE app ") : _SCHEMA.index(");", _SCHEMA.index("CREATE TABLE app ")) + 2]
            db.executescript(app_schema.replace("CREATE TABLE app ", "CREATE TABLE app_new "))
            db.execute(
                f"INSERT INTO app_new (bid, {columns}) SELECT r.new, {', '.join('a.' + c for c in columns.split(', '))}"
                " FROM app a JOIN remap r ON r.cur = a.bid ORDER BY r.new, a.ord"
            )
            db.executescript("DROP TABLE app; ALTER TABLE app_new RENAME TO app;")
        if self._incremental:  # a kept briefing's names, main actors and voices are redone only where they may change (_redo)
            for table in ("local", "mains", "voiced"):
                db.execute(f"DELETE FROM {table} WHERE bid IN (SELECT bid FROM gone)")
        else:
            db.executescript("DELETE FROM actor; DELETE FROM local; DELETE FROM mains; DELETE FROM voiced; DELETE FROM abrief;")
        db.executescript("DROP TABLE temp.gone; DROP TABLE temp.remap; DELETE FROM thread;")
        if self._incremental:
            # what finish() wrote into the appearances, made again: the joins of the touched surnames' bare forms (the bodies'
            # keys stay as they were until _join_bodies gives the touched ones again)
            db.executescript(
                "DELETE FROM sname WHERE word IN (SELECT word FROM temp.swords); DELETE FROM gaff WHERE word IN (SELECT word FROM temp.swords);"
                "DELETE FROM gnames WHERE word IN (SELECT word FROM temp.swords); DELETE FROM gcount WHERE word IN (SELECT word FROM temp.swords);"
                "UPDATE app SET gkey = NULL, gpos = NULL, gsur = NULL WHERE single IN (SELECT word FROM temp.swords);"
            )
        else:
            db.executescript(
                "DELETE FROM sname; DELETE FROM gaff; DELETE FROM gnames; DELETE FROM gcount;"
                # what finish() wrote into the appearances: the joins of bare surnames and bodies (add() leaves them empty)
                "UPDATE app SET gkey = NULL, gpos = NULL WHERE pkey IS NULL AND gkey IS NOT NULL;"
                "UPDATE app SET gsur = NULL WHERE single IS NOT NULL AND gsur IS NOT NULL;"
            )

    # -- merging actors (crossref.merge_actors, rule for rule) ----------------------------------

    def _rank_briefings(self) -> None:
        """Chronological order: newest first, undated last, ties by title then page name (as timeline.chronological)."""
        self.db.executescript(
            "CREATE TEMP TABLE ranked AS SELECT bid, ROW_NUMBER() OVER (ORDER BY date IS NULL, date DESC, title, name) - 1 AS r FROM briefing;"
            "UPDATE briefing SET rank = ranked.r FROM ranked WHERE ranked.bid = briefing.bid;"
            "DROP TABLE temp.ranked;"
            # the place within its month, so a month's archive pages start where they start (no OFFSET rescans)
            "CREATE TEMP TABLE ranked AS SELECT bid, ROW_NUMBER() OVER (PARTITION BY month ORDER BY rank) - 1 AS r FROM briefing;"
            "UPDATE briefing SET mrank = ranked.r FROM ranked WHERE ranked.bid = briefing.bid;"
            "DROP TABLE temp.ranked;"
        )

    def _join_surnames(self) -> None:
        """A bare surname joins the one full-name person it can stand for (crossref._surname_target), in appearance order.

        Work per bare surname does not grow with the number of people who carry
        it: how many candidates there are is counted once per surname
        (``sname``), the one whose affiliation agrees is a keyed lookup
        (``gaff``), and the company score reads only the candidates that share
        a name with the surname's briefing (``gnames`` keyed by surname and
        name). Asking every candidate in turn, as the in-memory merge does,
        made indexing quadratic: an archive's Smiths grow with the archive.
        """
        db = self.db
        if self._incremental:
            # a rebuild whose stored appearances kept their ids joins again the bare forms of the touched surnames only
            # (_reconcile: ``swords``), one surname at a time in appearance order: no surname's joins read another's rows
            words = [w for (w,) in db.execute("SELECT word FROM temp.swords ORDER BY word")]
            tails = [w for (w,) in db.execute("SELECT word FROM temp.snew ORDER BY word")]
            db.executescript(
                "INSERT INTO sname (word, n, only) SELECT gsur, COUNT(DISTINCT gkey), MIN(gkey) FROM app"
                " WHERE pkey IS NOT NULL AND gsur IN (SELECT word FROM temp.swords) GROUP BY gsur;"
                "INSERT OR IGNORE INTO gaff SELECT gsur, affiliation, gkey FROM app"
                " WHERE pkey IS NOT NULL AND affiliation IS NOT NULL AND gsur IN (SELECT word FROM temp.swords);"
                "DROP TABLE temp.swords; DROP TABLE temp.snew;"
            )
            asked = [(w, -1) for w in words] + [(w, self._fresh_from if self._fresh_from is not None else self.count) for w in tails]
            for word, first in asked:
                singles = db.execute("SELECT id, bid, name, affiliation, single FROM app WHERE single = ? AND bid >= ? ORDER BY id", (word, first)).fetchall()
                self.surnames_joined += len(singles)
                self._join_batch(singles)
            return
        db.executescript(
            "INSERT INTO sname (word, n, only) SELECT gsur, COUNT(DISTINCT gkey), MIN(gkey) FROM app WHERE pkey IS NOT NULL GROUP BY gsur;"
            "INSERT OR IGNORE INTO gaff SELECT gsur, affiliation, gkey FROM app WHERE pkey IS NOT NULL AND affiliation IS NOT NULL;"
        )
        last = -1
        while True:  # a batch at a time, in appearance order: each join is seen by the next surnames' choices
            singles = db.execute(
                "SELECT id, bid, name, affiliation, single FROM app WHERE single IS NOT NULL AND id > ? ORDER BY id LIMIT 1000", (last,)
            ).fetchall()
            if not singles:
                return
            last = singles[-1][0]
            self.surnames_joined += len(singles)
            self._join_batch(singles)

    def _join_batch(self, singles: list[tuple]) -> None:
        db = self.db
        for id_, bid, name, affiliation, word in singles:
            target = self._surname_target(bid, name, affiliation, word)
            if target is None:
                db.execute("UPDATE app SET gkey = ?, gpos = '0' WHERE id = ?", (f"l:{word}", id_))
                continue
            db.execute("UPDATE app SET gkey = ?, gpos = '1', gsur = ? WHERE id = ?", (target, word, id_))
            if affiliation:
                db.execute("INSERT OR IGNORE INTO gaff VALUES (?,?,?)", (word, affiliation, target))
            if db.execute("SELECT filled FROM sname WHERE word = ?", (word,)).fetchone()[0]:
                for (other,) in db.execute("SELECT DISTINCT name FROM app WHERE bid = ?", (bid,)).fetchall():
                    if db.execute("INSERT OR IGNORE INTO gnames VALUES (?,?,?)", (word, other, target)).rowcount:
                        db.execute("INSERT INTO gcount VALUES (?,?,1) ON CONFLICT DO UPDATE SET n = n + 1", (word, other))

    def _surname_target(self, bid: int, name: str, affiliation: str | None, word: str) -> str | None:
        """crossref._surname_target over the index: the candidates are the full-name groups of surname ``word``."""
        db = self.db
        row = db.execute("SELECT n, only, filled FROM sname WHERE word = ?", (word,)).fetchone()
        if row is None:
            return None
        count, only, filled = row
        if count == 1:
            return only
        if affiliation:
            agreeing = db.execute("SELECT gkey FROM gaff WHERE word = ? AND affiliation = ? LIMIT 2", (word, affiliation)).fetchall()
            if len(agreeing) == 1:
                return agreeing[0][0]
        company = [n for (n,) in db.execute("SELECT DISTINCT name FROM app WHERE bid = ? AND name != ?", (bid, name))]
        if not company:
            return None  # every candidate scores 0: a tie
        if not filled:
            self._company_of(word)
        # Score = how many of the briefing's names a candidate's briefings share. A name every candidate
        # shares adds one to each and decides nothing; a name few share is read candidate by candidate
        # ("light"); a name many share ("heavy") is only checked for the candidates the light ones found.
        # Those are enough when the best of them beats every heavy-only score (at most len(heavy));
        # otherwise every candidate is scored from every shared name, as before.
        light, heavy = [], []
        shared: dict[str, int] = {}
        for start in range(0, len(company), 500):  # one query per briefing, not one per name (#18)
            part = company[start : start + 500]
            shared.update(db.execute(f"SELECT name, n FROM gcount WHERE word = ? AND name IN ({','.join('?' * len(part))})", (word, *part)).fetchall())
        for other in company:
            n = shared.get(other)
            if n is None or n == count:
                continue
            (light if n <= _LIGHT_NAME else heavy).append(other)
        found = self._scores(word, light) if light else []
        if heavy and found:
            # the heavy names each found candidate shares, counted in one query per 500 candidates: a query per candidate
            # was 0.03-0.1 CPU s of a one-article rebuild at 2,000 briefings when the article names a common surname (#18)
            marks = ",".join("?" * len(heavy))
            more: dict[str, int] = {}
            for start in range(0, len(found), 500):
                part = [g for _, g in found[start : start + 500]]
                more.update(db.execute(
                    f"SELECT gkey, COUNT(*) FROM gnames WHERE word = ? AND name IN ({marks}) AND gkey IN ({','.join('?' * len(part))}) GROUP BY gkey",
                    (word, *heavy, *part),
                ).fetchall())  # fmt: skip
            found = [(n + more.get(g, 0), g) for n, g in found]
            found.sort(key=lambda s: -s[0])
        if heavy and (not found or found[0][0] <= len(heavy)):
            found = self._scores(word, light + heavy)
        # the candidates sharing no counted name with the briefing (count - len(found) of them, at least one when found has one) score 0
        top = found[0][0] if found else 0
        second = found[1][0] if len(found) > 1 else 0
        return found[0][1] if top > second else None

    def _scores(self, word: str, names: list[str]) -> list[tuple[int, str]]:
        """``(shared names, group)`` of the groups of surname ``word`` that share any of ``names``, best first."""
        marks = ",".join("?" * len(names))
        found = self.db.execute(f"SELECT COUNT(*), gkey FROM gnames WHERE word = ? AND name IN ({marks}) GROUP BY gkey", (word, *names)).fetchall()
        found.sort(key=lambda s: -s[0])
        return found

    def _company_of(self, word: str) -> None:
        """Fill ``gnames`` with every actor name in the briefings of the members of each group of surname ``word`` (once per surname).

        Kept up to date as bare surnames join (:meth:`_join_batch`); filled only
        for surnames that need a company score, and each group once, so the
        filling is linear in the names of those groups' briefings.
        """
        self.db.execute("UPDATE sname SET filled = 1 WHERE word = ?", (word,))
        self.db.execute(
            "INSERT OR IGNORE INTO gnames SELECT ?, n.name, m.gkey FROM app m JOIN app n ON n.bid = m.bid WHERE m.gsur = ?", (word, word)
        )
        self.db.execute("INSERT INTO gcount SELECT word, name, COUNT(*) FROM gnames WHERE word = ? GROUP BY name", (word,))

    def _join_bodies(self) -> None:
        """Organisations and groups under two names as one (crossref._join_bodies, crossref.body_roots), in SQLite.

        The rules join two keys when any of their name forms share a party key,
        when one form is another's with a country before it, or when one is a
        clipping of another within the same first-three-letters bucket. Joining
        is union-find, so its result (each key's body is the smallest key it is
        joined with) does not depend on the order the joins are found in; that
        lets every rule be a query (a GROUP BY, a keyed lookup, one bucket at a
        time) over a table of forms instead of a dict of every organisation's
        names, which grew with the archive (13 → 21 MB of RSS from 2,000 to
        8,000 briefings; #17). The union-find's parents are a table too.
        """
        db = self.db
        if self._incremental:
            self._join_touched_bodies()
            return
        db.executescript(
            # a key that is ever something else than an organisation or group is its own body (``plain``)
            "CREATE TEMP TABLE okeys (okey TEXT PRIMARY KEY, body INTEGER NOT NULL, parent TEXT NOT NULL) WITHOUT ROWID;"
            "INSERT INTO okeys SELECT okey, MIN(kind IN ('organisation', 'group')), okey FROM app WHERE okey IS NOT NULL GROUP BY okey;"
            "CREATE TEMP TABLE oform (okey TEXT NOT NULL, form TEXT NOT NULL, PRIMARY KEY (okey, form)) WITHOUT ROWID;"
            "INSERT OR IGNORE INTO oform SELECT app.okey, app.name FROM app JOIN okeys k ON k.okey = app.okey AND k.body;"
            "INSERT OR IGNORE INTO oform SELECT app.okey, j.value FROM app JOIN okeys k ON k.okey = app.okey AND k.body, json_each(app.aliases) j;"
            "DELETE FROM bform;"  # each form's features, kept for the next build's joins (_join_touched_bodies)
            "CREATE TEMP TABLE oedge (a TEXT NOT NULL, b TEXT NOT NULL);"
        )
        after = ("", "")
        while rows := db.execute(
            "SELECT okey, form FROM oform WHERE (okey, form) > (?, ?) ORDER BY okey, form LIMIT 2000", after
        ).fetchall():
            after = rows[-1]
            db.executemany("INSERT INTO bform VALUES (?,?,?,?,?,?,?,?)", [_body_features(okey, form) for okey, form in rows])
        # The generic words that stand for several bodies (crossref.ambiguous_forms) and the forms they hold back: a generic
        # form joins by neither party key nor folded form, a form led by a country not through what follows the country.
        ambiguous = ambiguous_forms(_iterate(db, db.execute("SELECT DISTINCT gen, gbody FROM bform WHERE gen IS NOT NULL")))
        db.executescript(
            "CREATE TEMP TABLE bheld (okey TEXT NOT NULL, form TEXT NOT NULL, PRIMARY KEY (okey, form)) WITHOUT ROWID;"
            "CREATE TEMP TABLE bamb (gen TEXT PRIMARY KEY) WITHOUT ROWID;"
        )
        db.executemany("INSERT INTO bamb VALUES (?)", ((word,) for word in sorted(ambiguous)))
        db.executescript(
            "INSERT INTO bheld SELECT okey, form FROM bform WHERE gen IN (SELECT gen FROM temp.bamb) AND gbody != gen;"
            # the forms that join by party key and folded form: all but the held generic ones (few: a view, not a copy)
            "CREATE TEMP VIEW bjoin AS SELECT okey, pk, fl FROM bform f"
            " WHERE f.sf IS NOT NULL OR NOT EXISTS (SELECT 1 FROM temp.bheld h WHERE h.okey = f.okey AND h.form = f.form);"
            # forms with one party key: every key joins the smallest (the joins are the same, in any order)
            "INSERT INTO oedge SELECT DISTINCT f.okey, m.root FROM bjoin f JOIN (SELECT pk, MIN(okey) AS root FROM bjoin GROUP BY pk) m"
            " ON m.pk = f.pk WHERE f.okey != m.root;"
            # "US Federal Reserve" joins the key of "Federal Reserve" (the smallest key with that folded form)
            "INSERT INTO oedge SELECT DISTINCT f.okey, (SELECT MIN(g.okey) FROM bjoin g WHERE g.fl = f.sf) AS other FROM bform f"
            " WHERE f.sf IS NOT NULL AND other IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM temp.bheld h WHERE h.okey = f.okey AND h.form = f.form);"
            "DROP VIEW temp.bjoin; DROP TABLE temp.bheld; DROP TABLE temp.bamb;"
        )
        # a clipping and its long form begin every word with the same three letters: one bucket in memory at a time
        members: list[tuple[str, str]] = []
        current = None
        edges: list[tuple[str, str]] = []
        for bucket, form, okey in _iterate(db, db.execute("SELECT bucket, form, okey FROM bform WHERE bucket IS NOT NULL ORDER BY bucket")):
            if bucket != current:
                edges.extend(_clippings(members))
                members, current = [], bucket
            members.append((form, okey))
            if len(edges) >= 2000:
                db.executemany("INSERT INTO oedge VALUES (?,?)", edges)
                edges.clear()
        edges.extend(_clippings(members))
        db.executemany("INSERT INTO oedge VALUES (?,?)", edges)

        def find(key: str) -> str:
            path = []
            while (parent := db.execute("SELECT parent FROM okeys WHERE okey = ?", (key,)).fetchone()[0]) != key:
                path.append(key)
                key = parent
            if len(path) > 1:
                db.executemany("UPDATE okeys SET parent = ? WHERE okey = ?", ((key, p) for p in path[:-1]))
            return key

        last = 0
        while rows := db.execute("SELECT rowid, a, b FROM oedge WHERE rowid > ? ORDER BY rowid LIMIT 2000", (last,)).fetchall():
            last = rows[-1][0]
            for _, a, b in rows:
                ra, rb = find(a), find(b)
                if ra != rb:
                    db.execute("UPDATE okeys SET parent = ? WHERE okey = ?", (min(ra, rb), max(ra, rb)))
        db.execute("CREATE TEMP TABLE oroot (okey TEXT PRIMARY KEY, root TEXT NOT NULL) WITHOUT ROWID")
        after_key = ""
        while rows := db.execute("SELECT okey FROM okeys WHERE okey > ? ORDER BY okey LIMIT 2000", (after_key,)).fetchall():
            after_key = rows[-1][0]
            db.executemany("INSERT INTO oroot VALUES (?,?)", [(k, find(k)) for (k,) in rows])
        db.executescript(
            "UPDATE app SET gkey = 'o:' || oroot.root, gpos = app.okey FROM oroot WHERE oroot.okey = app.okey;"
            "DROP TABLE temp.okeys; DROP TABLE temp.oform; DROP TABLE temp.oedge; DROP TABLE temp.oroot;"
        )

    def _join_touched_bodies(self) -> None:
        """The bodies of the organisation keys a rebuild touched (``bkeys``: of appearances gone or new) joined again; every
        other key keeps the body it has (#18).

        Two keys join when their forms do (a shared party key, a country before a form, a clipping): a relation of two
        keys' forms alone, and a key's forms change only with its appearances. So a body none of whose keys was touched,
        and that none of the touched keys' bodies (old or new) reaches, is a body of the graph as it stands: the bodies
        of the keys seeded here — the touched keys and every key of the bodies they were in — found by a walk over
        the stored forms (``bform``, each form's features) are all that can change. Each body's root is its smallest
        key, as the union-find of :meth:`_join_bodies` gives.

        One join is not a relation of two keys alone: a generic word joins no body when it stands for several
        (crossref.ambiguous_forms, #15), so a touched key that makes "Parliament" stand for a second body splits
        "European Parliament" from "Parliament", neither of them touched. So every key with a form giving a generic word
        whose standing changed (ambiguous before and not now, or the reverse) is seeded too, with its old body.
        """
        db = self.db
        touched = [k for (k,) in db.execute("SELECT okey FROM temp.bkeys ORDER BY okey")]
        feats = []
        for okey in touched:
            rows = db.execute("SELECT kind, name, aliases FROM app WHERE okey = ?", (okey,)).fetchall()
            if rows and all(kind in ("organisation", "group") for kind, _, _ in rows):  # a key ever something else is its own body
                forms = {form for _, name, aliases in rows for form in (name, *_strings(aliases))}
                feats.extend(_body_features(okey, form) for form in sorted(forms))
        # A generic word the touched keys' forms give (or gave) may now stand for two bodies, or one: its forms in keys
        # none of which was touched then join, or stop joining. Those keys are seeded too, with the bodies they were in.
        words = {w for (w,) in db.execute("SELECT DISTINCT gen FROM bform WHERE okey IN (SELECT okey FROM temp.bkeys) AND gen IS NOT NULL")}
        words.update(row[6] for row in feats if row[6] is not None)
        before = {w for w in words if self._ambiguous(w)}
        db.execute("DELETE FROM bform WHERE okey IN (SELECT okey FROM temp.bkeys)")
        db.executemany("INSERT INTO bform VALUES (?,?,?,?,?,?,?,?)", feats)
        flipped = sorted(w for w in words if self._ambiguous(w) != (w in before))
        for word in flipped:
            db.execute("INSERT OR IGNORE INTO temp.bkeys SELECT DISTINCT okey FROM bform WHERE gen = ?", (word,))
        seeds = {k for (k,) in db.execute("SELECT okey FROM temp.bkeys")}
        ambiguous: dict[str, bool] = {}
        db.execute("INSERT OR IGNORE INTO broots SELECT DISTINCT gkey FROM app WHERE okey IN (SELECT okey FROM temp.bkeys) AND gkey IS NOT NULL")
        seeds.update(k for (k,) in db.execute("SELECT DISTINCT okey FROM app WHERE gkey IN (SELECT gkey FROM temp.broots) AND okey IS NOT NULL"))
        db.executescript("DROP TABLE temp.bkeys; DROP TABLE temp.broots;")
        root_of: dict[str, str] = {}
        for seed in sorted(seeds):
            if seed in root_of:
                continue
            body, stack = {seed}, [seed]
            while stack:
                for other in self._body_neighbours(stack.pop(), ambiguous):
                    if other not in body:
                        body.add(other)
                        stack.append(other)
            root = min(body)
            root_of.update(dict.fromkeys(body, root))
        self.bodies_joined = len(root_of)
        db.executemany("UPDATE app SET gkey = ?, gpos = okey WHERE okey = ? AND gkey IS NOT ?", ((f"o:{r}", k, f"o:{r}") for k, r in root_of.items()))

    def _ambiguous(self, word: str) -> bool:
        """Whether a generic word stands for two or more bodies (crossref.ambiguous_forms), as ``bform`` stands now."""
        return bool(ambiguous_forms(self.db.execute("SELECT DISTINCT gen, gbody FROM bform WHERE gen = ?", (word,)).fetchall()))

    def _body_neighbours(self, key: str, ambiguous: dict[str, bool]) -> set[str]:
        """The keys whose forms join a form of ``key`` (the rules of :meth:`_join_bodies`, read from ``bform``).

        ``ambiguous`` remembers, for this build, which generic words stand for several bodies (:meth:`_ambiguous`).
        """
        db = self.db

        def held(gen: str | None, gbody: str | None) -> bool:
            if gen is None or gbody == gen:
                return False
            if gen not in ambiguous:
                ambiguous[gen] = self._ambiguous(gen)
            return ambiguous[gen]

        found: set[str] = set()
        rows = db.execute("SELECT form, pk, fl, sf, bucket, gen, gbody FROM bform WHERE okey = ?", (key,)).fetchall()
        for form, pk, fl, sf, bucket, gen, gbody in rows:
            if sf is not None or not held(gen, gbody):  # a held generic form joins by neither party key nor folded form
                found.update(k for k, s, g, b in db.execute("SELECT okey, sf, gen, gbody FROM bform WHERE pk = ?", (pk,)) if s is not None or not held(g, b))
                found.update(k for k, g, b in db.execute("SELECT okey, gen, gbody FROM bform WHERE sf = ?", (fl,)) if not held(g, b))
            if sf is not None and not held(gen, gbody):  # nor does a form led by a country through a held word after it
                found.update(k for k, s, g, b in db.execute("SELECT okey, sf, gen, gbody FROM bform WHERE fl = ?", (sf,)) if s is not None or not held(g, b))
            if bucket is not None:
                for other_form, other in db.execute("SELECT form, okey FROM bform WHERE bucket = ?", (bucket,)):
                    if other != key and (is_clipping(form, other_form) or is_clipping(other_form, form)):
                        found.add(other)
        found.discard(key)
        return found

    def _make_actors(self) -> None:
        """One row per site-wide actor, with what :class:`CrossActor`'s properties would say, then rank and slug.

        A rebuild whose stored appearances kept their ids (:meth:`_reconcile`) sums only the groups it touched and keeps
        every other actor's row, id included (#18): an actor's row depends on its appearances alone (their names, kinds,
        briefings and the first one's id), so an untouched group sums to the row it has. Ranks are one SQL pass; slugs
        are given again only to the actors of the touched groups' slug bases (:meth:`_slug_bases`).
        """
        db = self.db
        columns = "gkey, id, bid, name, kind, mentions, affiliation, roles, aliases, gpos"
        bases: set[str] = set()
        if self._incremental:
            # the briefings whose names may stand for other actors now (_redo): the new ones, and those with an appearance that changed group
            db.execute("DROP TABLE IF EXISTS temp.redo")
            db.execute("CREATE TEMP TABLE redo (bid INTEGER PRIMARY KEY)")
            if self._fresh_from is not None:
                db.execute("INSERT OR IGNORE INTO touched SELECT gkey FROM app WHERE bid >= ? AND gkey IS NOT NULL", (self._fresh_from,))
                db.execute("INSERT OR IGNORE INTO redo SELECT bid FROM briefing WHERE bid >= ?", (self._fresh_from,))
            db.executescript(
                "INSERT OR IGNORE INTO touched SELECT w.gkey FROM was w JOIN app a ON a.id = w.id WHERE a.gkey IS NOT w.gkey;"
                "INSERT OR IGNORE INTO touched SELECT a.gkey FROM was w JOIN app a ON a.id = w.id WHERE a.gkey IS NOT w.gkey AND a.gkey IS NOT NULL;"
                "INSERT OR IGNORE INTO redo SELECT a.bid FROM was w JOIN app a ON a.id = w.id WHERE a.gkey IS NOT w.gkey;"
                "DROP TABLE temp.was;"
            )
            bases.update(b for (b,) in db.execute("SELECT base FROM actor WHERE gkey IN (SELECT gkey FROM temp.touched)"))
            rows = db.execute(f"SELECT {columns} FROM app WHERE gkey IN (SELECT gkey FROM temp.touched) ORDER BY gkey, gpos, id")
        else:
            rows = db.execute(f"SELECT {columns} FROM app WHERE gkey IS NOT NULL ORDER BY gkey, gpos, id")
        batch = []

        def flush(group: _ActorSums) -> None:
            gkey = group.gkey
            counts = group.counts
            name = canonical_name(counts, body=gkey[0] == "o")
            kinds = [k for k, _ in group.kinds.most_common()]
            affiliations = [a for a, _ in group.affiliations.most_common()]
            names = list(dict.fromkeys([name, *group.names]))
            cat = {"p": 0, "l": 1, "o": 2}[gkey[0]]
            first = (group.first if group.first is not None else 0) if cat < 2 else 0
            root = gkey[2:] if cat == 2 else ""
            nb = len(group.bids)
            base = slugify_name(name)
            bases.add(base)
            batch.append(
                (gkey, name, kinds[0], _json_list(kinds), _json_list(list(group.roles)), _json_list(affiliations), _json_list(names),
                 nb, group.napp, group.mentions, cat, first, root, base)
            )  # fmt: skip
            self.summed += 1
            if len(batch) >= 1000:
                insert()

        summed: list[tuple[str]] = []

        def insert() -> None:
            # a touched actor that is still there keeps its id (an upsert), so the rows naming it elsewhere stay right
            db.executemany(
                "INSERT INTO actor (gkey, name, kind, kinds, roles, affiliations, names, nb, napp, mentions, gcat, gfirst, groot, base)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (gkey) DO UPDATE SET name = excluded.name, kind = excluded.kind,"
                " kinds = excluded.kinds, roles = excluded.roles, affiliations = excluded.affiliations, names = excluded.names,"
                " nb = excluded.nb, napp = excluded.napp, mentions = excluded.mentions, gcat = excluded.gcat, gfirst = excluded.gfirst,"
                " groot = excluded.groot, base = excluded.base",
                batch,
            )
            if self._incremental:
                summed.extend((row[0],) for row in batch)
            batch.clear()

        # one actor's sums at a time, not its appearances: a country named in a third of an archive's
        # briefings has a third of the archive's rows (#17)
        group: _ActorSums | None = None
        for row in _iterate(db, rows):
            self.summed_rows += 1
            if group is not None and row[0] != group.gkey:
                flush(group)
                group = None
            if group is None:
                group = _ActorSums(row[0])
            group.add(row)
        if group is not None:
            flush(group)
        insert()
        if self._incremental:  # the groups no appearance is left in
            db.execute("CREATE TEMP TABLE summed (gkey TEXT PRIMARY KEY) WITHOUT ROWID")
            db.executemany("INSERT OR IGNORE INTO summed VALUES (?)", summed)
            # the actors whose briefings are listed again (_actor_briefings): those re-summed and those gone
            db.execute("DROP TABLE IF EXISTS temp.relist")
            db.execute("CREATE TEMP TABLE relist (aid INTEGER PRIMARY KEY)")
            gone = db.execute(
                "DELETE FROM actor WHERE gkey IN (SELECT gkey FROM temp.touched) AND gkey NOT IN (SELECT gkey FROM temp.summed) RETURNING aid"
            ).fetchall()
            db.executemany("INSERT INTO relist VALUES (?)", gone)
            # their ids: the actors whose page policy is read again (_page_policy)
            db.execute("DROP TABLE IF EXISTS temp.reaid")
            db.execute("CREATE TEMP TABLE reaid (aid INTEGER PRIMARY KEY)")
            db.execute("INSERT INTO reaid SELECT aid FROM actor WHERE gkey IN (SELECT gkey FROM temp.summed)")
            db.execute("INSERT OR IGNORE INTO relist SELECT aid FROM reaid")
            db.execute("DROP TABLE temp.summed")
        db.executescript(
            "CREATE TEMP TABLE ranked AS SELECT aid, ROW_NUMBER() OVER (ORDER BY nb DESC, name, kind, gcat, gfirst, groot) - 1 AS r FROM actor;"
            "UPDATE actor SET rank = ranked.r FROM ranked WHERE ranked.aid = actor.aid AND actor.rank IS NOT ranked.r;"
            "DROP TABLE temp.ranked;"
        )
        if self._incremental:
            db.execute("DROP TABLE temp.touched")
            if self._slug_bases(sorted(bases)):
                return
        self._slug_all()

    def _slug_all(self) -> None:
        """Every actor's slug, in crossref's order (name, kind, appearances, rank)."""
        db = self.db
        db.executescript(
            "UPDATE actor SET slug = NULL WHERE slug IS NOT NULL;"
            "CREATE TEMP TABLE taken (slug TEXT PRIMARY KEY, aid INTEGER) WITHOUT ROWID;"
            "CREATE TEMP TABLE tried (base TEXT PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;"
        )
        db.executemany("INSERT INTO taken VALUES (?, NULL)", ((s,) for s in _RESERVED_SLUGS))
        order = db.execute("SELECT aid, base FROM actor ORDER BY name, kind, napp DESC, rank")
        for aid, base in _iterate(db, order):
            # crossref._named tries base, base-2, base-3, ... until one is free; slugs are never freed, so the
            # next actor of the same base can start after the last number its predecessor took (``tried``)
            # instead of trying them all again: k actors under one base cost k lookups, not k²/2
            hint = db.execute("SELECT n FROM tried WHERE base = ?", (base,)).fetchone()
            n = hint[0] + 1 if hint else 1
            slug = f"{base}-{n}" if n > 1 else base
            while db.execute("SELECT 1 FROM taken WHERE slug = ?", (slug,)).fetchone():
                n += 1
                slug = f"{base}-{n}"
            db.execute("INSERT INTO taken VALUES (?, ?)", (slug, aid))
            db.execute("INSERT OR REPLACE INTO tried VALUES (?, ?)", (base, n))
        db.executescript(
            "UPDATE actor SET slug = taken.slug FROM taken WHERE taken.aid = actor.aid;"
            "DROP TABLE temp.taken; DROP TABLE temp.tried;"
        )

    def _slug_bases(self, bases: list[str]) -> bool:
        """The slugs of the actors of slug bases ``bases`` given again, the others' kept; ``False`` (nothing done) when
        that could differ from :meth:`_slug_all`.

        Actors of one base take ``base``, ``base-2``, ... in crossref's order, so the slugs of a base depend only on its
        own actors, unless another base's slugs fall among them: a base that itself ends in ``-N`` ("Tony Blair 2"), or
        an actor of another base holding ``base-N``. Then every slug is given again.
        """
        db = self.db
        for base in bases:
            if re.search(r"-[0-9]+$", base):
                return False
            for (slug,) in db.execute("SELECT slug FROM actor WHERE slug > ? AND slug < ? AND base != ?", (base + "-", base + "-\x7f", base)):
                if slug[len(base) + 1 :].isdigit():
                    return False
        reserved = set(_RESERVED_SLUGS)
        for start in range(0, len(bases), 500):
            part = bases[start : start + 500]
            marks = ",".join("?" * len(part))
            db.execute(f"UPDATE actor SET slug = NULL WHERE base IN ({marks}) AND slug IS NOT NULL", part)
            tried: dict[str, int] = {}
            for aid, base in db.execute(f"SELECT aid, base FROM actor WHERE base IN ({marks}) ORDER BY name, kind, napp DESC, rank", part).fetchall():
                n = tried.get(base, 0) + 1
                slug = f"{base}-{n}" if n > 1 else base
                while slug in reserved or db.execute("SELECT 1 FROM actor WHERE slug = ?", (slug,)).fetchone():
                    n += 1
                    slug = f"{base}-{n}"
                db.execute("UPDATE actor SET slug = ? WHERE aid = ?", (slug, aid))
                tried[base] = n
        return True

    def _actor_briefings(self) -> None:
        """Each actor's briefings numbered in chronological order (``abrief``), so an actor's K-th page is a range, not an OFFSET.

        A rebuild that updated the stored actors lists again only the actors it re-summed or removed (``relist``, #18):
        an untouched actor's briefings are the same ones (its appearances did not come, go or change group), each kept
        briefing's place in the chronological order against the others is its own date, title and name (unchanged with
        its records), and the actor kept its id; so its rows are the ones it has.
        """
        db = self.db
        where = ""
        if self._incremental:
            db.execute("DELETE FROM abrief WHERE aid IN (SELECT aid FROM temp.relist)")
            where = "WHERE a.aid IN (SELECT aid FROM temp.relist)"
            (self.relisted,) = db.execute("SELECT COUNT(*) FROM temp.relist").fetchone()
        else:
            (self.relisted,) = db.execute("SELECT COUNT(*) FROM actor").fetchone()
        db.execute(
            "INSERT INTO abrief SELECT aid, ROW_NUMBER() OVER (PARTITION BY aid ORDER BY rank) - 1, bid, dated FROM"
            " (SELECT DISTINCT a.aid, b.bid, b.rank, b.date IS NOT NULL AS dated FROM app JOIN actor a ON a.gkey = app.gkey"
            f" JOIN briefing b ON b.bid = app.bid {where})"
        )
        if self._incremental:
            db.execute("DROP TABLE temp.relist")

    def _local_forms(self) -> None:
        """Each briefing's names (actor names, aliases) -> the actors they stand for (ActorIndex._local; :meth:`find` chooses by rank).

        The rows are read as they lie and the forms kept per (briefing, form, actor), with no order: which actor a form
        stands for is decided when it is asked (:meth:`find`), so the rows do not move with the ranks. A rebuild that
        updates the stored actors (:meth:`_make_actors`) makes the rows of the briefings in ``redo`` only (#18), then
        adds to ``redo`` the briefings where a form of a re-summed actor also stands for another actor (the ranks decide).
        """
        db = self.db
        where = ""
        if self._incremental:
            db.execute("DELETE FROM local WHERE bid IN (SELECT bid FROM temp.redo)")
            where = "WHERE app.bid IN (SELECT bid FROM temp.redo)"
        rows = db.execute(f"SELECT a.aid, app.bid, app.name, app.aliases FROM app JOIN actor a ON a.gkey = app.gkey {where}")
        batch = []
        for aid, bid, name, aliases in _iterate(db, rows):
            for form in (name, *_strings(aliases)):
                batch.append((bid, form, aid, fold(form)))
            if len(batch) >= 5000:
                db.executemany("INSERT OR IGNORE INTO local VALUES (?,?,?,?)", batch)
                batch.clear()
        db.executemany("INSERT OR IGNORE INTO local VALUES (?,?,?,?)", batch)
        if self._incremental:
            # ... where a form of an actor whose sums changed stands for another actor too (the ranks of the others keep their order)
            db.execute(
                "INSERT OR IGNORE INTO redo SELECT DISTINCT l.bid FROM local l JOIN local m ON m.bid = l.bid AND m.folded = l.folded AND m.aid != l.aid"
                " WHERE l.aid IN (SELECT aid FROM temp.reaid)"
            )

    def _page_policy(self) -> None:
        """Count the briefings each actor speaks or acts in (names resolved as the actor pages resolve them), then mark who earns a page.

        A batch of names at a time, the pairs kept in SQLite (``voiced``): memory stays flat in the archive's size. A
        rebuild that updates the stored actors resolves the voices of the briefings in ``redo`` only, and counts and
        marks again only the actors whose pairs or briefings changed (#18).
        """
        db = self.db
        if self._incremental:
            db.execute("INSERT OR IGNORE INTO reaid SELECT aid FROM voiced WHERE bid IN (SELECT bid FROM temp.redo)")
            db.execute("DELETE FROM voiced WHERE bid IN (SELECT bid FROM temp.redo)")
            voices = "SELECT rowid, bid, name FROM voice WHERE rowid > ? AND bid IN (SELECT bid FROM temp.redo) ORDER BY rowid LIMIT 5000"
        else:
            voices = "SELECT rowid, bid, name FROM voice WHERE rowid > ? ORDER BY rowid LIMIT 5000"
        last = 0
        while rows := db.execute(voices, (last,)).fetchall():
            last = rows[-1][0]
            found = [(bid, aid) for _, bid, name in rows if (aid := self.find(bid, name)) is not None]
            db.executemany("INSERT OR IGNORE INTO voiced VALUES (?,?)", found)
            if self._incremental:
                db.executemany("INSERT OR IGNORE INTO reaid VALUES (?)", ((aid,) for _, aid in found))
        if self._incremental:
            db.execute(
                "UPDATE actor SET nvoiced = (SELECT COUNT(*) FROM voiced WHERE voiced.aid = actor.aid), paged = 0 WHERE aid IN (SELECT aid FROM temp.reaid)"
            )
            marked = [self._actor(r) for r in db.execute(f"SELECT {self._ACTOR} FROM actor WHERE aid IN (SELECT aid FROM temp.reaid)").fetchall()]
            db.executemany("UPDATE actor SET paged = 1 WHERE aid = ?", [(a.aid,) for a in marked if earns_page(a)])
            db.execute("DROP TABLE temp.reaid")
            return
        db.execute(
            "UPDATE actor SET nvoiced = counted.n FROM (SELECT aid, COUNT(*) AS n FROM voiced GROUP BY aid) AS counted WHERE counted.aid = actor.aid"
        )
        batch: list[tuple[int]] = []
        for actor in self.actors():
            if earns_page(actor):
                batch.append((actor.aid,))
            if len(batch) >= 1000:
                db.executemany("UPDATE actor SET paged = 1 WHERE aid = ?", batch)
                batch.clear()
        db.executemany("UPDATE actor SET paged = 1 WHERE aid = ?", batch)

    def find(self, bid: int, name: str | None) -> int | None:
        """The actor (``aid``) a briefing's name stands for (:meth:`ActorIndex.find`): of the actors with that form, the first
        by rank; else, of the forms folding alike (each standing for its first actor), the one whose actor ranks last."""
        if not name or is_mixed_script(name):
            return None
        if not self._ready:
            return self._find(bid, name)
        # the finished index's answers are remembered, a bounded number (#18): the site's pages ask again of the same
        # briefing and name, one question per item of every actor page and per name of every briefing page
        key = (bid, name)
        if key in self._found:
            return self._found[key]
        if len(self._found) >= _FOUND:
            self._found.clear()
        found = self._found[key] = self._find(bid, name)
        return found

    def find_all(self, bid: int, names: Iterable[str | None]) -> dict[str | None, int | None]:
        """:meth:`find` of each of ``names`` in briefing ``bid``, from one query of the briefing's name forms.

        A briefing page asks for every name its briefing uses, a query or two each (#18: some 5,000 of a cold
        build's queries per 300 articles); the briefing's forms are few, read once, and each name is answered
        from them as :meth:`_find` answers it. The answers are remembered as :meth:`find` remembers them.
        """
        names = list(names)
        if not self._ready:
            return {name: self.find(bid, name) for name in names}
        exact: dict[str, tuple] = {}
        by_folded: dict[str, list[tuple]] = {}
        rows = None
        answers: dict[str | None, int | None] = {}
        for name in names:
            if not name or is_mixed_script(name):
                answers[name] = None
                continue
            key = (bid, name)
            if key in self._found:
                answers[name] = self._found[key]
                continue
            if rows is None:
                rows = self.db.execute("SELECT l.form, l.folded, a.rank, l.aid FROM local l JOIN actor a ON a.aid = l.aid WHERE l.bid = ?", (bid,)).fetchall()
                for form, folded, rank, aid in rows:
                    if form not in exact or (rank, aid) < exact[form]:
                        exact[form] = (rank, aid)
                    by_folded.setdefault(folded, []).append((form, rank, aid))
            if name in exact:
                found: int | None = exact[name][1]
            else:
                alike = by_folded.get(fold(name))
                found = max(_first_by_form(alike).values())[1] if alike else None
            if len(self._found) >= _FOUND:
                self._found.clear()
            answers[name] = self._found[key] = found
        return answers

    def _find(self, bid: int, name: str) -> int | None:
        rows = self.db.execute("SELECT a.rank, l.aid FROM local l JOIN actor a ON a.aid = l.aid WHERE l.bid = ? AND l.form = ?", (bid, name)).fetchall()
        if rows:
            return min(rows)[1]
        rows = self.db.execute(
            "SELECT l.form, a.rank, l.aid FROM local l JOIN actor a ON a.aid = l.aid WHERE l.bid = ? AND l.folded = ?", (bid, fold(name))
        ).fetchall()
        return max(_first_by_form(rows).values())[1] if rows else None

    def _main_actors(self) -> None:
        """A briefing's three most-mentioned people, countries and organisations as site-wide actors (pages.main_actors); a
        rebuild that updates the stored actors finds them again for the briefings in ``redo`` only (#18)."""
        db = self.db
        if self._incremental:
            bids = [b for (b,) in db.execute("SELECT bid FROM temp.redo ORDER BY bid")]
            db.execute("DELETE FROM mains WHERE bid IN (SELECT bid FROM temp.redo)")
        else:
            bids = range(self.count)
        self.resolved = len(bids)
        rows = []
        for bid in bids:
            found: list[int] = []
            ranked = db.execute(
                "SELECT name FROM app WHERE bid = ? AND kind IN (?,?,?) ORDER BY -mentions, start, ord", (bid, *_THREAD_KINDS)
            ).fetchall()
            for (name,) in ranked:
                aid = self.find(bid, name)
                if aid is not None and aid not in found:
                    found.append(aid)
                if len(found) == 3:
                    break
            rows.extend((bid, pos, aid) for pos, aid in enumerate(found))
            if len(rows) >= 5000:
                db.executemany("INSERT INTO mains VALUES (?,?,?)", rows)
                rows.clear()
        db.executemany("INSERT INTO mains VALUES (?,?,?)", rows)
        if self._incremental:
            self._redone = bids
            db.execute("DROP TABLE temp.redo")

    def main_slugs(self, bid: int) -> list[str]:
        return [s for (s,) in self.db.execute("SELECT a.slug FROM mains m JOIN actor a ON a.aid = m.aid WHERE m.bid = ? ORDER BY m.pos", (bid,))]

    def _threads(self) -> None:
        """Story threads (timeline.story_threads), dated and undated apart: one SQL statement over the main actors (#18).

        A briefing's thread keys are the pairs of its main actors (its one main actor alone when it has one); each
        key's briefings, dated and undated apart, form a chain in chronological order. A briefing's previous story is
        the nearest older briefing on any of its chains, its next the nearest newer one. The actors are keyed by id,
        not slug: a slug names one actor, so the chains are the same, and a slug given again leaves them alone. Asked
        briefing by briefing in Python (a look-up per key, four passes), this was 2.1 s of a rebuild at 10,000
        briefings; as window functions over the ``mains`` rows it is a sort of about three rows a briefing in SQLite.
        """
        self.db.execute(
            "INSERT INTO thread (bid, prev, next)"
            " WITH keyed AS ("
            "  SELECT m1.bid, m1.aid AS k1, m2.aid AS k2 FROM mains m1 JOIN mains m2 ON m2.bid = m1.bid AND m2.aid > m1.aid"
            "  UNION ALL SELECT bid, MIN(aid), NULL FROM mains GROUP BY bid HAVING COUNT(*) = 1"
            " ), chained AS ("
            "  SELECT k.bid, LEAD(k.bid) OVER w AS older, LEAD(b.rank) OVER w AS older_rank, LAG(k.bid) OVER w AS newer,"
            "   LAG(b.rank) OVER w AS newer_rank"
            "  FROM keyed k JOIN briefing b ON b.bid = k.bid WINDOW w AS (PARTITION BY k.k1, k.k2, b.date IS NULL ORDER BY b.rank)"
            " ), prev AS (SELECT bid, older, MIN(older_rank) FROM chained WHERE older IS NOT NULL GROUP BY bid"
            " ), next AS (SELECT bid, newer, MAX(newer_rank) FROM chained WHERE newer IS NOT NULL GROUP BY bid)"
            " SELECT b.bid, prev.older, next.newer FROM briefing b LEFT JOIN prev ON prev.bid = b.bid LEFT JOIN next ON next.bid = b.bid"
        )

    # -- reading --------------------------------------------------------------------------------

    def briefing(self, bid: int) -> Briefing:
        self.loaded += 1
        blob, digest, name = self.db.execute("SELECT r.blob, b.digest, b.name FROM briefing b JOIN record r ON r.bid = b.bid WHERE b.bid = ?", (bid,)).fetchone()
        if self.path is None:
            return _unpack(blob)
        # A stored file outlives the build, and unpickling runs code: the records are loaded only when their bytes are
        # the ones whose digest add() found equal to this build's own briefing's (or wrote for it), a digest nobody can
        # meet with other bytes (#18).
        raw = zlib.decompress(blob)
        if hashlib.sha256(raw).digest() != digest:
            self._distrust()
            raise OutputError(f"{self.path}: the stored records of briefing {name} do not match their digest (changed outside briefgen); the next build indexes from scratch")
        loaded = pickle.loads(raw)  # noqa: S301 — checked above against this build's own briefing
        _LOADED[:] = [loaded, digest]
        return loaded

    # -- the pages of the last build (stored index only, #18) ------------------------------------

    def begin_pages(self, link_of: Callable[[str, bool], str]) -> None:
        """Get ready to hand out the last build's pages: note the pages asked for (:meth:`end_pages` drops the others) and digest each briefing's view
        of the site (``env``: its records and, in their order, its name forms with the actor each stands for — slug,
        site-wide name and where a mention links, ``link_of(slug, paged)``).

        A briefing's page depends on nothing else of the cross-briefing index, so an unchanged ``env`` (with the
        page's own path, date and thread neighbours in its key) means an unchanged page; what an actor page shows of a
        briefing (its quotes and demands, the other side's names) is digested apart (``items``: its records and the
        actors its items' names stand for), so a link that moved in the briefing leaves its actors' pages alone.
        The pages of briefings a change did not touch are neither loaded nor rendered. One query per briefing over its own rows; no briefing is
        unpickled. Without a stored index there is nothing to reuse and nothing is done.
        """
        if self.path is None:
            return
        db = self.db
        db.execute("DROP TABLE IF EXISTS temp.asked")
        db.execute("CREATE TEMP TABLE asked (path TEXT PRIMARY KEY) WITHOUT ROWID")
        self._asked: list[tuple[str]] = []
        # Each actor's face in a briefing's view (slug, name, where a mention links), kept with the views (#18): a view
        # changes only when one of its actors' faces does, or the actors its forms stand for: the order of two actors
        # changes only if one was re-summed, and the briefings where a re-summed actor shares a form with another are
        # resolved again (_local_forms). So a rebuild that updated the stored actors digests again the briefings resolved
        # again and those naming an actor whose face changed, and no other.
        changed: set[int] = set()
        faces = []
        for aid, slug, name, paged in db.execute("SELECT aid, slug, name, paged FROM actor").fetchall():
            faces.append((aid, json.dumps([slug, name, link_of(slug, bool(paged))], ensure_ascii=False)))
        if self._redone is not None and getattr(self, "_views_whole", False):
            db.execute("CREATE TEMP TABLE face (aid INTEGER PRIMARY KEY, view TEXT NOT NULL)")
            db.executemany("INSERT INTO face VALUES (?,?)", faces)
            changed.update(a for (a,) in db.execute("SELECT f.aid FROM face f LEFT JOIN aview v ON v.aid = f.aid WHERE v.view IS NOT f.view"))
            db.execute("DROP TABLE temp.face")
            db.execute("CREATE TEMP TABLE changed (aid INTEGER PRIMARY KEY)")
            db.executemany("INSERT INTO changed VALUES (?)", ((a,) for a in changed))
            bids = {b for (b,) in db.execute("SELECT DISTINCT bid FROM local WHERE aid IN (SELECT aid FROM temp.changed)")}
            bids.update(self._redone)
            db.execute("DROP TABLE temp.changed")
            db.execute("DELETE FROM penv WHERE bid >= ?", (self.count,))
            todo = sorted(bids)
        else:
            db.execute("DELETE FROM penv")
            todo = range(self.count)
        db.execute("DELETE FROM aview")
        db.executemany("INSERT INTO aview VALUES (?,?)", faces)
        batch = []
        for bid in todo:
            (digest,) = db.execute("SELECT digest FROM briefing WHERE bid = ?", (bid,)).fetchone()
            self.viewed += 1
            forms = db.execute(
                "SELECT l.form, a.rank, l.aid, l.folded, a.slug, a.name, a.paged FROM local l JOIN actor a ON a.aid = l.aid WHERE l.bid = ?", (bid,)
            ).fetchall()
            # what find() answers for this briefing, whatever the name: a form's first actor by rank, else of its folded form's
            # forms the one whose actor ranks last (the ranks move with every count: only the answers are the view)
            exact: dict[str, tuple] = {}
            folded_to: dict[str, tuple] = {}
            last: dict[str, int] = {}
            for form, (rank, _, folded, slug, name, paged) in _first_by_form(forms).items():
                actor = (slug, name, link_of(slug, bool(paged)))
                exact[form] = actor
                if rank > last.get(folded, -1):
                    last[folded] = rank
                    folded_to[folded] = actor
            view = json.dumps([sorted(exact.items()), sorted(folded_to.items())], ensure_ascii=False)
            # what the actor pages show of the briefing: its items, whose they are and the other side's names
            named: dict[str, object] = {}
            for names in db.execute("SELECT DISTINCT raw, other, responder FROM item WHERE bid = ?", (bid,)).fetchall():
                for name in names:
                    if name and name not in named:
                        actor = None if is_mixed_script(name) else exact.get(name) or folded_to.get(fold(name))
                        named[name] = actor[:2] if actor else None
            items = json.dumps(sorted(named.items()), ensure_ascii=False)
            batch.append((bid, hashlib.sha256(digest + view.encode("utf-8")).digest(), hashlib.sha256(digest + items.encode("utf-8")).digest()))
            if len(batch) >= 2000:
                db.executemany("INSERT OR REPLACE INTO penv VALUES (?,?,?)", batch)
                batch.clear()
        db.executemany("INSERT OR REPLACE INTO penv VALUES (?,?,?)", batch)
        db.execute("INSERT OR REPLACE INTO meta VALUES ('views', 'whole')")

    def page_inputs(
        self, *, flavour: str | None = None
    ) -> Iterator[tuple[tuple, int | None, int | None, dict[int, tuple], tuple[str, ...], bytes | None, tuple[bytes, bytes] | None]]:
        """What a briefing page's key is made of, for every briefing in build order, in one query (#18): ``(stub row,
        previous, next, {neighbour: its stub row}, the names of its main actors when it has a neighbour, its view,
        its stored page)``.

        Asked briefing by briefing (a stub, a thread, each neighbour's stub, the main actors as full views, the view:
        six queries) this was most of a rebuild's briefing pages, which are nearly all taken from the last build.
        ``flavour`` (with a stored index): the last page stored at the briefing's path in that flavour comes in the
        same row, as ``(key, stored content)`` for :meth:`kept_page` (``None`` when there is none, or without
        ``flavour``): a query per page for it was a third of what taking 2,000 kept briefing pages cost (#18).
        """
        stub = ", ".join(f"{{t}}.{c}" for c in self._STUB.split(", "))
        kept = self.path is not None and flavour is not None
        rows = self.db.execute(
            f"SELECT {stub.format(t='b')}, t.prev, t.next, {stub.format(t='p')}, {stub.format(t='n')}, e.env"
            + (", g.key, g.content" if kept else "")
            + " FROM briefing b LEFT JOIN thread t ON t.bid = b.bid LEFT JOIN briefing p ON p.bid = t.prev"
            " LEFT JOIN briefing n ON n.bid = t.next LEFT JOIN penv e ON e.bid = b.bid"
            + (" LEFT JOIN page g ON g.path = b.page AND g.flavour = ?" if kept else "")
            + " ORDER BY b.bid",
            (flavour,) if kept else (),
        )
        width = len(self._STUB.split(", "))
        for row in _iterate(self.db, rows):
            here, (previous, following), before, after = row[:width], row[width : width + 2], row[width + 2 : 2 * width + 2], row[2 * width + 2 : 3 * width + 2]
            neighbours = {n: r for n, r in ((previous, before), (following, after)) if n is not None}
            names = tuple(n for (n,) in self.db.execute(
                "SELECT a.name FROM mains m JOIN actor a ON a.aid = m.aid WHERE m.bid = ? ORDER BY m.pos", (here[0],)
            )) if neighbours else ()  # fmt: skip
            env = row[3 * width + 2]
            stored = (row[-2], row[-1]) if kept and row[-2] is not None else None
            yield here, previous, following, neighbours, names, env, stored

    def env(self, bid: int) -> bytes:
        return self.db.execute("SELECT env FROM penv WHERE bid = ?", (bid,)).fetchone()[0]

    def kept_page(self, path: str, key: bytes, *, flavour: str, stored: tuple[bytes, bytes] | None | Literal[False] = False) -> str | None:
        """The last page at ``path`` in Markdown ``flavour`` if it was made from inputs of digest ``key``, else ``None``.

        Each flavour keeps its own page (a ``--commonmark`` build makes both from one index: with one page per path,
        each flavour's pass replaced the other's and nothing was ever reused); ``key`` holds the renderer's options
        too, so a page is handed out only for the flavour and options it was made with. ``stored``: that page's
        ``(key, stored content)`` as :meth:`page_inputs` read it in ``flavour`` (``None``: there is none), instead of
        a query here.
        """
        self._ask(path)
        row = self.db.execute("SELECT key, content FROM page WHERE path = ? AND flavour = ?", (path, flavour)).fetchone() if stored is False else stored
        if row is None or row[0] != key:
            return None
        try:
            content = zlib.decompress(row[1]).decode("utf-8")
        except (zlib.error, UnicodeDecodeError):  # damaged outside briefgen: made again (and stored whole)
            return None
        self.kept += 1
        return content

    def stored_pages(self, paths: Sequence[str], *, flavour: str) -> dict[str, tuple[bytes, bytes]]:
        """The last page stored at each of ``paths`` in ``flavour``, as ``(key, stored content)`` for :meth:`kept_page`'s
        ``stored`` (a path without one is left out), in one query per :data:`PAGES_ASKED` paths (#18: a query per
        actor page was a fifth of what taking 1,800 kept actor pages cost at 2,000 briefings)."""
        found: dict[str, tuple[bytes, bytes]] = {}
        if self.path is None:
            return found
        for start in range(0, len(paths), self.PAGES_ASKED):
            part = paths[start : start + self.PAGES_ASKED]
            rows = self.db.execute(
                f"SELECT path, key, content FROM page WHERE flavour = ? AND path IN ({','.join('?' * len(part))})", (flavour, *part)
            )
            found.update((path, (key, content)) for path, key, content in rows)
        return found

    #: Paths a query of :meth:`stored_pages` asks for (below SQLite's limit of bound values).
    PAGES_ASKED = 500

    def keep_page(self, path: str, key: bytes, content: str, *, flavour: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO page VALUES (?,?,?,?)", (path, flavour, key, zlib.compress(content.encode("utf-8"), 1)))
        self.made += 1

    def _ask(self, path: str) -> None:
        self._asked.append((path,))
        if len(self._asked) >= 2000:  # a batch at a time: memory stays flat in the archive's size
            self.db.executemany("INSERT OR IGNORE INTO asked VALUES (?)", self._asked)
            self._asked.clear()

    def end_pages(self) -> None:
        """After every page was asked for: the pages no longer made are dropped, the rest kept for the next build.

        A page's path is the same in every flavour, so a path no longer asked for is dropped in the other flavour too.
        """
        if self.path is not None:
            self.db.executemany("INSERT OR IGNORE INTO asked VALUES (?)", self._asked)
            self._asked.clear()
            self.db.execute("DELETE FROM page WHERE path NOT IN (SELECT path FROM temp.asked)")
            self.db.execute("DROP TABLE temp.asked")
            self.db.commit()

    def _distrust(self) -> None:
        """Mark the stored file unfinished, so that the next build indexes from scratch."""
        if self.path is not None:
            self.db.execute("INSERT OR REPLACE INTO meta VALUES ('state', 'building')")
            self.db.commit()

    def briefings(self) -> Iterator[tuple[int, Briefing]]:
        """Every briefing in build order, one at a time."""
        for bid in range(self.count):  # bids are 0, 1, ... in build order
            yield bid, self.briefing(bid)

    _STUB = "bid, name, title, path, meta_date, first_point, dfields, page"

    @staticmethod
    def _stub(row: Sequence) -> tuple[int, BriefingStub, BriefingDate, str]:
        bid, name, title, path, meta_date, first_point, dfields, page = row
        summary = (KeyPoint(first_point, 0, 0),) if first_point is not None else ()
        return bid, BriefingStub(StubArticle(name, title, path, StubMeta(meta_date)), StubExtraction(summary)), _stored_date(dfields), page

    def stub_row(self, bid: int) -> tuple:
        """A briefing's stub as stored (``bid, name, title, path, meta_date, first_point, dfields, page``): plain values, for page keys."""
        return self.db.execute(f"SELECT {self._STUB} FROM briefing WHERE bid = ?", (bid,)).fetchone()

    def stub(self, bid: int) -> tuple[int, BriefingStub, BriefingDate, str]:
        return self._stub(self.db.execute(f"SELECT {self._STUB} FROM briefing WHERE bid = ?", (bid,)).fetchone())

    def ordered(
        self, *, offset: int = 0, limit: int = -1, month: str | None | bool = False, dated: bool = False
    ) -> list[tuple[int, BriefingStub, BriefingDate, str]]:
        """Briefings in chronological order (newest first), a page at a time; ``month`` ("YYYY-MM", ``None`` undated) or ``dated`` narrows them.

        A page is a range of ranks, found through an index: ``OFFSET`` would step
        over every briefing before the page, so paging through the archive would
        cost its square. Ranks are 0, 1, ... in this order, the dated briefings
        first; ``mrank`` numbers each month's the same way.
        """
        return [self._stub(r) for r in self.ordered_rows(offset=offset, limit=limit, month=month, dated=dated)]

    def ordered_rows(self, *, offset: int = 0, limit: int = -1, month: str | None | bool = False, dated: bool = False) -> list[tuple]:
        """:meth:`ordered`'s briefings as their stored stub rows (:meth:`stub_row`'s plain values): what a list page's
        key is made of, before any stub is (#18)."""
        if dated or month is False:  # the dated briefings are ranks 0 .. D-1: the same range, narrowed
            where = "date IS NOT NULL AND rank >= ?" if dated else "rank >= ?"
            rows = self.db.execute(f"SELECT {self._STUB} FROM briefing WHERE {where} ORDER BY rank LIMIT ?", (offset, limit))
        elif month is None:
            rows = self.db.execute(f"SELECT {self._STUB} FROM briefing WHERE month IS NULL AND mrank >= ? ORDER BY mrank LIMIT ?", (offset, limit))
        else:
            rows = self.db.execute(f"SELECT {self._STUB} FROM briefing WHERE month = ? AND mrank >= ? ORDER BY mrank LIMIT ?", (month, offset, limit))
        return rows.fetchall()

    def iter_ordered(self) -> Iterator[tuple[int, BriefingStub, BriefingDate, str]]:
        """Every briefing in chronological order, as stubs, a batch at a time."""
        start = 0
        while True:
            rows = self.ordered(offset=start, limit=500)
            yield from rows
            if len(rows) < 500:
                return
            start += 500

    def months(self) -> list[tuple[str | None, int]]:
        """``(month, count)`` in the timeline's order: newest month first, undated last."""
        return [(m, n) for m, n, _ in self.db.execute("SELECT month, COUNT(*), MIN(rank) AS first FROM briefing GROUP BY month ORDER BY first")]

    def date_of(self, name: str) -> BriefingDate:
        row = self.db.execute("SELECT dfields FROM briefing WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        return _stored_date(row[0])

    def page_of(self, name: str) -> str:
        row = self.db.execute("SELECT page FROM briefing WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        return row[0]

    def bid_of(self, name: str) -> int:
        row = self.db.execute("SELECT bid FROM briefing WHERE name = ?", (name,)).fetchone()
        if row is None:
            raise KeyError(name)
        return row[0]

    def thread(self, bid: int) -> tuple[int | None, int | None]:
        return self.db.execute("SELECT prev, next FROM thread WHERE bid = ?", (bid,)).fetchone()

    _ACTOR = "aid, slug, name, kinds, roles, affiliations, names, mentions, nb, nvoiced"

    @staticmethod
    def _actor(row: Sequence) -> ActorView:
        aid, slug, name, kinds, roles, affiliations, names, mentions, nb, nvoiced = row
        return ActorView(
            aid, slug, name, _strings(kinds), _strings(roles), _strings(affiliations), _strings(names), mentions, nb, nvoiced
        )

    def actor(self, aid: int) -> ActorView:
        """One actor; the finished index's views are remembered (a few thousand at most: every briefing page asks for its
        actors, and the same prominent actors come up on page after page)."""
        view = self._views.get(aid)
        if view is None:
            view = self._actor(self.db.execute(f"SELECT {self._ACTOR} FROM actor WHERE aid = ?", (aid,)).fetchone())
            if self._ready:
                if len(self._views) >= _VIEWS:
                    self._views.clear()
                self._views[aid] = view
        return view

    def actor_by_slug(self, slug: str) -> ActorView | None:
        row = self.db.execute(f"SELECT {self._ACTOR} FROM actor WHERE slug = ?", (slug,)).fetchone()
        return self._actor(row) if row else None

    def actors(self, *, paged: bool | None = None) -> Iterator[ActorView]:
        """Every actor in the site's order (most briefings first, then name), ``paged`` ones (that earn a page: :func:`~.policy.earns_page`) only, or the others."""
        where = "" if paged is None else ("AND paged = 1" if paged else "AND paged = 0")
        after = -1
        while True:  # keyset paging: each batch starts after the last rank seen (OFFSET would rescan the ones before)
            rows = self.db.execute(f"SELECT {self._ACTOR}, rank FROM actor WHERE rank > ? {where} ORDER BY rank LIMIT 500", (after,)).fetchall()
            for r in rows:
                yield self._actor(r[:-1])
            if len(rows) < 500:
                return
            after = rows[-1][-1]

    def actor_count(self, *, paged: bool | None = None) -> int:
        where = "" if paged is None else ("WHERE paged = 1" if paged else "WHERE paged = 0")
        return self.db.execute(f"SELECT COUNT(*) FROM actor {where}").fetchone()[0]

    def mains(self, bid: int) -> list[ActorView]:
        rows = self.db.execute(
            f"SELECT {', '.join('a.' + c for c in self._ACTOR.split(', '))} FROM mains m JOIN actor a ON a.aid = m.aid WHERE m.bid = ? ORDER BY m.pos", (bid,)
        )
        return [self._actor(r) for r in rows]

    def actor_briefings(self, aid: int, *, offset: int = 0, limit: int = -1) -> list[tuple[int, BriefingStub, BriefingDate, str]]:
        """An actor's briefings in chronological order, a page at a time (a range of ``abrief`` positions)."""
        rows = self.db.execute(
            f"SELECT {', '.join('b.' + c for c in self._STUB.split(', '))} FROM abrief x JOIN briefing b ON b.bid = x.bid"
            " WHERE x.aid = ? AND x.pos >= ? ORDER BY x.pos LIMIT ?",
            (aid, offset, limit),
        )
        return [self._stub(r) for r in rows]

    def actor_briefing_rows(self, aid: int, *, offset: int = 0, limit: int = -1) -> list[tuple[tuple, bytes | None]]:
        """:meth:`actor_briefings` as raw rows, each with the digest of what an actor page shows of that briefing (stored
        index: see :meth:`begin_pages`)."""
        env = "(SELECT items FROM penv WHERE penv.bid = b.bid)" if self.path is not None else "NULL"
        rows = self.db.execute(
            f"SELECT {', '.join('b.' + c for c in self._STUB.split(', '))}, {env} FROM abrief x JOIN briefing b ON b.bid = x.bid"
            " WHERE x.aid = ? AND x.pos >= ? ORDER BY x.pos LIMIT ?",
            (aid, offset, limit),
        )
        return [(r[:-1], r[-1]) for r in rows]

    #: How many briefing rows :meth:`paged_actor_lists` reads at most in one query (an actor with more is read alone).
    LIST_BATCH = 5000

    def paged_actor_lists(self) -> Iterator[tuple[ActorView, list[tuple[tuple, bytes | None]], tuple | None, tuple | None]]:
        """``(actor, rows, oldest, newest)`` for each actor with a page, in :meth:`actors`' order: every row of its
        list as :meth:`actor_briefing_rows` gives them (position ``k`` at index ``k``), and its oldest and newest dated
        briefings as :meth:`actor_dated_ends` gives them.

        Why (#18): the actor pages asked three queries per actor (its dated ends, its first and last dated briefing,
        each page's rows), 5,200 queries for 1,724 actors at 2,000 briefings: 0.12 CPU s alone, 0.076 in one query.
        Here the lists of a batch of actors come from one query over ``abrief`` (positions 0, 1, ... by construction,
        the dated ones first, newest first: :meth:`_actor_briefings`), the batch bounded by its rows
        (:data:`LIST_BATCH`), so memory does not grow with the archive.
        """
        env = "(SELECT items FROM penv WHERE penv.bid = b.bid)" if self.path is not None else "NULL"
        columns = ", ".join("b." + c for c in self._STUB.split(", "))

        def read(batch: list[ActorView]) -> Iterator[tuple[ActorView, list[tuple[tuple, bytes | None]], tuple | None, tuple | None]]:
            lists: dict[int, list[tuple[tuple, bytes | None]]] = {a.aid: [] for a in batch}
            dated: dict[int, int] = dict.fromkeys(lists, 0)
            aids = list(lists)
            rows = self.db.execute(
                f"SELECT x.aid, x.dated, {columns}, {env} FROM abrief x JOIN briefing b ON b.bid = x.bid"
                f" WHERE x.aid IN ({','.join('?' * len(aids))}) ORDER BY x.aid, x.pos",
                aids,
            )
            for aid, is_dated, *row in rows:
                lists[aid].append((tuple(row[:-1]), row[-1]))
                dated[aid] += bool(is_dated)
            for actor in batch:
                listed, n = lists[actor.aid], dated[actor.aid]
                yield actor, listed, (listed[n - 1][0] if n else None), (listed[0][0] if n else None)

        batch: list[ActorView] = []
        weight = 0
        for actor in self.actors(paged=True):
            if batch and (weight + actor.briefing_count > self.LIST_BATCH or len(batch) >= 500):
                yield from read(batch)
                batch, weight = [], 0
            batch.append(actor)
            weight += actor.briefing_count
        if batch:
            yield from read(batch)

    def actor_dated_ends(self, aid: int) -> tuple[tuple | None, tuple | None]:
        """The actor's oldest and newest dated briefings (first and last seen), as raw stub rows (:meth:`stub_row`): its
        dated briefings come first, newest first."""
        newest, oldest = self.db.execute("SELECT MIN(pos), MAX(pos) FROM abrief WHERE aid = ? AND dated", (aid,)).fetchone()
        if newest is None:
            return None, None
        query = f"SELECT {self._STUB} FROM briefing WHERE bid = (SELECT bid FROM abrief WHERE aid = ? AND pos = ?)"
        return self.db.execute(query, (aid, oldest)).fetchone(), self.db.execute(query, (aid, newest)).fetchone()

    def items(self, aid: int, bid: int, bucket: str) -> list:
        """What actor ``aid`` said, demanded, was demanded, answered or refused in briefing ``bid`` (``bucket``), in the
        briefing's order, with the other parties' site-wide names.

        The briefing's candidate items are stored with the briefing (:func:`_raw_items`, by :meth:`add`), raw names
        and all, so an actor page is made without loading any briefing; whose they are is resolved here, as the
        briefing's names are resolved everywhere (:meth:`find`), so a stored item never holds a merge of the past.
        """
        rows = self.db.execute("SELECT raw, payload, other, responder FROM item WHERE bid = ? AND bucket = ? ORDER BY seq", (bid, bucket)).fetchall()
        return self._resolved_items(aid, bid, bucket, rows)

    def all_items(self, aid: int, bid: int) -> dict[str, list]:
        """:meth:`items` of every bucket at once (``{bucket: items}``; a bucket the briefing has no item in is left out), in one query.

        An actor page asks for five buckets of each of its briefings, most of them empty: five queries a briefing
        were a quarter of the site index's queries in a cold build (#18).
        """
        found: dict[str, list] = {}
        rows = self.db.execute("SELECT bucket, raw, payload, other, responder FROM item WHERE bid = ? ORDER BY bucket, seq", (bid,)).fetchall()
        start = 0
        while start < len(rows):
            bucket = rows[start][0]
            end = start
            while end < len(rows) and rows[end][0] == bucket:
                end += 1
            found[bucket] = self._resolved_items(aid, bid, bucket, [row[1:] for row in rows[start:end]])
            start = end
        return found

    def _resolved_items(self, aid: int, bid: int, bucket: str, rows: list) -> list:
        """The stored items ``rows`` (raw name, record, other, responder) of one bucket that are ``aid``'s, as :meth:`items` gives them."""
        found = []
        for raw, payload, other, responder in rows:
            if self.find(bid, raw) != aid:
                continue
            try:
                record = _load_record(payload)
            except Exception as exc:  # noqa: BLE001 — a stored file changed outside briefgen, whatever the bytes
                self._distrust()
                raise OutputError(f"{self.path}: a stored item of briefing {bid} cannot be read ({exc}); the next build indexes from scratch") from None
            if bucket == "quotes":
                found.append(record)
            elif bucket == "rejected":
                found.append((record, self._name_of(bid, other)))
            else:
                found.append((record, self._name_of(bid, other), self._name_of(bid, responder)))
        return found

    def _name_of(self, bid: int, raw: str | None) -> str | None:
        aid = self.find(bid, raw)
        return self.actor(aid).name if aid is not None else raw

    def slug_counts(self, prefix: str) -> list[tuple[str, int]]:
        """``(prefix + one character, actors)`` for the slugs longer than ``prefix`` starting with it, in slug order.

        What the actors index is cut by (:mod:`~briefgen.site.actors_index`): one range scan of the slug's own index.
        """
        rows = self.db.execute(
            "SELECT substr(slug, 1, ?) AS c, COUNT(*) FROM actor WHERE slug > ? AND slug < ? GROUP BY c ORDER BY c",
            (len(prefix) + 1, prefix, prefix + "\x7f"),
        )
        return [(c, n) for c, n in rows]

    def actors_by_slug(self, prefix: str, *, exact: bool = False) -> list[ActorView]:
        """The actors whose slug starts with ``prefix`` (is ``prefix``, with ``exact``), in slug order: one page of the actors index."""
        return [self._actor(r[:-1]) for r in self.actor_rows_by_slug(prefix, exact=exact)]

    def actor_rows_by_slug(self, prefix: str, *, exact: bool = False) -> list[tuple]:
        """:meth:`actors_by_slug`'s actors as stored rows (an :class:`ActorView`'s fields, then ``paged``): plain values,
        for the key of a page of the actors index (#18)."""
        if exact:
            rows = self.db.execute(f"SELECT {self._ACTOR}, paged FROM actor WHERE slug = ?", (prefix,))
        else:
            rows = self.db.execute(f"SELECT {self._ACTOR}, paged FROM actor WHERE slug >= ? AND slug < ? ORDER BY slug", (prefix, prefix + "\x7f"))
        return rows.fetchall()

    def briefings_seen(self, aids: Sequence[int]) -> dict[int, list[tuple[str, str]]]:
        """``aid -> [(title, page)]`` of each actor's briefings in :meth:`actor_briefings`' order, for actors ``aids``, in one query:
        what the actors index shows of an actor without a page, for its page's key (#18)."""
        found: dict[int, list[tuple[str, str]]] = {}
        for start in range(0, len(aids), 500):
            batch = list(aids[start : start + 500])
            rows = self.db.execute(
                f"SELECT x.aid, b.title, b.page FROM abrief x JOIN briefing b ON b.bid = x.bid WHERE x.aid IN ({','.join('?' * len(batch))})"
                " ORDER BY x.aid, x.pos",
                batch,
            )
            for aid, title, page in rows:
                found.setdefault(aid, []).append((title, page))
        return found


def _speaker_of(quote: Quote) -> str | None:
    """Whose page a quotation belongs on: the named person a role speaker stands for ("the Lions coach" -> Clive
    Woodward, ``Quote.speaker_actor``), else the speaker as written."""
    return quote.speaker_actor.name if quote.speaker_actor is not None else quote.speaker


def _raw_items(b: Briefing) -> Iterator[tuple[str, int, str, bytes, str | None, str | None]]:
    """``(bucket, order, raw name, record, other, responder)``: every quote, demand (made, received, answered) and refusal
    of a briefing under the name of whom it may be, before names are resolved to actors (:meth:`SiteIndex.items`)."""
    seq = 0
    for q in b.extraction.quotes:
        if speaker := _speaker_of(q):
            yield "quotes", seq, speaker, _dumps(q), None, None
            seq += 1
    for d in b.extraction.demands:
        responder = d.response.by if d.response else None
        for raw, bucket, other in ((d.by, "made", d.of), (d.of, "received", d.by), (responder, "responded", d.by)):
            if raw:
                yield bucket, seq, raw, _dumps(d), other, responder
                seq += 1
    for r in b.extraction.rejections:  # refusals answering no demand are responses too (#16)
        if r.by:
            yield "rejected", seq, r.by, _dumps(r), r.of, None
            seq += 1


class _ActorSums:
    """What :meth:`SiteIndex._make_actors` needs of one actor's appearances, summed as they stream past in order.

    Counters and ordered dicts keep first-seen order, so ``most_common`` ties
    and ``dict.fromkeys`` orders come out as when every appearance was held.
    """

    __slots__ = ("gkey", "counts", "kinds", "roles", "affiliations", "names", "napp", "mentions", "first", "bids")

    def __init__(self, gkey: str) -> None:
        self.gkey = gkey
        self.counts: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.roles: dict[str, None] = {}
        self.affiliations: Counter[str] = Counter()
        self.names: dict[str, None] = {}
        self.napp = 0
        self.mentions = 0
        self.first: int | None = None
        #: the briefings it appears in (one query per actor counted them: #18), at most one per briefing of the archive
        self.bids: set[int] = set()

    def add(self, row: tuple) -> None:
        _, id_, bid, name, kind, mentions, affiliation, roles, aliases, gpos = row
        self.bids.add(bid)
        clean = clean_name(name)
        self.counts[clean] += 1
        self.kinds[kind] += 1
        self.roles.update(dict.fromkeys(_strings(roles)))
        if affiliation:
            self.affiliations[affiliation] += 1
        self.names[clean] = None
        self.names.update(dict.fromkeys(clean_name(form) for form in _strings(aliases)))
        self.napp += 1
        self.mentions += mentions
        if gpos == "0" and (self.first is None or id_ < self.first):
            self.first = id_


def _first_by_form(rows: list[tuple]) -> dict[str, tuple]:
    """``form -> (rank, aid, ...)`` of the first actor by rank of each form, from rows ``(form, rank, aid, ...)``."""
    first: dict[str, tuple] = {}
    for form, *rest in rows:
        if form not in first or rest[0] < first[form][0]:
            first[form] = tuple(rest)
    return first


def _file_status(path: Path) -> str | None:
    """A file's device, inode, size and modification and change times as one line; ``None`` when it cannot be read.

    Any write, truncation or replacement of the file moves one of them."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return f"{st.st_dev} {st.st_ino} {st.st_size} {st.st_mtime_ns} {st.st_ctime_ns}"


def _strings(text: str) -> tuple[str, ...]:
    """A stored JSON list of strings as a tuple; most are empty or one name, read without the JSON decoder (#18)."""
    if text == "[]":
        return ()
    return tuple(json.loads(text))


def _iterate(db: sqlite3.Connection, cursor: sqlite3.Cursor) -> Iterator[tuple]:
    """A cursor's rows a batch at a time (the cursor must not be reused by other statements meanwhile)."""
    while True:
        rows = cursor.fetchmany(2000)
        if not rows:
            return
        yield from rows


def _body_features(okey: str, form: str) -> tuple:
    """A ``bform`` row: the form's party key, folded form, folded form without a country before it, clipping bucket, and
    the generic word it shortens its body to with the body that word stands for there (crossref.generic_shortening)."""
    stripped = without_country(form)
    bucket = "\x1f".join(w[:3] for w in party_key(form).split()) if len(form.split()) >= 2 else None
    gen, gbody = generic_shortening(okey, form) or (None, None)
    return okey, form, party_key(fold(form)), fold(form), fold(stripped) if stripped else None, bucket, gen, gbody


def _clippings(members: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
    """Joins within one bucket of ``(form, key)``: a form that is a clipping of another key's form (crossref.body_roots)."""
    for n, k in members:
        for long, other in members:
            if other != k and is_clipping(n, long):
                yield other, k


class LazyMapping(Mapping):
    """A read-only mapping answered by a function (the index), for code that expects a dict of every briefing."""

    def __init__(self, get, contains=None) -> None:
        self._get = get
        self._contains = contains

    def __getitem__(self, key):
        return self._get(key)

    def __contains__(self, key) -> bool:
        if self._contains is not None:
            return self._contains(key)
        try:
            self._get(key)
        except KeyError:
            return False
        return True

    def __bool__(self) -> bool:
        return True

    def __iter__(self):
        raise TypeError("not iterable: answered one key at a time")

    def __len__(self) -> int:
        raise TypeError("not sized: answered one key at a time")
