"""Every sitemap of a sharded site is bounded, and the root's sitemap index reaches every page once (#18).

Each period shard's MkDocs build writes a ``sitemap.xml`` of the period's
pages; only the portal's was cut into pieces, so a year of 40 briefings a day
(with ``site_url``) published a period sitemap past the 2 MB a file of the
site may have. A period's sitemap over :data:`~briefgen.site.shards.SITEMAP_BYTES`
is now cut into ``FOLDER/sitemap-K.xml`` and the index lists the pieces.

The builds are real (MkDocs and Material, and ``mkdocs build`` with the
plugin); the byte limit is lowered so that a year of a few hundred briefings
(cheap to build) is cut into several pieces, as a year of 15,000 would be at
the real limit, and the site is also checked against the real 2 MB.
"""

from __future__ import annotations

import os
import posixpath
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from site_project import build_site_dir, make_site_project

from briefgen.records import BriefingDate
from briefgen.shard_build import publish_sharded
from briefgen.site import shards as layout
from briefgen.site.pages import SitePage
from briefgen.site.shards import Shard, ShardPlan, plan_shards, sitemap_index, split_sitemap

#: The issue's limit on any file of the published site.
MAX_FILE = 2 * 1024 * 1024
SITE_URL = "https://example.org/news/"
_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def _urlset(locs: list[str]) -> str:
    entries = "".join(f"    <url>\n         <loc>{loc}</loc>\n         <lastmod>2025-01-01</lastmod>\n    </url>\n" for loc in locs)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{entries}</urlset>\n'


def _locs(xml: str) -> list[str]:
    return [e.text or "" for e in ET.fromstring(xml.encode("utf-8")).iter(f"{_NS}loc")]


@pytest.mark.parametrize(
    ("count", "slug", "per_file", "max_bytes", "files"),
    [
        (100, 10, 1000, 2000, 8),  # cut by bytes: 134 bytes an entry, 14 in the 1,890 a file has after its frame
        (100, 10, 30, 10**6, 4),  # cut by count (the portal's 10,000)
        (100, 400, 1000, 20_000, 3),  # long slugs (524 bytes an entry): 38 a file
        (0, 10, 1000, 2000, 1),  # an empty sitemap stays one (valid) file
        (3, 5000, 1000, 2000, 3),  # an entry larger than the limit gets a file of its own
    ],
)
def test_a_sitemap_is_cut_by_bytes_and_by_count(count, slug, per_file, max_bytes, files):
    locs = [f"https://example.org/briefings/2025/{k:05d}-{'x' * slug}/" for k in range(count)]
    parts = split_sitemap(_urlset(locs), per_file=per_file, max_bytes=max_bytes)
    assert len(parts) == files
    assert [loc for part in parts for loc in _locs(part)] == locs  # every URL once, in order, each piece valid XML
    for part in parts:
        assert len(_locs(part)) <= per_file
        assert len(part.encode("utf-8")) <= max_bytes or len(_locs(part)) == 1


def test_a_sitemap_is_cut_at_the_default_limit_under_2_mb(monkeypatch):
    """Without ``max_bytes`` the module's limit applies (read at call time, so a site's builds see one value)."""
    locs = [f"https://example.org/briefings/2025/{k:05d}-{'x' * 200}/" for k in range(9000)]  # 2.3 MB in one file
    assert len(_urlset(locs).encode("utf-8")) > MAX_FILE
    parts = split_sitemap(_urlset(locs))
    assert len(parts) == 2 and all(len(p.encode("utf-8")) <= layout.SITEMAP_BYTES < MAX_FILE for p in parts)
    monkeypatch.setattr(layout, "SITEMAP_BYTES", 100_000)
    assert len(split_sitemap(_urlset(locs))) == 29  # 2.9 MB in files of at most 100 KB (310 entries of 323 bytes)


