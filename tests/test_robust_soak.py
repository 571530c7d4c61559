"""Issue #19's soak: 200 articles, ``--jobs 2``, a worker killed, two builds racing on the same folders.

It must end with every article published once, no temporary files, and a
cache that a further build serves whole.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

ARTICLES = 200
PEOPLE = ["Anna Lindqvist", "Tomas Berg", "Maria Okafor", "Li Wei", "Jorge Falcon", "Priya Nair", "Owen Hughes", "Sara Cohen"]
PLACES = ["Geneva", "Nairobi", "Lima", "Oslo", "Manila", "Cairo", "Warsaw", "Quito"]
TOPICS = ["ferries", "tariffs", "floods", "vaccines", "railways", "pensions", "wildfires", "fisheries", "water", "grain"]


def _write_seeds(seeds: Path) -> list[str]:
    rng = random.Random(19)
    seeds.mkdir()
    names = []
    for n in range(ARTICLES):
        person, other = rng.sample(PEOPLE, 2)
        place, topic = rng.choice(PLACES), rng.choice(TOPICS)
        text = (
            f"Talks On {topic.title()} In {place} Enter Day {n % 9 + 2}\n\n"
            f"Negotiators met in {place} on Monday to discuss {topic}, officials said. "
            f"{person} urged the delegations to agree a deal by Friday.\n\n"
            f'"We will not accept delays on {topic}," {other} told reporters. '
            f"The next round is expected to begin in {rng.randint(2, 11)} weeks.\n"
        )
        name = f"{n:03d}_{topic}"
        (seeds / f"{name}.txt").write_text(text, encoding="utf-8")
        names.append(name)
    return names


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


def _kill_a_worker(builds: list[subprocess.Popen], patience: float = 300) -> int:
    """SIGKILL the first worker process of whichever build spawns one (as the OOM killer would)."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        for build in builds:
            workers = _children(build.pid)
            if workers:
                time.sleep(0.5)  # let it take a batch
                os.kill(workers[0], signal.SIGKILL)
                return workers[0]
        if all(b.poll() is not None for b in builds):
            break
        time.sleep(0.02)
    raise AssertionError("no worker process was seen")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="needs /proc to find worker processes")
def test_soak_killed_worker_and_racing_builds(tmp_path):
    seeds, out, cache = tmp_path / "seeds", tmp_path / "out", tmp_path / "cache"
    names = _write_seeds(seeds)
    command = [sys.executable, "-m", "briefgen.cli", "build", str(seeds), "--out", str(out), "--cache-dir", str(cache), "--jobs", "2"]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    builds = [subprocess.Popen(command, stderr=subprocess.PIPE, text=True, env=env) for _ in range(2)]
    try:
        _kill_a_worker(builds)
        errors = [b.communicate(timeout=900)[1] for b in builds]
    finally:
        for b in builds:
            if b.poll() is None:  # pragma: no cover - only when the build hung
                b.kill()
    assert [b.returncode for b in builds] == [0, 0], errors
    assert sum("waiting for it to finish" in e for e in errors) == 1, errors  # the second build waited its turn

    published = sorted(p.stem for p in out.glob("*.json") if not p.name.startswith("."))
    assert published == [name.replace("_", "-") for name in names]  # every article once: no page lost, none twice under another name
    leftovers = [p for folder in (out, cache) for p in folder.rglob("*") if p.name.endswith(".tmp")]
    assert leftovers == []

    again = subprocess.run(command, stderr=subprocess.PIPE, text=True, env=env, timeout=900)
    assert again.returncode == 0, again.stderr
    assert f"0 parsed, {ARTICLES} from cache" in again.stderr
