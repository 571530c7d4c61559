"""Actor shards, the pure part (#18): the actor pages leave the portal for builds of bounded size, at the same URLs."""

from __future__ import annotations

import posixpath
import re

import pytest
from test_shards import five_briefings
from test_site_pages import story

from briefgen.render import Renderer
from briefgen.site import assemble_site
from briefgen.site.shards import (
    PORTAL,
    actor_buckets,
    actor_slug,
    is_actor_shard,
    is_period,
    period_sitemap_path,
    plan_shards,
    shard_digest,
    sitemap_index,
    tags_by_period,
)


@pytest.mark.parametrize(
    ("path", "slug"),
    [
        ("actors/tony-blair.md", "tony-blair"),
        ("actors/tony-blair/2.md", "tony-blair"),
        ("actors/index.md", None),  # the actors index stays in the portal
        ("actors/index/b.md", None),
        ("actors/index/2.md", None),
        ("actors/tony-blair/notes.md", None),  # not a list page
        ("actors/a/b/1.md", None),
        ("briefings/tony-blair.md", None),
        ("actors/tony-blair.json", None),
        ("actors.md", None),
    ],
)
def test_actor_slug(path, slug):
    assert actor_slug(path) == slug


@pytest.mark.parametrize(("actors", "per_shard", "shards"), [(0, 10, 0), (1, 10, 1), (10, 10, 1), (11, 10, 2), (40, 10, 4), (41, 10, 8), (5_000, 1_000, 8)])
def test_the_count_of_actor_shards_is_a_power_of_two_holding_at_most_per_shard_on_average(actors, per_shard, shards):
    buckets = actor_buckets({f"actor-{i}": 1 for i in range(actors)}, per_shard=per_shard)
    assert len(set(buckets.values())) == shards
    assert all(is_actor_shard(name) for name in buckets.values())


def test_pages_count_and_the_largest_shard_stays_near_the_average():
    pages_of = {f"actor-{i}": 1 + i % 3 for i in range(3_000)}  # 6,000 pages: 8 shards of 750 on average
    buckets = actor_buckets(pages_of, per_shard=1_000)
    load: dict[str, int] = {}
    for slug, name in buckets.items():
        load[name] = load.get(name, 0) + pages_of[slug]
    assert len(load) == 8 and sum(load.values()) == 6_000
    assert max(load.values()) <= 1.2 * 750 and min(load.values()) >= 0.8 * 750, load


def test_an_actor_keeps_its_shard_while_the_count_does():
    """One new actor moves no other: a rebuild dirties only the shards of the actors an article touches."""
    before = actor_buckets({f"actor-{i}": 1 for i in range(100)}, per_shard=20)  # 8 shards
    after = actor_buckets({f"actor-{i}": 1 for i in range(101)}, per_shard=20)
    assert {slug: after[slug] for slug in before} == before
    # the count doubles only when the pages do: then every actor shard is a new one
    doubled = actor_buckets({f"actor-{i}": 1 for i in range(161)}, per_shard=20)
    assert len(set(doubled.values())) == 16 and not set(doubled.values()) & set(before.values())


@pytest.fixture(scope="module")
def briefings():
    return five_briefings()  # test_shards' site