def test_the_index_lists_a_cut_periods_pieces_in_place_of_its_own_sitemap():
    plan = ShardPlan((Shard("portal", "", ()), Shard("2024", "briefings/2024", ()), Shard("2025", "briefings/2025", ())), {})
    text = sitemap_index(plan, site_url=SITE_URL, portal_files=1, period_files={"2025": 3})
    assert _locs(text) == [
        "https://example.org/news/sitemap-1.xml",
        "https://example.org/news/briefings/2024/sitemap.xml",
        *(f"https://example.org/news/briefings/2025/sitemap-{k}.xml" for k in (1, 2, 3)),
    ]
    assert sitemap_index(plan, site_url=SITE_URL) == sitemap_index(plan, site_url=SITE_URL, period_files={})


# --- real sharded builds ---------------------------------------------------------------------------------------------


def _briefings(year: int, n: int, *, start: int = 0) -> tuple[list[SitePage], dict[str, BriefingDate]]:
    """``n`` short briefing pages dated in ``year``: a dense period, cheap to build."""
    pages, dates = [], {}
    for k in range(start, start + n):
        day = f"{year}-{1 + k % 12:02d}-{1 + k % 28:02d}"
        name = f"{day}-{k:05d}-council-meets-over-the-budget-for-the-coming-year"
        pages.append(SitePage(f"briefings/{name}.md", f'---\ntitle: "Council {k} meets"\n---\n\n# Council {k} meets\n\nOn {day}.\n'))
        dates[name] = BriefingDate(day, None)
    return pages, dates


def _html_urls(site: Path) -> list[str]:
    """The URL (relative to the site's root) of every published HTML page a sitemap should list."""
    urls = []
    for path in sorted(site.rglob("*.html")):
        rel = path.relative_to(site).as_posix()
        if rel.startswith("pagefind/") or rel == "404.html":
            continue
        urls.append(rel[: -len("index.html")] if path.name == "index.html" else rel)
    return urls


def _sitemapped(site: Path, base: str) -> tuple[list[str], list[str]]:
    """``(sitemap files the root index lists, page URLs they list)``, relative to the site's root; parsed as XML.

    Each sitemap lists only URLs at or below its own folder (the protocol's rule on a sitemap's location).
    """
    index = ET.fromstring((site / "sitemap.xml").read_bytes())
    assert index.tag == f"{_NS}sitemapindex"
    files = [e.text.removeprefix(base) for e in index.iter(f"{_NS}loc")]
    urls = []
    for rel in files:
        root = ET.fromstring((site / rel).read_bytes())
        assert root.tag == f"{_NS}urlset", rel
        listed = [e.text.removeprefix(base) for e in root.iter(f"{_NS}loc")]
        folder = posixpath.dirname(rel)
        assert all(u.startswith(folder + "/" if folder else "") for u in listed), rel
        urls += listed
    return files, urls


def _sitemap_files(site: Path) -> dict[str, int]:
    """Every sitemap file of the site -> its inode."""
    return {p.relative_to(site).as_posix(): p.stat().st_ino for p in site.rglob("sitemap*.xml*")}


