"""Same inputs, same bytes: across runs, ``--jobs`` values, hash seeds, folders, time zones and locales.

Each build parses afresh (``--no-cache``), so equal outputs come from the
pipeline itself and not from a cache. A different ``PYTHONHASHSEED`` changes
the iteration order of every set of strings, which is how set-order leaks
show up on another machine; a different folder and time zone catch absolute
paths and timestamps.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
HOSTILE = REPO / "tests" / "fixtures" / "hostile"

EXTRA = {
    "council.md": "---\ntitle: Council Approves Harbour Budget\ndate: 2025-03-02\ntags: [harbour, budget, council]\n---\n"
    "The city council of Brennick approved the harbour budget on Monday after a long debate.\n"
    "“This budget keeps the harbour open,” said Mayor Anna Weiss. “We demand that the port authority publish its accounts.”\n"
    "The opposition leader, Tomas Varga, said the plan was “a gamble with public money”.\n"
    "The port authority is expected to respond next week.\n",
    "strike.txt": "Dock Workers End Strike\nDock workers in Glarvin ended a two-week strike on Friday, the union said.\n"
    "Union leader Maria Oduya told reporters: “We got a fair deal, and we will be back at work on Monday.”\n"
    "The employers had demanded that the union accept a pay freeze, which it rejected.\n"
    "A new contract will be signed in June.\n",
}


def make_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    shutil.copy(REPO / "seeds" / "000_254a3b9810478911.txt", folder / "000_254a3b9810478911.txt")
    for fixture in HOSTILE.iterdir():
        shutil.copy(fixture, folder / fixture.name)
    for name, text in EXTRA.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def outputs(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def subprocess_build(seeds: Path, out: Path, *, jobs: int, hash_seed: str, tz: str) -> None:
    env = {**os.environ, "PYTHONHASHSEED": hash_seed, "TZ": tz, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    done = subprocess.run(
        [sys.executable, "-m", "briefgen.cli", "build", str(seeds), "--out", str(out), "--no-cache", "--jobs", str(jobs)],
        capture_output=True,
        text=True,
        env=env,
        timeout=900,
    )
    assert done.returncode == 0, done.stderr


@pytest.fixture(scope="module")
def reference(tmp_path_factory) -> dict[str, bytes]:
    root = tmp_path_factory.mktemp("determinism")
    seeds = make_seeds(root / "seeds")
    assert main(["build", str(seeds), "--out", str(root / "out"), "--no-cache"]) == EXIT_OK
    files = outputs(root / "out")
    assert any(name.endswith(".json") for name in files) and any(name.endswith(".md") for name in files)
    return files


def test_two_runs_in_one_process_give_identical_bytes(reference, tmp_path):
    seeds = make_seeds(tmp_path / "elsewhere" / "articles")
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache"]) == EXIT_OK
    assert outputs(tmp_path / "out") == reference


def test_other_jobs_hash_seed_folder_and_time_zone_give_identical_bytes(reference, tmp_path):
    seeds = make_seeds(tmp_path / "a different" / "seeds folder")
    subprocess_build(seeds, tmp_path / "out-jobs2", jobs=2, hash_seed="12345", tz="Pacific/Kiritimati")
    assert outputs(tmp_path / "out-jobs2") == reference
    subprocess_build(seeds, tmp_path / "out-jobs1", jobs=1, hash_seed="987", tz="America/Adak")
    assert outputs(tmp_path / "out-jobs1") == reference


def test_outputs_hold_no_paths_or_timestamps(reference):
    today = dt.date.today().isoformat()
    for name, data in reference.items():
        text = data.decode("utf-8")
        assert today not in text, name
        assert "/tmp/" not in text and str(REPO) not in text and os.sep + "seeds" + os.sep not in text, name
