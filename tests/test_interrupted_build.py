"""A build killed at any moment loses nothing, and the next build succeeds.

``briefgen build`` runs in a subprocess over many articles and is sent
SIGKILL at random moments: some at a random time after it starts, some at a
random time after its first write to the output folder or to an output file. After each kill every output on disk must be a complete file
of the previous build or of the new one, never half of one; then an
uninterrupted build must succeed and leave exactly what a clean build gives.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from briefgen.pipeline.lock import LOCK_NAME
from briefgen.site import MANIFEST

pytestmark = pytest.mark.slow

PEOPLE = ["Anna Weiss", "Tomas Varga", "Maria Oduya", "Samir Haddad", "Helena Marsh", "Peter Quill"]
PLACES = ["Brennick", "Norvania", "Estoria", "Quillon", "Zorblax", "Glarvin"]
ARTICLES = 60


def article(i: int, version: int) -> str:
    person, place = PEOPLE[i % len(PEOPLE)], PLACES[(i // 2) % len(PLACES)]
    return (
        f"Talks In {place} Round {i} Version {version}\n"
        f"Officials from {place} met on Tuesday for round {i} of the talks, version {version} of the report said.\n"
        f"“We will keep talking until round {i + version} is done,” said {person}, the chief negotiator.\n"
        f"{place} demanded that the other side withdraw its troops from the border before the next round.\n"
        f"The next round is expected to take place in {['May', 'June', 'July'][(i + version) % 3]}.\n"
    )


def write_seeds(seeds: Path, version: int) -> None:
    """Version 1 has articles 0..N-1; version 2 changes every one, drops article 0 and adds N."""
    if seeds.exists():
        for old in seeds.iterdir():
            old.unlink()
    seeds.mkdir(parents=True, exist_ok=True)
    numbers = range(ARTICLES) if version == 1 else range(1, ARTICLES + 1)
    for i in numbers:
        (seeds / f"talks-{i:03d}.txt").write_text(article(i, version), encoding="utf-8")


def command(seeds: Path, out: Path, cache: Path) -> list[str]:
    return [sys.executable, "-m", "briefgen.cli", "build", str(seeds), "--out", str(out), "--cache-dir", str(cache)]


def run_build(seeds: Path, out: Path, cache: Path) -> subprocess.CompletedProcess:
    return subprocess.run(command(seeds, out, cache), capture_output=True, text=True, timeout=600)


def start_build(seeds: Path, out: Path, cache: Path) -> subprocess.Popen:
    """A build to kill, at the lowest priority so that the watcher sees its first write in time."""
    return subprocess.Popen(
        command(seeds, out, cache), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=lambda: os.nice(19)
    )


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every visible output file (temporary files and the manifest are dot files)."""
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(folder).parts)
    }


@pytest.fixture(scope="module")
def builds(tmp_path_factory):
    """Clean builds of version 1 and version 2, and a cache that knows both (fast killed builds)."""
    root = tmp_path_factory.mktemp("killed")
    cache = root / "cache"
    expected = {}
    for version in (1, 2):
        write_seeds(root / f"seeds-v{version}", version)
        done = run_build(root / f"seeds-v{version}", root / f"expected-v{version}", cache)
        assert done.returncode == 0, done.stderr
        expected[version] = snapshot(root / f"expected-v{version}")
    assert expected[1] and expected[2] and expected[1] != expected[2]
    return root, cache, expected


def _mtimes(folder: Path, *, outputs_only: bool) -> dict[str, int]:
    found = {}
    for entry in folder.rglob("*"):
        if outputs_only and MANIFEST in entry.name:
            continue  # the manifest and its temporary files
        if entry.name == LOCK_NAME:
            continue  # the build lock is rewritten (the holder's pid) before anything is written
        try:
            found[str(entry)] = entry.stat().st_mtime_ns
        except FileNotFoundError:  # a temporary file renamed under our feet: writing has begun
            found[str(entry)] = -1
    return found


def kill_after(process: subprocess.Popen, *, out: Path, delay: float, watch: str) -> None:
    """SIGKILL ``delay`` seconds after start (``watch="start"``), after the build first
    touches the output folder (``"any"``: that is the manifest), or after it first
    touches an output file (``"output"``: files are being replaced)."""
    if watch != "start":
        outputs_only = watch == "output"
        before = _mtimes(out, outputs_only=outputs_only)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None and _mtimes(out, outputs_only=outputs_only) == before:
            time.sleep(0.001)
    time.sleep(delay)
    if process.poll() is None:
        process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


# (what to wait for, then seconds to wait)
KILL_POINTS = [("any", 0.0), ("any", 0.01), ("output", 0.0), ("output", 0.005), ("output", 0.03), ("start", 0.5), ("start", 1.5), ("start", 3.0)]


@pytest.mark.parametrize("watch, delay", KILL_POINTS, ids=[f"{w}+{d}s" for w, d in KILL_POINTS])
def test_sigkill_leaves_complete_outputs_and_the_next_build_succeeds(builds, tmp_path, watch, delay):
    root, cache, expected = builds
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    write_seeds(seeds, 1)
    assert run_build(seeds, out, cache).returncode == 0
    assert snapshot(out) == expected[1]

    write_seeds(seeds, 2)
    jitter = random.Random(f"{watch}-{delay}").uniform(0, 0.005)
    process = start_build(seeds, out, cache)
    kill_after(process, out=out, delay=delay + jitter, watch=watch)

    # every output is a whole file of one build or the other
    for rel, data in snapshot(out).items():
        assert data in (expected[1].get(rel), expected[2].get(rel)), f"{rel} is neither the old nor the new output"
        if rel.endswith(".json"):
            json.loads(data)
    # nothing of the previous build was lost without its replacement being there
    for rel in expected[1]:
        assert (out / rel).exists() or rel not in expected[2], f"{rel} vanished"
    json.loads((out / MANIFEST).read_text(encoding="utf-8"))  # the manifest is always readable

    done = run_build(seeds, out, cache)
    assert done.returncode == 0, done.stderr
    assert snapshot(out) == expected[2]
    leftovers = [p.name for p in out.rglob(".*.tmp")]
    assert leftovers == []
    assert json.loads((out / MANIFEST).read_text(encoding="utf-8")).keys() == {"files"}


def test_kill_points_reach_the_write_phase(builds, tmp_path):
    """Guard for the test above: waiting for the first write really lands inside the write phase.

    The write phase of a small build is short, so a busy machine may let it
    finish before the kill lands; three tries must catch it at least once.
    """
    root, cache, expected = builds
    caught = []
    for attempt in range(3):
        seeds, out = tmp_path / f"seeds-{attempt}", tmp_path / f"out-{attempt}"
        write_seeds(seeds, 1)
        assert run_build(seeds, out, cache).returncode == 0
        write_seeds(seeds, 2)
        process = start_build(seeds, out, cache)
        kill_after(process, out=out, delay=0.0, watch="output")
        # before the first output is replaced, the manifest claims what the build will write
        if process.returncode == -signal.SIGKILL and "pending" in json.loads((out / MANIFEST).read_text(encoding="utf-8")):
            current = snapshot(out)
            caught.append(any(current.get(rel) == data for rel, data in expected[1].items() if rel in expected[2]))
            break
    assert caught == [True]  # killed mid-write, with old outputs still in place