@pytest.mark.slow
def test_a_dense_year_has_bounded_sitemaps_that_reach_every_page_once(tmp_path, monkeypatch):
    """A sharded build (``briefgen build --shard-by year``'s publishing) of a dense 2025 and a thin 2024, ``site_url``
    set: 2025's sitemap is over the (lowered) limit and is published in pieces in its folder, 2024's as MkDocs wrote
    it; no file passes 2 MB nor any sitemap the limit; the index reaches every HTML page exactly once. One new
    briefing in 2025 rebuilds 2025 alone and only its sitemap: every other sitemap file is the same file."""
    limit = 12_000
    monkeypatch.setattr(layout, "SITEMAP_BYTES", limit)
    config = make_site_project(tmp_path / "project", {})
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    dense, dense_dates = _briefings(2025, 240)
    thin, thin_dates = _briefings(2024, 12, start=1000)
    site, state = tmp_path / "project" / "site", tmp_path / "state"

    def publish(pages, dates):
        plan = plan_shards(pages, dates, shard_by="year", site_url=SITE_URL)
        return publish_sharded(plan, user_config=config, site_dir=site, state_dir=state, search=False, epoch="1735689600")

    publish(dense + thin, dense_dates | thin_dates)
    built = state / "built" / "2025" / "sitemap.xml"
    assert built.stat().st_size > 3 * limit, "the year is not dense enough to be cut"
    files, urls = _sitemapped(site, SITE_URL)
    assert "briefings/2024/sitemap.xml" in files and "briefings/2025/sitemap.xml" not in files
    pieces = [f for f in files if f.startswith("briefings/2025/")]
    assert pieces == [f"briefings/2025/sitemap-{k}.xml" for k in range(1, len(pieces) + 1)] and len(pieces) >= 3
    assert not (site / "briefings" / "2025" / "sitemap.xml").exists() and not (site / "briefings" / "2025" / "sitemap.xml.gz").exists()
    assert len(urls) == len(set(urls)) and sorted(urls) == sorted(_html_urls(site))
    assert sum(u.startswith("briefings/2025/") for u in urls) >= 240
    sizes = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*") if p.is_file()}
    assert {rel: size for rel, size in sizes.items() if size > MAX_FILE} == {}
    assert {rel: sizes[rel] for rel in ["sitemap.xml", *files] if sizes[rel] > limit} == {}
    before = _sitemap_files(site)

    more, more_dates = _briefings(2025, 1, start=5000)
    run = publish(dense + thin + more, dense_dates | thin_dates | more_dates)
    assert run.built == ["2025"]
    after = _sitemap_files(site)
    changed = sorted(rel for rel in after if before.get(rel) != after[rel])
    assert changed and all(rel.startswith("briefings/2025/sitemap-") or rel.startswith("sitemap.xml") for rel in changed), changed
    files, urls = _sitemapped(site, SITE_URL)
    assert len(urls) == len(set(urls)) and sorted(urls) == sorted(_html_urls(site))
    # the rebuilt (dirty) period's sitemaps are the bytes a clean build of the same briefings publishes
    clean_site = tmp_path / "clean"
    plan = plan_shards(dense + thin + more, dense_dates | thin_dates | more_dates, shard_by="year", site_url=SITE_URL)
    publish_sharded(plan, user_config=config, site_dir=clean_site, state_dir=tmp_path / "clean-state", search=False, epoch="1735689600")
    assert {rel: (clean_site / rel).read_bytes() for rel in _sitemap_files(clean_site)} == {rel: (site / rel).read_bytes() for rel in after}


@pytest.mark.slow
def test_a_year_of_40_briefings_a_day_publishes_no_file_over_2_mb(tmp_path):
    """At the real limit: 12,000 briefings in one year (40 a day for ten months), ``site_url`` set. The period's MkDocs
    build writes a 2.26 MB sitemap (188 bytes an entry); the site holds no file over 2 MB and its sitemap index reaches
    every HTML page exactly once. (About 30 s: the pages are short and need no spaCy.)"""
    config = make_site_project(tmp_path / "project", {})
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    pages, dates = _briefings(2025, 12_000)
    site = tmp_path / "project" / "site"
    plan = plan_shards(pages, dates, shard_by="year", site_url=SITE_URL)
    publish_sharded(plan, user_config=config, site_dir=site, state_dir=tmp_path / "state", search=False, epoch="1735689600")
    assert (tmp_path / "state" / "built" / "2025" / "sitemap.xml").stat().st_size > MAX_FILE, "the year is not dense enough to show anything"
    files, urls = _sitemapped(site, SITE_URL)
    assert files[-2:] == ["briefings/2025/sitemap-1.xml", "briefings/2025/sitemap-2.xml"]
    assert len(urls) == len(set(urls)) == len(_html_urls(site)) and set(urls) == set(_html_urls(site))
    over = {p.relative_to(site).as_posix(): p.stat().st_size for p in site.rglob("*") if p.is_file() and p.stat().st_size > MAX_FILE}
    assert over == {}


