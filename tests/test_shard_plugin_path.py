"""The plugin's ``mkdocs build`` with ``shard_by`` publishes the site ``briefgen build --shard-by`` publishes (#18).

Both adapters plan the shards with one function (``shard_build.plan_site``): the
actor pages in actor shards, and past a bound the portal's list pages in list
shards, each published in its folder beside the portal's own pages there
(``actors/index.html`` beside the actor shards in ``actors/``). The plugin's
portal is MkDocs' own build into ``site/``, so its publishing must keep the
portal's files in those folders, and the site's own files there, which it
never overwrites. Real builds, both paths, on a copy of the repository's set-up;
the bounds are made small so that the fixtures' few actors and list pages fill
several shards of each kind.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from site_project import build_site_dir, make_site_project
from test_shards_build import _articles, broken_links, misled_tag_chips

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

#: Hand-written files of the site's docs in the folders the actor and list shards are published in.
OWN = {"actors/notes.txt": b"notes by hand\n", "actors/index/mine.csv": b"a,b\n1,2\n", "timeline/about.txt": b"about\n"}


def _project(root: Path, *, plugin: bool) -> Path:
    config = make_site_project(root, _articles())
    for rel, data in OWN.items():
        (root / "site_src" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "site_src" / rel).write_bytes(data)
    text = config.read_text(encoding="utf-8") + "site_url: https://example.org/\n"  # at the root: 404.html links /assets/
    if plugin:
        assert "      cache_dir: .cache/briefgen\n" in text
        text = text.replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n      jobs: 2\n")
    config.write_text(text, encoding="utf-8")
    return config


@pytest.fixture
def small_bounds(monkeypatch):
    from briefgen.site import shards

    monkeypatch.setattr(shards, "ACTOR_SHARD_PAGES", 4)
    monkeypatch.setattr(shards, "LIST_SHARD_PAGES", 3)


def _cli(config: Path, out: Path) -> Path:
    args = ["build", str(config.parent / "seeds"), "--out", str(out), "--shard-by", "month", "--mkdocs-config", str(config), "--jobs", "2"]
    assert main(args) == EXIT_OK
    return config.parent / "site"


def _files(site: Path) -> dict[str, bytes]:
    """Every file a reader is served, but the search index (Pagefind's own bytes vary between runs) and hidden ones (the build lock)."""
    files = {p.relative_to(site).as_posix(): p for p in site.rglob("*") if p.is_file()}
    return {rel: p.read_bytes() for rel, p in files.items() if not rel.startswith(("pagefind/", "."))}


def _links(html: bytes) -> list[str]:
    return re.findall(r'(?:href|src)="([^"]*)"', html.decode("utf-8"))


def _own(site: Path) -> dict[str, bytes | None]:
    return {rel: (site / rel).read_bytes() if (site / rel).is_file() else None for rel in OWN}


def test_mkdocs_build_publishes_the_site_briefgen_build_publishes(tmp_path, small_bounds, caplog):
    cli_site = _cli(_project(tmp_path / "cli", plugin=False), tmp_path / "out")
    config = _project(tmp_path / "plugin", plugin=True)
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefgen"):
        plugin_site = build_site_dir(config, strict=True)
    built = re.search(r"shards: (\d+) built, 0 unchanged", caplog.text)
    cli, plugin = _files(cli_site), _files(plugin_site)
    actor_pages = [rel for rel in plugin if re.fullmatch(r"actors/[a-z0-9-]+/index\.html", rel) and not rel.startswith("actors/index/")]
    assert len(actor_pages) >= 4 and "actors/index.html" in plugin and "timeline/index.html" in plugin
    # the shards are the CLI's: actor shards and list shards beside the periods (the portal is MkDocs' own build here)
    shard_sitemaps = sorted(rel for rel in plugin if re.fullmatch(r".*/sitemap-(actors|lists)-.*\.xml", rel))
    assert any("/sitemap-actors-" in rel for rel in shard_sitemaps) and any("/sitemap-lists-" in rel for rel in shard_sitemaps)
    assert built and int(built.group(1)) == len({rel.rsplit("-", 1)[0] for rel in shard_sitemaps}) + 4  # + the 4 periods
    # the same files at the same paths, every page linking the same places; the pages are the same bytes, and the
    # portal's sitemap lists the same pages (MkDocs lists them in the order of its files, the site's own first)
    assert sorted(plugin) == sorted(cli)
    html = [rel for rel in cli if rel.endswith(".html")]
    assert len(html) >= 25
    assert {rel: _links(plugin[rel]) for rel in html} == {rel: _links(cli[rel]) for rel in html}
    assert [rel for rel in cli if plugin[rel] != cli[rel] and not rel.startswith("sitemap-")] == []
    for rel in (rel for rel in cli if rel.startswith("sitemap-")):
        assert sorted(re.findall(r"<url>.*?</url>", plugin[rel].decode(), re.S)) == sorted(re.findall(r"<url>.*?</url>", cli[rel].decode(), re.S))
    followed, broken = broken_links(plugin_site)
    assert broken == [] and followed > 500
    chips, misled = misled_tag_chips(plugin_site)
    assert misled == [] and chips > 0
    assert _own(plugin_site) == OWN and _own(cli_site) == OWN


def test_mkdocs_build_never_overwrites_the_sites_own_files_beside_the_shards(tmp_path, small_bounds, caplog):
    """The site's own files in ``actors/`` and ``timeline/`` stay, build after build; an own page at an actor page's path
    is replaced by the generated page, and a warning says so, as without shards."""
    config = _project(tmp_path / "plugin", plugin=True)
    mine = b"<html><body>my own page</body></html>\n"
    (config.parent / "site_src" / "actors" / "tony-blair").mkdir(parents=True)
    (config.parent / "site_src" / "actors" / "tony-blair" / "index.html").write_bytes(mine)
    site = build_site_dir(config, strict=False)
    assert _own(site) == OWN
    published = (site / "actors" / "tony-blair" / "index.html").read_bytes()
    assert published != mine and b"Tony Blair" in published
    caplog.clear()
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefgen"):
        build_site_dir(config, strict=False)  # MkDocs empties site/; nothing changed, so no shard is built
    assert re.search(r"shards: 0 built, \d+ unchanged", caplog.text)
    assert _own(site) == OWN and (site / "actors" / "tony-blair" / "index.html").read_bytes() == published
    warned = [r.getMessage() for r in caplog.records if "own docs" in r.getMessage()]
    assert len(warned) == 1 and warned[0].startswith(f"{site / 'actors' / 'tony-blair' / 'index.html'}: a file of the site's own docs")
    # the source files are the user's, untouched
    assert (config.parent / "site_src" / "actors" / "tony-blair" / "index.html").read_bytes() == mine
    assert all((config.parent / "site_src" / rel).read_bytes() == data for rel, data in OWN.items())


@pytest.mark.parametrize("plugin", [False, True], ids=["briefgen build", "mkdocs build"])
def test_list_pages_that_cross_the_bound_move_and_come_back(tmp_path, monkeypatch, plugin):
    """Rebuilds of one site as its list pages pass the bound and fall under it again: the list pages move into list
    shards (the portal's dirty build drops their output) at the same URLs, every link still leads to a file, and
    back under the bound the site is the first build's, byte for byte."""
    from briefgen.site import shards

    monkeypatch.setattr(shards, "ACTOR_SHARD_PAGES", 4)
    config = _project(tmp_path / "project", plugin=plugin)

    def build(bound: int) -> dict[str, bytes]:
        monkeypatch.setattr(shards, "LIST_SHARD_PAGES", bound)
        site = build_site_dir(config, strict=True) if plugin else _cli(config, tmp_path / "out")
        assert broken_links(site)[1] == []
        return _files(site)

    first = build(1_000)
    assert not any("/sitemap-lists-" in rel for rel in first)
    moved = build(3)
    assert any("/sitemap-lists-" in rel for rel in moved)
    pages = lambda files: sorted(rel for rel in files if rel.endswith(".html"))  # noqa: E731
    assert pages(moved) == pages(first)
    assert build(1_000) == first