@pytest.fixture(scope="module")
def assembled(briefings):
    return assemble_site(briefings, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")


def _plan(assembled, *, actor_pages, directory_urls=True, memo=None, **options):
    return plan_shards(
        assembled.pages,
        assembled.dates,
        shard_by="month",
        site_url="https://example.org/news/",
        directory_urls=directory_urls,
        actor_pages=actor_pages,
        memo=memo,
        **options,
    )


def test_actor_pages_leave_the_portal_for_actor_shards_published_in_actors(assembled):
    plain, split = _plan(assembled, actor_pages=None), _plan(assembled, actor_pages=2)
    actor_paths = {p.path for p in plain.shard(PORTAL).pages if actor_slug(p.path)}
    assert len(actor_paths) >= 4
    actor_shards = [s for s in split.shards if is_actor_shard(s.name)]
    assert len(actor_shards) >= 2 and all(s.folder == "actors" for s in actor_shards)
    # the portal first, then the actor shards, then the periods: every page in exactly one shard, at its old URL
    names = [s.name for s in split.shards]
    assert names == [PORTAL, *sorted(s.name for s in actor_shards), *[s.name for s in plain.shards[1:]]]
    assert {f"actors/{p.path}" for s in actor_shards for p in s.pages} == actor_paths
    assert not any(actor_slug(p.path) for p in split.shard(PORTAL).pages)
    assert split.urls == plain.urls
    assert sum(len(s.pages) for s in split.shards) == sum(len(s.pages) for s in plain.shards)
    # the periods are the same shards, byte for byte, save the links to actor pages, which were URLs already
    for period in plain.shards[1:]:
        assert split.shard(period.name) == period
    assert [s.name for s in split.shards if is_period(s)] == [s.name for s in plain.shards[1:]]


_LINK = re.compile(r"\]\(([^)\s]+)")


def _page_url(folder: str, inner: str, directory_urls: bool) -> str:
    from briefgen.site.pages import page_url

    url = page_url(inner, directory_urls=directory_urls)
    return f"{folder}/{url}" if folder and url else f"{folder}/" if folder else url


def _followed(plan, directory_urls: bool) -> dict[str, list[str]]:
    """Docs path of each page of the unsharded site -> the URL (and anchor) of each of its links, followed in the combined site."""
    page_of_url = {url: path for path, url in plan.urls.items()}
    found: dict[str, list[str]] = {}
    for shard in plan.shards:
        inner = {p.path for p in shard.pages}
        for page in shard.pages:
            if not page.path.endswith(".md"):
                continue
            here = _page_url(shard.folder, page.path, directory_urls)
            folder = here.rstrip("/") if here.endswith("/") or not here else posixpath.dirname(here)
            reached = []
            for target in _LINK.findall(page.content):
                doc, _, anchor = target.partition("#")
                if target.startswith(("#", "http")) or not doc:
                    continue
                if doc.endswith(".md"):  # same shard: a docs path the generator resolves
                    dest = posixpath.normpath(posixpath.join(posixpath.dirname(page.path), doc))
                    assert dest in inner, (shard.name, page.path, target)
                    url = _page_url(shard.folder, dest, directory_urls)
                else:  # another shard: a URL relative to this page's
                    url = posixpath.normpath(posixpath.join(folder, doc))
                    url = "" if url == "." else url + "/" if doc.endswith("/") else url
                is_page = url == "" or url.endswith(("/", ".html"))
                assert url in page_of_url or not is_page, (shard.name, page.path, target, url)  # a page, or a file (the feed)
                reached.append(f"{url}#{anchor}")
            found[page_of_url[here]] = reached
    return found


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "html-urls"])
def test_every_link_leads_where_it_led_without_actor_shards(assembled, directory_urls):
    """Each Markdown link of each page, followed in the combined site, reaches the URL it reached with the actor pages
    in the portal; links between two pages of one shard stay page links (MkDocs checks them)."""
    plain = _followed(_plan(assembled, actor_pages=None, directory_urls=directory_urls), directory_urls)
    split_plan = _plan(assembled, actor_pages=2, directory_urls=directory_urls)
    split = _followed(split_plan, directory_urls)
    assert split == plain
    assert sum(map(len, split.values())) > 50
    crossing = [p for s in split_plan.shards if is_actor_shard(s.name) for p in s.pages if "../" in p.content]
    assert crossing  # actor pages link briefings and the index in other shards, as URLs


def test_an_actor_shard_is_dated_by_the_briefings_its_pages_list(assembled):
    plan = _plan(assembled, actor_pages=2)
    dates = {d.date for d in assembled.dates.values() if d.date}
    for shard in plan.shards:
        if is_actor_shard(shard.name):
            assert shard.newest in dates or shard.newest is None
    assert any(s.newest for s in plan.shards if is_actor_shard(s.name))
    assert plan.shard(PORTAL).newest == max(dates)


def test_the_link_memo_gives_what_a_fresh_rewrite_gives_with_and_without_actor_shards(assembled):
    """A record made without actor shards (actor targets not recorded) never serves a plan with them, nor the reverse."""
    memo: dict[str, bytes] = {}
    for actor_pages in (None, 2, 2, None, 4, 2):
        assert _plan(assembled, actor_pages=actor_pages, memo=memo) == _plan(assembled, actor_pages=actor_pages)


def test_sitemaps_and_tags_of_actor_shards(assembled):
    """Every actor shard is published in ``actors/``: its sitemap goes in pieces of its own name, which the index
    lists; the periods' tags are linked from the portal's tags page, the actor shards (no tags) are not."""
    plan = _plan(assembled, actor_pages=2)
    actor = next(s for s in plan.shards if is_actor_shard(s.name))
    assert period_sitemap_path(actor, 1) == f"actors/sitemap-{actor.name}-1.xml"
    cut = {s.name: 1 for s in plan.shards if is_actor_shard(s.name)}
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap_index(plan, site_url="https://example.org/news", period_files=cut))
    assert f"https://example.org/news/actors/sitemap-{actor.name}-1.xml" in locs
    assert not any(loc.endswith("actors/sitemap.xml") for loc in locs) and len(locs) == len(plan.shards)
    assert "actors" not in tags_by_period(plan, page="tags.md")


