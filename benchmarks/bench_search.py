"""Benchmark 6: what a visitor downloads to search the site (issue #18), measured in a real Chromium.

Builds the site of N BBC articles with the repository's ``mkdocs.yml`` (Pagefind
search, built by the plugin), serves it on 127.0.0.1 and, in Debian's chromium
driven by Playwright, opens the home page, types a query into the header's
search box and waits for the first results. Every response from opening the page
to the first results is counted at its gzip size (what a static host serving
gzip sends); Pagefind's index chunks are already compressed and count as they
are. Also reported: the largest file in ``site/`` (target: none over 2 MB) and
what MkDocs' lunr index of the same pages would have weighed (gzip).

Targets: <= 400 KB at 300 articles. Needs ``/usr/bin/chromium`` and the corpus.

    python benchmarks/bench_search.py [--limit N] [--query WORD] [--workdir DIR] [--no-record]
"""

from __future__ import annotations

import argparse
import functools
import gzip
import json
import sys
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from common import DEFAULT_WORKDIR, copy_seeds, corpus_files, make_project, mkdocs_build, record

TARGET_BYTES = 400_000
MAX_FILE = 2_000_000
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"]
_PRECOMPRESSED = (".pf_fragment", ".pf_index", ".pf_meta", ".pf_filter", ".pagefind")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        pass


def served_bytes(site: Path, base: str, urls: list[str]) -> int:
    """The gzip size of every file served for ``urls`` (precompressed index chunks as they are)."""
    total = 0
    for url in urls:
        rel = url[len(base) :].split("#")[0].split("?")[0]
        path = site / rel
        if path.is_dir() or not rel:
            path = path / "index.html"
        if not path.is_file():
            continue
        data = path.read_bytes()
        total += len(data) if path.name.endswith(_PRECOMPRESSED) else len(gzip.compress(data, 6))
    return total


def first_query(site: Path, query: str) -> tuple[int, int, str]:
    """(requests, gzip bytes, first result's link) from opening the home page to the first results."""
    from playwright.sync_api import sync_playwright

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    fetched: list[str] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page()
            page.on("requestfinished", lambda request: fetched.append(request.url))
            page.goto(base)
            page.locator("#bg-search .pagefind-ui__search-input").click()
            page.keyboard.type(query)
            first = page.locator(".pagefind-ui__result-link").first
            first.wait_for(timeout=30_000)
            page.wait_for_load_state("networkidle")
            link = first.get_attribute("href") or ""
            browser.close()
    finally:
        server.shutdown()
        server.server_close()
    return len(fetched), served_bytes(site, base, fetched), link


def lunr_equivalent(site: Path) -> int:
    """The gzip size of a lunr-style index of the same pages: every page's text in one JSON file."""
    import re

    docs = []
    for page in sorted(site.rglob("*.html")):
        if page.relative_to(site).parts[0] == "pagefind":
            continue
        html = page.read_text(encoding="utf-8", errors="replace")
        article = re.search(r"<article.*?</article>", html, re.S)
        text = re.sub(r"<[^>]+>", " ", article.group(0) if article else "")
        docs.append({"location": page.relative_to(site).as_posix(), "text": " ".join(text.split())})
    return len(gzip.compress(json.dumps({"docs": docs}).encode("utf-8"), 6))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=300)
    parser.add_argument("--query", default="Blair")
    parser.add_argument("--workdir", type=Path, default=DEFAULT_WORKDIR / "search")
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    if not CHROMIUM.exists():
        print("SKIPPED: Debian's chromium is not installed (apt-get install -y chromium)", file=sys.stderr)
        raise SystemExit(0)

    files = corpus_files(args.limit)
    seeds = args.workdir / "seeds"
    copy_seeds(files, seeds)
    config = make_project(args.workdir / "project", seeds, cache_dir=args.workdir / "cache")
    build = mkdocs_build(config)
    site = args.workdir / "project" / "site"
    requests, sent, link = first_query(site, args.query)
    largest = max((p.stat().st_size, p.relative_to(site).as_posix()) for p in site.rglob("*") if p.is_file())
    lunr = lunr_equivalent(site)
    ok = sent <= TARGET_BYTES and largest[0] <= MAX_FILE
    markdown = (
        "## 6. Search: what a visitor downloads to the first results (issue #18)\n\n"
        f"| articles | pages indexed | requests | served to first results (gzip) | target | largest file in site/ | lunr index of the same pages (gzip) | build |\n"
        f"|---|---|---|---|---|---|---|---|\n"
        f"| {len(files):,} | {sum(1 for p in site.rglob('*.html') if p.relative_to(site).parts[0] != 'pagefind'):,} | {requests} "
        f"| {sent / 1000:,.0f} KB | ≤ {TARGET_BYTES / 1000:,.0f} KB | {largest[0] / 1e6:.2f} MB (`{largest[1]}`) "
        f"| {lunr / 1000:,.0f} KB | {build.seconds:.0f} s |\n\n"
        f"Query {args.query!r}; first result `{link}`. {'Meets' if ok else 'MISSES'} the targets."
    )
    print(markdown) if args.no_record else record("search", markdown)
    raise SystemExit(0 if ok else 1)


if __name__ == "__main__":
    main()
