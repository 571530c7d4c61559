"""Hostile articles: nothing in an article ever runs, loads or lands outside the output.

The fixtures in ``tests/fixtures/hostile`` carry script, event handlers,
iframes, ``javascript:`` links and images, raw HTML blocks, Jinja2 syntax,
YAML document separators and path-like titles and slugs, in the body, the
title, the front matter and inside quotes. Each payload, if it ever ran, would
open a dialog, set ``window.__pwned`` or request ``evil.example``.

Static checks read the generated HTML and Markdown; the browser checks open
every briefing, the index, the tags page and the search results for each
hostile article in Debian's chromium (driven by Playwright, served from
127.0.0.1, every other request aborted and recorded).
"""

from __future__ import annotations

import functools
import http.server
import json
import re
import threading
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from site_project import build_site_dir, make_site_project, tree

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
CHROMIUM = Path("/usr/bin/chromium")
#: One word of each hostile article, to search for it.
SEARCH_TERMS = {
    "front-matter-attack": "Zorblax summit",
    "raw-html-blocks": "harbour authority",
    "template-and-yaml": "Glarvin",
    "heading-attack": "Quillon",
    "path-title": "Brennick",
}
#: Searches that put the hostile words themselves into the results.
HOSTILE_QUERIES = ("script", "onerror", "iframe", "javascript", "pwned", "alert")

#: Markup that must never appear in generated HTML outside the theme's own code.
DANGEROUS_HTML = [
    re.compile(r"<script[^>]*>[^<]*(__pwned|alert\(|evil\.example)", re.I),
    re.compile(r"<(iframe|object|embed|meta http-equiv|link rel=\"stylesheet\" href=\"http)\b", re.I),
    re.compile(r"<form[^>]*action=", re.I),
    re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I),
    re.compile(r"""<[a-z][^>]*\s(href|src|action|data|formaction)\s*=\s*["']?\s*(javascript:|http://evil)""", re.I),
    re.compile(r"<img[^>]*src=x", re.I),
]


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("hostile")
    make_site_project(root / "project", HOSTILE)
    return root


@pytest.fixture(scope="module")
def site(project: Path) -> Path:
    before = tree(project)
    site_dir = build_site_dir(project / "project" / "mkdocs.yml", strict=True)
    created = tree(project) - before
    outside = [p for p in created if not p.startswith(("project/site", "project/.cache"))]
    assert outside == [], f"mkdocs build wrote outside its site and cache folders: {outside}"
    assert not (project / "project" / "site_src" / "briefings").exists()
    return site_dir


def briefing_pages(site: Path) -> dict[str, Path]:
    return {name: site / "briefings" / name / "index.html" for name in SEARCH_TERMS}


def test_every_hostile_article_is_built(site):
    for name, page in briefing_pages(site).items():
        assert page.is_file(), name


def test_generated_html_has_no_live_markup_from_articles(site):
    pages = [*briefing_pages(site).values(), site / "briefings" / "index.html", site / "tags" / "index.html", site / "index.html"]
    for page in pages:
        html = page.read_text(encoding="utf-8")
        for pattern in DANGEROUS_HTML:
            hit = pattern.search(html)
            assert hit is None, f"{page}: {hit.group(0) if hit else ''}"


def test_hostile_text_is_shown_literally(site):
    html = (site / "briefings" / "front-matter-attack" / "index.html").read_text(encoding="utf-8")
    # the title reaches <title>, the header and the h1 as text
    assert "<title>&lt;/title&gt;&lt;script&gt;" in html
    assert "&lt;script&gt;window.__pwned" in html
    assert "[here](javascript:alert('link'))" in html  # a Markdown link in a quote stays text
    jinja = (site / "briefings" / "template-and-yaml" / "index.html").read_text(encoding="utf-8")
    assert "{{ config.site_name }}" in jinja and "{% include 'base.html' %}" in jinja
    assert "{{ 7*7 }}" in jinja and ">49<" not in jinja


