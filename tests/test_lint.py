"""The project's lint runs with the suite (#18): ``ruff check`` for pyflakes findings and syntax errors.

It was a step each contributor ran by hand before a commit, with ruff not in
the test extras, so a fresh clone's ``make test`` (and CI, which runs it)
never ran it. The command is the one every commit passes; ruff comes with
``pip install -e '.[test]'``.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: What is linted, and how: pyflakes (F: unused or undefined names, …) and syntax errors (E9).
FOLDERS = ("briefgen", "tests", "benchmarks", "tools")
OPTIONS = ("--no-cache", "--line-length", "130", "--select", "F,E9")


def _ruff(*paths: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    # ruff's Python package runs its binary; no cache is written into the clone
    return subprocess.run([sys.executable, "-m", "ruff", "check", *OPTIONS, *paths], cwd=cwd, capture_output=True, text=True, check=False)


def test_the_code_has_no_lint_findings():
    done = _ruff(*FOLDERS, cwd=ROOT)
    assert done.returncode == 0, f"ruff check {' '.join(OPTIONS)} {' '.join(FOLDERS)}:\n{done.stdout}{done.stderr}"


def test_the_lint_reports_a_finding(tmp_path):
    """The same command fails on an unused import and on a syntax error (so the test above can fail)."""
    (tmp_path / "unused.py").write_text("import os\n", encoding="utf-8")
    (tmp_path / "broken.py").write_text("def f(:\n", encoding="utf-8")
    done = _ruff("unused.py", "broken.py", cwd=tmp_path)
    assert done.returncode == 1
    assert "F401" in done.stdout and "broken.py" in done.stdout
