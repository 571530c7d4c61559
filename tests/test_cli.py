"""The ``briefgen`` command: outputs and exit codes, run in-process."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from briefgen.cli import EXIT_FAILED, EXIT_MODEL, EXIT_OK, EXIT_USAGE, main

pytestmark = pytest.mark.slow

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_254a3b9810478911.txt"


@pytest.fixture(autouse=True)
def _run_in_a_temporary_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The default cache (``.cache/briefgen``) is relative to the working folder: keep it out of the checkout."""
    monkeypatch.chdir(tmp_path)


@pytest.fixture
def seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    (folder / "talks.txt").write_bytes(SEED.read_bytes())
    (folder / "second.md").write_text("---\ntitle: Second One\ndate: 2025-05-17\n---\nThe mayor said the bridge will open next year.\n", encoding="utf-8")
    return folder


def test_build_writes_markdown_json_and_index(seeds, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", str(seeds), "--out", str(out)]) == EXIT_OK
    assert {"talks.md", "talks.json", "second.md", "second.json", "index.md"} <= {p.name for p in out.iterdir()}
    data = json.loads((out / "talks.json").read_text(encoding="utf-8"))
    assert data["title"].startswith("Peace Hopes Fizzle")
    assert "2 briefed, 0 failed" in capsys.readouterr().err


def test_build_exit_1_when_an_article_fails_and_the_rest_is_written(seeds, tmp_path, capsys):
    (seeds / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["build", str(seeds), "--out", str(out)]) == EXIT_FAILED
    err = capsys.readouterr().err
    assert "empty.txt: empty article" in err
    assert (out / "talks.md").is_file()


def test_strict_fails_on_warnings(seeds, tmp_path):
    (seeds / "odd.md").write_text("---\ndate: next tuesday\n---\nThe council met and voted.\n", encoding="utf-8")
    assert main(["build", str(seeds), "--out", str(tmp_path / "a")]) == EXIT_OK
    assert main(["build", str(seeds), "--out", str(tmp_path / "b"), "--strict"]) == EXIT_FAILED


def test_build_never_overwrites_a_file_it_did_not_write_and_builds_the_rest(seeds, tmp_path, capsys):
    """Issue #19 item 12: a user's file in the way is a warning for that output, not exit 2 for the build."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "talks.md").write_text("my own notes", encoding="utf-8")
    assert main(["build", str(seeds), "--out", str(out)]) == EXIT_OK
    err = capsys.readouterr().err
    assert re.search(r"^warning: .*talks\.md: exists and was not written by briefgen; this output is not written", err, re.M), err
    assert (out / "talks.md").read_text(encoding="utf-8") == "my own notes"
    assert (out / "talks.json").is_file() and (out / "second.md").is_file()
    assert main(["build", str(seeds), "--out", str(out), "--strict"]) == EXIT_FAILED


def test_deleted_article_removes_only_its_own_outputs(seeds, tmp_path):
    out = tmp_path / "out"
    assert main(["build", str(seeds), "--out", str(out)]) == EXIT_OK
    (out / "notes.txt").write_text("keep me", encoding="utf-8")
    (seeds / "talks.txt").unlink()
    assert main(["build", str(seeds), "--out", str(out)]) == EXIT_OK
    assert not (out / "talks.md").exists() and not (out / "talks.json").exists()
    assert (out / "notes.txt").read_text(encoding="utf-8") == "keep me"


def test_show_json_and_markdown(capsys):
    assert main(["show", str(SEED), "--json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"title", "summary", "actors", "demands", "quotes", "outlook"}
    assert main(["show", str(SEED)]) == EXIT_OK
    assert capsys.readouterr().out.startswith("---\ntitle: Peace Hopes Fizzle")


@pytest.mark.parametrize(
    "argv, code",
    [
        (["build", "no/such/folder", "--out", "x"], EXIT_USAGE),
        (["show", "no/such/file.txt"], EXIT_FAILED),
        (["show", str(SEED), "--model", "no_such_model_pkg"], EXIT_MODEL),
    ],
)
def test_exit_codes(argv, code, capsys):
    assert main(argv) == code
    assert capsys.readouterr().err.startswith("error: ")


def test_usage_errors_exit_2():
    with pytest.raises(SystemExit) as exc:
        main(["build"])
    assert exc.value.code == EXIT_USAGE