def test_search_index_holds_hostile_markup_only_as_text(site):
    """Pagefind's fragments (gzip JSON behind a signature) hold each page's *text*: the hostile
    markup that a page shows as text is there as text, which the browser tests then show inert."""
    import gzip
    import json

    fragments = sorted((site / "pagefind" / "fragment").glob("*.pf_fragment"))
    assert fragments
    texts = [json.loads(gzip.decompress(f.read_bytes()).decode("utf-8").removeprefix("pagefind_dcd")) for f in fragments]
    content = "\n".join(t["content"] for t in texts)
    assert "Zorblax" in content
    assert "<script>window.__pwned" in content  # shown as text on the page, so indexed as text
    assert not any("<article" in t["content"] or "md-content" in t["content"] for t in texts)  # never the page's markup


def test_cli_outputs_stay_inside_the_output_folder(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for fixture in HOSTILE.iterdir():
        (seeds / fixture.name).write_bytes(fixture.read_bytes())
    before = tree(tmp_path)
    assert main(["build", str(seeds), "--out", str(tmp_path / "out"), "--strict", "--no-cache"]) == EXIT_OK
    created = tree(tmp_path) - before
    assert created and all(p == "out" or p.startswith("out/") for p in created), created
    assert not Path("/tmp/escaped").exists()
    written = tree(tmp_path / "out")
    assert {".briefgen-manifest.json", "index.md", *(f"{n}.{ext}" for n in SEARCH_TERMS for ext in ("md", "json"))} <= written
    manifest = json.loads((tmp_path / "out" / ".briefgen-manifest.json").read_text(encoding="utf-8"))
    assert all(not rel.startswith("/") and ".." not in Path(rel).parts for rel in manifest["files"])
    markdown = (tmp_path / "out" / "front-matter-attack.md").read_text(encoding="utf-8")
    assert "<script" not in markdown.split("\n---\n", 1)[1]  # only escaped text below the front matter


# --- in a real browser --------------------------------------------------------------


def _browser_or_skip():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:  # pragma: no cover - playwright is a test dependency
        pytest.skip("playwright is not installed (pip install -e '.[test]')")
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium; .ci/run tries)")
    return sync_playwright


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


@pytest.fixture(scope="module")
def server(site: Path) -> Iterator[str]:
    handler = functools.partial(_QuietHandler, directory=str(site))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


class Watch:
    """What a page did that it must not: dialogs, requests off the machine, script errors."""

    def __init__(self, origin: str) -> None:
        self.origin = urlsplit(origin).netloc
        self.dialogs: list[str] = []
        self.off_machine: list[str] = []
        self.requests: list[str] = []

    def route(self, route) -> None:
        url = route.request.url
        self.requests.append(url)
        parts = urlsplit(url)
        if parts.scheme in ("http", "https", "ws", "wss") and parts.netloc != self.origin:
            self.off_machine.append(url)
            route.abort()
        else:
            route.continue_()

    def dialog(self, dialog) -> None:
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


@pytest.fixture(scope="module")
def browser(server):
    sync_playwright = _browser_or_skip()
    with sync_playwright() as pw:
        browser = pw.chromium.launch(
            executable_path=str(CHROMIUM),
            headless=True,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--disable-sync",
            ],
        )
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(browser, server):
    watch = Watch(server)
    context = browser.new_context()
    context.route("**/*", watch.route)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.on("dialog", watch.dialog)
    page.watch = watch
    try:
        yield page
    finally:
        context.close()


