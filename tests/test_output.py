"""The output folder: atomic writes, a manifest of what briefgen wrote, no clobbering."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from briefgen.errors import OutputError
from briefgen.site import MANIFEST, OutputFolder, atomic_write


def manifest(root: Path) -> dict:
    return json.loads((root / MANIFEST).read_text(encoding="utf-8"))


def test_writes_files_and_records_them(tmp_path):
    out = OutputFolder(tmp_path / "out")
    out.write_all({"a.md": "A\n", "sub/b.json": "{}\n"})
    assert (tmp_path / "out" / "a.md").read_text(encoding="utf-8") == "A\n"
    assert (tmp_path / "out" / "sub" / "b.json").read_text(encoding="utf-8") == "{}\n"
    data = manifest(tmp_path / "out")
    assert set(data["files"]) == {"a.md", "sub/b.json"}
    assert "pending" not in data  # a finished build owns its files outright


def test_written_files_are_readable_like_plain_files(tmp_path):
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A"})
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "a.md").stat().st_mode & 0o777 == 0o666 & ~mask


def test_never_overwrites_a_file_it_did_not_write_and_writes_the_rest(tmp_path):
    """Issue #19 item 12: a user's file in the way costs that one output, never the build."""
    (tmp_path / "a.md").write_text("mine", encoding="utf-8")
    report = OutputFolder(tmp_path).write_all({"a.md": "generated", "b.md": "B"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "mine"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "B"
    assert len(report.kept) == 1 and "a.md: exists and was not written by briefgen" in report.kept[0]
    assert "\n" not in report.kept[0]
    assert set(manifest(tmp_path)["files"]) == {"b.md"}  # the user's file is not claimed


def test_never_replaces_a_symlink_it_did_not_make(tmp_path):
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.md").symlink_to(tmp_path / "out" / "missing")
    report = OutputFolder(tmp_path / "out").write_all({"a.md": "A"})
    assert (tmp_path / "out" / "a.md").is_symlink() and not (tmp_path / "out" / "missing").exists()
    assert report.kept


def test_an_edited_output_is_kept_as_edited_with_a_warning_and_blocks_nothing(tmp_path):
    """Issue #19 item 12: before, an edit was overwritten by the next build without a word."""
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A", "b.md": "B"})
    (tmp_path / "a.md").write_text("A, corrected by hand", encoding="utf-8")
    report = out.write_all({"a.md": "A2", "b.md": "B2"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "A, corrected by hand"
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "B2"
    assert [line.split(": ", 1)[1].split(";")[0] for line in report.kept] == ["edited since briefgen wrote it"]
    assert set(manifest(tmp_path)["files"]) == {"b.md"}  # disowned
    # and the next build neither blocks nor touches it; once moved away, it is generated again
    assert out.write_all({"a.md": "A3", "b.md": "B3"}).kept
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "A, corrected by hand"
    (tmp_path / "a.md").rename(tmp_path / "a.md.mine")
    assert out.write_all({"a.md": "A3", "b.md": "B3"}).kept == ()
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "A3"


def test_removes_only_its_own_stale_outputs(tmp_path):
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A", "b.md": "B", "c.md": "C"})
    (tmp_path / "notes.txt").write_text("user file", encoding="utf-8")
    (tmp_path / "c.md").write_text("edited by hand", encoding="utf-8")
    out.write_all({"a.md": "A"})
    assert (tmp_path / "a.md").exists()
    assert not (tmp_path / "b.md").exists()  # briefgen's, unchanged: removed
    assert (tmp_path / "c.md").read_text(encoding="utf-8") == "edited by hand"  # the user's now
    assert (tmp_path / "notes.txt").read_text(encoding="utf-8") == "user file"
    assert set(manifest(tmp_path)["files"]) == {"a.md"}
    # c.md is no longer briefgen's: a build that wants it again must not overwrite it
    assert out.write_all({"a.md": "A", "c.md": "C"}).kept
    assert (tmp_path / "c.md").read_text(encoding="utf-8") == "edited by hand"


def test_removing_stale_pages_removes_the_folders_it_empties(tmp_path):
    """Issue #19 item 15: the index's ``index/2.md`` went, its empty ``index/`` folder stayed."""
    out = OutputFolder(tmp_path)
    out.write_all({"index.md": "1", "index/2.md": "2", "index/3.md": "3", "keep/a.md": "a"})
    (tmp_path / "keep" / "notes.txt").write_text("user file", encoding="utf-8")
    out.write_all({"index.md": "1"})
    assert not (tmp_path / "index").exists()
    assert (tmp_path / "keep" / "notes.txt").exists() and not (tmp_path / "keep" / "a.md").exists()
    assert tmp_path.is_dir()


def test_remove_stale_false_keeps_every_output_of_the_last_build(tmp_path):
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A", "b.md": "B"})
    out.write_all({"a.md": "A"}, remove_stale=False)
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "B"
    assert set(manifest(tmp_path)["files"]) == {"a.md", "b.md"}  # still briefgen's, removed later
    out.write_all({"a.md": "A"})
    assert not (tmp_path / "b.md").exists()


def test_unchanged_files_are_not_rewritten(tmp_path):
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A"})
    os.utime(tmp_path / "a.md", ns=(1, 1))
    out.write_all({"a.md": "A"})
    assert (tmp_path / "a.md").stat().st_mtime_ns == 1
    out.write_all({"a.md": "A2"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "A2"


@pytest.mark.parametrize("rel", ["../escape.md", "/etc/briefgen-test.md", "sub/../../escape.md", MANIFEST])
def test_never_writes_outside_the_folder_or_over_its_manifest(tmp_path, rel):
    root = tmp_path / "out"
    with pytest.raises(OutputError):
        OutputFolder(root).write_all({rel: "x"})
    assert not (tmp_path / "escape.md").exists()
    assert not Path("/etc/briefgen-test.md").exists()


def test_a_symlinked_subfolder_leading_out_is_refused(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "out"
    root.mkdir()
    (root / "briefings").symlink_to(outside, target_is_directory=True)
    with pytest.raises(OutputError, match="outside"):
        OutputFolder(root).write_all({"briefings/a.md": "x"})
    assert list(outside.iterdir()) == []


def test_a_folder_where_a_file_should_go_is_kept_and_reported(tmp_path):
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A"})
    (tmp_path / "a.md").unlink()
    (tmp_path / "a.md").mkdir()
    report = out.write_all({"a.md": "A", "b.md": "B"})
    assert (tmp_path / "a.md").is_dir() and (tmp_path / "b.md").is_file()
    assert "a folder is in the way" in report.kept[0]


def test_unreadable_manifest_is_a_clear_error(tmp_path):
    (tmp_path / MANIFEST).write_text("{not json", encoding="utf-8")
    with pytest.raises(OutputError, match="unreadable manifest"):
        OutputFolder(tmp_path).write_all({"a.md": "A"})


def test_a_build_that_died_after_claiming_is_taken_over(tmp_path):
    """Manifest says ``pending`` (killed mid-build): the next build may overwrite and clean up."""
    (tmp_path / "a.md").write_text("half-way old", encoding="utf-8")
    (tmp_path / "gone.md").write_text("G", encoding="utf-8")
    from briefgen.site import Manifest
    from briefgen.site.output import _digest

    claimed = Manifest(files={"a.md": _digest(b"half-way old")}, pending={"a.md": _digest(b"new"), "gone.md": _digest(b"G")})
    (tmp_path / MANIFEST).write_bytes(claimed.to_bytes())
    OutputFolder(tmp_path).write_all({"a.md": "new"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "new"
    assert not (tmp_path / "gone.md").exists()
    assert manifest(tmp_path) == {"files": {"a.md": _digest(b"new")}}


def test_leftover_temporary_files_are_cleaned_and_others_kept(tmp_path):
    (tmp_path / ".a.md.abc_1234.briefgen.tmp").write_text("half", encoding="utf-8")
    (tmp_path / f".{MANIFEST}.x1y2z3w4.briefgen.tmp").write_text("half", encoding="utf-8")
    (tmp_path / ".hidden-notes.tmp").write_text("not ours", encoding="utf-8")
    OutputFolder(tmp_path).write_all({"a.md": "A"})
    assert not (tmp_path / ".a.md.abc_1234.briefgen.tmp").exists()
    assert not (tmp_path / f".{MANIFEST}.x1y2z3w4.briefgen.tmp").exists()
    assert (tmp_path / ".hidden-notes.tmp").exists()


@pytest.mark.parametrize(
    "name",
    [
        ".draft.20250101.tmp",  # removed before issue #19: it matched the old temp-name pattern
        ".notes.md.abcd1234.tmp",
        ".other.md.abcd1234.briefgen.tmp",  # briefgen's pattern, but for a file briefgen does not own
    ],
)
def test_user_files_that_look_like_temporary_files_are_never_deleted(tmp_path, name):
    (tmp_path / name).write_text("the user's", encoding="utf-8")
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A", "notes.md": "N"})
    out.write_all({"a.md": "A2"})
    assert (tmp_path / name).read_text(encoding="utf-8") == "the user's"


def test_atomic_write_leaves_the_old_file_when_writing_fails(tmp_path, monkeypatch):
    target = tmp_path / "a.md"
    atomic_write(target, b"old")

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]  # no temporary file left


def test_temporary_files_carry_briefgens_mark(tmp_path, monkeypatch):
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(Path(src).name)
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", spy)
    atomic_write(tmp_path / "a.md", b"A")
    assert len(seen) == 1 and seen[0].startswith(".a.md.") and seen[0].endswith(".briefgen.tmp")


def test_os_errors_become_output_errors(tmp_path):
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        OutputFolder(tmp_path / "blocker" / "out").write_all({"a.md": "A"})


def test_files_are_flushed_several_at_a_time_each_before_its_rename(tmp_path, monkeypatch):
    """#18: a flush waits for the disk; flushing 900 pages one after another cost the cold build seconds of wall time.

    Where no file system can be flushed whole (no ``syncfs``; scale29's batched flush is in test_output_flush.py).
    """
    import threading
    import time

    from briefgen.site import output

    monkeypatch.setattr(output, "can_flush_file_systems", lambda: False)
    real_fsync, real_replace = os.fsync, os.replace
    lock = threading.Lock()
    running, most, flushed, renamed_unflushed = [0], [0], set(), []

    def slow_fsync(fd):
        with lock:
            running[0] += 1
            most[0] = max(most[0], running[0])
        time.sleep(0.02)  # a disk's flush, long enough for the writers to overlap
        real_fsync(fd)
        with lock:
            running[0] -= 1
            flushed.add(os.readlink(f"/proc/self/fd/{fd}"))

    def checked_replace(src, dst):
        with lock:
            if str(src) not in flushed:
                renamed_unflushed.append(str(src))
        real_replace(src, dst)

    monkeypatch.setattr(os, "fsync", slow_fsync)
    monkeypatch.setattr(os, "replace", checked_replace)
    mask = os.umask(0o022)
    try:
        pages = {f"p/{n:03d}.md": f"page {n}\n" for n in range(40)}
        report = OutputFolder(tmp_path).write_all(pages)
        assert os.umask(0o022) == 0o022  # the writers left the process's umask alone
    finally:
        os.umask(mask)
    assert most[0] > 1
    assert renamed_unflushed == []
    assert report.written == len(pages)
    assert {rel: (tmp_path / rel).read_text(encoding="utf-8") for rel in pages} == pages
    assert all((tmp_path / rel).stat().st_mode & 0o777 == 0o644 for rel in pages)
    assert set(manifest(tmp_path)["files"]) == set(pages)


def test_a_symlinked_file_leading_out_is_refused(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("theirs", encoding="utf-8")
    root = tmp_path / "out"
    (root / "briefings").mkdir(parents=True)
    (root / "briefings" / "a.md").symlink_to(outside)
    with pytest.raises(OutputError, match="outside"):
        OutputFolder(root).write_all({"briefings/b.md": "x", "briefings/a.md": "x"})
    assert outside.read_text(encoding="utf-8") == "theirs"


def test_each_folder_is_resolved_once_per_pass_not_each_file(tmp_path, monkeypatch):
    """#18: ``Path.resolve()`` per output (an lstat per path component) was a quarter of writing a cold build."""
    calls = []
    resolve = Path.resolve

    def counting(self, *args, **kwargs):
        calls.append(self)
        return resolve(self, *args, **kwargs)

    monkeypatch.setattr(Path, "resolve", counting)
    files = {f"{folder}/{n}.md": str(n) for folder in ("briefings", "actors") for n in range(40)}
    OutputFolder(tmp_path / "out").write_all(files)
    assert len(calls) <= 2 * 4  # two passes (the outputs, then the stale ones), each: the root and at most three folders
    assert (tmp_path / "out" / "actors" / "39.md").read_text(encoding="utf-8") == "39"


def test_a_cold_write_makes_each_folder_once_and_reads_no_file_it_creates(tmp_path, monkeypatch):
    """#18: writing into an empty folder, each output costs its own file and nothing more.

    Before: every page made its folder again (``mkdir`` of a folder that was
    there), read its path back to compare (a file that did not exist), and
    was created by ``mkstemp`` as 0600 and ``fchmod``-ed after. The files and
    their modes are what they were.
    """
    from briefgen.site import output

    calls: dict[str, int] = {"mkdir": 0, "fchmod": 0, "digest": 0, "fdopen": 0}
    real_mkdir, real_fchmod, real_digest, real_fdopen = os.mkdir, os.fchmod, output._disk_digest, os.fdopen

    def count(name, real):
        def counted(*args, **kwargs):
            calls[name] += 1
            return real(*args, **kwargs)

        return counted

    monkeypatch.setattr(os, "mkdir", count("mkdir", real_mkdir))
    monkeypatch.setattr(os, "fchmod", count("fchmod", real_fchmod))
    monkeypatch.setattr(os, "fdopen", count("fdopen", real_fdopen))
    monkeypatch.setattr(output, "_disk_digest", count("digest", real_digest))
    pages = {f"{folder}/{n:02d}.md": f"{folder} {n}\n" for folder in ("a", "b/c", "d") for n in range(20)}
    pages["top.md"] = "top\n"
    report = OutputFolder(tmp_path / "out").write_all(pages)
    assert report.written == len(pages)
    assert {rel: (tmp_path / "out" / rel).read_text(encoding="utf-8") for rel in pages} == pages
    assert calls["mkdir"] <= 10  # out, a, b, b/c, d (``parents=True`` tries a path before its parent): not once per page
    assert calls["digest"] == 0  # nothing was there to compare with
    assert calls["fchmod"] <= 2 and calls["fdopen"] <= 2  # the manifest's own temporary file (claimed, then final) at most
    mask = os.umask(0)
    os.umask(mask)
    assert {(tmp_path / "out" / rel).stat().st_mode & 0o777 for rel in pages} == {0o666 & ~mask}
    # a second write of the same pages finds them all in place: it compares, and writes none of them again
    assert OutputFolder(tmp_path / "out").write_all(pages).written == 0
    assert calls["digest"] >= len(pages)


def test_a_page_whose_path_is_taken_by_a_dangling_link_is_still_refused(tmp_path):
    """The single ``lstat`` that finds a cold build's paths free must not mistake a link to nothing for nothing."""
    (tmp_path / "a.md").symlink_to(tmp_path / "nowhere.md")
    report = OutputFolder(tmp_path).write_all({"a.md": "A\n", "b.md": "B\n"})
    assert (tmp_path / "a.md").is_symlink() and not (tmp_path / "nowhere.md").exists()
    assert len(report.kept) == 1 and "a.md" in report.kept[0]
    assert (tmp_path / "b.md").read_text(encoding="utf-8") == "B\n"