def test_one_new_article_changes_only_the_actor_shards_of_its_actors(assembled, briefings):
    before = {s.name: shard_digest(s, config="c") for s in _plan(assembled, actor_pages=1_000).shards}
    lone = story("lone", date="2025-06-20", speaker="Jane Roe")
    lone = lone.__class__(lone.article, lone.extraction.__class__(actors=tuple(a for a in lone.extraction.actors if a.kind == "person")))
    more = [*briefings, lone]
    after_site = assemble_site(more, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")
    after = {s.name: shard_digest(s, config="c") for s in _plan(after_site, actor_pages=1_000).shards}
    assert {name for name in after if before.get(name) != after[name]} == {PORTAL, "2025-06"}


def test_an_article_naming_actors_with_pages_changes_only_their_actor_shards(briefings):
    """#18: an actor shard is built again only when one of its actors' pages changes."""
    others = [story(f"other-{k}-{who.split()[-1].lower()}", date=f"2025-05-1{k}", speaker=who) for who in ("Jane Roe", "John Doe", "Ann Poe") for k in range(3)]
    base = [*briefings, *others]
    per_shard = 1

    def plan(items):
        site = assemble_site(items, renderer=Renderer(), per_page=2, site_url="https://example.org/news/")
        return _plan(site, actor_pages=per_shard)

    before_plan, after_plan = plan(base), plan([*base, story("fifth", date="2025-06-21", speaker="Marco Rubio")])
    before = {s.name: shard_digest(s, config="c") for s in before_plan.shards}
    after = {s.name: shard_digest(s, config="c") for s in after_plan.shards}
    assert [s.name for s in after_plan.shards if is_actor_shard(s.name)] == [s.name for s in before_plan.shards if is_actor_shard(s.name)]

    def shard_of(slug: str) -> str:
        return next(s.name for s in after_plan.shards if any(actor_slug(f"actors/{p.path}") == slug for p in s.pages))

    touched = {shard_of(slug) for slug in ("russia", "ukraine", "marco-rubio")}
    changed = {name for name in after if before.get(name) != after[name]}
    assert changed == {PORTAL, "2025-06", *touched}
    kept = {shard_of(slug) for slug in ("jane-roe", "john-doe", "ann-poe")} - touched
    assert kept and not kept & changed  # the other actors' shards are kept


# --- list shards (#18: the portal's own list pages) ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "family"),
    [
        ("briefings/index/3.md", "briefings"),  # the briefings index's older pages
        ("briefings/index.md", None),  # its front page stays in the portal
        ("briefings/index/notes.md", None),
        ("timeline/2005-02.md", "timeline"),
        ("timeline/2005-02-3.md", "timeline"),
        ("timeline/page-4.md", "timeline"),
        ("timeline/undated.md", "timeline"),
        ("timeline/index.md", None),
        ("timeline/a/b.md", None),
        ("actors/index/ma.md", "actors"),
        ("actors/index/index.md", "actors"),
        ("actors/index.md", None),
        ("actors/tony-blair.md", None),  # an actor page: the actor shards'
        ("index.md", None),
        ("feed.xml", None),
        ("timeline/2005-02.json", None),
    ],
)
def test_list_family(path, family):
    from briefgen.site.shards import list_family

    assert list_family(path, prefix="briefings") == family


def test_list_pages_stay_in_the_portal_up_to_the_bound_then_each_family_gets_buckets_of_its_own():
    from briefgen.site.shards import is_list_shard, list_buckets

    paths = [f"briefings/index/{k}.md" for k in range(1, 31)] + [f"timeline/page-{k}.md" for k in range(1, 11)] + ["index.md", "actors/x.md"]
    assert list_buckets(paths, per_shard=40, prefix="briefings") == {}  # 40 list pages: the portal keeps them
    buckets = list_buckets(paths, per_shard=10, prefix="briefings")
    assert set(buckets) == set(paths[:40]) and all(is_list_shard(name) for name in buckets.values())
    families = {name.rsplit("-", 3)[0] for name in buckets.values()}
    assert families == {"lists-briefings", "lists-timeline"}
    # each family's count is its own: 30 pages at 10 a shard -> 4 shards, 10 -> 1
    assert len({buckets[p] for p in paths[:30]}) == 4 and {buckets[p] for p in paths[30:40]} == {"lists-timeline-1-of-1"}
    # a page keeps its shard while its family's count does
    more = list_buckets([*paths, "briefings/index/31.md"], per_shard=10, prefix="briefings")
    assert {p: more[p] for p in buckets} == buckets


