"""Sharded publishing end to end (#18): real MkDocs builds per shard, one Pagefind index, every link followed, rebuilds counted.

The project is a copy of the repository's ``mkdocs.yml`` set-up (theme, nav,
plugins) with a few dated and undated articles; ``briefgen build --shard-by
month`` and ``mkdocs build`` with ``shard_by: month`` publish it. Nothing is mocked.
"""

from __future__ import annotations

from collections.abc import Iterator
import gzip
import json
import posixpath
import re
import shutil
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from site_project import REPO, build_site_dir, make_site_project

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

FIXTURES = REPO / "tests" / "fixtures" / "articles"

EXTRA = {
    "2025-04-03-blair-talks.txt": (
        "Blair and Rubio meet in London\n\n"
        "Tony Blair met Marco Rubio in London on Thursday to discuss the talks with Russia.\n\n"
        '"We want a ceasefire now," Tony Blair said after the meeting.\n\n'
        "Marco Rubio said the United States would keep pressing Russia to return to the table next week.\n"
    ),
    "2025-04-20-blair-again.txt": (
        "Blair returns to Washington\n\n"
        "Tony Blair travelled to Washington on Monday for new talks with Marco Rubio.\n\n"
        '"The talks must go on," Marco Rubio told reporters.\n'
    ),
}
#: About no one the other articles name, in a month of its own: it touches its period and the portal only.
LONE = (
    "2025-07-01-harvest.txt",
    "Harvest festival opens in Ludlow\n\n"
    "The Ludlow food festival opened on Saturday with more than 150 stalls.\n\n"
    '"It is our busiest year," said organiser Jane Whitcombe.\n',
)
#: Another such article, a day later in the same month: that period is built again, dirty.
LONE_TOO = (
    "2025-07-02-regatta.txt",
    "Regatta returns to Henley\n\n"
    "The Henley regatta returned on Sunday after two quiet years.\n\n"
    '"We have missed the river," said rower Tom Ashdown.\n',
)


def _articles() -> dict[str, bytes]:
    found = {p.name: p.read_bytes() for p in FIXTURES.iterdir() if p.is_file()}
    return found | {name: text.encode() for name, text in EXTRA.items()}


def _html_pages(site: Path) -> Iterator[tuple[str, str]]:
    """``(path in the site, text)`` of every HTML page of ``site`` but Pagefind's own, in path order."""
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site).as_posix()
        if not rel.startswith("pagefind/"):
            yield rel, page.read_text(encoding="utf-8")


def broken_links(site: Path) -> tuple[int, list[tuple[str, str]]]:
    """Follow every ``href``/``src`` of every HTML page of ``site`` to a file: ``(links followed, broken ones)``.

    Relative links resolve from the page's folder, ``/`` links from the site
    root; a folder counts when it holds ``index.html``. External URLs and
    same-page anchors are not followed.
    """
    followed, broken = 0, []
    for rel, html in _html_pages(site):
        for target in re.findall(r'(?:href|src)="([^"]*)"', html):
            if not target or target.startswith(("#", "http:", "https:", "mailto:", "data:", "javascript:")):
                continue
            path = unquote(urlsplit(target).path)
            if not path:
                continue
            if path.startswith("/"):
                resolved = posixpath.normpath(path.lstrip("/") or ".")
            else:
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
            followed += 1
            file = site / resolved
            if resolved.startswith("..") or not (file.is_file() or (file / "index.html").is_file()):
                broken.append((rel, target))
    return followed, broken


def _resolve(page: str, target: str) -> str:
    """The site path a relative link ``target`` on the page at site path ``page`` leads to (a folder: its ``index.html``)."""
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), unquote(urlsplit(target).path)))
    return resolved if resolved.endswith(".html") else f"{resolved}/index.html"


