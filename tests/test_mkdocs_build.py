"""In-process ``mkdocs build`` of a small site with the briefgen plugin."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort
from site_project import build_site_dir, make_site_project

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def seed_bytes() -> bytes:
    return (REPO / "seeds" / "000_254a3b9810478911.txt").read_bytes()


def test_site_has_the_briefing_and_a_search_index_of_every_page(tmp_path, seed_bytes):
    config = make_site_project(tmp_path, {"000_254a3b9810478911.txt": seed_bytes})
    site = build_site_dir(config, strict=True)
    page = site / "briefings" / "000-254a3b9810478911" / "index.html"
    html = page.read_text(encoding="utf-8")
    for section in ("Summary", "Actors", "Demands", "Quotes", "Outlook", "Source article"):
        assert f">{section}" in html, section
    assert (site / "briefings" / "index.html").is_file()
    # search is Pagefind's chunked index, not one whole-site lunr index every visitor downloads
    assert not (site / "search" / "search_index.json").exists()
    entry = json.loads((site / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))
    pages = [p for p in site.rglob("*.html") if not p.relative_to(site).parts[0] == "pagefind"]
    assert entry["languages"]["en"]["page_count"] == len(pages)
    assert 'data-pagefind-filter="kind:briefing"' in html
    actors = (site / "actors" / "index.html").read_text(encoding="utf-8")  # one briefing: its actors are index entries
    assert 'data-pagefind-filter="kind:actor"' in actors and 'id="vladimir-medinsky"' in actors
    for built in pages:  # every page mounts the search box
        assert "assets/briefgen-search.js" in built.read_text(encoding="utf-8"), built
    assert max(f.stat().st_size for f in site.rglob("*") if f.is_file()) <= 2_000_000
    # nothing was written into the docs folder
    assert sorted(p.name for p in (tmp_path / "site_src").iterdir()) == sorted(p.name for p in (REPO / "site_src").iterdir())


def test_a_broken_article_is_a_warning_and_others_still_build(tmp_path, seed_bytes, caplog):
    config = make_site_project(tmp_path, {"good.txt": seed_bytes, "broken.txt": b"\x89PNG\r\n\x1a\n\x00\x00"})
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefgen"):
        site = build_site_dir(config)
    assert (site / "briefings" / "good" / "index.html").is_file()
    messages = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen"]
    assert any("broken.txt" in m and "PNG" in m for m in messages), messages


def test_strict_turns_the_warning_into_a_failure(tmp_path, seed_bytes):
    config = make_site_project(tmp_path, {"good.txt": seed_bytes, "empty.txt": b"   \n"})
    with pytest.raises(Abort):
        build_site_dir(config, strict=True)


def test_site_templates_override_the_shipped_ones(tmp_path, seed_bytes):
    config = make_site_project(tmp_path, {"a.txt": seed_bytes})
    templates = tmp_path / "my_templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text("{{ front_matter }}\n# Custom: {{ article.title }}\n", encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      templates: my_templates\n")
    config.write_text(text, encoding="utf-8")
    site = build_site_dir(config)
    html = (site / "briefings" / "a" / "index.html").read_text(encoding="utf-8")
    assert "Custom: Peace Hopes Fizzle" in html


def test_search_off_builds_no_index_and_mounts_no_box(tmp_path, seed_bytes):
    config = make_site_project(tmp_path, {"a.txt": seed_bytes})
    config.write_text(config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      search: false\n"), encoding="utf-8")
    site = build_site_dir(config, strict=True)
    assert not (site / "pagefind").exists()
    assert "briefgen-search.js" not in (site / "briefings" / "a" / "index.html").read_text(encoding="utf-8")
