"""The output folder's batched flush (#18, scale29): pages written unflushed, their file system flushed once per
batch (``syncfs``), and only then renamed into place, so a crash still leaves every output old or new."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from briefgen.errors import OutputError
from briefgen.site import MANIFEST, OutputFolder, flush, output

needs_syncfs = pytest.mark.skipif(not flush.can_flush_file_systems(), reason="no syncfs here (Linux 5.8 or later)")


@pytest.mark.parametrize(
    ("release", "expected"),
    [
        ("6.18.44-fc-v1045", True),
        ("5.8.0", True),
        ("5.10.0-28-amd64", True),
        ("10.0", True),
        ("5.7.19", False),
        ("4.19.0-26-amd64", False),
        ("3.10.0-1160.el7.x86_64", False),
        ("", False),
        ("unknown", False),
    ],
)
def test_syncfs_is_trusted_from_the_kernel_that_reports_its_errors(release, expected):
    assert flush._kernel_at_least(release, (5, 8)) is expected


class _Spy:
    """Records, in order, each flush of a file system (with the temporary files then on disk) and each rename."""

    def __init__(self, root: Path, monkeypatch, *, fail: bool = False, local: bool = True) -> None:
        if local:  # whatever the test host's temporary folder is on (an overlay in a container), a local disk's
            monkeypatch.setattr(flush, "_device_type", lambda device: "ext4")
        self.events: list[tuple[str, object]] = []
        self.root = root
        real_syncfs, real_replace = flush._SYNCFS, os.replace

        def syncfs(fd):
            self.events.append(("flush", frozenset(self.temporary_files())))
            if fail:
                import ctypes

                ctypes.set_errno(5)  # EIO: a write-back failed
                return -1
            return real_syncfs(fd)

        def replace(src, dst):
            self.events.append(("rename", Path(src).name))
            real_replace(src, dst)

        monkeypatch.setattr(flush, "_SYNCFS", syncfs)
        monkeypatch.setattr(os, "replace", replace)

    def temporary_files(self) -> list[str]:
        return [p.name for p in self.root.rglob("*") if p.name.endswith(".briefgen.tmp") and not p.name.startswith(f".{MANIFEST}.")]

    def page_renames(self) -> list[str]:
        return [name for kind, name in self.events if kind == "rename" and not name.startswith(f".{MANIFEST}.")]

    def flushes(self) -> list[frozenset[str]]:
        return [files for kind, files in self.events if kind == "flush"]


@needs_syncfs
@pytest.mark.parametrize(("batch", "pages", "flushes"), [(1024, 40, 1), (16, 40, 3), (16, 32, 2), (1, 3, 3)])
def test_pages_are_renamed_only_after_a_flush_that_covers_them(tmp_path, monkeypatch, batch, pages, flushes):
    monkeypatch.setattr(output, "FLUSH_BATCH", batch)
    fsynced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (fsynced.append(os.readlink(f"/proc/self/fd/{fd}")), real_fsync(fd))[1])
    root = tmp_path / "out"
    spy = _Spy(root, monkeypatch)
    files = {f"{'a' if n % 2 else 'b'}/{n:03d}.md": f"page {n}\n" for n in range(pages)}
    report = OutputFolder(root).write_all(files)
    assert report.written == pages
    assert len(spy.flushes()) == flushes
    renames = spy.page_renames()
    assert len(renames) == pages
    for k, (kind, name) in enumerate(spy.events):
        if kind == "rename" and not name.startswith(f".{MANIFEST}."):
            assert any(name in files_then for kind_then, files_then in spy.events[:k] if kind_then == "flush"), name
    assert all(MANIFEST in path for path in fsynced)  # the pages' own fsyncs are gone; the manifest keeps its own
    assert {rel: (root / rel).read_text(encoding="utf-8") for rel in files} == files
    assert spy.temporary_files() == []


@needs_syncfs
def test_a_failed_flush_renames_nothing_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    root = tmp_path / "out"
    OutputFolder(root).write_all({"a/old.md": "old\n", "b/kept.md": "kept\n"})
    spy = _Spy(root, monkeypatch, fail=True)
    with pytest.raises(OutputError, match="cannot write"):
        OutputFolder(root).write_all({"a/old.md": "new\n", "b/kept.md": "kept\n", "a/added.md": "added\n"})
    assert spy.page_renames() == []
    assert (root / "a" / "old.md").read_text(encoding="utf-8") == "old\n"  # old, never empty or torn
    assert not (root / "a" / "added.md").exists()
    assert spy.temporary_files() == []
    monkeypatch.undo()
    OutputFolder(root).write_all({"a/old.md": "new\n", "b/kept.md": "kept\n", "a/added.md": "added\n"})  # taken over
    assert (root / "a" / "old.md").read_text(encoding="utf-8") == "new\n"


@needs_syncfs
def test_unchanged_pages_are_neither_written_nor_flushed(tmp_path, monkeypatch):
    root = tmp_path / "out"
    OutputFolder(root).write_all({"a.md": "A\n", "b.md": "B\n"})
    spy = _Spy(root, monkeypatch)
    report = OutputFolder(root).write_all({"a.md": "A\n", "b.md": "B\n"})
    assert report.written == 0 and spy.flushes() == [] and spy.page_renames() == []


@needs_syncfs
def test_one_descriptor_per_file_system_however_many_folders(tmp_path, monkeypatch):
    monkeypatch.setattr(flush, "_device_type", lambda device: "ext4")
    for name in ("a", "b", "c"):
        (tmp_path / name).mkdir()
    with flush.FileSystemFlush() as flusher:
        for name in ("a", "b", "c", "a"):
            flusher.watch(tmp_path / name)
        assert len(flusher._devices) == 1
        flusher.flush()
    assert flusher._devices == {}


_MOUNTINFO = [
    "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue\n",  # proc(5)'s example
    "22 1 253:0 / / rw,relatime shared:1 - ext4 /dev/vda rw,discard\n",
    "40 22 0:45 / /mnt/remote rw,nosuid,nodev,relatime shared:20 master:3 - fuse.sshfs host:/ rw,user_id=0\n",
    "41 22 0:46 / /srv/nfs rw,relatime - nfs4 server:/export rw,vers=4.2\n",
    "42 22 0:47 / /dev/shm rw,nosuid,nodev - tmpfs tmpfs rw\n",
]


@pytest.mark.parametrize(
    ("major", "minor", "expected"),
    [(98, 0, "ext3"), (253, 0, "ext4"), (0, 45, "fuse.sshfs"), (0, 46, "nfs4"), (0, 47, "tmpfs"), (8, 1, None), (0, 4, None)],
)
def test_a_device_s_file_system_type_is_read_from_mountinfo(major, minor, expected):
    assert flush.mount_type(_MOUNTINFO, os.makedev(major, minor)) == expected


@pytest.mark.parametrize(("kind", "trusted"), [("ext4", True), ("xfs", True), ("tmpfs", True), ("fuse.sshfs", False), ("nfs4", False), ("overlay", False), (None, False)])
def test_only_a_local_file_system_s_syncfs_is_trusted(tmp_path, monkeypatch, kind, trusted):
    if not flush.can_flush_file_systems():
        pytest.skip("no syncfs here")
    monkeypatch.setattr(flush, "_device_type", lambda device: kind)
    with flush.FileSystemFlush() as flusher:
        assert flusher.watch(tmp_path) is trusted
        assert len(flusher._devices) == int(trusted)


@needs_syncfs
def test_on_an_untrusted_file_system_each_page_is_flushed_before_its_rename(tmp_path, monkeypatch):
    """A FUSE or network file system may answer syncfs without making the pages durable: there, as before scale29."""
    monkeypatch.setattr(flush, "_device_type", lambda device: "fuse.sshfs")
    fsynced = set()
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (fsynced.add(Path(os.readlink(f"/proc/self/fd/{fd}")).name), real_fsync(fd))[1])
    root = tmp_path / "out"
    spy = _Spy(root, monkeypatch, local=False)
    files = {f"p/{n:02d}.md": f"page {n}\n" for n in range(12)}
    OutputFolder(root).write_all(files)
    assert spy.flushes() == []  # no syncfs at all
    renames = spy.page_renames()
    assert len(renames) == len(files) and all(name in fsynced for name in renames)
    assert {rel: (root / rel).read_text(encoding="utf-8") for rel in files} == files


@needs_syncfs
def test_a_folder_that_cannot_be_opened_has_its_files_flushed_one_by_one(tmp_path, monkeypatch):
    """A folder one may write in but not list (mode 0300) cannot be held open for syncfs: each file is flushed instead."""
    real_open = os.open

    def refusing(path, flags, *args, **kwargs):
        if flags & os.O_DIRECTORY:
            raise PermissionError(13, "Permission denied", path)
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(flush.os, "open", refusing)
    fsynced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (fsynced.append(fd), real_fsync(fd))[1])
    root = tmp_path / "out"
    spy = _Spy(root, monkeypatch)
    files = {"a.md": "A\n", "p/b.md": "B\n"}
    OutputFolder(root).write_all(files)
    assert spy.flushes() == []
    assert len(fsynced) >= len(files) + 2  # each page, and the manifest twice
    assert {rel: (root / rel).read_text(encoding="utf-8") for rel in files} == files
