"""The stored site index syncs the disk twice per build, not once per commit (#18): the "building" mark, synced, before
any row changes; nothing synced, and the rollback journal in memory, while the rows change (a file so marked is built
from scratch whatever it holds); the "whole" mark's commit, which syncs the file with every row. A one-article rebuild at 2,000 briefings made 19 synced
commits of the index, three disk syncs each: 0.3 s of its 1.4 s on the benchmarks' host."""

from __future__ import annotations

import sqlite3

import pytest

from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.index_db import INDEX_FILE

from test_site_pages import story


def _statements(monkeypatch, index_file) -> list[str]:
    """Every statement run on a connection to ``index_file`` from now on, in order."""
    seen: list[str] = []
    real_connect = sqlite3.connect

    def connect(database, *args, **kwargs):
        db = real_connect(database, *args, **kwargs)
        if str(database) == str(index_file):
            db.set_trace_callback(seen.append)
        return db

    monkeypatch.setattr(sqlite3, "connect", connect)
    return seen


def _sync_marks(statements: list[str]) -> list[str]:
    """The sync level set and the state marks written, in order (what the test compares)."""
    marks = []
    for sql in statements:
        text = " ".join(sql.split())
        for part in text.split(";"):
            part = part.strip()
            if part.startswith(("PRAGMA synchronous=", "PRAGMA journal_mode=")):
                marks.append(part.removeprefix("PRAGMA "))
            elif part.startswith("INSERT OR REPLACE INTO meta VALUES ('state', 'building')"):
                marks.append("building")
            elif part.startswith("INSERT OR REPLACE INTO meta VALUES") and "state" in part and "whole" in part:
                marks.append("whole")
            elif part == "COMMIT":
                marks.append("commit")
    return marks


def _between(marks: list[str], first: str, last: str) -> list[str]:
    return marks[marks.index(first) + 1 : marks.index(last)]


ITEMS = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 6)]


@pytest.mark.parametrize(
    "last, step",
    [
        pytest.param(False, lambda: ITEMS, id="no stored index"),
        pytest.param(True, lambda: ITEMS, id="nothing changed"),
        pytest.param(True, lambda: [*ITEMS, story("new", date="2025-06-09")], id="one new briefing"),
        pytest.param(True, lambda: ITEMS[1:], id="one briefing gone"),
    ],
)
def test_only_the_marks_commits_are_synced(last, step, tmp_path, monkeypatch):
    index_file = tmp_path / INDEX_FILE
    if last:
        assemble_site(ITEMS, renderer=Renderer(), per_page=2, index_file=index_file, index_salt="code-1")
    statements = _statements(monkeypatch, index_file)
    assemble_site(step(), renderer=Renderer(), per_page=2, index_file=index_file, index_salt="code-1")
    marks = _sync_marks(statements)
    # opened at the stored level; the building mark is committed at it
    assert marks[:2] == ["journal_mode=DELETE", "synchronous=NORMAL"]
    assert not {"synchronous=OFF", "journal_mode=MEMORY"} & set(marks[: marks.index("building")])
    assert marks[marks.index("building") + 1] == "commit"
    # then nothing is synced, nor journaled in a file, until the rows are whole, and the stored settings come back
    # before the whole mark
    building = _between(marks, "building", "whole")
    levels = [m for m in building if m.startswith(("synchronous=", "journal_mode="))]
    assert levels == ["journal_mode=MEMORY", "synchronous=OFF", "journal_mode=DELETE", "synchronous=NORMAL"]
    assert building[1:3] == ["journal_mode=MEMORY", "synchronous=OFF"]  # right after the building mark's commit
    # the rows committed, then the settings the whole mark is committed with
    assert building[-3:] == ["commit", "journal_mode=DELETE", "synchronous=NORMAL"]
    assert marks[marks.index("whole") + 1] == "commit"
    assert not {"synchronous=OFF", "journal_mode=MEMORY"} & set(marks[marks.index("whole") :])


@pytest.mark.parametrize(
    "level, journal, when",
    [
        pytest.param(0, "memory", "building", id="off while the rows change"),
        pytest.param(1, "delete", "whole", id="normal once the index is whole"),
    ],
)
def test_the_stored_index_sync_level(level, journal, when, tmp_path):
    from briefgen.site import SiteIndex

    index_file = tmp_path / INDEX_FILE
    with SiteIndex(path=index_file, salt="code-1") as index:
        for item in ITEMS:
            index.add(item)
        if when == "whole":
            index.finish()
        assert index.db.execute("PRAGMA synchronous").fetchone()[0] == level
        assert index.db.execute("PRAGMA journal_mode").fetchone()[0] == journal


def test_a_private_index_is_unchanged(tmp_path):
    """Without a file the index never syncs anything (journal and sync off, as before)."""
    from briefgen.site import SiteIndex

    index = SiteIndex()
    for item in ITEMS:
        index.add(item)
    index.finish()
    assert index.db.execute("PRAGMA synchronous").fetchone()[0] == 0
    index.close()