def misled_tag_chips(site: Path, prefix: str = "briefings") -> tuple[int, list[tuple[str, str]]]:
    """#18: follow every tag chip of every briefing page of ``site``: ``(chips, the ones that do not lead to a listing of
    that tag with that briefing under it)`` — a chip without a link, a page or anchor that is not there, a tag heading
    whose list does not link back to the briefing."""
    chips, wrong = 0, []
    for page in sorted(site.glob(f"{prefix}/*/**/*.html")):  # a briefing's page, with or without directory URLs
        rel = page.relative_to(site).as_posix()
        nav = re.search(r'<nav class="md-tags"[^>]*>(.*?)</nav>', page.read_text(encoding="utf-8"), re.S)
        for tag, href, name in re.findall(r'<(a|span)(?: href="([^"]*)")? class="md-tag[^"]*">([^<]*)</\1>', nav.group(1) if nav else ""):
            chips += 1
            target = site / _resolve(rel, href) if href else None
            if target is None or "#" not in href or not target.is_file():
                wrong.append((rel, f"{name}: {href or 'no link'}"))
                continue
            listing = target.read_text(encoding="utf-8")
            anchor = href.split("#", 1)[1]
            section = re.search(rf'<h2 id="{re.escape(anchor)}">\s*<span class="md-tag">([^<]*)</span>.*?</h2>(.*?)(?=<h2 |</article>)', listing, re.S)
            listed = [_resolve(target.relative_to(site).as_posix(), a) for a in re.findall(r'href="([^"#]+)"', section.group(2))] if section else []
            if not section or section.group(1) != name or rel not in listed:
                wrong.append((rel, f"{name}: {href}"))
    return chips, wrong


def indexed_urls(site: Path) -> set[str]:
    """The URL of every page in the site's one Pagefind index (its fragments are gzip'd JSON); ``site`` may be an index folder."""
    urls = set()
    folder = site if (site / "fragment").is_dir() else site / "pagefind"
    for fragment in (folder / "fragment").iterdir():
        data = gzip.decompress(fragment.read_bytes()).removeprefix(b"pagefind_dcd")
        urls.add(json.loads(data)["url"])
    return urls


#: Actor pages per actor shard in the CLI site's builds: few, so that its actors are spread over several shards (#18)
#: and links between actor pages cross shards.
FEW_ACTOR_PAGES = 4


@pytest.fixture
def cli_site(tmp_path_factory):
    """A CLI build, then one more article, then no change: the stderr of the three builds."""
    from briefgen.site import shards as shards_module

    root = tmp_path_factory.mktemp("sharded")
    config = make_site_project(root / "project", _articles())
    args = ["build", str(root / "project" / "seeds"), "--out", str(root / "out"), "--shard-by", "month"]
    args += ["--mkdocs-config", str(config), "--cache-dir", str(root / "cache"), "--jobs", "2"]
    patch = pytest.MonkeyPatch()
    patch.setattr(shards_module, "ACTOR_SHARD_PAGES", FEW_ACTOR_PAGES)
    yield root, config, args
    patch.undo()


def _build(args, capsys) -> str:
    assert main(args) == EXIT_OK
    return capsys.readouterr().err


