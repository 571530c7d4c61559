"""Writing a site holds a bounded number of its files' rows at once (#17): counted, not timed.

``OutputFolder.write_all`` stages every page in a temporary SQLite database
before writing any (the manifest must claim them all first). What it reads
back from there must come a batch at a time: a ``fetchall()`` of every staged
``(path, digest)`` pair held ~160,000 pairs at 50,000 briefings, and the
report's list of every written path as many again. The staging connection is
wrapped here so that every fetch's row count is seen.
"""

from __future__ import annotations

import sqlite3

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
