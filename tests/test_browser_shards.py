"""Real-browser tests of a sharded site built by the plugin (#18): actor pages in actor shards, the list pages in list
shards, the briefings in their periods, at the URLs a reader knows, styled by the portal's theme files, found by search.

The bounds are made small (two actor pages, one list page a shard) so that the story project's few actors and list
pages are spread over several shards of each kind.
"""

from __future__ import annotations

import functools
import threading
from http.server import ThreadingHTTPServer

import pytest
from conftest import CHROMIUM
from mkdocs.commands.build import build
from mkdocs.config import load_config

pytestmark = [pytest.mark.slow, pytest.mark.browser]

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory):
    from test_browser_site import _QuietHandler
    from test_site_build import make_story_project

    from briefgen.site import shards

    root = tmp_path_factory.mktemp("browser-shards")
    config = make_story_project(root)
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      output: briefings\n", "      output: briefings\n      shard_by: month\n      jobs: 2\n"), encoding="utf-8")
    patch = pytest.MonkeyPatch()
    patch.setattr(shards, "ACTOR_SHARD_PAGES", 2)
    patch.setattr(shards, "LIST_SHARD_PAGES", 1)
    try:
        cfg = load_config(config_file=str(config), strict=True)
        build(cfg)
    finally:
        patch.undo()
    state = root / ".cache" / "briefgen-shards" / "built"
    assert any(p.name.startswith("actors-") for p in state.iterdir()) and any(p.name.startswith("lists-") for p in state.iterdir())
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=cfg.site_dir))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()
    server.server_close()


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    failed: list[str] = []
    context.route("**/*", lambda route: (failed.append(route.request.url), route.abort()) if not route.request.url.startswith(base_url) else route.continue_())
    page = context.new_page()
    # a missing page, stylesheet or script (the search index may probe for an optional delta: not counted)
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 and "/pagefind/" not in response.url else None)
    yield page
    context.close()
    assert failed == [], f"requests that failed or left the site: {failed}"


def _styled(page) -> bool:
    """Material's stylesheet applies (loaded from the portal's copy of the theme's files)."""
    return page.locator(".md-header").evaluate("e => getComputedStyle(e).position") in ("sticky", "fixed")


def test_an_actor_page_in_an_actor_shard(page, base_url):
    page.goto(base_url + "actors/marco-rubio/")
    assert page.locator("h1").inner_text().startswith("Marco Rubio")
    assert _styled(page)
    page.get_by_role("link", name="Rubio Tells Senators Ceasefire Hinges on Moscow").first.click()
    page.wait_for_url("**/briefings/2025-05/2025-05-20-rubio-senate/")
    assert _styled(page)


def test_the_timeline_leads_to_a_month_in_a_list_shard(page, base_url):
    page.goto(base_url + "timeline/")
    page.locator("article a[href='2025-05/']").click()
    page.wait_for_url("**/timeline/2025-05/")
    assert "Rubio Tells Senators" in page.locator("article").inner_text()
    assert _styled(page)


def test_search_finds_an_actor_page_of_an_actor_shard(page, base_url):
    page.goto(base_url)
    page.locator("#bg-search .pagefind-ui__search-input").click()
    page.keyboard.type("Zelensky")
    page.wait_for_selector(".pagefind-ui__message:has-text('for Zelensky')", timeout=15_000)
    first = page.locator(".pagefind-ui__result-link").first
    first.wait_for(timeout=15_000)
    assert "actors/volodymyr-zelensky/" in first.get_attribute("href")
    first.click()
    page.wait_for_url("**/actors/volodymyr-zelensky/**")
    assert page.locator("h1").inner_text().startswith("Volodymyr Zelensky")
