"""#18: a rebuild's search index is the base plus a delta of the changed pages, merged in the browser.

Real Pagefind and a real Chromium: the same site indexed in two steps (whole, then a delta after pages
changed, left and arrived) must answer every query with the same pages and filter counts as the site
indexed from scratch.
"""

from __future__ import annotations

import functools
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import CHROMIUM

from briefgen.site.search import DELTA_DIR, DELTA_STATE, PAGEFIND_DIR, index_site

pytestmark = [pytest.mark.slow, pytest.mark.browser]

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")

PAGE = """<!doctype html><html lang="en"><head><title>{title}</title></head><body>
<nav>Home Briefings Actors</nav>
<article><h1>{title}</h1><div hidden data-pagefind-filter="kind:{kind}"></div>{month}<p>{text}</p></article>
</body></html>"""

#: What the browser runs: Pagefind's module as the search box loads it (briefgen's, with the delta merged).
QUERY = """async (word) => {
  const pf = await import('/pagefind/briefgen/pagefind.js');
  await pf.options({});
  await pf.loadFilters();  // as when the reader has opened a filter: every search counts its results per filter
  const r = await pf.search(word);
  const urls = await Promise.all(r.results.map((x) => x.data().then((d) => d.url)));
  return {urls: urls.sort(), count: r.unfilteredResultCount, filters: r.filters, all: await pf.filters()};
}"""

#: What the search box shows before the reader opens a filter.
SHOWN = """async () => {
  const pf = await import('/pagefind/briefgen/pagefind.js');
  await pf.options({});
  return await pf.filters();
}"""

WORDS = ["harbour", "omega", "alpha", "vanished", "arrival", "tractor", "page"]


def grow(site: Path):
    """Index ``site`` as a rebuild does: its page list kept in a state folder beside it (never in the site), so a delta can follow."""
    return index_site(site, state_dir=site.parent / f"{site.name}-state")


def write(site: Path, rel: str, title: str, kind: str, text: str, month: str = "") -> None:
    target = site / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    tag = f'<div hidden data-pagefind-filter="month:{month}"></div>' if month else ""
    target.write_text(PAGE.format(title=title, kind=kind, text=text, month=tag), encoding="utf-8")


def make_site(site: Path) -> None:
    for i in range(40):
        kind = "actor" if i % 3 == 0 else "briefing"
        month = "" if kind == "actor" else f"2005-0{1 + i % 4}"
        extra = " tractor" if i % 5 == 0 else ""
        write(site, f"p{i:02d}/index.html", f"Page {i}", kind, f"Harbour page number {i} about the weather{extra}.", month)
    write(site, "changed/index.html", "Changed", "briefing", "The alpha plan at the harbour.", "2005-02")
    write(site, "gone/index.html", "Gone", "actor", "The vanished harbour actor.")


@contextmanager
def served(folder: Path) -> Iterator[str]:
    handler = functools.partial(type("Quiet", (SimpleHTTPRequestHandler,), {"log_message": lambda *a: None}), directory=str(folder))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


def answers(browser, url: str) -> dict[str, dict]:
    """Each word's answer, and under ``""`` the filter counts shown first with the filter chunks fetched for them."""
    page = browser.new_page()
    fetched: list[str] = []  # Pagefind fetches from its worker, which the page's resource timing does not list
    page.on("requestfinished", lambda request: fetched.append(request.url))
    try:
        page.goto(url + "p01/")
        shown = {"counts": page.evaluate(SHOWN), "filter_chunks": sum(u.endswith(".pf_filter") for u in fetched)}
        return {"": shown} | {word: page.evaluate(QUERY, word) for word in WORDS}
    finally:
        page.close()


