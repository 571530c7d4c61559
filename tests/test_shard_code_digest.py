"""``code_digest()`` (the code part of a sharded build's salts) is memoised per process and still follows the files (#18).

A build asked for it once per salt (the page store's and the site index's),
reading and hashing every file of the package each time.
"""

from __future__ import annotations

import os

import pytest

from briefgen.site import increment
from briefgen.site.increment import code_digest


@pytest.fixture
def counted_reads(monkeypatch):
    """How often the package's files were read (calls of ``increment._files``), with the memo emptied first."""
    monkeypatch.setattr(increment, "_CODE_DIGEST", {})
    calls = []
    read = increment._files

    def counting(root, *args, **kwargs):
        calls.append(root)
        return read(root, *args, **kwargs)

    monkeypatch.setattr(increment, "_files", counting)
    return calls


def test_code_digest_reads_the_package_once_per_process(counted_reads):
    first = code_digest()
    assert counted_reads, "the first call reads the files"
    counted_reads.clear()
    assert code_digest() == first
    assert code_digest() == first
    assert counted_reads == []


def test_the_memoised_digest_is_the_one_reading_gives(counted_reads):
    memoised = code_digest()
    increment._CODE_DIGEST.clear()
    assert code_digest() == memoised


def _tree(root):
    (root / "pkg" / "sub").mkdir(parents=True)
    (root / "pkg" / "a.py").write_text("A = 1\n")
    (root / "pkg" / "sub" / "b.txt").write_text("words\n")
    (root / "tpl").mkdir()
    (root / "tpl" / "page.md.j2").write_text("{{ x }}\n")
    return (("pkg", root / "pkg"), ("tpl", root / "tpl"))


def _later(path):
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))


CHANGES = {
    "code edited": lambda r: (r / "pkg" / "a.py").write_text("A = 22\n"),
    "template edited, same size": lambda r: ((r / "tpl" / "page.md.j2").write_text("{{ y }}\n"), _later(r / "tpl" / "page.md.j2")),
    "file added": lambda r: (r / "pkg" / "sub" / "c.json").write_text("{}"),
    "file removed": lambda r: (r / "pkg" / "sub" / "b.txt").unlink(),
    "file renamed": lambda r: (r / "pkg" / "sub" / "b.txt").rename(r / "pkg" / "sub" / "b2.txt"),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_changed_file_changes_the_memoised_digest(tmp_path, monkeypatch, change):
    """A file edited while the process lives (a shipped template under ``mkdocs serve``) is read again."""
    monkeypatch.setattr(increment, "_CODE_DIGEST", {})
    roots = _tree(tmp_path)
    before = increment._tree_digest(roots)
    assert increment._tree_digest(roots) == before
    CHANGES[change](tmp_path)
    after = increment._tree_digest(roots)
    assert after != before
    increment._CODE_DIGEST.clear()
    assert increment._tree_digest(roots) == after  # what reading afresh gives


def test_a_touched_file_is_read_again_and_gives_the_same_digest(tmp_path, monkeypatch, counted_reads):
    roots = _tree(tmp_path)
    before = increment._tree_digest(roots)
    counted_reads.clear()
    _later(tmp_path / "pkg" / "a.py")
    assert increment._tree_digest(roots) == before
    assert len(counted_reads) >= 2  # both roots read again