@pytest.mark.parametrize(("text", "count"), [(100, 1), (250, 1), (251, 2), (500, 2), (501, 4), (1_100, 8)])
def test_a_list_family_past_the_bound_is_cut_by_its_text_too(text, count):
    """#18: the timeline's pages list a month each, so its one shard grew to 9.7 MB at 20,000 briefings, read whole by a
    dirty build for the two pages an article changes; past the page bound a family's buckets also hold at most
    ``per_shard_text`` characters on average (a power of two of them), whatever its count of pages."""
    from briefgen.site.shards import list_buckets

    timeline = [f"timeline/page-{k}.md" for k in range(1, 11)]
    paths = [f"briefings/index/{k}.md" for k in range(1, 31)] + timeline
    text_of = {p: text // 10 if p in timeline else 1 for p in paths}  # the timeline's ten pages hold `text` characters
    text_of[timeline[0]] += text % 10
    buckets = list_buckets(paths, per_shard=10, prefix="briefings", text_of=text_of, per_shard_text=250)
    assert {name.rsplit("-", 1)[1] for p, name in buckets.items() if p in timeline} == {str(count)}
    assert len({buckets[p] for p in paths[:30]}) == 4  # the briefings' lists: 30 short pages, cut by their count alone
    # below the page bound the portal keeps the list pages, however long
    assert list_buckets(paths, per_shard=40, prefix="briefings", text_of=text_of, per_shard_text=1) == {}


def _list_plan(assembled, *, list_pages, actor_pages=None, directory_urls=True, memo=None):
    return _plan(assembled, actor_pages=actor_pages, directory_urls=directory_urls, memo=memo, list_pages=list_pages)


def test_list_pages_leave_the_portal_for_list_shards_at_their_urls(assembled):
    from briefgen.site.shards import is_list_shard, list_family

    plain, split = _list_plan(assembled, list_pages=None, actor_pages=2), _list_plan(assembled, list_pages=2, actor_pages=2)
    listed = {p.path for p in plain.shard(PORTAL).pages if list_family(p.path, prefix="briefings")}
    assert len(listed) >= 6
    list_shards = [s for s in split.shards if is_list_shard(s.name)]
    assert {s.folder for s in list_shards} == {"briefings/index", "timeline", "actors/index"} & {s.folder for s in list_shards}
    assert len({s.folder for s in list_shards}) >= 2
    assert {f"{s.folder}/{p.path}" for s in list_shards for p in s.pages} == listed
    kept = {p.path for p in split.shard(PORTAL).pages}
    assert not kept & listed and {"index.md", "timeline/index.md", "actors/index.md", "briefings/index.md"} <= kept
    assert split.urls == plain.urls
    names = [s.name for s in split.shards]
    actor_names = [s.name for s in split.shards if is_actor_shard(s.name)]
    assert names == [PORTAL, *actor_names, *sorted(s.name for s in list_shards), *[s.name for s in plain.shards if is_period(s)]]
    for period in (s for s in plain.shards if is_period(s)):  # the periods link the list pages as URLs already
        assert split.shard(period.name) == period
    dates = {d.date for d in assembled.dates.values() if d.date}
    assert {s.newest for s in list_shards} - {None} <= dates and any(s.newest for s in list_shards)  # dated by what they list
    assert _list_plan(assembled, list_pages=len(listed), actor_pages=2) == plain  # up to the bound: no list shard


@pytest.mark.parametrize("directory_urls", [True, False], ids=["directory-urls", "html-urls"])
def test_every_link_leads_where_it_led_without_list_shards(assembled, directory_urls):
    plain = _followed(_list_plan(assembled, list_pages=None, directory_urls=directory_urls), directory_urls)
    split = _followed(_list_plan(assembled, list_pages=2, actor_pages=2, directory_urls=directory_urls), directory_urls)
    assert split == plain and sum(map(len, split.values())) > 50


def test_the_link_memo_serves_plans_with_and_without_list_shards(assembled):
    memo: dict[str, bytes] = {}
    for list_pages in (None, 2, 2, None, 4, 2, 1_000):
        assert _list_plan(assembled, list_pages=list_pages, actor_pages=2, memo=memo) == _list_plan(assembled, list_pages=list_pages, actor_pages=2)


def test_a_list_shards_sitemap_is_published_in_pieces_of_its_own_name(assembled):
    from briefgen.site.shards import is_list_shard

    plan = _list_plan(assembled, list_pages=2, actor_pages=2)
    shard = next(s for s in plan.shards if is_list_shard(s.name))
    assert period_sitemap_path(shard, 1) == f"{shard.folder}/sitemap-{shard.name}-1.xml"
    assert "lists-" not in tags_by_period(plan, page="tags.md")