@pytest.mark.slow
def test_mkdocs_build_with_shard_by_cuts_a_periods_sitemap_too(tmp_path, monkeypatch):
    """The plugin's path (``mkdocs build`` builds the portal, the periods are built beside it): with a limit three
    entries fill, a month's sitemap over it is cut in its folder and its own is not published; the index reaches every
    page once; a second ``mkdocs build`` (which empties ``site/``) publishes the same sitemaps, and only them."""
    from test_shards_build import _articles

    monkeypatch.setattr(layout, "SITEMAP_BYTES", 600)
    config = make_site_project(tmp_path / "project", _articles())
    text = config.read_text(encoding="utf-8")
    text = text.replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n      jobs: 2\n")
    config.write_text(text + "site_url: https://example.org/\n", encoding="utf-8")
    site = build_site_dir(config, strict=True)
    files, urls = _sitemapped(site, "https://example.org/")
    periods = sorted({f.split("/")[1] for f in files if f.startswith("briefings/")})
    assert periods == ["2025-04", "2025-05", "2025-06", "undated"]
    # the actor pages' shard (#18: the plugin's plan is briefgen build's) publishes its sitemap in pieces of its name
    assert all(re.fullmatch(r"briefings/[^/]+/sitemap(-\d+)?\.xml|sitemap-\d+\.xml|actors/sitemap-actors-\d+-of-\d+-\d+\.xml", f) for f in files), files
    assert any(f.startswith("actors/sitemap-actors-") for f in files)
    for period in periods:  # a period's own sitemap while it fits, else its pieces and not its own
        own = site / "briefings" / period / "sitemap.xml"
        cut = [f for f in files if f.startswith(f"briefings/{period}/sitemap-")]
        assert (own.is_file() and own.stat().st_size <= 600 and not cut) or (cut and not own.exists() and not own.with_suffix(".xml.gz").exists())
    assert sum(f.startswith("briefings/2025-06/sitemap-") for f in files) >= 2  # the month of most briefings is cut
    assert len(urls) == len(set(urls)) and sorted(urls) == sorted(_html_urls(site))
    assert all(os.path.getsize(site / f) <= 600 or len(_locs((site / f).read_text(encoding="utf-8"))) == 1 for f in files)
    first = {f: (site / f).read_bytes() for f in ["sitemap.xml", *files]}
    published = [p.relative_to(site).as_posix() for p in site.rglob("sitemap*")]

    build_site_dir(config, strict=True)
    assert {f: (site / f).read_bytes() for f in ["sitemap.xml", *_sitemapped(site, "https://example.org/")[0]]} == first
    assert sorted(p.relative_to(site).as_posix() for p in site.rglob("sitemap*")) == sorted(published)


@pytest.mark.slow
def test_an_unchanged_periods_pieces_are_not_cut_again(tmp_path, monkeypatch):
    """Two years over the (lowered) limit, each published in pieces; one new briefing in 2025 rebuilds 2025 alone, and
    the publish cuts 2025's sitemap only: 2024's is not read or cut again, its pieces keep their bytes, files and
    modification times, and every sitemap file equals a clean build's. (#18: every publish used to cut every
    period's sitemap over the limit again, whether its shard was built or not.)"""
    limit = 4_000
    monkeypatch.setattr(layout, "SITEMAP_BYTES", limit)
    cuts: list[str] = []
    split = layout.split_sitemap

    def counting(xml, **kwargs):
        locs = re.findall(r"<loc>[^<]*/briefings/(\d{4})/", xml)
        cuts.append(locs[0] if locs else "portal")
        return split(xml, **kwargs)

    monkeypatch.setattr(layout, "split_sitemap", counting)
    config = make_site_project(tmp_path / "project", {})
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    old, old_dates = _briefings(2024, 40)
    new, new_dates = _briefings(2025, 40, start=1000)
    site, state = tmp_path / "project" / "site", tmp_path / "state"

    def publish(pages, dates, site_dir=site, state_dir=state):
        plan = plan_shards(pages, dates, shard_by="year", site_url=SITE_URL)
        return publish_sharded(plan, user_config=config, site_dir=site_dir, state_dir=state_dir, search=False, epoch="1735689600")

    publish(old + new, old_dates | new_dates)
    assert sorted(cuts) == ["2024", "2025", "portal"]
    pieces = sorted(str(p.relative_to(site)) for p in site.glob("briefings/2024/sitemap-*.xml"))
    assert len(pieces) >= 2 and not (site / "briefings" / "2024" / "sitemap.xml").exists()
    stamps = {rel: ((site / rel).stat().st_ino, (site / rel).stat().st_mtime_ns, (site / rel).read_bytes()) for rel in pieces}

    cuts.clear()
    assert publish(old + new, old_dates | new_dates).built == []  # nothing changed: nothing is cut
    assert cuts == []
    more, more_dates = _briefings(2025, 1, start=5000)
    assert publish(old + new + more, old_dates | new_dates | more_dates).built == ["2025"]
    assert cuts == ["2025"]
    assert {rel: ((site / rel).stat().st_ino, (site / rel).stat().st_mtime_ns, (site / rel).read_bytes()) for rel in pieces} == stamps
    files, urls = _sitemapped(site, SITE_URL)
    assert set(pieces) < set(files) and sorted(urls) == sorted(_html_urls(site))

    clean = tmp_path / "clean"
    publish(old + new + more, old_dates | new_dates | more_dates, site_dir=clean, state_dir=tmp_path / "clean-state")
    assert {rel: (clean / rel).read_bytes() for rel in _sitemap_files(clean)} == {rel: (site / rel).read_bytes() for rel in _sitemap_files(site)}