_LIVE_MARKUP_JS = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase(), value = attr.value.trim().toLowerCase();
      if (name.startsWith('on')) found.push(`${el.tagName} ${name}`);
      // Pagefind's own search form (the header's box) submits nowhere: that one value on that one element
      if (name === 'action' && value === 'javascript:void(0);' && el.matches('#bg-search form.pagefind-ui__form')) continue;
      if (['href', 'src', 'action', 'data', 'xlink:href', 'formaction'].includes(name) &&
          (value.startsWith('javascript:') || value.includes('evil.example'))) found.push(`${el.tagName} ${name}=${value}`);
    }
    if (['IFRAME', 'OBJECT', 'EMBED', 'FRAME'].includes(el.tagName)) found.push(el.tagName);
    if (el.tagName === 'SCRIPT' && /__pwned|alert\\(|evil\\.example/.test(el.textContent + (el.src || ''))) found.push('SCRIPT');
  }
  return found;
}"""


def assert_nothing_ran(page) -> None:
    watch: Watch = page.watch
    assert watch.dialogs == [], watch.dialogs
    assert watch.off_machine == [], watch.off_machine
    assert page.evaluate("() => window.__pwned === undefined"), page.evaluate("() => String(window.__pwned)")
    assert page.evaluate(_LIVE_MARKUP_JS) == []
    assert len(page.frames) == 1, [f.url for f in page.frames]


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(SEARCH_TERMS))
def test_hostile_briefing_page_runs_nothing(page, server, name):
    page.goto(f"{server}/briefings/{name}/", wait_until="load")
    page.wait_for_timeout(300)
    for summary in page.locator("details > summary").all():
        summary.click()  # open the verbatim source article too
    page.mouse.move(10, 10)
    page.mouse.move(400, 300)
    page.wait_for_timeout(200)
    assert_nothing_ran(page)
    assert page.locator("h1").first.inner_text().strip() != ""
    assert page.watch.requests, "the route recorded no requests: the watch is not working"


@pytest.mark.browser
def test_front_matter_title_is_literal_text_in_title_header_and_index(page, server):
    literal = "</title><script>window.__pwned='title'</script>"
    page.goto(f"{server}/briefings/front-matter-attack/", wait_until="load")
    assert page.title().startswith(literal), page.title()
    assert literal in page.locator("h1").first.inner_text()
    assert literal in page.locator(".md-header__topic").last.text_content()
    assert_nothing_ran(page)
    page.goto(f"{server}/briefings/", wait_until="load")
    assert literal in page.locator("article").first.inner_text()
    assert_nothing_ran(page)


@pytest.mark.browser
@pytest.mark.parametrize("path", ["/", "/briefings/", "/tags/", "/404.html"])
def test_index_tags_and_404_pages_run_nothing(page, server, path):
    page.goto(f"{server}{path}", wait_until="load")
    page.wait_for_timeout(300)
    assert_nothing_ran(page)


def _search(page, server: str, query: str) -> str:
    page.goto(f"{server}/", wait_until="load")
    box = page.locator("#bg-search .pagefind-ui__search-input")
    box.click()  # the search box sits in the header
    box.press_sequentially(query, delay=20)  # key events, as a reader types
    page.wait_for_function(
        "q => { const m = document.querySelector('#bg-search .pagefind-ui__message');"
        " return m && /results? for/i.test(m.textContent) && m.textContent.includes(q); }",
        arg=query,
    )
    page.wait_for_timeout(500)  # excerpts load after the result count
    return page.locator("#bg-search .pagefind-ui__results-area").inner_text()


@pytest.mark.browser
@pytest.mark.parametrize("name", sorted(SEARCH_TERMS))
def test_search_results_for_each_hostile_article_run_nothing(page, server, name):
    results = _search(page, server, SEARCH_TERMS[name])
    assert SEARCH_TERMS[name].split()[0].lower() in results.lower(), results[:500]
    assert page.locator("#bg-search .pagefind-ui__result").count() >= 1
    assert_nothing_ran(page)


@pytest.mark.browser
@pytest.mark.parametrize("query", HOSTILE_QUERIES)
def test_search_results_showing_hostile_words_run_nothing(page, server, query):
    _search(page, server, query)
    assert_nothing_ran(page)
