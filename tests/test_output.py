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


def test_refuses_to_overwrite_a_file_it_did_not_write(tmp_path):
    (tmp_path / "a.md").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="refusing to overwrite"):
        OutputFolder(tmp_path).write_all({"a.md": "generated", "b.md": "B"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "mine"
    assert not (tmp_path / "b.md").exists()  # the check comes before any write


def test_refuses_to_replace_a_symlink_it_did_not_make(tmp_path):
    (tmp_path / "elsewhere.txt").write_text("keep", encoding="utf-8")
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "a.md").symlink_to(tmp_path / "out" / "missing")
    with pytest.raises(OutputError):
        OutputFolder(tmp_path / "out").write_all({"a.md": "A"})


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
    with pytest.raises(OutputError):
        out.write_all({"a.md": "A", "c.md": "C"})


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


def test_a_folder_where_a_file_should_go_is_an_output_error(tmp_path):
    out = OutputFolder(tmp_path)
    out.write_all({"a.md": "A"})
    (tmp_path / "a.md").unlink()
    (tmp_path / "a.md").mkdir()
    with pytest.raises(OutputError, match="folder"):
        out.write_all({"a.md": "A"})


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

    claimed = Manifest(files={}, pending={"a.md": _digest(b"new"), "gone.md": _digest(b"G")})
    (tmp_path / MANIFEST).write_bytes(claimed.to_bytes())
    OutputFolder(tmp_path).write_all({"a.md": "new"})
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "new"
    assert not (tmp_path / "gone.md").exists()
    assert manifest(tmp_path) == {"files": {"a.md": _digest(b"new")}}


def test_leftover_temporary_files_are_cleaned_and_others_kept(tmp_path):
    (tmp_path / ".a.md.abc_1234.tmp").write_text("half", encoding="utf-8")
    (tmp_path / ".hidden-notes.tmp").write_text("not ours", encoding="utf-8")
    OutputFolder(tmp_path).write_all({"a.md": "A"})
    assert not (tmp_path / ".a.md.abc_1234.tmp").exists()
    assert (tmp_path / ".hidden-notes.tmp").exists()


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


def test_os_errors_become_output_errors(tmp_path):
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    with pytest.raises(OutputError, match="cannot write"):
        OutputFolder(tmp_path / "blocker" / "out").write_all({"a.md": "A"})
