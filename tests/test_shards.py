"""Sharded publishing, the pure part (#18): periods, which page goes to which shard, cross-shard links, digests."""

from __future__ import annotations

import posixpath
import re

import pytest
from test_site_pages import story

from briefgen.errors import ConfigError
from briefgen.records import BriefingDate
from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.pages import FEED_PATH, SitePage
from briefgen.site.shards import PORTAL, UNDATED, Layout, Shard, period_of, plan_shards, portal_link, rewrite_links, shard_digest


@pytest.mark.parametrize(
    ("date", "shard_by", "period"),
    [
        ("2025-06-02", "month", "2025-06"),
        ("2025-06-02", "year", "2025"),
        ("1999-12-31", "month", "1999-12"),
        (None, "month", UNDATED),
        (None, "year", UNDATED),
    ],
)
def test_period_of(date, shard_by, period):
    assert period_of(BriefingDate(date, "file name" if date else None), shard_by) == period


def test_period_of_refuses_other_keys():
    with pytest.raises(ConfigError, match="shard_by"):
        period_of(BriefingDate("2025-06-02", None), "week")


def five_briefings() -> list:
    """Two May briefings, one each in June 2025 and June 2024, one undated: the site the shard tests split."""
    return [
        story("first", date="2025-05-16", speaker="Rubio"),
        story("second", date="2025-05-20"),
        story("third", date="2025-06-02"),
        story("undated", date=None),
        story("fourth", date="2024-06-03"),
    ]


@pytest.fixture(scope="module")
def briefings():
    return five_briefings()