def test_base_plus_delta_answers_as_an_index_from_scratch(tmp_path, browser):
    grown = tmp_path / "grown"
    make_site(grown)
    assert grow(grown).delta == 0  # the first index is the base, whole
    base_entry = (grown / PAGEFIND_DIR / "pagefind-entry.json").read_bytes()
    write(grown, "changed/index.html", "Changed", "briefing", "The omega plan at the harbour.", "2005-03")  # text and month change
    (grown / "gone" / "index.html").unlink()
    write(grown, "new/index.html", "New", "briefing", "An arrival at the harbour, by tractor.", "2005-04")
    result = grow(grown)
    assert result.delta == 2 and result.pages == 42  # the changed and the new page; the base stays as it was
    assert (grown / PAGEFIND_DIR / "pagefind-entry.json").read_bytes() == base_entry
    assert (grown / PAGEFIND_DIR / DELTA_DIR / "pagefind-entry.json").is_file()

    scratch = tmp_path / "scratch"
    shutil.copytree(grown, scratch, ignore=shutil.ignore_patterns(PAGEFIND_DIR))
    assert index_site(scratch).delta == 0

    with served(grown) as grown_url, served(scratch) as scratch_url:
        got, expected = answers(browser, grown_url), answers(browser, scratch_url)
    assert expected["omega"]["urls"] == ["/changed/"] and expected["alpha"]["urls"] == [] and expected["vanished"]["urls"] == []
    assert expected["arrival"]["urls"] == ["/new/"] and len(expected["harbour"]["urls"]) == 42
    for word in WORDS:
        assert got[word] == expected[word], (word, got[word]["urls"][-4:])
    for answer in (got, expected):  # the filters were shown with Pagefind's own counts, without fetching a filter chunk
        assert answer[""]["filter_chunks"] == 0 and answer[""]["counts"] == answer["page"]["all"]
        assert answer["page"]["all"]["kind"] == {"actor": 14, "briefing": 28}


def test_a_delta_the_browser_cannot_load_leaves_the_base(tmp_path, browser):
    """The state names a delta whose files are gone: search still answers, from the base (which still has every old page)."""
    site = tmp_path / "site"
    make_site(site)
    grow(site)
    write(site, "new/index.html", "New", "briefing", "An arrival at the harbour.", "2005-04")
    assert grow(site).delta == 1
    shutil.rmtree(site / PAGEFIND_DIR / DELTA_DIR)
    assert (site / PAGEFIND_DIR / DELTA_STATE).is_file()
    with served(site) as url:
        got = answers(browser, url)
    assert got["arrival"]["urls"] == [] and len(got["harbour"]["urls"]) == 42


def test_a_page_only_removed_is_no_longer_found(tmp_path, browser):
    site = tmp_path / "site"
    make_site(site)
    grow(site)
    (site / "gone" / "index.html").unlink()
    assert grow(site).delta == 0  # nothing to index: the browser only drops the base's result
    with served(site) as url:
        got = answers(browser, url)
    assert got["vanished"]["urls"] == [] and got["vanished"]["count"] == 0 and len(got["harbour"]["urls"]) == 41
    assert got["page"]["all"]["kind"]["actor"] == 14  # 14 actors of the 40 numbered pages; "gone" no longer counted


def test_typing_fetches_no_index_chunk_before_the_search(tmp_path, browser):
    """Pagefind's UI preloads every prefix typed ("h", "ha", ...); the first letters' chunks hold the most frequent
    short words, so preloading them cost a first query at 10,000 briefings 103 KB it did not need. Only the search
    of the finished term fetches index chunks (and it still finds its pages)."""
    site = tmp_path / "site"
    make_site(site)
    index_site(site)
    with served(site) as url:
        page = browser.new_page()
        fetched: list[str] = []
        try:
            page.goto(url + "p01/")
            page.on("requestfinished", lambda request: fetched.append(request.url))
            page.evaluate(
                "async () => { const pf = await import('/pagefind/briefgen/pagefind.js'); await pf.options({}); await pf.init();"
                " for (const t of ['h', 'ha', 'har', 'harb']) await pf.preload(t); }"
            )
            preloaded = [u for u in fetched if u.endswith(".pf_index")]
            got = page.evaluate(QUERY, "harbour")
            searched = [u for u in fetched if u.endswith(".pf_index")]
        finally:
            page.close()
    assert preloaded == []
    assert searched and len(got["urls"]) == 42
