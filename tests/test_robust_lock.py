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


# --- the MkDocs plugin: the same lock on site_dir ---------------------------------------------------------

PLUGIN_ARTICLES = {f"story-{n}.txt": f"Story Number {n}\n\nMinisters met in Geneva on day {n} and agreed to meet again.\n".encode() for n in range(6)}


def _plugin_project(root, **options):
    import sys as _sys
    from pathlib import Path

    _sys.path.insert(0, str(Path(__file__).parent))
    from site_project import make_site_project

    config_file = make_site_project(root, PLUGIN_ARTICLES)
    extra = "".join(f"\n      {key}: {value}" for key, value in {"search": "false", **options}.items())
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text.replace("      cache_dir: .cache/briefgen", "      cache_dir: .cache/briefgen" + extra), encoding="utf-8")
    return config_file


def _mkdocs_build(config_file) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config_file)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**__import__("os").environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def _temp_files(root) -> list[str]:
    return sorted(str(p) for p in root.rglob("*") if p.name.endswith(".tmp"))


@pytest.mark.slow
def test_two_concurrent_mkdocs_builds_of_one_project_publish_every_article_once(tmp_path):
    """Two real ``mkdocs build`` processes at once: the second waits for the first; the site is whole, nothing is left over."""
    config_file = _plugin_project(tmp_path / "project")
    first, second = _mkdocs_build(config_file), _mkdocs_build(config_file)
    outputs = [proc.communicate(timeout=600) for proc in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], outputs
    site = tmp_path / "project" / "site"
    briefings = site / "briefings"
    assert sorted(p.name for p in briefings.iterdir() if p.is_dir() and (p / "index.html").is_file()) == sorted(
        name.removesuffix(".txt") for name in PLUGIN_ARTICLES
    )
    assert _temp_files(tmp_path / "project") == []
    assert (site / LOCK_NAME).read_bytes() == b""  # released and emptied
    # the cache both wrote serves a third build whole
    third = _mkdocs_build(config_file)
    _, err = third.communicate(timeout=600)
    assert third.returncode == 0, err
    assert f"{len(PLUGIN_ARTICLES)} briefings, 0 failed; 0 parsed, {len(PLUGIN_ARTICLES)} from cache" in err


@pytest.mark.slow
def test_a_plugin_build_waits_for_a_build_holding_its_site_and_says_so(tmp_path):
    config_file = _plugin_project(tmp_path / "project")
    site = tmp_path / "project" / "site"
    holder = _holder(site, 60)  # at most: the build's waiting line ends it early
    waiting = f"INFO    -  briefgen: {site}: another briefgen build (pid {holder.pid}) is writing this folder; waiting for it to finish"
    try:
        build = _mkdocs_build(config_file)
        assert build.stderr is not None
        seen = [build.stderr.readline() for _ in range(1)]
        while seen[-1] and seen[-1].rstrip("\n") != waiting:
            seen.append(build.stderr.readline())
        assert seen[-1].rstrip("\n") == waiting, seen
        assert not site.joinpath("briefings").exists()  # it waits before MkDocs empties or writes the site
    finally:
        holder.kill()  # the other build ends
        holder.wait()
    _, err = build.communicate(timeout=600)
    assert build.returncode == 0, err
    assert (site / "briefings" / "story-0" / "index.html").is_file()


@pytest.mark.slow
def test_a_plugin_build_that_waits_no_longer_fails_with_one_line_and_writes_nothing(tmp_path):
    config_file = _plugin_project(tmp_path / "project", lock_wait=0)
    site = tmp_path / "project" / "site"
    holder = _holder(site, 120)
    try:
        build = _mkdocs_build(config_file)
        _, err = build.communicate(timeout=600)
    finally:
        holder.kill()
        holder.wait()
    assert build.returncode == 1
    errors = [line for line in err.splitlines() if line.startswith("ERROR")]
    assert errors == [f"ERROR   -  {site}: another briefgen build (pid {holder.pid}) is writing this folder; try again when it has finished"], err
    assert sorted(p.name for p in site.iterdir()) == [LOCK_NAME, "busy"]  # not emptied, nothing written
