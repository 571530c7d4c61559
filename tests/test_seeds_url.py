"""SEEDS as an fsspec URL (#17): scanned, read and named through fsspec; a local path stays the fast path."""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import fsspec
import pytest

from briefgen.cli import main
from briefgen.ingest import scan_articles, seeds_location
from briefgen.pipeline import brief_paths
from briefgen.records import Briefing

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "articles"
ARTICLES = {
    "prisoner-exchange-kyiv.txt": (FIXTURES / "prisoner-exchange-kyiv.txt").read_bytes(),
    "sub/2025-05-20-rubio-senate.md": (FIXTURES / "2025-05-20-rubio-senate.md").read_bytes(),
}


@pytest.fixture()
def memory_seeds():
    """A fresh folder on fsspec's in-memory filesystem holding the articles, a hidden folder and a non-article."""
    fs = fsspec.filesystem("memory")
    root = f"/seeds-{uuid.uuid4().hex[:8]}"
    for name, data in ARTICLES.items():
        fs.pipe_file(f"{root}/{name}", data)
    fs.pipe_file(f"{root}/.git/hidden.txt", b"Hidden\n\nNot an article of the site.\n")
    fs.pipe_file(f"{root}/notes.pdf", b"%PDF")
    yield f"memory://{root}"
    fs.rm(root, recursive=True)


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".briefgen")}


def test_a_memory_url_is_scanned_with_the_folder_rules(memory_seeds):
    scan = scan_articles(memory_seeds)
    assert list(scan.found) == [f"{memory_seeds}/prisoner-exchange-kyiv.txt", f"{memory_seeds}/sub/2025-05-20-rubio-senate.md"]
    assert scan.unreadable == () and scan.skipped == ()
    assert seeds_location(memory_seeds) == memory_seeds
    assert seeds_location("file:///tmp/x") == Path("/tmp/x")  # a file:// URL takes the local fast path


def test_articles_at_a_url_are_read_and_named_by_it(memory_seeds, nlp):
    results = list(brief_paths(scan_articles(memory_seeds).found, nlp=nlp))
    assert all(isinstance(r, Briefing) for r in results)
    assert [r.article.path for r in results] == [f"{memory_seeds}/prisoner-exchange-kyiv.txt", f"{memory_seeds}/sub/2025-05-20-rubio-senate.md"]
    assert [r.article.name for r in results] == ["prisoner-exchange-kyiv", "2025-05-20-rubio-senate"]
    assert results[1].article.meta.date == "2025-05-20"


def test_briefgen_build_from_memory_and_file_urls_matches_the_folder(memory_seeds, tmp_path, capsys):
    folder = tmp_path / "seeds"
    for name, data in ARTICLES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
    assert main(["build", str(folder), "--out", str(tmp_path / "local"), "--no-cache"]) == 0
    assert main(["build", folder.as_uri(), "--out", str(tmp_path / "file-url"), "--no-cache"]) == 0
    assert main(["build", memory_seeds, "--out", str(tmp_path / "memory"), "--no-cache"]) == 0
    local = _tree(tmp_path / "local")
    assert _tree(tmp_path / "file-url") == local  # byte for byte, the JSON's paths too
    remote = _tree(tmp_path / "memory")
    assert remote.keys() == local.keys()
    for name, data in local.items():
        if name.endswith(".json"):
            mine, theirs = json.loads(remote[name]), json.loads(data)
            assert mine == theirs  # the JSON names no path
        else:
            assert remote[name] == data, name
    assert "2 briefed, 0 failed" in capsys.readouterr().err


def test_a_url_that_cannot_be_listed_or_opened_is_one_line_naming_it_and_removes_nothing(memory_seeds, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["build", memory_seeds, "--out", str(out), "--no-cache"]) == 0
    before = _tree(out)
    capsys.readouterr()
    assert main(["build", "memory://nothing-here-at-all", "--out", str(out), "--no-cache"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err[0] == "error: memory://nothing-here-at-all: no such file or folder; no articles are built"
    assert {k: v for k, v in _tree(out).items() if k.endswith(".json")} == {k: v for k, v in before.items() if k.endswith(".json")}
    assert main(["build", "nosuchprotocol://x", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [err[0]] and err[0].startswith("error: nosuchprotocol://x: cannot open the seeds")


def test_the_plugins_seeds_option_takes_a_url(memory_seeds, tmp_path):
    from site_project import build_site_dir, make_site_project

    config = make_site_project(tmp_path / "project", {})
    text = config.read_text(encoding="utf-8")
    assert "seeds: seeds" in text
    config.write_text(text.replace("seeds: seeds", f"seeds: {memory_seeds}"), encoding="utf-8")
    site = build_site_dir(config)
    assert (site / "briefings" / "prisoner-exchange-kyiv" / "index.html").is_file()
    assert (site / "briefings" / "2025-05-20-rubio-senate" / "index.html").is_file()
