"""#16 reader check: the site index and the output staging leave no temp file behind, even when the build is killed.

They were named temp files (``briefgen-site-*.sqlite``, ``briefgen-out-*.sqlite``)
removed on close; a build killed with SIGKILL (the interrupted-build tests do
that on purpose, a killed worker or CI job does it by accident) left one
behind each time: 63 had piled up in /tmp on one machine. Both are now SQLite's
private temporary database, whose spill file SQLite unlinks when it opens it.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = r"""
import os, sys
from briefgen.site.index_db import SiteIndex
from briefgen.site.output import _Staging

index = SiteIndex(prefix="briefings")
stage = _Staging().__enter__()
for db in (index.db, stage.db):
    db.execute("PRAGMA cache_size=8")  # a tiny page cache: the data below must spill to a file
    db.execute("CREATE TABLE filler (b BLOB)")
    db.executemany("INSERT INTO filler VALUES (?)", ((os.urandom(4096),) for _ in range(256)))
    db.commit()
print("ready", flush=True)
sys.stdin.read()  # wait to be killed
"""


def _open_files_in(pid: int, folder: Path) -> list[str]:
    targets = []
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            targets.append(os.readlink(fd))
        except OSError:
            continue
    return [t for t in targets if t.startswith(str(folder))]


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads a process's open files from /proc")
def test_a_killed_build_leaves_no_temp_database(tmp_path):
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    env = {**os.environ, "TMPDIR": str(tmp), "SQLITE_TMPDIR": str(tmp)}
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "ready"
        spilled = _open_files_in(child.pid, tmp)
        assert len(spilled) >= 2 and all(t.endswith(" (deleted)") for t in spilled), spilled  # on disk, yet unlinked
        assert list(tmp.iterdir()) == []
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert list(tmp.iterdir()) == []  # nothing left by the killed process
