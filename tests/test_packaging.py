"""An installed briefgen (a built wheel, not this checkout) works outside the repo."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    return next(out.glob("briefgen-*.whl"))


def test_wheel_ships_templates_schema_and_entry_points(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    assert "briefgen/templates/briefing.md.j2" in names
    assert "briefgen/templates/briefgen.css" in names
    assert "briefgen/briefing.schema.json" in names
    assert "briefgen/evals/quotes.py" in names and "briefgen/extract/actors/extractor.py" in names
    entry_points = zipfile.ZipFile(wheel).read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "briefgen = briefgen.cli:main" in entry_points
    assert "briefgen = briefgen.mkdocs_plugin:BriefgenPlugin" in entry_points


def test_installed_copy_renders_outside_the_repo(wheel, tmp_path):
    target = tmp_path / "site-packages"
    subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(target), str(wheel)], check=True)
    article = tmp_path / "a.txt"
    article.write_text("Council Votes\nThe council voted on Monday to close the bridge, the mayor said.\n", encoding="utf-8")
    code = (
        "import briefgen, sys; from briefgen.cli import main; "
        "assert briefgen.__file__.startswith(sys.argv[1]), briefgen.__file__; "
        "sys.exit(main(['show', sys.argv[2]]))"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    proc = subprocess.run([sys.executable, "-c", code, str(target), str(article)], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert "# Council Votes" in proc.stdout
