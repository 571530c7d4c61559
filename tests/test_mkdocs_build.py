"""In-process ``mkdocs build`` of a small site with the briefgen plugin."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from mkdocs.config import load_config
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
    assert 'id="vladimir-medinsky"' in actors
    # a list of actors, like the timeline and the briefings index, is no actor: it is outside the "actor" filter (#18)
    assert 'data-pagefind-filter="kind:' not in actors
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


def test_serve_watches_the_shipped_templates_and_a_templates_folder_named_later(tmp_path, seed_bytes):
    """#16: ``mkdocs serve`` rebuilt on seeds only; the shipped templates were not watched, and a
    templates folder added to mkdocs.yml while serving was not watched until a restart.
    The real live-reload server, as ``mkdocs serve`` makes it (its watches, not its socket)."""
    from mkdocs.livereload import LiveReloadServer

    from briefgen.mkdocs_plugin import SHIPPED_TEMPLATES

    config_file = make_site_project(tmp_path, {"a.txt": seed_bytes})
    config = load_config(config_file=str(config_file))
    config.plugins.on_startup(command="serve", dirty=False)
    server = LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=8000, root=str(tmp_path / "site"))
    plugin = config.plugins["briefgen"]
    try:
        config.plugins.on_config(config)  # the first build
        config.plugins.on_serve(server, config=config, builder=lambda: None)
        seeds = str((tmp_path / "seeds").resolve())
        assert {seeds, str(SHIPPED_TEMPLATES)} <= set(server._watched_paths)

        (tmp_path / "my_templates").mkdir()
        text = config_file.read_text(encoding="utf-8")
        config_file.write_text(text.replace("      seeds: seeds\n", "      seeds: seeds\n      templates: my_templates\n"), encoding="utf-8")
        changed = load_config(config_file=str(config_file))  # what serve does when mkdocs.yml changes
        assert changed.plugins["briefgen"] is plugin
        changed.plugins.on_config(changed)
        assert str((tmp_path / "my_templates").resolve()) in server._watched_paths

        config_file.write_text(text, encoding="utf-8")
        back = load_config(config_file=str(config_file))
        back.plugins.on_config(back)
        assert str((tmp_path / "my_templates").resolve()) not in server._watched_paths
        assert seeds in server._watched_paths
    finally:
        config.plugins.on_shutdown()


def test_a_site_stylesheet_adds_to_the_shipped_one(tmp_path, seed_bytes):
    """#16: a site's ``briefgen.css`` replaced the shipped stylesheet (and with it the relation map's layout)."""
    config = make_site_project(tmp_path, {"a.txt": seed_bytes})
    (tmp_path / "my_templates").mkdir()
    (tmp_path / "my_templates" / "briefgen.css").write_text(".bg-src:target { background-color: #b3e5fc; }\n", encoding="utf-8")
    text = config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      templates: my_templates\n")
    config.write_text(text, encoding="utf-8")
    css = (build_site_dir(config) / "assets" / "briefgen.css").read_text(encoding="utf-8")
    assert "svg.bg-relations" in css  # the shipped rules stay
    assert css.index("#fff59d") < css.index("#b3e5fc")  # the site's own come after, so they win


def test_the_home_page_is_generated_unless_the_site_has_its_own(tmp_path, seed_bytes):
    """#16: the home page is the news; a site's own ``index.md`` in its docs folder still wins, without a warning."""
    dated = seed_bytes.replace(b"\n", b"\nPublished: 16 May 2025\n", 1)
    config = make_site_project(tmp_path / "generated", {"talks.txt": dated})
    home = (build_site_dir(config, strict=True) / "index.html").read_text(encoding="utf-8")
    assert "Latest briefings" in home and 'href="briefings/talks/"' in home and "2025-05-16" in home

    config = make_site_project(tmp_path / "own", {"talks.txt": dated})
    (tmp_path / "own" / "site_src" / "index.md").write_text("# Our desk\n\nWelcome.\n", encoding="utf-8")
    home = (build_site_dir(config, strict=True) / "index.html").read_text(encoding="utf-8")
    assert "Our desk" in home and "Latest briefings" not in home