def test_sharded_site_one_index_links_and_incremental_rebuild(cli_site, capsys, monkeypatch):
    from briefgen.site.index_db import SiteIndex

    root, config, args = cli_site
    site = root / "project" / "site"
    added: list[str] = []
    add = SiteIndex.add
    monkeypatch.setattr(SiteIndex, "add", lambda self, briefing: (added.append(briefing.article.name), add(self, briefing))[1])
    err = _build(args, capsys)
    # #18: the actor pages in actor shards of FEW_ACTOR_PAGES pages each (about), built after the portal
    built = re.search(r"shards: \d+ built \(([^)]*)\), 0 unchanged", err).group(1).split(", ")
    actor_shards = [name for name in built if name.startswith("actors-")]
    assert built == ["portal", *actor_shards, "2025-04", "2025-05", "2025-06", "undated"] and len(actor_shards) >= 2, built
    every = 5 + len(actor_shards)
    # #18: each article is indexed once, into the index the shards are made from (it was indexed privately for OUT's pages first)
    assert sorted(added) == sorted(set(added)) and len(added) == len(_articles())
    monkeypatch.undo()
    # OUT holds the pages the shards were cut from, laid out as the config says (briefings under its `output`), and the JSON
    assert (root / "out" / "briefings" / "2025-04-03-blair-talks.md").is_file() and (root / "out" / "2025-04-03-blair-talks.json").is_file()
    assert (root / "out" / "actors" / "tony-blair.md").is_file() and (root / "out" / "index.md").is_file()

    # one MkDocs build per period under briefings/, the portal at the root
    assert (site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / "index.html").is_file()
    assert (site / "briefings" / "undated" / "analysis-what-next" / "index.html").is_file()
    assert (site / "actors" / "tony-blair" / "index.html").is_file()
    assert (site / "index.html").is_file() and (site / "timeline" / "index.html").is_file()
    assert not (site / "briefings" / "2025-04" / "404.html").exists()  # a host serves the root's
    # #18: the theme's files once, the portal's: a period's pages load them from the root (relative URLs, so any host and file://)
    assert (site / "assets" / "javascripts").is_dir() and not list(site.glob("briefings/*/assets"))
    period_page = (site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / "index.html").read_text(encoding="utf-8")
    bundle = re.search(r'src="([^"]*assets/javascripts/bundle\.[0-9a-f]+\.min\.js)"', period_page)
    assert bundle and bundle.group(1).startswith("../../../assets/"), bundle
    assert (site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / bundle.group(1)).resolve().is_file()

    # every link of every page leads to a file: briefing -> actor, actor -> briefing, nav, assets, threads
    followed, broken = broken_links(site)
    assert broken == [] and followed > 500
    # #18: every tag chip of every briefing opens its period's tags page, which lists the briefing under that tag ...
    chips, misled = misled_tag_chips(site)
    assert misled == [] and chips >= 2 * len(_articles()), (chips, misled)
    assert 'href="../tags/#tag:tony-blair"' in (site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / "index.html").read_text(encoding="utf-8")
    # ... and the site's Tags page links each period's, newest first
    tags = (site / "tags" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(\.\./briefings/[^"]*/tags/)"', tags) == [f"../briefings/{p}/tags/" for p in ("2025-06", "2025-05", "2025-04", "undated")]
    assert 'href="../../../tags/"' in (site / "briefings" / "2025-04" / "tags" / "index.html").read_text(encoding="utf-8")
    blair = (site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / "index.html").read_text(encoding="utf-8")
    assert 'href="../../../actors/tony-blair/"' in blair
    assert 'href="../2025-04-20-blair-again/"' in blair  # the story thread's next briefing, same shard
    actor = (site / "actors" / "tony-blair" / "index.html").read_text(encoding="utf-8")
    assert "../../briefings/2025-04/2025-04-03-blair-talks/" in actor
    # the theme's scope (where it keeps the reader's palette) is the site's root on every page, as the portal's is
    assert '__md_scope=new URL("../../..",location)' in blair and '"base": "../../.."' in blair
    assert '__md_scope=new URL("../..",location)' in actor and '"base": "../.."' in actor
    assert '__md_scope=new URL(".",location)' in (site / "index.html").read_text(encoding="utf-8")
    feed = (site / "feed.xml").read_text(encoding="utf-8")
    assert "briefings/2025-06/2025-06-02-istanbul-second-round/" in feed

    # one Pagefind index over all shards; every page loads the search script once, from the portal
    assert [p.relative_to(site).as_posix() for p in site.rglob("pagefind-entry.json")] == ["pagefind/pagefind-entry.json"]
    # what only a rebuild reads (the base's page list) is in the state folder, not published (#18)
    assert (root / "out" / ".briefgen-shards" / "search-base.json.gz").is_file() and not list(site.rglob("*base.json.gz"))
    urls = indexed_urls(site)
    assert {"/actors/tony-blair/", "/briefings/2025-04/2025-04-03-blair-talks/", "/briefings/undated/analysis-what-next/"} <= urls
    assert 'src="../../../assets/briefgen-search.js"' in blair

    # one new article: its period (a new one) and the portal are built, the rest reused
    untouched = site / "actors" / "tony-blair" / "index.html"
    kept = untouched.stat().st_ino
    other_period = site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / "index.html"
    linked = other_period.stat().st_ctime_ns  # changes when the file is unlinked and linked again
    fragments = {p.name: p.stat().st_ino for p in (site / "pagefind" / "fragment").iterdir()}
    (root / "project" / "seeds" / LONE[0]).write_text(LONE[1], encoding="utf-8")
    from briefgen.site import shards as shards_module

    planned, rewritten = [], []  # #18: the last plan's link records (STATE/shard-links.sqlite) serve the unchanged pages
    kept_links, rewrite = shards_module.rewrite_links_kept, shards_module._rewrite
    monkeypatch.setattr(shards_module, "rewrite_links_kept", lambda content, path, **k: planned.append(path) or kept_links(content, path, **k))
    monkeypatch.setattr(shards_module, "_rewrite", lambda content, path, **k: rewritten.append(path) or rewrite(content, path, **k))
    err = _build(args, capsys)
    monkeypatch.undo()
    assert 0 < len(rewritten) < len(planned) / 2 and "briefings/2025-04-03-blair-talks.md" not in rewritten, (len(rewritten), len(planned))
    assert f"shards: 2 built (portal, 2025-07), {every - 1} unchanged" in err  # its actors have no page: no actor shard
    # publishing touched only what the two builds wrote: a shard not built keeps its files in site/ as they were
    assert other_period.stat().st_ctime_ns == linked
    # ... and the search index was updated, not written from scratch: unchanged pages' fragments are the same files
    after = {p.name: p.stat().st_ino for p in (site / "pagefind" / "fragment").iterdir()}
    assert sum(after.get(name) == ino for name, ino in fragments.items()) > len(fragments) // 2
    # the portal was built dirty: a page the article does not touch was not rendered again (same file, hard-linked) ...
    assert untouched.stat().st_ino == kept
    # another article in that month: the period is built dirty too (the first article's page is not rendered again)
    harvest = site / "briefings" / "2025-07" / "2025-07-01-harvest" / "index.html"
    kept = harvest.stat().st_ino
    (root / "project" / "seeds" / LONE_TOO[0]).write_text(LONE_TOO[1], encoding="utf-8")
    err = _build(args, capsys)
    assert f"shards: 2 built (portal, 2025-07), {every - 1} unchanged" in err
    assert harvest.stat().st_ino == kept and (site / "briefings" / "2025-07" / "2025-07-02-regatta" / "index.html").is_file()
    # the dirty build wrote the period's tags page again: both July briefings' chips lead to a listing of them
    chips, misled = misled_tag_chips(site)
    assert misled == [] and chips >= 2 * (len(_articles()) + 2)
    assert "2025-07-02-regatta" in (site / "briefings" / "2025-07" / "tags" / "index.html").read_text(encoding="utf-8")
    assert 'href="../briefings/2025-07/tags/"' in (site / "tags" / "index.html").read_text(encoding="utf-8")
    # ... and the site is byte for byte the one a build from scratch makes
    incremental = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    err = _build([*args[:3], str(root / "out-fresh-1"), *args[4:]], capsys)
    assert f"shards: {every + 1} built" in err
    assert {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts} == incremental
    assert (site / "briefings" / "2025-07" / "2025-07-01-harvest" / "index.html").is_file()
    assert (site / "briefings" / "2025-04" / "2025-04-03-blair-talks" / "index.html").read_text(encoding="utf-8") == blair
    assert broken_links(site)[1] == []
    assert "/briefings/2025-07/2025-07-01-harvest/" in indexed_urls(site)

    # nothing changed: nothing built, the site the same
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    err = _build(args, capsys)
    assert f"shards: 0 built, {every + 1} unchanged" in err
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    assert after == before

    # the articles removed: their period leaves the site
    (root / "project" / "seeds" / LONE[0]).unlink()
    (root / "project" / "seeds" / LONE_TOO[0]).unlink()
    err = _build(args, capsys)
    assert f"shards: 1 built (portal), {every - 1} unchanged" in err
    assert not (site / "briefings" / "2025-07").exists()
    # the search index was updated in place, and what left the site left it (no stale fragment: each holds a page's URL)
    urls = indexed_urls(site)
    assert not any(u.startswith("/briefings/2025-07/") for u in urls) and "/actors/tony-blair/" in urls
    assert len(list((site / "pagefind" / "fragment").iterdir())) == len(urls)
    assert broken_links(site)[1] == []

    # the same input from scratch (a new output folder, so no shard is reused): the same bytes
    before = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    fresh = [*args[:3], str(root / "out-fresh"), *args[4:]]
    err = _build(fresh, capsys)
    assert f"shards: {every} built" in err
    after = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    assert after == before


def test_plugin_shard_by_month(tmp_path, caplog, monkeypatch):
    """``mkdocs build`` with ``shard_by``: MkDocs builds the portal, the periods are built beside it and kept for the next build."""
    config = make_site_project(tmp_path / "project", _articles())
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n      jobs: 2\n"), encoding="utf-8")
    assert "shard_by: month" in config.read_text(encoding="utf-8")
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefgen"):
        site = build_site_dir(config, strict=True)
    assert "shards: 5 built, 0 unchanged" in caplog.text  # the 4 periods and, as with briefgen build, the actor pages' shard (#18)
    assert (site / "actors" / "tony-blair" / "index.html").is_file() and (site / "actors" / "index.html").is_file()
    assert "site index built from scratch (no index of an earlier build)" in caplog.text  # and kept for the next build (#18)
    assert (config.parent / ".cache" / "briefgen-shards" / "index.sqlite").is_file()
    assert (site / "briefings" / "2025-05" / "2025-05-20-rubio-senate" / "index.html").is_file()
    assert not (site / "briefings" / "2025-05-20-rubio-senate").exists()  # not in the portal
    followed, broken = broken_links(site)
    assert broken == [] and followed > 500
    assert "/briefings/2025-05/2025-05-20-rubio-senate/" in indexed_urls(site)
    # #18: the chips of the periods' briefings lead to their period's tags page; the site's Tags page (MkDocs' own) links them
    chips, misled = misled_tag_chips(site)
    assert misled == [] and chips >= 2 * len(_articles()), (chips, misled)
    tags = (site / "tags" / "index.html").read_text(encoding="utf-8")
    assert re.findall(r'href="(\.\./briefings/[^"]*/tags/)"', tags) == [f"../briefings/{p}/tags/" for p in ("2025-06", "2025-05", "2025-04", "undated")]

    caplog.clear()
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefgen"):
        build_site_dir(config, strict=True)  # MkDocs empties site/; the periods come back without a build
    assert "shards: 0 built, 5 unchanged" in caplog.text
    assert "site index built from scratch" not in caplog.text  # the last build's index, brought up to date
    assert (site / "briefings" / "2025-05" / "2025-05-20-rubio-senate" / "index.html").is_file()
    assert broken_links(site)[1] == []

    # #18: one new article: the search index kept from the last build grows by a delta (it was indexed whole every time),
    # its base page list in the state folder, not in the site
    (config.parent / "seeds" / LONE[0]).write_text(LONE[1], encoding="utf-8")
    caplog.clear()
    monkeypatch.setattr("briefgen.site.search.DELTA_SHARE", 0.5)  # a site of 28 pages: the article changes more than a tenth of them
    with caplog.at_level("INFO", logger="mkdocs.plugins.briefgen"):
        build_site_dir(config, strict=True)
    assert "shards: 1 built, 5 unchanged" in caplog.text  # its actors have no page: no actor shard
    assert re.search(r"search: \d+ pages indexed, \d+ in the delta index", caplog.text), caplog.text
    delta = json.loads((site / "pagefind" / "briefgen-delta.json").read_text(encoding="utf-8"))
    assert delta["pages"] > 0 and (site / "pagefind" / "delta" / "pagefind-entry.json").is_file()
    assert "/briefings/2025-07/2025-07-01-harvest/" in indexed_urls(site / "pagefind" / "delta")
    state = config.parent / ".cache" / "briefgen-shards"
    assert (state / "search-base.json.gz").is_file() and not list(site.rglob("*base.json.gz"))
    assert not (site / ".briefgen-pagefind").exists()  # kept aside while MkDocs emptied site/, and put back
    assert broken_links(site)[1] == []


def test_shards_build_on_a_dask_cluster(tmp_path):
    """With a scheduler the shard builds run on the cluster's workers; the pages are the ones a local build makes."""
    from distributed import LocalCluster

    from briefgen.ingest import find_articles  # noqa: F401 - the CLI's own import path
    from briefgen.records import Settings
    from briefgen.render import Renderer
    from briefgen.shard_build import build_sharded_site
    from briefgen.site import build_site

    config = make_site_project(tmp_path / "project", _articles())
    with build_site(tmp_path / "project" / "seeds", renderer=Renderer(), settings=Settings()) as build:
        briefings = [b for _, b in build.index.briefings()]
    local = build_sharded_site(briefings, renderer=Renderer(), config_file=config, shard_by="year", state_dir=tmp_path / "local", jobs=2)
    site = Path(local.site_dir)
    pages = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")}
    shutil.rmtree(site)
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        remote = build_sharded_site(
            briefings, renderer=Renderer(), config_file=config, shard_by="year", state_dir=tmp_path / "remote", scheduler=cluster.scheduler_address
        )
    assert sorted(remote.built) == sorted(["portal", "actors-1-of-1", "2025", "undated"])  # the actor pages: one actor shard
    assert {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*.html")} == pages
    assert all(run.seconds > 0 for run in remote.runs)


def broken_anchors(site: Path) -> tuple[int, list[tuple[str, str]]]:
    """Follow every link of every HTML page to an entry of the actors index (``…actors/index…#slug``): ``(followed, broken)``.

    An entry is broken when the page the link opens does not hold an element with that id.
    """
    followed, broken = 0, []
    for rel, html in _html_pages(site):
        for target in re.findall(r'href="([^"]*actors/[^"]*#[^"]+)"', html):
            path, anchor = unquote(urlsplit(target).path), urlsplit(target).fragment
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
            file = site / resolved if resolved.endswith(".html") else site / resolved / "index.html"
            followed += 1
            if not file.is_file() or f'id="{anchor}"' not in file.read_text(encoding="utf-8"):
                broken.append((rel, target))
    return followed, broken


@pytest.mark.parametrize("shard_by", [None, "month"], ids=["one-build", "sharded"])
def test_an_actors_index_cut_into_pages_links_every_entry(tmp_path, monkeypatch, shard_by):
    """#18: the actors index in pages of at most PER_PAGE actors (2 here, so the fixtures' actors fill many pages):
    with ``mkdocs build`` (strict, anchors validated) and with ``shard_by`` (briefings in period shards, the index in
    the portal), every link to an actor's entry opens the index page holding it, and every page of the index is
    reached from its front page."""
    from briefgen.site import actors_index

    monkeypatch.setattr(actors_index, "PER_PAGE", 2)
    config = make_site_project(tmp_path / "project", _articles())
    if shard_by:
        text = config.read_text(encoding="utf-8")
        text = text.replace("      cache_dir: .cache/briefgen\n", f"      cache_dir: .cache/briefgen\n      shard_by: {shard_by}\n      jobs: 2\n")
        config.write_text(text + "site_url: https://example.org/\n", encoding="utf-8")  # at the root: 404.html links /assets/
    site = build_site_dir(config, strict=True)
    index_pages = sorted(p.relative_to(site).as_posix() for p in (site / "actors" / "index").rglob("index.html"))
    assert len(index_pages) > 5
    followed, broken = broken_anchors(site)
    assert broken == [] and followed > 20
    assert broken_links(site)[1] == []
    if shard_by:
        assert any((site / "briefings" / "2025-05").rglob("index.html"))
        # the root sitemap.xml is an index of the portal's sitemap (in pieces) and each period's; each names pages
        # where they are published, every page of the site once
        listed = re.findall(r"<loc>https://example.org/([^<]*)</loc>", (site / "sitemap.xml").read_text(encoding="utf-8"))
        assert "sitemap-1.xml" in listed and "briefings/2025-05/sitemap.xml" in listed
        assert gzip.decompress((site / "sitemap.xml.gz").read_bytes()) == (site / "sitemap.xml").read_bytes()
        in_sitemaps = []
        for sitemap in listed:
            urls = re.findall(r"<loc>https://example.org/([^<]*)</loc>", (site / sitemap).read_text(encoding="utf-8"))
            assert urls and all((site / url / "index.html").is_file() or (site / url).is_file() for url in urls), sitemap
            in_sitemaps += urls
        pages = {"" if p.parent == site else p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html")}
        assert len(in_sitemaps) == len(set(in_sitemaps)) and set(in_sitemaps) == {u for u in pages if not u.startswith("pagefind/")}
        briefing = next((site / "briefings" / "2025-05").glob("*/index.html"))
        canonical = re.search(r'<link rel="canonical" href="https://example.org/([^"]*)"', briefing.read_text(encoding="utf-8")).group(1)
        assert canonical == briefing.parent.relative_to(site).as_posix() + "/"
    # every page of the index is reached from the front page by its links
    seen, todo = set(), ["actors/index.html"]
    while todo:
        rel = todo.pop()
        if rel in seen:
            continue
        seen.add(rel)
        for target in re.findall(r'href="([^"#:]+)"', (site / rel).read_text(encoding="utf-8")):  # no external URLs
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(rel), unquote(target)))
            if resolved.startswith("actors/index"):
                todo.append(resolved if resolved.endswith(".html") else f"{resolved}/index.html")
    assert set(index_pages) <= seen


def test_a_period_shard_has_its_own_folder_as_site_url(tmp_path):
    """#18: a period shard's config kept the site's ``site_url``, so each briefing's canonical link and the period's
    sitemap named ``SITE/NAME/`` where the page is published at ``SITE/briefings/PERIOD/NAME/``."""
    from briefgen.shard_build import shard_config
    from briefgen.site.shards import Shard

    user = {"site_name": "x", "site_url": "https://example.org/news", "plugins": []}
    period = shard_config(
        Shard("2025-05", "briefings/2025-05", ()), user=user, config_dir=tmp_path, docs_dir=tmp_path, site_dir=tmp_path, directory_urls=True, search=False
    )
    portal = shard_config(Shard("portal", "", ()), user=user, config_dir=tmp_path, docs_dir=tmp_path, site_dir=tmp_path, directory_urls=True, search=False)
    assert period["site_url"] == "https://example.org/news/briefings/2025-05/"
    assert portal["site_url"] == "https://example.org/news"
    no_url = shard_config(
        Shard("2025-05", "briefings/2025-05", ()), user={"site_name": "x"}, config_dir=tmp_path, docs_dir=tmp_path, site_dir=tmp_path, directory_urls=True, search=False
    )
    assert "site_url" not in no_url


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "html-urls"])
def test_a_periods_tags_listing_cut_into_pages_leads_every_chip_to_its_briefing(tmp_path, capsys, monkeypatch, directory_urls):
    """#18: a period's tags listing over its budget (10 here: the fixtures' year holds some 60 entries) is cut into pages
    by tag; every chip of every briefing still opens the page listing that briefing under that tag, the pages link
    each other, and after one new article (the year built dirty, its cut moved) the site is the one a fresh build makes."""
    monkeypatch.setattr("briefgen.site.shards.LISTING_BUDGET", 10)
    config = make_site_project(tmp_path / "project", _articles())
    if not directory_urls:
        config.write_text(config.read_text(encoding="utf-8").replace("use_directory_urls: true", "use_directory_urls: false"), encoding="utf-8")
    site = tmp_path / "project" / "site"
    args = ["build", str(tmp_path / "project" / "seeds"), "--out", str(tmp_path / "out"), "--shard-by", "year"]
    args += ["--mkdocs-config", str(config), "--cache-dir", str(tmp_path / "cache"), "--jobs", "2"]

    def check() -> dict[str, bytes]:
        chips, misled = misled_tag_chips(site)
        assert misled == [] and chips >= 2 * len(_articles()), (chips, misled)
        assert broken_links(site)[1] == []
        pages = [*(site / "briefings" / "2025").glob("tags/**/*.html"), *(site / "briefings" / "2025").glob("tags.html")]
        assert len(pages) > 3, pages
        return {p.relative_to(site).as_posix(): p.read_bytes() for p in pages}

    assert main(args) == EXIT_OK
    first = check()
    (tmp_path / "project" / "seeds" / LONE[0]).write_text(LONE[1], encoding="utf-8")
    assert main(args) == EXIT_OK
    assert "shards: 2 built (portal, 2025)" in capsys.readouterr().err
    after = check()
    assert after != first and len(after) >= len(first)  # the new article's tags moved the cut
    rebuilt = {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts}
    assert main([*args[:3], str(tmp_path / "fresh"), *args[4:]]) == EXIT_OK
    assert {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and "pagefind" not in p.parts} == rebuilt
