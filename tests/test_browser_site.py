"""Real-browser tests: Debian's chromium through Playwright, the built site served on 127.0.0.1.

Screenshots go to ``$BRIEFGEN_SCREENSHOTS`` (default: the test's temporary folder).
"""

from __future__ import annotations

import functools
import os
import re
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from mkdocs.commands.build import build
from conftest import CHROMIUM
from mkdocs.config import load_config

pytestmark = [pytest.mark.slow, pytest.mark.browser]

REPO = Path(__file__).resolve().parents[1]

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


#: port -> the site folder served there (the file:// test opens the same files from disk)
SERVED: dict[int, str] = {}


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from test_site_build import make_story_project

    root = tmp_path_factory.mktemp("browser-site")
    cfg = load_config(config_file=str(make_story_project(root)), strict=True)
    build(cfg)
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=cfg.site_dir))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    SERVED[server.server_address[1]] = cfg.site_dir
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    folder = Path(os.environ.get("BRIEFGEN_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    outside: list[str] = []
    context.route("**/*", lambda route: (outside.append(route.request.url), route.abort()) if not route.request.url.startswith(base_url) else route.continue_())
    page = context.new_page()
    yield page
    context.close()
    assert outside == [], f"the site tried to load from elsewhere: {outside}"


def test_actor_page(page, base_url, shots):
    page.goto(base_url + "actors/marco-rubio/")
    assert page.locator("h1").inner_text().startswith("Marco Rubio")
    assert page.locator("blockquote").count() >= 3
    page.screenshot(path=str(shots / "actor-page.png"), full_page=True)
    page.get_by_role("link", name="Rubio Tells Senators Ceasefire Hinges on Moscow").first.click()
    page.wait_for_url("**/briefings/2025-05-20-rubio-senate/**")


def test_timeline(page, base_url, shots):
    page.goto(base_url + "timeline/")
    headings = page.locator("article h2").all_inner_texts()
    assert [h.strip("¶ \n") for h in headings][:2] == ["2025-06", "2025-05"]
    page.screenshot(path=str(shots / "timeline.png"), full_page=True)
    page.locator("article a[href='2025-05/']").click()  # the archive link, not the table of contents' one
    page.wait_for_url("**/timeline/2025-05/")
    assert "Rubio Tells Senators" in page.locator("article").inner_text()


def test_relation_map_is_drawn(page, base_url, shots):
    page.goto(base_url + "briefings/2025-06-02-istanbul-second-round/")
    svg = page.locator("svg.bg-relations")
    svg.scroll_into_view_if_needed()
    box = svg.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 150
    assert svg.locator("g.bg-node").count() >= 2 and svg.locator("g.bg-edge").count() >= 1
    svg.screenshot(path=str(shots / "relation-map.png"))


def test_provenance_link_highlights_its_sentence(page, base_url, shots):
    page.goto(base_url + "briefings/2025-06-02-istanbul-second-round/")
    link = page.locator('a[href^="#src-"]').first
    target = link.get_attribute("href")
    sentence = page.locator(f"span{target}")
    before = sentence.evaluate("e => getComputedStyle(e).backgroundColor")
    link.click()
    page.wait_for_function(f"location.hash === '{target}'")
    page.wait_for_timeout(400)  # the highlight fades in
    after = sentence.evaluate("e => getComputedStyle(e).backgroundColor")
    assert after != before and after not in ("rgba(0, 0, 0, 0)", "transparent")
    assert sentence.evaluate("e => { const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < innerHeight; }")
    page.screenshot(path=str(shots / "provenance.png"))


def test_search_finds_an_actor_first_and_fetches_only_part_of_the_index(page, base_url, shots):
    """Pagefind in the header: a person's name puts their actor page first; the index comes in chunks."""
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(base_url)
    box = page.locator("#bg-search .pagefind-ui__search-input")
    box.click()
    page.keyboard.type("Zelensky")
    # results render as the query is typed: wait until those of the whole name are shown, the actor page first
    page.wait_for_selector(".pagefind-ui__message:has-text('for Zelensky')", timeout=15_000)
    first = page.locator(".pagefind-ui__result-link").first
    first.wait_for(timeout=15_000)
    assert "actors/volodymyr-zelensky/" in first.get_attribute("href")
    for name in ("Kind", "Month"):  # the filters load after the first results
        page.locator(".pagefind-ui__filter-panel summary", has_text=name).wait_for(timeout=15_000)
    page.screenshot(path=str(shots / "search.png"))
    index_files = [u for u in fetched if "/pagefind/" in u and u.endswith((".pf_fragment", ".pf_index"))]
    assert index_files, fetched
    assert not any(u.endswith("search_index.json") for u in fetched)  # no whole-site lunr index
    first.click()
    page.wait_for_url("**/actors/volodymyr-zelensky/**")


def test_search_filters_by_kind_of_page(page, base_url):
    """The filters' chunks load when the reader opens one (not before the first results), then count the search's results."""
    fetched: list[str] = []
    page.on("requestfinished", lambda request: fetched.append(request.url))
    page.goto(base_url)
    page.locator("#bg-search .pagefind-ui__search-input").click()
    page.keyboard.type("Rubio")
    page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
    kind = page.locator(".pagefind-ui__filter-panel summary", has_text="Kind")
    kind.wait_for(timeout=15_000)
    page.wait_for_load_state("networkidle")
    assert not [u for u in fetched if u.endswith(".pf_filter")]
    kind.click()
    for _ in range(150):  # Pagefind fetches from its worker, which the page's own resource timing does not list
        if any(u.endswith(".pf_filter") for u in fetched):
            break
        page.wait_for_timeout(100)
    assert [u for u in fetched if u.endswith(".pf_filter")]
    # the search runs again with the chunks: the kinds then count its results (until then, the whole site's pages)
    page.wait_for_function(
        "(() => { const n = (s) => Number((s.match(/([0-9,]+)/) || ['', ''])[1].replace(/,/g, ''));"
        " const kinds = [...document.querySelectorAll('.pagefind-ui__filter-panel label')].filter(l => /^(actor|briefing) /.test(l.innerText.trim()));"
        " const found = n(document.querySelector('.pagefind-ui__message').innerText);"
        " return kinds.length === 2 && kinds.reduce((a, l) => a + n(l.innerText.replace(/^[a-z]+ /, '')), 0) <= found; })()",
        timeout=15_000,
    )
    briefing = page.locator(".pagefind-ui__filter-panel label", has_text="briefing").first
    counted = int(re.search(r"\((\d+)\)", briefing.inner_text()).group(1))
    briefing.click()
    page.wait_for_selector(f".pagefind-ui__message:has-text('{counted} result')", timeout=15_000)  # the count was this search's
    page.wait_for_function(
        "(() => { const a = [...document.querySelectorAll('.pagefind-ui__result-link')];"
        " return a.length > 0 && a.every(x => x.href.includes('/briefings/')); })()",
        timeout=15_000,
    )
    hrefs = [a.get_attribute("href") for a in page.locator(".pagefind-ui__result-link").all()]
    assert hrefs and all("/briefings/" in h for h in hrefs), hrefs


def test_search_from_file_urls_says_it_needs_a_server(browser, base_url):
    """Opened from disk, the box explains instead of failing: the browser blocks the index's fetches there."""
    from urllib.parse import urlparse

    site = Path(SERVED[urlparse(base_url).port])
    context = browser.new_context()
    page = context.new_page()
    page.goto((site / "index.html").as_uri())
    assert "served over HTTP" in page.locator("#bg-search").inner_text()
    context.close()


def test_briefing_page_screenshot(page, base_url, shots):
    page.goto(base_url + "briefings/2025-06-02-istanbul-second-round/")
    assert page.locator("h1").inner_text().startswith("Second Round of Istanbul Talks")
    page.screenshot(path=str(shots / "briefing.png"), full_page=False)
    assert (shots / "briefing.png").stat().st_size > 10_000


@pytest.mark.parametrize(("scheme", "material"), [("light", "default"), ("dark", "slate")])
def test_the_site_follows_the_system_colour_scheme_and_has_a_toggle(browser, base_url, shots, scheme, material):
    """#16: a light/dark toggle that follows the system preference until the reader picks one."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(base_url + "briefings/2025-06-02-istanbul-second-round/")
        assert page.locator("body").get_attribute("data-md-color-scheme") == material
        toggles = page.locator("form[data-md-component='palette'] label")
        assert toggles.count() == 3
        page.screenshot(path=str(shots / f"briefing-{scheme}.png"))
        page.locator("form[data-md-component='palette'] label:visible").first.click()  # system -> light
        page.wait_for_function("document.body.getAttribute('data-md-color-scheme') === 'default'")
    finally:
        context.close()


def test_relation_map_is_readable_on_a_phone(browser, base_url, shots):
    """#16: on a 390-pixel-wide phone the map shrank to half size, its names under 7 px; now it scrolls sideways."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        page.goto(base_url + "briefings/2025-06-02-istanbul-second-round/")
        name = page.locator("svg.bg-relations g.bg-node text").first
        name.scroll_into_view_if_needed()
        size = name.evaluate("t => parseFloat(t.getAttribute('font-size')) * t.getScreenCTM().a")
        assert size >= 10, size
        assert page.evaluate("document.documentElement.scrollWidth") <= 390  # the page itself does not scroll sideways
        page.locator("figure.bg-relation-map").screenshot(path=str(shots / "relation-map-phone.png"))
    finally:
        context.close()


def test_home_page_shows_the_latest_briefings_first(page, base_url, shots):
    """#16: the home page is the news: newest briefing first with its date, source link and teaser."""
    page.goto(base_url)
    article = page.locator("article")
    assert article.locator("h2").first.inner_text().strip("¶ \n") == "Latest briefings"
    first = article.locator("p strong a").first
    assert first.inner_text() == "Pope Leo Offers Vatican as Venue for Peace Talks"
    entry = article.locator("p", has_text="Pope Leo Offers Vatican as Venue").first
    assert "2025-06-14" in entry.inner_text() and "Pope Leo XIV offered on Saturday" in entry.inner_text()
    assert entry.locator("a[href='https://example.org/world/pope-leo-vatican-talks']").inner_text() == "example.org"
    assert "Most active this week" in article.inner_text() and "What's next" in article.inner_text()
    page.screenshot(path=str(shots / "home.png"), full_page=True)
    first.click()
    page.wait_for_url("**/briefings/vatican-offer/")
    source = page.locator("article small a[href^='https://example.org/']")
    assert source.inner_text() == "example.org"  # the source is a link in the briefing's header too


_SCREENS = {"home": "", "briefing": "briefings/2025-06-02-istanbul-second-round/", "actor": "actors/marco-rubio/", "timeline": "timeline/"}
_DEVICES = {"desktop": {"viewport": {"width": 1280, "height": 900}}, "phone": {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("device", sorted(_DEVICES))
def test_screenshots_of_what_a_reader_opens(browser, base_url, shots, device, scheme):
    """Home, a briefing, an actor page and the timeline, desktop and phone, light and dark (docs/screens/ holds a set).

    On a phone no page scrolls sideways, and every page is in the scheme the system asks for.
    """
    context = browser.new_context(color_scheme=scheme, **_DEVICES[device])
    try:
        page = context.new_page()
        for name, path in _SCREENS.items():
            page.goto(base_url + path)
            assert page.locator("body").get_attribute("data-md-color-scheme") == ("slate" if scheme == "dark" else "default")
            if device == "phone":
                assert page.evaluate("document.documentElement.scrollWidth") <= 390, name
            page.screenshot(path=str(shots / f"{name}-{device}-{scheme}.png"))
    finally:
        context.close()


def _axe_script() -> Path | None:
    """npm's axe-core: ``$BRIEFGEN_AXE`` (the path of axe.min.js) or ``node_modules/axe-core/axe.min.js`` here."""
    found = os.environ.get("BRIEFGEN_AXE")
    candidates = [Path(found)] if found else [REPO / "node_modules" / "axe-core" / "axe.min.js"]
    return next((p for p in candidates if p.is_file()), None)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("path", ["", "briefings/2025-06-02-istanbul-second-round/", "actors/marco-rubio/", "timeline/", "search"])
def test_no_serious_accessibility_violations(browser, base_url, path, scheme):
    """#16: axe-core (npm) in the real Chromium over home, a briefing, an actor page, the timeline and search."""
    axe = _axe_script()
    if axe is None:
        pytest.skip("axe-core is not installed (npm install axe-core, or set BRIEFGEN_AXE to its axe.min.js)")
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    try:
        page = context.new_page()
        page.goto(base_url + ("" if path == "search" else path))
        if path == "search":
            page.locator("#bg-search .pagefind-ui__search-input").click()
            page.keyboard.type("Zelensky")
            page.locator(".pagefind-ui__result-link").first.wait_for(timeout=15_000)
            page.wait_for_timeout(500)  # excerpts and filters load after the first result
        page.add_script_tag(path=str(axe))
        # this project's pages and theme settings: the content, and the header Material draws with them,
        # which holds the search box this project mounts (Pagefind's UI, styled by briefgen.css)
        scope = (
            "{include: [['#bg-search']]}"
            if path == "search"
            else "{include: [['.md-content'], ['.md-header'], ['.md-tabs']]}"
        )
        result = page.evaluate(f"async () => await axe.run({scope}, {{resultTypes: ['violations']}})")
        serious = [
            f"{v['id']} ({v['impact']}, {len(v['nodes'])}): {[n['target'] for n in v['nodes']][:3]} {v['nodes'][0].get('failureSummary', '')[:200]}"
            for v in result["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        assert serious == [], serious
    finally:
        context.close()