@pytest.mark.parametrize(
    ("own", "stem"),
    [
        ([], "sitemap"),
        (["index.md", "sitemap.xml", "sitemap-a.xml", "sitemap-1.xml.gz", "my-sitemap-1.xml"], "sitemap"),  # no piece's name
        (["sitemap-1.xml"], "sitemap-briefgen"),
        (["sitemap-77.xml"], "sitemap-briefgen"),  # a number not in use yet: the archive grows into it
        (["sitemap-3.xml", "sitemap-briefgen-1.xml"], "sitemap-briefgen2"),
    ],
)
def test_the_portal_pieces_take_a_name_no_own_file_has(own, stem):
    assert layout.portal_sitemap_stem(own) == stem
    assert layout.portal_sitemap_path(2, stem=stem) == f"{stem}-2.xml" and f"{stem}-2.xml" not in own


@pytest.mark.slow
def test_a_hand_written_sitemap_piece_name_is_never_overwritten(tmp_path, caplog):
    """The site's own ``docs/sitemap-1.xml`` (a hand-written file) is published as written; the portal's pieces take
    another name, which the index lists, and a one-line warning names the file (#18: the first piece replaced it)."""
    config = make_site_project(tmp_path / "project", {})
    config.write_text(f"site_url: {SITE_URL}\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    docs = tmp_path / "project" / "site_src"  # the config's docs_dir
    assert (docs / "tags.md").is_file()
    mine = b'<?xml version="1.0"?>\n<!-- written by hand -->\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n'
    (docs / "sitemap-1.xml").write_bytes(mine)
    pages, dates = _briefings(2025, 6)
    site = tmp_path / "project" / "site"
    plan = plan_shards(pages, dates, shard_by="year", site_url=SITE_URL)
    with caplog.at_level("WARNING", logger="mkdocs.plugins.briefgen"):
        publish_sharded(plan, user_config=config, site_dir=site, state_dir=tmp_path / "state", search=False, epoch="1735689600")
    assert (site / "sitemap-1.xml").read_bytes() == mine
    files, urls = _sitemapped(site, SITE_URL)
    portal = [f for f in files if "/" not in f]
    assert portal and portal == [f"sitemap-briefgen-{k}.xml" for k in range(1, len(portal) + 1)]
    assert len(urls) == len(set(urls)) and sorted(urls) == sorted(_html_urls(site))
    warned = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen"]
    assert len(warned) == 1 and "\n" not in warned[0] and warned[0].startswith(f"{docs / 'sitemap-1.xml'}: ") and "sitemap-briefgen-K.xml" in warned[0]
