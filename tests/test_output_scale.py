"""Writing a site holds a bounded number of its files' rows at once (#17): counted, not timed.

``OutputFolder.write_all`` stages every page in a temporary SQLite database
before writing any (the manifest must claim them all first). What it reads
back from there must come a batch at a time: a ``fetchall()`` of every staged
``(path, digest)`` pair held ~160,000 pairs at 50,000 briefings, and the
report's list of every written path as many again. The staging connection is
wrapped here so that every fetch's row count is seen.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import tracemalloc
import zlib
from pathlib import Path

import pytest

from briefgen.errors import OutputError
from briefgen.site import OutputFolder, output

PAGES = 3000  # three batches of the staging reader's 1,000 rows
BATCH = 1000


class CountingCursor:
    """A cursor that records how many rows each fetch returned (``fetches``, shared with its connection)."""

    def __init__(self, cursor: sqlite3.Cursor, fetches: list[int]) -> None:
        self._cursor, self._fetches = cursor, fetches

    def execute(self, *args):
        self._cursor.execute(*args)
        return self

    def executemany(self, *args):
        self._cursor.executemany(*args)
        return self

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    def fetchone(self):
        row = self._cursor.fetchone()
        self._fetches.append(int(row is not None))
        return row

    def fetchmany(self, size: int):
        rows = self._cursor.fetchmany(size)
        self._fetches.append(len(rows))
        return rows

    def fetchall(self):
        rows = self._cursor.fetchall()
        self._fetches.append(len(rows))
        return rows

    def __iter__(self):
        for row in self._cursor:
            self._fetches.append(1)
            yield row


class CountingConnection:
    def __init__(self, db: sqlite3.Connection, fetches: list[int]) -> None:
        self._db, self._fetches = db, fetches

    def cursor(self) -> CountingCursor:
        return CountingCursor(self._db.cursor(), self._fetches)

    def execute(self, *args) -> CountingCursor:
        return self.cursor().execute(*args)

    def executemany(self, *args) -> CountingCursor:
        return self.cursor().executemany(*args)

    def executescript(self, script: str) -> None:
        self._db.executescript(script)

    def close(self) -> None:
        self._db.close()


def test_staged_rows_are_read_a_batch_at_a_time(tmp_path, monkeypatch):
    fetches: list[int] = []
    real_init = output._Staging.__init__

    def counting_init(self) -> None:
        real_init(self)
        self.db = CountingConnection(self.db, fetches)

    monkeypatch.setattr(output._Staging, "__init__", counting_init)
    pages = {f"p/{n:05d}.md": f"page {n}\n" for n in range(PAGES)}
    report = OutputFolder(tmp_path).write_all(iter(pages.items()))
    assert report.written == PAGES and report.kept == ()
    assert sum(fetches) >= 2 * PAGES  # every page read back at least twice (checked, then written): the wrapper saw them
    assert max(fetches) <= BATCH  # before: one fetch of all 3,000 (path, digest) pairs
    assert {p.relative_to(tmp_path).as_posix(): p.read_text(encoding="utf-8") for p in (tmp_path / "p").iterdir()} == pages
    # a second build of the same pages writes nothing and still reads them in batches
    fetches.clear()
    again = OutputFolder(tmp_path).write_all(iter(pages.items()))
    assert again.written == 0 and max(fetches) <= BATCH


def test_the_report_counts_written_files_instead_of_listing_them(tmp_path):
    pages = {f"{n}.md": f"{n}\n" for n in range(5)}
    first = OutputFolder(tmp_path).write_all(pages)
    pages["2.md"] = "changed\n"
    second = OutputFolder(tmp_path).write_all(pages)
    assert (first.written, second.written) == (5, 1)


def _staged_previous(root) -> list[tuple]:
    """What a build stages of ``root``'s manifest (rel, file digest, pending digest), sorted."""
    with output._Staging() as stage:
        OutputFolder(root)._stage_manifest(stage)
        return sorted(stage.db.execute("SELECT rel, file, pending FROM prev"))


def _expected(manifest: output.Manifest) -> list[tuple]:
    return sorted((rel, manifest.files.get(rel), manifest.pending.get(rel)) for rel in {*manifest.files, *manifest.pending})


DIGEST_A, DIGEST_B = "a" * 64, "0123456789abcdef" * 4


def test_a_rebuild_reads_the_manifest_a_line_at_a_time(tmp_path, monkeypatch):
    """Before (#17): the previous manifest was parsed whole (~160,000 entries at 50,000 briefings) into two dicts."""
    pages = {f"p/{n:05d}.md": f"page {n}\n" for n in range(PAGES)}
    OutputFolder(tmp_path).write_all(pages)
    parsed: list[int] = []
    real_loads = output.json.loads

    def counting_loads(text, *args, **kwargs):
        parsed.append(len(text))
        return real_loads(text, *args, **kwargs)

    monkeypatch.setattr(output.json, "loads", counting_loads)
    pages["p/00002.md"] = "changed\n"
    report = OutputFolder(tmp_path).write_all(pages)
    monkeypatch.undo()
    assert report.written == 1 and report.kept == ()
    assert parsed and max(parsed) < 100  # one path or one digest at a time, never the file
    assert set(json.loads((tmp_path / output.MANIFEST).read_text(encoding="utf-8"))["files"]) == set(pages)


