"""Issue #19 item 9: two builds into the same output folder take turns."""

from __future__ import annotations

import subprocess
import sys

import pytest

from briefgen.errors import OutputError
from briefgen.pipeline import folder_lock
from briefgen.pipeline.lock import LOCK_NAME

HOLD = """
import sys, time
from pathlib import Path
from briefgen.pipeline import folder_lock
with folder_lock(Path(sys.argv[1])):
    busy = Path(sys.argv[1]) / "busy"
    busy.touch()
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
    busy.unlink()
"""


def _holder(folder, seconds: float) -> subprocess.Popen:
    """Another process (another build) holding the folder's lock for ``seconds``."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(folder), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline() == "held\n"
    return proc


def test_a_second_build_that_will_not_wait_stops_with_a_one_line_message(tmp_path):
    holder = _holder(tmp_path, 60)
    try:
        with pytest.raises(OutputError) as caught:
            with folder_lock(tmp_path, wait=0):
                pass  # pragma: no cover
        message = str(caught.value)
        assert message == f"{tmp_path}" + (
            f": another briefgen build (pid {holder.pid}) is writing this folder; try again when it has finished"
        )
    finally:
        holder.kill()
        holder.wait()


def test_a_second_build_waits_says_so_once_and_goes_on_when_the_first_ends(tmp_path):
    holder = _holder(tmp_path, 1.5)
    told: list[str] = []
    with folder_lock(tmp_path, on_wait=told.append):
        assert not (tmp_path / "busy").exists()  # the holder had finished before the lock was ours
    holder.wait()
    assert told == [f"{tmp_path}: another briefgen build (pid {holder.pid}) is writing this folder; waiting for it to finish"]


def test_a_killed_holder_never_leaves_the_folder_locked(tmp_path):
    holder = _holder(tmp_path, 60)
    holder.kill()
    holder.wait()
    with folder_lock(tmp_path, wait=0):
        pass


def test_the_cli_build_takes_the_lock(tmp_path, capsys):
    """``briefgen build`` into a folder another build holds: exit 2 with ``--lock-wait 0``, nothing written."""
    from briefgen.cli import EXIT_USAGE, main

    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("Talks Resume\n\nMinisters met in Geneva on Monday.\n", encoding="utf-8")
    out = tmp_path / "out"
    holder = _holder(out, 60)
    try:
        code = main(["build", str(seeds), "--out", str(out), "--no-cache", "--lock-wait", "0"])
    finally:
        holder.kill()
        holder.wait()
    assert code == EXIT_USAGE
    err = capsys.readouterr().err
    assert err == f"error: {out}: another briefgen build (pid {holder.pid}) is writing this folder; try again when it has finished\n"
    assert sorted(p.name for p in out.iterdir()) == [LOCK_NAME, "busy"]  # nothing of the build's


def test_a_finished_build_leaves_the_lock_file_empty(tmp_path):
    """The pid is there only while a build runs: two builds of the same seeds leave identical folders."""
    with folder_lock(tmp_path):
        assert (tmp_path / LOCK_NAME).read_text(encoding="ascii").strip().isdigit()
    assert (tmp_path / LOCK_NAME).read_bytes() == b""
