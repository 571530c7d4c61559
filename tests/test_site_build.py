"""End to end: `mkdocs build --strict` of the seed plus the fixture articles about the same story."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import feedparser
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "articles"


def make_story_project(root: Path) -> Path:
    """The repo's site set-up with the seed and the fixture articles as its seeds (and no cache)."""
    shutil.copytree(REPO / "site_src", root / "site_src")
    config = (REPO / "mkdocs.yml").read_text(encoding="utf-8").replace("cache_dir: .cache/briefgen", "cache_dir: ''")
    (root / "mkdocs.yml").write_text(config + "site_url: https://example.org/briefings-site/\n", encoding="utf-8")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(REPO / "seeds" / "000_254a3b9810478911.txt", seeds)
    for article in FIXTURES.iterdir():
        shutil.copy(article, seeds)
    return root / "mkdocs.yml"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("story")
    cfg = load_config(config_file=str(make_story_project(root)), strict=True)
    build(cfg)  # strict: any warning (a broken link, a page left out of the nav) fails the build
    return Path(cfg.site_dir)


def read(site: Path, path: str) -> str:
    return (site / path).read_text(encoding="utf-8")


def test_briefing_pages_carry_only_the_small_nav(site):
    html = read(site, "briefings/2025-06-02-istanbul-second-round/index.html")
    primary = re.search(r'<nav class="md-nav md-nav--primary[^"]*".*?</nav>', html, re.S).group(0)
    assert "prisoner-exchange-kyiv" not in primary and "vatican-offer" not in primary
    for title in ("Home", "Briefings", "Timeline", "Actors", "Tags"):
        assert f"{title}" in primary


def test_one_actor_page_per_person_across_articles(site):
    html = read(site, "actors/marco-rubio/index.html")
    assert re.search(r"<h1[^>]*>Marco Rubio", html)
    for briefing in ("000-254a3b9810478911", "2025-05-20-rubio-senate", "vatican-offer"):
        assert f"../../briefings/{briefing}/" in html, briefing
    assert not (site / "actors" / "rubio").exists()
    briefing = read(site, "briefings/vatican-offer/index.html")
    assert 'href="../../actors/marco-rubio/"' in briefing
    index = read(site, "actors/index.html")
    assert 'href="marco-rubio/"' in index and "United States" in index


def test_timeline_has_months_and_undated_last(site):
    html = read(site, "timeline/index.html")
    months = re.findall(r'<h2 id="([^"]+)"', html)
    assert months[:2] == ["2025-06", "2025-05"] and months[-1] == "undated"
    assert html.index("vatican-offer") < html.index("prisoner-exchange-kyiv") < html.index("2025-05-20-rubio-senate")
    assert (site / "timeline" / "2025-06" / "index.html").is_file()
    kyiv = read(site, "briefings/prisoner-exchange-kyiv/index.html")
    assert "2025-06-10" in kyiv and "from the dateline" in kyiv


def test_relation_map_and_provenance_in_a_briefing(site):
    html = read(site, "briefings/2025-06-02-istanbul-second-round/index.html")
    assert '<svg class="bg-relations"' in html
    targets = set(re.findall(r'href="#(src-\d+-\d+)"', html))
    anchors = set(re.findall(r'id="(src-\d+-\d+)"', html))
    assert targets and targets <= anchors
    assert "Story thread" in html and "Previous" in html