@pytest.mark.parametrize(
    "manifest",
    [
        output.Manifest(),
        output.Manifest(files={"a.md": DIGEST_A}),
        output.Manifest(files={"a.md": DIGEST_A, 'q"uote\\d/ü\n.md': DIGEST_B, "z/y.json": DIGEST_B}),
        output.Manifest(files={"a.md": DIGEST_A}, pending={"a.md": DIGEST_B, "b.md": DIGEST_A}),
        output.Manifest(pending={"b.md": DIGEST_A}),
    ],
)
def test_the_manifest_read_a_line_at_a_time_is_the_manifest_read_whole(tmp_path, manifest):
    (tmp_path / output.MANIFEST).write_bytes(manifest.to_bytes())
    assert _staged_previous(tmp_path) == _expected(manifest) == _expected(OutputFolder(tmp_path).manifest())


@pytest.mark.parametrize(
    "text",
    [
        '{"files": {"a.md": "%s"}}' % DIGEST_A,  # compact: by hand or another tool
        '{\n "files": {\n  "a.md": "%s"\n },\n "other": 1\n}\n' % DIGEST_A,  # a key of its own
        '{\n "files": {\n  "a.md": "short"\n }\n}\n',  # not a digest briefgen writes
        '{\n "files": {\n  "a.md": "%s",\n  "a.md": "%s"\n }\n}\n' % (DIGEST_A, DIGEST_B),  # the same path twice: the last wins
    ],
)
def test_a_manifest_in_another_layout_is_read_whole_as_before(tmp_path, text):
    (tmp_path / output.MANIFEST).write_text(text, encoding="utf-8")
    assert _staged_previous(tmp_path) == _expected(OutputFolder(tmp_path).manifest())


@pytest.mark.parametrize("text", ['{\n "files": {\n  "a.md": "%s",\n }\n}\n' % DIGEST_A, '{\n "files": {\n  "a.md": "%s"\n }\n' % DIGEST_A])
def test_a_broken_manifest_is_refused_as_before(tmp_path, text):
    """A trailing comma or a missing brace is not JSON: the line reader does not accept what json.loads refuses."""
    (tmp_path / output.MANIFEST).write_text(text, encoding="utf-8")
    with pytest.raises(OutputError, match="unreadable manifest"):
        _staged_previous(tmp_path)


def test_no_staging_query_sorts_the_whole_site(tmp_path, monkeypatch):
    """Every read of the staged pages walks the ``rel`` index: no temporary B-tree to GROUP or ORDER them all (#17).

    Before: claiming the files before writing merged the previous build's
    pending entries with this build's pages in one UNION ALL grouped by path,
    which SQLite sorted twice, a sorter the size of the site. (A DISTINCT over
    folder names holds the folders, not the pages.)
    """
    stages: list[output._Staging] = []
    statements: list[str] = []
    real_init = output._Staging.__init__

    def tracing_init(self) -> None:
        real_init(self)
        self.db.set_trace_callback(statements.append)
        stages.append(self)

    monkeypatch.setattr(output._Staging, "__init__", tracing_init)
    pages = {f"p/{n:03d}.md": f"page {n}\n" for n in range(50)}
    OutputFolder(tmp_path).write_all(pages)
    pages["p/001.md"] = "changed\n"
    (tmp_path / output.MANIFEST).write_bytes(output.Manifest(files={}, pending={"p/001.md": DIGEST_A, "p/zz.md": DIGEST_B}).to_bytes())
    OutputFolder(tmp_path).write_all(pages)
    selects = {s for s in statements if s.lstrip().upper().startswith("SELECT")}
    assert any("FROM page" in s for s in selects)
    with sqlite3.connect("") as db:  # the staging schema, to ask SQLite how it would run each query
        db.executescript(output._STAGING_SCHEMA)
        sorts = {s: [r[-1] for r in db.execute("EXPLAIN QUERY PLAN " + s)] for s in selects}
    assert {s: plan for s, plan in sorts.items() if any("TEMP B-TREE FOR GROUP BY" in p or "TEMP B-TREE FOR ORDER BY" in p for p in plan)} == {}


