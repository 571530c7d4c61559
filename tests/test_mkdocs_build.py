"""In-process ``mkdocs build`` of a small site with the briefgen plugin."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


def make_project(tmp_path: Path, articles: dict[str, bytes]) -> Path:
    """A copy of the repo's site set-up with its own seeds folder."""
    shutil.copytree(REPO / "site_src", tmp_path / "site_src")
    shutil.copy(REPO / "mkdocs.yml", tmp_path / "mkdocs.yml")
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, data in articles.items():
        (seeds / name).write_bytes(data)
    return tmp_path / "mkdocs.yml"


def run_build(config_file: Path, *, strict: bool = False) -> Path:
    cfg = load_config(config_file=str(config_file), strict=strict)
    build(cfg)
    return Path(cfg.site_dir)


@pytest.fixture(scope="module")
def seed_bytes() -> bytes:
    return (REPO / "seeds" / "000_254a3b9810478911.txt").read_bytes()


def test_site_has_the_briefing_and_search_finds_actors(tmp_path, seed_bytes):
    config = make_project(tmp_path, {"000_254a3b9810478911.txt": seed_bytes})
    site = run_build(config, strict=True)
    page = site / "briefings" / "000-254a3b9810478911" / "index.html"
    html = page.read_text(encoding="utf-8")
    for section in ("Summary", "Actors", "Demands", "Quotes", "Outlook", "Source article"):
        assert f">{section}" in html, section
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    hits = [d["location"] for d in index["docs"] if "Medinsky" in d["text"] or "Medinsky" in d["title"]]
    assert any(h.startswith("briefings/000-254a3b9810478911/") for h in hits)
    assert (site / "briefings" / "index.html").is_file()
    # nothing was written into the docs folder
    assert sorted(p.name for p in (tmp_path / "site_src").iterdir()) == sorted(p.name for p in (REPO / "site_src").iterdir())


def test_a_broken_article_is_a_warning_and_others_still_build(tmp_path, seed_bytes, caplog):
    config = make_project(tmp_path, {"good.txt": seed_bytes, "broken.txt": b"\x89PNG\r\n\x1a\n\x00\x00"})
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefgen"):
        site = run_build(config)
    assert (site / "briefings" / "good" / "index.html").is_file()
    messages = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen"]
    assert any("broken.txt" in m and "PNG" in m for m in messages), messages


def test_strict_turns_the_warning_into_a_failure(tmp_path, seed_bytes):
    config = make_project(tmp_path, {"good.txt": seed_bytes, "empty.txt": b"   \n"})
    with pytest.raises(Abort):
        run_build(config, strict=True)


def test_site_templates_override_the_shipped_ones(tmp_path, seed_bytes):
    config = make_project(tmp_path, {"a.txt": seed_bytes})
    templates = tmp_path / "my_templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("{{ front_matter }}\n# Custom: {{ article.title }}\n", encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      templates: my_templates\n")
    config.write_text(text, encoding="utf-8")
    site = run_build(config)
    html = (site / "briefings" / "a" / "index.html").read_text(encoding="utf-8")
    assert "Custom: Peace Hopes Fizzle" in html