def test_actor_pages_are_searchable_as_actors(site):
    """Pagefind indexes the article body of every page; an actor page is filtered as an actor."""
    entry = json.loads(read(site, "pagefind/pagefind-entry.json"))
    assert entry["languages"]["en"]["page_count"] == sum(1 for p in site.rglob("*.html") if p.relative_to(site).parts[0] != "pagefind")
    for actor in ("marco-rubio", "volodymyr-zelensky"):
        html = read(site, f"actors/{actor}/index.html")
        assert 'data-pagefind-filter="kind:actor"' in html
    dated = read(site, "briefings/2025-05-20-rubio-senate/index.html")
    assert 'data-pagefind-filter="month:2025-05"' in dated
    # #18: the "actor" filter counts actors only: the pages of the actors index (lists, some of links alone) are not among them
    totals = json.loads(read(site, "pagefind/briefgen-delta.json"))["totals"]["kind"]
    actor_pages = [p for p in (site / "actors").glob("*/index.html") if p.parent.name != "index"]
    assert totals["actor"] == len(actor_pages) > 0
    assert 'data-pagefind-filter="kind:' not in read(site, "actors/index.html")


def test_feed_is_valid_and_absolute(site):
    parsed = feedparser.parse(read(site, "feed.xml"))
    assert parsed.bozo == 0
    assert len(parsed.entries) == 4  # the dated briefings: the seed and the analysis give no date (#16)
    assert not [e for e in parsed.entries if "analysis-what-next" in e.link or "000-254a3b9810478911" in e.link]
    assert parsed.entries[0].id == parsed.entries[0].link
    assert parsed.entries[0].link == "https://example.org/briefings-site/briefings/vatican-offer/"


def test_tags_index_lists_actor_tags(site):
    html = read(site, "tags/index.html")
    for tag in ("Russia", "Ukraine", "Marco Rubio"):
        assert tag in html


def test_no_external_resources(site):
    """Nothing is loaded from another host: no CDN scripts, styles or fonts (plain links are fine)."""
    html = read(site, "briefings/2025-06-02-istanbul-second-round/index.html")
    loaded = re.findall(r'<(?:script|img|iframe)[^>]+src="([^"]+)"', html) + re.findall(r'<link[^>]+href="([^"]+)"', html)
    assert loaded
    assert [u for u in loaded if re.match(r"(?:https?:)?//", u) and not u.startswith("https://example.org/")] == []


def _page_file(site: Path, page: Path, href: str) -> Path:
    """The HTML file a relative link on ``page`` opens (directory URLs end in ``/`` -> ``index.html``)."""
    target = (page.parent / href).resolve() if href else page
    return target / "index.html" if target.is_dir() else target


def test_every_provenance_link_on_every_page_opens_an_existing_anchor(site):
    """#16: rejections linked to ``#src-…`` anchors the source text did not carry. Not a sample: every link,
    on every page (briefings, actor pages and their later pages), to its own page or another one."""
    checked = 0
    ids: dict[Path, set[str]] = {}
    for page in sorted(site.rglob("*.html")):
        html = page.read_text(encoding="utf-8")
        for href, anchor in re.findall(r'href="([^"#]*)#(src-\d+-\d+)"', html):
            target = _page_file(site, page, href)
            if target not in ids:
                ids[target] = set(re.findall(r'id="([^"]+)"', target.read_text(encoding="utf-8"))) if target.is_file() else set()
            assert anchor in ids[target], f"{page.relative_to(site)}: {href}#{anchor} has no such anchor"
            checked += 1
    assert checked > 100
    peskov = read(site, "briefings/vatican-offer/index.html")
    assert "rejected" in peskov  # the rejection whose link was broken is on the page


def test_search_snippets_of_actor_pages_start_with_who_they_are(site):
    """#16: a person's page should read, in a search result, as who they are, not as a flattened table.

    Pagefind takes the excerpt from the page's text in order, so the page must open with the
    roles; that the actor's page comes first for their name is checked in a real browser
    (``test_browser_site.py``).
    """
    import gzip

    fragments = [json.loads(gzip.decompress(f.read_bytes()).decode("utf-8").removeprefix("pagefind_dcd")) for f in (site / "pagefind" / "fragment").glob("*.pf_fragment")]
    rubio = next(f for f in fragments if f["url"].endswith("/actors/marco-rubio/"))
    assert "Roles:" in rubio["content"][:200]