@pytest.mark.parametrize(
    "older, newer, merged",
    [
        ([], [], []),
        ([("a", "1")], [], [("a", "1")]),
        ([], [("a", "2")], [("a", "2")]),
        ([("a", "1"), ("c", "1")], [("b", "2"), ("c", "2"), ("d", "2")], [("a", "1"), ("b", "2"), ("c", "2"), ("d", "2")]),
        ([("a/b", "1"), ("é", "1")], [("a/b", "2"), ("b", "2")], [("a/b", "2"), ("b", "2"), ("é", "1")]),
    ],
)
def test_pending_entries_merge_with_new_ones_as_a_dict_update(older, newer, merged):
    assert list(output._merge_sorted(iter(older), iter(newer))) == merged == sorted({**dict(older), **dict(newer)}.items())


def _leftover_sweep_peak(folders: int) -> int:
    """Python peak (tracemalloc) while looking for a killed build's temporary files, with ``folders`` folders owned."""
    import tracemalloc

    with output._Staging() as stage:
        stage.db.executemany("INSERT INTO prev VALUES (?, ?, NULL)", ((f"actors/a{n:05d}/2.md", DIGEST_A) for n in range(folders)))
        tracemalloc.start()
        try:
            OutputFolder(Path("/nonexistent-briefgen-output"))._remove_leftover_temp_files(stage)
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_the_leftover_sweep_holds_no_set_of_every_folder():
    """Before (#17): a set of every folder (a Path each) and its sorted list: 4,000 more folders, ~1 MB more."""
    # the least of three: tracemalloc counts every thread's allocations, and a thread left by an earlier test may allocate meanwhile
    small, large = (min(_leftover_sweep_peak(n) for _ in range(3)) for n in (400, 4400))
    assert large - small < 200_000, f"{small:,} -> {large:,} bytes"


@pytest.mark.parametrize("level", [0, 1, 6])  # 0: a page staged stored, as the first bytes of a write are (scale29)
@pytest.mark.parametrize("size", [0, 1, output._CHUNK - 1, output._CHUNK, output._CHUNK + 1, 5 * output._CHUNK, 3_000_001])
def test_a_staged_page_decompresses_in_chunks_to_the_same_bytes(size, level):
    page = bytes((i * 7919 + i // 13) % 251 for i in range(size))
    chunks = list(output._decompressed_chunks(zlib.compress(page, level)))
    assert b"".join(chunks) == page
    assert all(len(chunk) <= output._CHUNK for chunk in chunks)


def test_a_writer_thread_never_holds_a_whole_large_page(tmp_path):
    """The actors index of a large archive is megabytes; a writer holds a chunk of it, not all (#17)."""
    page = b"".join(b"| [Actor %06d](actors/a-%06d/) | %d briefings |\n" % (i, i, i % 7) for i in range(100_000))
    assert len(page) > 4_000_000
    compressed = zlib.compress(page, 6)
    target = tmp_path / "actors" / "index.md"
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        assert output._write_if_changed(target, hashlib.sha256(page).hexdigest(), compressed, 0o644)
        written_peak = tracemalloc.get_traced_memory()[1] - before
        tracemalloc.reset_peak()
        before = tracemalloc.get_traced_memory()[0]
        assert not output._write_if_changed(target, hashlib.sha256(page).hexdigest(), compressed, 0o644)
        compared_peak = tracemalloc.get_traced_memory()[1] - before
    finally:
        tracemalloc.stop()
    assert target.read_bytes() == page
    assert written_peak < len(page) / 8, written_peak
    assert compared_peak < len(page) / 8, compared_peak


@pytest.mark.parametrize(
    ("stored_up_to", "sizes", "levels"),
    [
        (10, [4, 4, 4, 4], [0, 0, 0, 1]),  # 0, 4 and 8 bytes staged before: stored; 12: compressed
        (100, [4, 200, 4], [0, 0, 1]),  # a page that passes the mark is stored whole; the next is compressed
        (0, [4, 4], [1, 1]),  # nothing stored: every page compressed, as before
    ],
)
def test_the_first_bytes_of_a_write_are_staged_stored_and_the_rest_compressed(tmp_path, monkeypatch, stored_up_to, sizes, levels):
    """#18, scale29: compressing pages that fit in the staging database's bounded page cache saved no memory and cost
    a cold 300-article build 0.065 CPU s; past ``_STORED_UP_TO`` bytes a large site's pages are compressed as before."""
    monkeypatch.setattr(output, "_STORED_UP_TO", stored_up_to)
    seen = []
    compress = zlib.compress
    monkeypatch.setattr(zlib, "compress", lambda data, level=-1: (seen.append(level), compress(data, level))[1])
    pages = {f"p/{n}.md": "x" * (size - 1) + "\n" for n, size in enumerate(sizes)}
    report = OutputFolder(tmp_path).write_all(pages)
    assert seen == levels
    assert report.written == len(pages)
    assert {rel: (tmp_path / rel).read_text(encoding="utf-8") for rel in pages} == pages


def test_the_stored_bytes_fit_in_the_staging_cache():
    assert 0 < output._STORED_UP_TO < output._STAGING_CACHE_KIB * 1024