@pytest.fixture(scope="module")
def assembled(briefings):
    return assemble_site(briefings, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")


def _plan(assembled, briefings, shard_by="month", directory_urls=True):
    return plan_shards(
        assembled.pages,
        assembled.dates,
        shard_by=shard_by,
        site_url="https://example.org/news/",
        directory_urls=directory_urls,
    )


@pytest.mark.parametrize(
    ("shard_by", "expected"),
    [
        ("month", {PORTAL: "", "2024-06": "briefings/2024-06", "2025-05": "briefings/2025-05", "2025-06": "briefings/2025-06", UNDATED: "briefings/undated"}),
        ("year", {PORTAL: "", "2024": "briefings/2024", "2025": "briefings/2025", UNDATED: "briefings/undated"}),
    ],
)
def test_one_shard_per_period_plus_the_portal(assembled, briefings, shard_by, expected):
    plan = _plan(assembled, briefings, shard_by)
    assert [s.name for s in plan.shards] == list(expected)  # portal first, periods sorted, undated last
    assert {s.name: s.folder for s in plan.shards} == expected


def test_every_page_goes_to_exactly_one_shard(assembled, briefings):
    plan = _plan(assembled, briefings)
    placed = sum(len(s.pages) for s in plan.shards)
    assert placed == len(assembled.pages)
    assert {p.path for p in plan.shard("2025-05").pages} == {"first.md", "second.md"}
    assert {p.path for p in plan.shard(UNDATED).pages} == {"undated.md"}
    portal = {p.path for p in plan.shard(PORTAL).pages}
    assert {"index.md", "briefings/index.md", "timeline/index.md", "actors/index.md", "actors/russia.md", FEED_PATH} <= portal
    assert not any(p.startswith("briefings/") and p.count("/") == 1 and not p.startswith("briefings/index") for p in portal)


_LINK = re.compile(r"\]\(([^)\s]+)")


def _targets(content: str) -> list[str]:
    return [t for t in _LINK.findall(content) if not t.startswith(("#", "http"))]


def test_every_link_resolves_in_the_combined_site(assembled, briefings):
    """Follow each Markdown link of each shard's page to a page of the combined site (URL space)."""
    plan = _plan(assembled, briefings)
    urls = set(plan.urls.values())
    checked = 0
    for shard in plan.shards:
        inner = {p.path for p in shard.pages}
        for page in shard.pages:
            if not page.path.endswith(".md"):
                continue
            page_dir = posixpath.join(shard.folder, posixpath.splitext(page.path)[0]) if not page.path.endswith("index.md") else posixpath.join(shard.folder, posixpath.dirname(page.path))
            for target in _targets(page.content):
                doc = target.split("#")[0]
                if doc.endswith(".md"):  # same shard: a docs path the generator resolves
                    assert posixpath.normpath(posixpath.join(posixpath.dirname(page.path), doc)) in inner, (shard.name, page.path, target)
                else:  # another shard: a URL from this page's URL
                    url = posixpath.normpath(posixpath.join(page_dir, doc))
                    assert url in urls or url + "/" in urls or (url == "." and "" in urls), (shard.name, page.path, target)
                checked += 1
    assert checked > 50


def test_cross_shard_links_are_urls_and_same_shard_links_stay_pages(assembled, briefings):
    plan = _plan(assembled, briefings)
    first = next(p.content for p in plan.shard("2025-05").pages if p.path == "first.md")
    assert "](../../../actors/russia/)" in first  # to the portal, as a URL
    assert "](second.md)" in first  # same period: still a page link (MkDocs checks it)
    home = next(p.content for p in plan.shard(PORTAL).pages if p.path == "index.md")
    assert "](briefings/2025-06/third/)" in home
    assert "](timeline/index.md)" in home


def test_links_without_directory_urls(assembled, briefings):
    pages = assemble_site(briefings, renderer=Renderer(), per_page=2, directory_urls=False).pages
    plan = plan_shards(pages, {b.article.name: assembled.dates[b.article.name] for b in briefings}, shard_by="month", directory_urls=False)
    first = next(p.content for p in plan.shard("2025-05").pages if p.path == "first.md")
    assert "](../../actors/russia.html)" in first
    assert plan.urls["briefings/first.md"] == "briefings/2025-05/first.html"


def test_the_feed_links_the_sharded_urls(assembled, briefings):
    plan = _plan(assembled, briefings)
    feed = next(p.content for p in plan.shard(PORTAL).pages if p.path == FEED_PATH)
    assert 'href="https://example.org/news/briefings/2025-06/third/"' in feed
    assert 'href="https://example.org/news/briefings/third/"' not in feed


def test_rewrite_keeps_what_is_not_a_page_link():
    layout = Layout({"a": BriefingDate("2025-01-05", "file name")}, shard_by="month")
    content = "[s](#src-1-2) [w](https://example.org/a.md) [r](/abs.md) [f](../feed.xml) [x](../actors/x.md#bio \"X\") [t](../tags.md)"
    out = rewrite_links(content, "briefings/a.md", layout=layout)
    assert out == "[s](#src-1-2) [w](https://example.org/a.md) [r](/abs.md) [f](../feed.xml) [x](../../../actors/x/#bio \"X\") [t](../../../tags/)"


@pytest.mark.parametrize(
    ("link", "expected"),
    [
        ("[x](../actors/x.md)", "[x](../../../actors/x/)"),
        ("[x](../actors/x.md#bio)", "[x](../../../actors/x/#bio)"),
        ('[x](../actors/x.md "X")', '[x](../../../actors/x/ "X")'),
        ("[x](../actors/x.md", "[x](../../../actors/x/"),  # at the end of the text
        ("[b](b.md)", "[b](b.md)"),  # the same shard: a page link, from the page's new place
        ("[x](../actors/x.md.txt)", "[x](../actors/x.md.txt)"),  # no page
        ("[x](mailto:x.md)", "[x](mailto:x.md)"),
        ("[x](//host/x.md)", "[x](//host/x.md)"),
        ("[s](#src-1-2)", "[s](#src-1-2)"),
        ("[m](../a.md#x:y)", "[m](../../../a/#x:y)"),  # a colon in the anchor is no scheme
    ],
)
def test_rewrite_table(link, expected):
    """#18: the pattern matches only ``.md`` page targets (anchors alone, URLs and other files never reach the rewrite)."""
    layout = Layout({"a": BriefingDate("2025-01-05", "file name"), "b": BriefingDate("2025-01-06", "file name")}, shard_by="month")
    assert rewrite_links(link, "briefings/a.md", layout=layout) == expected


def test_pages_are_read_once_in_any_order(assembled, briefings):
    """A stream of pages, in reverse: the same shards and the same pages (a site index can hand them over one at a time)."""
    plan = _plan(assembled, briefings)
    streamed = plan_shards(iter(list(reversed(assembled.pages))), assembled.dates, shard_by="month", site_url="https://example.org/news/")
    assert [s.name for s in streamed.shards] == [s.name for s in plan.shards]
    for a, b in zip(plan.shards, streamed.shards, strict=True):
        assert set(a.pages) == set(b.pages) and len(a.pages) == len(b.pages) and a.newest == b.newest


def test_sharding_needs_a_briefings_folder(assembled):
    with pytest.raises(ConfigError, match="output: briefings"):
        plan_shards(assembled.pages, assembled.dates, shard_by="month", prefix=".")
    with pytest.raises(ConfigError, match="shard_by"):
        plan_shards(assembled.pages, assembled.dates, shard_by="week")


@pytest.mark.parametrize(
    ("change", "differs"),
    [
        (lambda s: s, False),
        (lambda s: Shard(s.name, s.folder, (*s.pages[:-1], SitePage(s.pages[-1].path, s.pages[-1].content + "x"))), True),
        (lambda s: Shard(s.name, s.folder, (*s.pages, SitePage("new.md", ""))), True),
        (lambda s: Shard(s.name, s.folder, tuple(reversed(s.pages))), False),  # order of pages is no input
        (lambda s: Shard(s.name, "briefings/other", s.pages), True),
    ],
)
def test_digest_follows_the_inputs(change, differs):
    shard = Shard("2025-05", "briefings/2025-05", (SitePage("a.md", "A"), SitePage("b.md", "B")))
    assert (shard_digest(change(shard), config="c") != shard_digest(shard, config="c")) is differs


def test_digest_covers_config_and_extra_files():
    shard = Shard(PORTAL, "", (SitePage("index.md", "A"),))
    base = shard_digest(shard, config="c", extra=[("about.md", b"1")])
    assert shard_digest(shard, config="d", extra=[("about.md", b"1")]) != base
    assert shard_digest(shard, config="c", extra=[("about.md", b"2")]) != base


def test_one_new_article_changes_only_its_period_and_the_portal(assembled, briefings):
    """The digest decides what to rebuild: an article about other actors leaves the other periods' pages alone."""
    before = {s.name: shard_digest(s, config="c") for s in _plan(assembled, briefings).shards}
    lone = story("lone", date="2025-06-20", speaker="Jane Roe")
    lone = lone.__class__(lone.article, lone.extraction.__class__(actors=tuple(a for a in lone.extraction.actors if a.kind == "person")))
    more = [*briefings, lone]
    after_site = assemble_site(more, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")
    after = {s.name: shard_digest(s, config="c") for s in _plan(after_site, more).shards}
    assert {name for name in after if before.get(name) != after[name]} == {PORTAL, "2025-06"}


def test_portal_link():
    portal, period = Shard(PORTAL, "", ()), Shard("2025-05", "briefings/2025-05", ())
    assert portal_link(portal, "timeline/index.md") == "timeline/index.md"
    assert portal_link(period, "timeline/index.md") == "../../timeline/"
    assert portal_link(period, "index.md") == "../../"
    assert portal_link(period, "assets/briefgen.css") == "../../assets/briefgen.css"


def test_cli_shard_by_needs_a_mkdocs_config(tmp_path, capsys):
    """Checked before any article is parsed: exit 2, one line naming the file."""
    from briefgen.cli import EXIT_USAGE, main

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    missing = tmp_path / "nowhere.yml"
    assert main(["build", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"), "--shard-by", "month", "--mkdocs-config", str(missing)]) == EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "nowhere.yml: no such MkDocs config" in err[0]
    assert not (tmp_path / "out" / "a.md").exists()


def test_cli_shard_by_needs_the_briefings_in_a_folder(tmp_path, capsys):
    from briefgen.cli import EXIT_USAGE, main

    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "a.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: x\nplugins:\n  - briefgen:\n      output: .\n", encoding="utf-8")
    assert main(["build", str(tmp_path / "seeds"), "--out", str(tmp_path / "out"), "--shard-by", "year", "--mkdocs-config", str(config)]) == EXIT_USAGE
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "mkdocs.yml: --shard-by needs the briefings in a folder of their own" in err[0]


def test_the_core_imports_no_site_generator():
    """Pure core, thin adapter: the partition works without MkDocs; the adapter's per-build entry point imports no spaCy."""
    import subprocess
    import sys

    core = "import sys, briefgen.site.shards; assert 'mkdocs' not in sys.modules"
    adapter = "import sys, briefgen.shard_build; assert 'spacy' not in sys.modules and 'mkdocs' not in sys.modules"
    for code in (core, adapter):
        subprocess.run([sys.executable, "-c", code], check=True)


def test_shards_assembled_through_the_page_store_are_the_shards_of_a_clean_build(tmp_path, briefings):
    """#18: a rebuild that takes unchanged pages from the last build's store plans the same shards, digests included."""
    from briefgen.site.increment import CachedRenderer, PageStore, renderer_salt

    more = [*briefings, story("fifth", date="2025-06-21"), story("sixth", date=None)]
    store_file = tmp_path / "pages.sqlite"
    for items in (briefings, more, more[:-1]):  # one build, then two more articles, then one removed again
        with PageStore(store_file, salt=renderer_salt(Renderer())) as store:
            through_store = assemble_site(items, renderer=CachedRenderer(Renderer(), store), per_page=2, site_url="https://example.org/news/")
        clean = assemble_site(items, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")
        planned, expected = _plan(through_store, items).shards, _plan(clean, items).shards
        assert planned == expected
        assert [shard_digest(s, config="c") for s in planned] == [shard_digest(s, config="c") for s in expected]
    assert store.hits > 0 and store.reset is None


def test_the_sitemap_index_lists_every_shards_sitemap(assembled, briefings):
    """#18: no sitemap of every page (it grows with the archive): the root sitemap.xml is an index of the portal's
    pieces and each period's own sitemap, one line each, absolute URLs."""
    from briefgen.site.shards import sitemap_index

    plan = _plan(assembled, briefings)
    text = sitemap_index(plan, site_url="https://example.org/news", portal_files=2)
    locs = re.findall(r"<loc>([^<]+)</loc>", text)
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
    assert locs == ["https://example.org/news/sitemap-1.xml", "https://example.org/news/sitemap-2.xml"] + [
        f"https://example.org/news/{s.folder}/sitemap.xml" for s in plan.shards[1:]
    ]
    assert len(plan.shards) == 5
    assert sitemap_index(plan, site_url=None) is None  # sitemaps need absolute URLs: MkDocs writes empty ones too


@pytest.mark.parametrize("urls,per_file,files", [(0, 3, 1), (1, 3, 1), (3, 3, 1), (7, 3, 3), (25_000, 10_000, 3)])
def test_a_sitemap_is_cut_into_files_of_bounded_size(urls, per_file, files):
    """The portal's sitemap (1.64 MB at 20,000 briefings, 2 MB near 25,000) in pieces of at most per_file URLs, in order."""
    from briefgen.site.shards import split_sitemap

    entries = [f"<url>\n  <loc>https://example.org/actors/a{i}/</loc>\n  <lastmod>2025-01-01</lastmod>\n</url>" for i in range(urls)]
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + "\n".join(entries) + "\n</urlset>"
    parts = split_sitemap(xml, per_file=per_file)
    assert len(parts) == files
    found = [re.findall(r"<loc>([^<]+)</loc>", p) for p in parts]
    assert [u for part in found for u in part] == [f"https://example.org/actors/a{i}/" for i in range(urls)]
    assert all(len(part) <= per_file for part in found)
    assert all(p.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<urlset') and p.endswith("</urlset>\n") for p in parts)


# --- #18: tags in a sharded site: a listing per period, the portal's tags page linking each -----------------------------


@pytest.mark.parametrize(
    ("folder", "directory_urls", "portal_tags", "back"),
    [
        ("briefings/2025-05", True, "tags.md", "../../../tags/"),
        ("briefings/2025-05", False, "tags.md", "../../tags.html"),
        ("briefings/2025", True, "about/tags.md", "../../../about/tags/"),
        ("news/undated", True, "index.md", "../../../"),
        ("briefings/2025-05", True, None, None),
    ],
)
def test_a_period_gets_a_tags_listing_linking_the_sites_tags_page(folder, directory_urls, portal_tags, back):
    from briefgen.site.shards import PERIOD_TAGS, period_tags_pages

    shard = Shard(folder.rsplit("/", 1)[1], folder, ())
    [page] = period_tags_pages(shard, directive="material/tags", portal_tags=portal_tags, directory_urls=directory_urls)
    assert page.path == PERIOD_TAGS == "tags.md"  # a reserved briefing name: no briefing page of the shard takes it
    assert "\n<!-- material/tags -->\n" in page.content and page.content.startswith('---\ntitle: "Tags of ')
    assert re.findall(r"\]\(([^)]*)\)", page.content) == ([back] if back else [])
    # the link resolves, from the page's URL in the combined site, to the portal page's URL
    if back:
        here = f"{folder}/tags/" if directory_urls else f"{folder}/tags.html"
        base = here.rstrip("/") if here.endswith("/") else posixpath.dirname(here)
        target = portal_tags[: -len(".md")].removesuffix("index")
        expected = target + "/" if directory_urls and target and not target.endswith("/") else target if directory_urls else target + ".html"
        assert posixpath.normpath(posixpath.join(base, back)) == posixpath.normpath(expected or ".")


def test_undated_and_custom_directive():
    from briefgen.site.shards import period_tags_pages

    [page] = period_tags_pages(Shard(UNDATED, "briefings/undated", ()), directive="material/tags { include: [x] }")
    assert "# Tags of undated briefings" in page.content and "<!-- material/tags { include: [x] } -->" in page.content


@pytest.mark.parametrize(
    ("page", "directory_urls", "links"),
    [
        ("tags.md", True, ["../briefings/2025-06/tags/", "../briefings/2025-05/tags/", "../briefings/undated/tags/"]),
        ("tags.md", False, ["briefings/2025-06/tags.html", "briefings/2025-05/tags.html", "briefings/undated/tags.html"]),
        ("index.md", True, ["briefings/2025-06/tags/", "briefings/2025-05/tags/", "briefings/undated/tags/"]),
    ],
)
def test_the_portals_tags_page_links_each_period_newest_first(page, directory_urls, links):
    from briefgen.site.shards import ShardPlan, tags_by_period

    shards = (Shard(PORTAL, "", ()), Shard("2025-05", "briefings/2025-05", ()), Shard("2025-06", "briefings/2025-06", ()), Shard(UNDATED, "briefings/undated", ()))
    text = tags_by_period(ShardPlan(shards, {}), page=page, directory_urls=directory_urls)
    assert re.findall(r"\]\(([^)]*)\)", text) == links
    assert re.findall(r"- \[([^]]*)\]", text) == ["2025-06", "2025-05", "Undated"]
    assert tags_by_period(ShardPlan(shards[:1], {}), page=page) == ""


@pytest.mark.parametrize(
    ("plugins", "expected"),
    [
        (["tags"], ("material/tags", None)),
        (["search", {"material/tags": {"listings_directive": "tagged"}}], ("tagged", None)),
        ([{"tags": {"tags_file": "tags.md"}}], ("material/tags", "tags.md")),
        ([{"tags": None}], ("material/tags", None)),
        ([{"tags": {"enabled": False}}], (None, None)),
        ([{"tags": {"listings": False}}], (None, None)),
        ([{"tags": {"export_only": True}}], (None, None)),
        (["search", "briefgen"], (None, None)),
        ([], (None, None)),
    ],
)
def test_the_sites_tags_plugin_is_read_from_its_config(plugins, expected):
    from briefgen.shard_build import _tags_plugin

    assert _tags_plugin({"plugins": plugins}) == expected


@pytest.mark.parametrize(
    ("own", "tags_file", "found"),
    [
        ({"index.md": b"# Home", "tags.md": b"# Tags\n<!-- material/tags -->\n"}, None, "tags.md"),
        ({"a/x.md": b"<!-- material/tags -->", "b.md": b"<!-- material/tags -->"}, None, "a/x.md"),
        ({"tags.md": b"# Tags\n[TAGS]\n", "x.md": b"<!-- material/tags -->"}, "tags.md", "tags.md"),
        ({"index.md": b"# Home", "tags.txt": b"<!-- material/tags -->"}, None, None),
        ({"index.md": b"# Home"}, "tags.md", None),
    ],
)
def test_the_portals_listing_page(own, tags_file, found):
    from briefgen.shard_build import _portal_listing

    assert _portal_listing(sorted(own.items()), directive="material/tags", tags_file=tags_file) == found


@pytest.mark.parametrize(
    ("text", "listing_first"),
    [("# Tags\n\n<!-- material/tags -->\n", False), ("# Tags\n\n[TAGS]\n", False), ("# Tags\n", True)],
)
def test_the_periods_links_come_after_the_portals_own_listing(text, listing_first):
    """The old ``tags_file`` page without a directive gets one before the periods' heading, where the plugin would have put it after."""
    from briefgen.shard_build import with_tags_by_period
    from briefgen.site.shards import ShardPlan

    plan = ShardPlan((Shard(PORTAL, "", ()), Shard("2025-05", "briefings/2025-05", ())), {})
    out = with_tags_by_period(text, plan=plan, page="tags.md", directive="material/tags", directory_urls=True)
    assert out.startswith(text) and out.endswith("- [2025-05](../briefings/2025-05/tags/)\n")
    assert (out.find("<!-- material/tags -->") > len(text) - 1) is listing_first
    assert out.count("<!-- material/tags -->") == (1 if "[TAGS]" not in text else 0)


def test_a_site_without_a_tags_listing_gets_no_tags_pages(tmp_path):
    """No tags plugin: the shards and the portal's docs as the plan made them; with one, a listing per period only."""
    from briefgen.shard_build import _tags_listings
    from briefgen.site.shards import ShardPlan

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "tags.md").write_text("# Tags\n\n<!-- material/tags -->\n", encoding="utf-8")
    page = SitePage("b.md", "---\ntags:\n- X\n---\n# B\n")
    shards = [Shard(PORTAL, "", ()), Shard("2025-05", "briefings/2025-05", (page,))]
    plan = ShardPlan(tuple(shards), {})
    same, own, edited = _tags_listings(plan, shards, user={"plugins": ["search"]}, own_docs_dir=docs, directory_urls=True)
    assert same == shards and own() == [("tags.md", b"# Tags\n\n<!-- material/tags -->\n")] and edited == {}
    made, own, edited = _tags_listings(plan, shards, user={"plugins": ["tags"]}, own_docs_dir=docs, directory_urls=True)
    assert made[0] == shards[0] and [p.path for p in made[1].pages] == ["b.md", "tags.md"]
    assert own() == [("tags.md", b"# Tags\n\n<!-- material/tags -->\n")]  # as written by the site (its digest makes a clean build)
    assert list(edited) == ["tags.md"] and edited["tags.md"].decode().endswith("- [2025-05](../briefings/2025-05/tags/)\n")


def _tagged(name: str, *tags: str) -> SitePage:
    from briefgen.render.markdown import front_matter

    return SitePage(f"{name}.md", str(front_matter({"title": name.upper(), "date": "2025-05-01", "tags": list(tags)})) + f"\n# {name}\n")


def test_front_matter_tags_are_read_back():
    """The tags are read from the pages' front matter as YAML gives them (quoted words stay words), each counted once a page."""
    from briefgen.site.shards import _cut_tags

    pages = [_tagged("a", "Tony Blair", "yes", "2025", "Côte d'Ivoire: north", "Tony Blair"), _tagged("b"), SitePage("c.md", "# no front matter\n- x\n")]
    assert _cut_tags(pages, budget=0) == [["2025"], ["Côte d'Ivoire: north"], ["Tony Blair"], ["yes"]]
    assert _cut_tags(pages, budget=4 + 4 * 4) == [] and _cut_tags(pages, budget=4 + 4 * 4 - 1) != []  # 4 entries, 4 tags


@pytest.mark.parametrize(
    ("budget", "runs"),
    [
        (100, [None]),  # everything fits one page: no include list, every tag listed
        (14, [["Alpha", "Beta"], ["Gamma"], ["Zeta: \u00e9"]]),  # Alpha 3+4, Beta 2+4 | Gamma 6+4 | Zeta 1+4
        (5, [["Alpha"], ["Beta"], ["Gamma"], ["Zeta: \u00e9"]]),  # a tag heavier than the budget has a page of its own
    ],
)
def test_a_periods_listing_is_cut_into_pages_by_tag(budget, runs):
    """#18: a period's listing over the budget is cut into pages of consecutive tags, each including its own; every
    tag on exactly one page, the pages linking each other."""
    from briefgen.site.shards import period_tags_pages

    pages = [
        _tagged("a", "Alpha", "Gamma"), _tagged("b", "Beta", "Alpha", "Gamma"), _tagged("c", "Gamma", "Alpha"),
        _tagged("d", "Gamma", "Beta"), _tagged("e", "Gamma"), _tagged("f", "Gamma", "Zeta: \u00e9"),
    ]
    shard = Shard("2025-05", "briefings/2025-05", tuple(pages))
    made = period_tags_pages(shard, directive="material/tags", portal_tags="tags.md", budget=budget)
    assert [p.path for p in made] == ["tags.md", *[f"tags/{k}.md" for k in range(2, len(runs) + 1)]]
    for k, (page, run) in enumerate(zip(made, runs, strict=True), 1):
        directive = re.search(r"<!-- material/tags(.*?) -->", page.content).group(1)
        if run is None:
            assert directive == ""
            continue
        import yaml

        assert yaml.safe_load(directive)["include"] == run
        links = re.findall(r"\]\(([^)]*)\)", page.content)
        here = "briefings/2025-05/tags/" if k == 1 else f"briefings/2025-05/tags/{k}/"
        # the site's tags page, then every other page of the listing, all relative to this page's URL
        expected = ["tags"] + ["briefings/2025-05/tags" if j == 1 else f"briefings/2025-05/tags/{j}" for j in range(1, len(runs) + 1) if j != k]
        assert [posixpath.normpath(posixpath.join(here, link)) for link in links] == expected


def test_a_cut_listings_tag_names_are_text_not_markup():
    """Tag names in a cut listing's heading and links render as themselves (escaped), its title holds entities, as a briefing's."""
    from briefgen.site.shards import period_tags_pages

    pages = [_tagged("a", "A_b*"), _tagged("b", "C & D"), _tagged("c", "1. Z")]
    made = period_tags_pages(Shard("2025", "briefings/2025", tuple(pages)), directive="material/tags", budget=0)
    assert [p.path for p in made] == ["tags.md", "tags/2.md", "tags/3.md"]
    assert "\n# Tags of 2025 (A\\_b\\*)\n" in made[1].content and 'title: "Tags of 2025 (C &amp; D)"' in made[2].content
    assert "[A\\_b\\*](2/)" in made[0].content and '{ include: ["A_b*"] }' in made[1].content
