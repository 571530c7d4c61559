"""Site assembly on hand-made records: pages, links, pagination, provenance, escaping, linear size."""

from __future__ import annotations

import dataclasses
import posixpath
import re

import hypothesis.strategies as st
import pytest
from hypothesis import given

from briefgen.records import (
    Actor,
    Article,
    ArticleMeta,
    Block,
    Briefing,
    Demand,
    Extraction,
    Fact,
    KeyPoint,
    OutlookItem,
    OutlookTime,
    Quote,
    Rejection,
    Response,
)
from briefgen.render import Renderer, page_link, relative_path
from briefgen.site import assemble_site, page_url

EVIL = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) {: onclick=1} *bold*'


def story(name: str, *, date: str | None, speaker: str = "Marco Rubio", extra_sentence: str = "") -> Briefing:
    """A small article about Russia and Ukraine with a demand, a rejection, a quote and a fact."""
    sentences = [
        "Russia demanded that Ukraine withdraw its troops.",
        "Ukraine rejected the demand on Friday.",
        f"“We will see,” {speaker.split()[-1]} said.",
        "Russia rejected the offer of talks.",
    ]
    if extra_sentence:
        sentences.append(extra_sentence)
    text = "Headline\n" + "\n".join(sentences)
    offsets, pos = [], len("Headline\n")
    for s in sentences:
        offsets.append((pos, pos + len(s)))
        pos += len(s) + 1
    blocks = (Block("headline", 0, 8), *(Block("paragraph", a, b) for a, b in offsets))
    (d0, d1), (r0, r1), (q0, q1), (j0, j1) = offsets[:4]
    friday = text.index("Friday")
    x = Extraction(
        summary=(KeyPoint(sentences[0], d0, d1),),
        actors=(
            Actor("Russia", "country", d0, d0 + 6, mentions=3),
            Actor("Ukraine", "country", d0 + 17, d0 + 24, mentions=2),
            Actor(speaker, "person", q0, q1, mentions=1, aliases=(speaker.split()[-1],) if " " in speaker else ()),
        ),
        demands=(Demand("Russia", "Ukraine", "withdraw its troops", "demanded", d0, d1, response=Response("Ukraine", "rejected", r0, r1)),),
        quotes=(Quote("We will see,", speaker.split()[-1] if " " not in speaker else speaker, q0 + 1, q0 + 13, q0, q1),),
        facts=(Fact("date", "Friday", friday, friday + 6),),
        rejections=(Rejection("Russia", None, "the offer of talks", "rejected", j0, j1),),
    )
    article = Article(path=f"{name}.txt", name=name, title=f"Talks {name}", text=text, blocks=blocks, meta=ArticleMeta(date=date))
    return Briefing(article, x)


@pytest.fixture(scope="module")
def site():
    briefings = [
        story("first", date="2025-05-16", speaker="Rubio"),
        story("second", date="2025-05-20"),
        story("third", date="2025-06-02"),
        story("undated", date=None, extra_sentence=EVIL),
        story("fourth", date="2025-06-03"),
    ]
    return assemble_site(briefings, renderer=Renderer(), per_page=2)


def pages_of(site) -> dict[str, str]:
    return {p.path: p.content for p in site.pages}


def test_every_page_is_there(site):
    paths = set(pages_of(site))
    for name in ("first", "second", "third", "fourth", "undated"):
        assert f"briefings/{name}.md" in paths
    # the newest page at a stable path, older pages numbered from the oldest (#18): 5 briefings, 2 a page
    assert {"briefings/index.md", "briefings/index/1.md", "briefings/index/2.md"} <= paths
    assert "briefings/index/3.md" not in paths
    assert {"timeline/index.md", "timeline/page-1.md", "timeline/page-2.md", "timeline/2025-05.md", "timeline/2025-06.md", "timeline/undated.md"} <= paths
    assert {"actors/index.md", "actors/russia.md", "actors/ukraine.md", "actors/marco-rubio.md", "actors/russia/1.md", "actors/russia/2.md"} <= paths
    assert "feed.xml" in paths


def test_list_pages_hold_at_most_a_page_of_briefings(site):
    for path, content in pages_of(site).items():
        if path.endswith(".md") and not path.startswith("actors/index") and path != "index.md":  # the home page: a fixed few
            assert len(re.findall(r"\]\((?:\.\./)*(?:briefings/)?[a-z]+\.md\)", content)) <= 2 + 2, path  # 2 per page + thread links


def test_all_relative_links_resolve_to_pages(site):
    pages = pages_of(site)
    for path, content in pages.items():
        if not path.endswith(".md"):
            continue
        for target in re.findall(r"\]\(([^)\s#]+\.md)(?:#[^)\s]*)?(?: \"[^\"]*\")?\)", content):
            resolved = __import__("posixpath").normpath(__import__("posixpath").join(__import__("posixpath").dirname(path), target))
            assert resolved in pages, (path, target)


def test_the_same_person_has_one_page_linked_from_every_briefing(site):
    pages = pages_of(site)
    rubio = pages["actors/marco-rubio.md"]
    assert rubio.startswith("---\ntitle: Marco Rubio\n")
    all_pages = rubio + pages["actors/marco-rubio/1.md"] + pages["actors/marco-rubio/2.md"]
    assert all_pages.count("“We will see,”") == 5  # "Rubio" in one briefing, "Marco Rubio" in the others
    assert rubio.count("“We will see,”") == 2  # a page of the actor holds one page of briefings
    assert "- **First seen:** 2025-05-16" in rubio and "- **Last seen:** 2025-06-03" in rubio
    for name in ("first", "second", "third", "fourth", "undated"):
        assert "(../actors/marco-rubio.md)" in pages[f"briefings/{name}.md"], name
    russia = pages["actors/russia.md"]
    assert "## Demands made" in russia and "withdraw its troops" in russia
    assert "*rejected* the demand of Russia" in pages["actors/ukraine.md"]


def test_briefings_link_to_the_previous_and_next_in_their_story(site):
    pages = pages_of(site)
    second = pages["briefings/second.md"]
    assert "← Previous: [Talks first](first.md) · 2025-05-16" in second
    assert "→ Next: [Talks third](third.md) · 2025-06-02" in second
    # #16: an undated briefing is neither earlier nor later than a dated one: no thread link joins them
    assert "Story thread" not in pages["briefings/undated.md"]
    assert "← Previous" not in pages["briefings/first.md"]
    assert "undated.md" not in pages["briefings/first.md"]
    assert "→ Next" not in pages["briefings/fourth.md"]


def test_provenance_links_point_at_anchored_source_sentences(site):
    page = pages_of(site)["briefings/second.md"]
    targets = set(re.findall(r"\(#(src-\d+-\d+) ", page))
    anchors = set(re.findall(r'<span class="bg-src" id="(src-\d+-\d+)">', page))
    assert targets and targets <= anchors
    assert len(targets) >= 4  # summary point, demand, response, quote, fact


def test_relation_map_and_key_facts_are_drawn(site):
    page = pages_of(site)["briefings/second.md"]
    assert '<figure class="bg-relation-map" data-search-exclude>\n<svg class="bg-relations"' in page
    assert "**When:** Friday" in page


def test_article_text_stays_text_everywhere(site):
    page = pages_of(site)["briefings/undated.md"]
    assert "<img" not in page and "[x](javascript" not in page
    assert not re.search(r"(?<!\\)\{: onclick", page)
    assert "&lt;img src&#61;x onerror&#61;alert(1)&gt;" in page


def test_page_urls_and_links():
    assert page_url("briefings/index.md") == "briefings/"
    assert page_url("index.md") == ""
    assert page_url("briefings/a.md") == "briefings/a/"
    assert page_url("briefings/a.md", directory_urls=False) == "briefings/a.html"
    assert page_link("briefings/a.md", "actors/b.md") == "../actors/b.md"
    assert page_link("a.md", "actors/b.md", anchor="x") == "actors/b.md#x"


def test_site_size_grows_linearly_with_the_number_of_briefings():
    def size(n: int) -> tuple[int, int]:
        briefings = [story(f"b{i}", date=f"20{10 + i % 15}-{1 + i % 12:02}-{1 + i % 28:02}") for i in range(n)]
        built = assemble_site(briefings, renderer=Renderer())
        return len(built.pages), sum(len(p.content) for p in built.pages)

    small_pages, small_bytes = size(100)
    big_pages, big_bytes = size(400)
    assert big_pages / small_pages <= 4.4
    assert big_bytes / small_bytes <= 4.4


_SEGMENT = st.sampled_from(["a", "b", "actors", "briefings", "index", "x.md", "index.md", "2025-01.md"])
_PATH = st.lists(_SEGMENT, min_size=0, max_size=4).map(lambda parts: "/".join(parts) or ".")


@given(target=_PATH, folder=_PATH)
def test_relative_path_agrees_with_posixpath_relpath(target, folder):
    """Links are computed without ``os.getcwd()``; they must be exactly what ``relpath`` gives."""
    assert relative_path(target, folder) == posixpath.relpath(target, folder)


_PART = st.sampled_from(["a", "b.md", "index.md", ".", "..", "", ".h", "c.", "a..b"])


@given(here=st.lists(_PART, min_size=1, max_size=4), there=st.lists(_PART, min_size=1, max_size=4), lead=st.booleans(), trail=st.booleans())
def test_page_link_normalises_both_ends_as_posixpath_does(here, there, lead, trail):
    """#18: ``page_link`` skips ``normpath`` for a path that is normal already; any path links as if normalised."""
    from_page, to_page = ("/" if lead else "") + "/".join(here), "/".join(there) + ("/" if trail else "")
    expected = relative_path(posixpath.normpath(to_page), posixpath.dirname(posixpath.normpath(from_page)))
    assert page_link(from_page, to_page) == expected
    assert page_link(from_page, to_page, anchor="x") == expected + "#x"


def bystander_story(name: str, *, bystanders: tuple[str, ...], date: str | None = "2025-06-01") -> Briefing:
    """``story`` plus actors named once who do nothing: no role, no quote, no demand."""
    base = story(name, date=date)
    extra = tuple(Actor(who, "person", 0, 8, mentions=1) for who in bystanders)
    x = Extraction(**{**{f: getattr(base.extraction, f) for f in base.extraction.__dataclass_fields__}, "actors": base.extraction.actors + extra})
    return Briefing(base.article, x)


def actor_links(pages: dict[str, str]) -> list[tuple[str, str]]:
    """(page, resolved target) of every link to an actor from a page outside ``actors/`` (briefings, the home page)."""
    found = []
    for path, text in pages.items():
        if not path.endswith(".md") or path.startswith("actors/") or path.endswith("/index.md"):
            continue
        for target in re.findall(r"\]\(([^)\s]*actors/[^)\s]*)", text):
            found.append((path, posixpath.normpath(posixpath.join(posixpath.dirname(path), target))))
    return found


def index_pages(pages: dict[str, str]) -> dict[str, str]:
    """The pages of the actors index: its front page and its pages per prefix (#18)."""
    return {p: c for p, c in pages.items() if p == "actors/index.md" or p.startswith("actors/index/")}


def reachable_from_front(pages: dict[str, str]) -> tuple[set[str], set[str]]:
    """(actor pages linked, entry anchors) found by a reader following the actors index's links from its front page."""
    seen, todo, linked, anchors = set(), ["actors/index.md"], set(), set()
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        anchors |= set(re.findall(r'<span id="([^"]+)" class="bg-actor-entry">', pages[path]))
        for target in re.findall(r"\]\(([^)\s#]+\.md)", pages[path]):
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(path), target))
            if resolved in index_pages(pages):
                todo.append(resolved)
            elif resolved.startswith("actors/"):
                linked.add(resolved)
    return linked, anchors


@pytest.mark.parametrize("index_per_page", [200, 1], ids=["index-on-one-page", "index-cut-by-prefix"])
@pytest.mark.parametrize(
    ("briefings", "paged", "listed"),
    [
        # named in one briefing, doing nothing there: listed in the index, no page
        ([bystander_story("a", bystanders=("Ann Bystander",))], set(), {"russia", "ukraine", "marco-rubio", "ann-bystander"}),
        # named in two briefings and speaking or acting in them (Russia demands, Ukraine answers, Rubio is quoted): a page;
        # named in two and idle in both: listed, its entry linking both briefings
        (
            [bystander_story("a", bystanders=("Ann Bystander",)), bystander_story("b", bystanders=("Ann Bystander",))],
            {"russia", "ukraine", "marco-rubio"},
            {"ann-bystander"},
        ),
        # named in three briefings: a page, even when idle in all of them
        (
            [bystander_story(n, bystanders=("Ann Bystander",)) for n in ("a", "b", "c")],
            {"russia", "ukraine", "marco-rubio", "ann-bystander"},
            set(),
        ),
        # a speaker of one briefing is listed too: the quote stands in that briefing, linked from the entry
        ([story("c", date=None, speaker="Kaja Kallas")], set(), {"russia", "ukraine", "kaja-kallas"}),
        # quoted in one of its two briefings, named in passing in the other: a page
        (
            [story("a", date=None, speaker="Kaja Kallas"), bystander_story("b", bystanders=("Kaja Kallas",))],
            {"russia", "ukraine", "kaja-kallas"},
            {"marco-rubio"},
        ),
    ],
    ids=["once-and-idle", "in-two-briefings", "in-three-briefings", "speaker-of-one-briefing", "speaker-in-one-of-two"],
)
def test_an_actor_earns_a_page_and_the_others_lose_nothing(briefings, paged, listed, index_per_page):
    """Pages only where they earn one; every other actor is an anchored index entry with its briefings.

    Nothing is lost: every actor link from a briefing (or the home page) resolves to a page or to an anchor
    of the index page that lists the actor, an actor without a page is listed on exactly one page of the
    index with its kind, its other names and a link to each briefing that names it, and every actor is found
    by following the index's links from its front page — whether the index is one page or cut into pages by
    prefix (#18: one page was 4.39 MB at 20,000 briefings).
    """
    site = assemble_site(briefings, renderer=Renderer(), prefix="briefings", index_per_page=index_per_page)
    pages = {p.path: p.content for p in site.pages}
    index = index_pages(pages)
    assert (len(index) > 1) == (index_per_page == 1)
    actor_pages = {p.split("/")[1].removesuffix(".md") for p in pages if p.startswith("actors/") and p not in index}
    assert actor_pages == paged
    for slug in listed:
        holders = [path for path, text in index.items() if f'id="{slug}"' in text]
        assert len(holders) == 1, (slug, holders)
        entry = next(line for line in index[holders[0]].splitlines() if f'id="{slug}"' in line)
        assert any(kind in entry for kind in ("person", "country"))
        for b in briefings:
            if any(a.name.lower().replace(" ", "-") == slug for a in b.extraction.actors):
                assert f"]({page_link(holders[0], 'briefings/' + b.article.name + '.md')}" in entry
    links = actor_links(pages)
    assert {t.partition("#")[2] for _, t in links if "#" in t} == listed  # every listed actor is linked to its entry
    for page, target in links:
        path, _, anchor = target.partition("#")
        assert path in pages, (page, target)
        if anchor:
            assert f'id="{anchor}"' in pages[path], (page, target)
    linked, anchors = reachable_from_front(pages)
    assert anchors == listed and linked == {f"actors/{slug}.md" for slug in paged}


def bystanders(n: int, *, seed: int) -> list[str]:
    """``n`` made-up names of people ("Marta Qelnov"), spread over the alphabet as names are."""
    import random

    rng = random.Random(seed)
    first = ["Marta", "Mikel", "John", "Jana", "Anna", "Ali", "David", "Sara", "Rosa", "Chen", "Elif", "Kofi", "Petra", "Lina", "Xu", "Zoe", "Olu"]
    return [f"{rng.choice(first)} {rng.choice('BCDFGKLMNPRSTVZ')}{''.join(rng.choice('aeioulnrst') for _ in range(6))}" for _ in range(n)]


@pytest.mark.parametrize("index_per_page", [2, 3, 5])
def test_every_link_of_the_actors_index_opens_a_page(index_per_page):
    """#18: names sharing a long start ("Agnes Wa…") make the plan skip pages of one link; the trail above a page
    linked every shorter prefix, pages that do not exist (found by a strict MkDocs build at 20,000 briefings)."""
    names = tuple(f"Agnes Wa{tail}" for tail in ("lker", "rd", "tts", "llace", "lsh", "rren", "ng", "de"))
    items = [bystander_story("a", bystanders=names), bystander_story("b", bystanders=("Bo Zed", "Agnes Other"))]
    pages = {p.path: p.content for p in assemble_site(items, renderer=Renderer(), prefix="briefings", index_per_page=index_per_page).pages}
    index = index_pages(pages)
    assert "actors/index/agnes-w.md" in index or "actors/index/agnes-wa.md" in index
    assert "actors/index/agn.md" not in index  # a page of one link: skipped
    for path, text in index.items():
        for target in re.findall(r"\]\(([^)\s#]+\.md)", text):
            assert posixpath.normpath(posixpath.join(posixpath.dirname(path), target)) in pages, (path, target)
    linked, anchors = reachable_from_front(pages)
    assert {f"agnes-wa{t}" for t in ("lker", "rd", "tts", "llace", "lsh", "rren", "ng", "de")} <= anchors


def test_the_largest_actors_index_page_does_not_grow_with_the_archive():
    """#18: the actors index was one page listing every actor (2.41 MB at 10,000 briefings, over the 2 MB a file may
    have); cut by prefix, its largest page is bounded by the page size, not by the archive (4x the actors here)."""

    def largest(n_briefings: int) -> tuple[int, int]:
        items = [bystander_story(f"s{i:03}", bystanders=tuple(bystanders(10, seed=i))) for i in range(n_briefings)]
        pages = assemble_site(items, renderer=Renderer(), prefix="briefings", index_per_page=5).pages
        index = [p for p in pages if p.path == "actors/index.md" or p.path.startswith("actors/index/")]
        return max(len(p.content.encode("utf-8")) for p in index), len(index)

    (small, small_pages), (large, large_pages) = largest(10), largest(40)  # ~100 and ~400 actors
    assert large_pages > 3 * small_pages  # the actors are there, on more pages
    assert large <= 1.25 * small, f"largest index page {small} -> {large} bytes for 4x the actors"


def test_pages_per_article_stay_low_when_most_actors_are_named_once():
    """The archive shape that made ~6 pages an article: many actors named once, each idle."""
    briefings = [
        bystander_story(f"s{i:03}", bystanders=tuple(f"Person{i:03} Number{j}" for j in range(6)), date=f"2025-0{1 + i % 9}-1{i % 9}")
        for i in range(60)
    ]
    site = assemble_site(briefings, renderer=Renderer(), prefix="briefings")
    md_pages = [p for p in site.pages if p.path.endswith(".md")]
    assert len(md_pages) / len(briefings) <= 2.5


def test_an_actor_page_lists_the_rejections_of_that_actor(site):
    """#16: a refusal that answers no demand was on the briefing but not on the refuser's page."""
    russia = pages_of(site)["actors/russia.md"]
    responses = russia.split("## Responses", 1)[1].split("\n## ", 1)[0]
    assert "*rejected* the offer of talks" in responses
    assert "None found" not in responses
    target = re.search(r"the offer of talks — \[[^]]*\]\(([^)]+)\)", responses).group(1)
    assert target.endswith("#src-%d-%d" % _rejection_range())


def _rejection_range() -> tuple[int, int]:
    b = story("x", date=None)
    r = b.extraction.rejections[0]
    return r.start, r.end


def test_actor_pages_have_no_empty_table_header(site):
    """#16: the facts table of an actor page opened with an empty header row (``| | |``)."""
    for path, content in pages_of(site).items():
        if path.startswith("actors/"):
            assert not re.search(r"^\|\s*\|\s*\|\s*$", content, re.M), path
    assert "**Kind:** country" in pages_of(site)["actors/russia.md"]


@pytest.mark.parametrize(
    ("url", "source", "shown"),
    [
        ("https://example.org/world/a-b", "Example News", "[Example News](https://example.org/world/a-b)"),
        ("https://example.org/world/a-b", None, "[example.org](https://example.org/world/a-b)"),
        ("https://example.org/a_(b)*c d", "X", "[X](https://example.org/a_%28b%29%2Ac%20d)"),
        ("javascript:alert(1)", "X", "X"),  # not a web address: no link
        ("javascript:alert(1)", None, None),
        (None, "Wire *desk*", "Wire \\*desk\\*"),
        (None, None, None),
    ],
)
def test_the_source_is_a_link_with_its_name(url, source, shown):
    """#16: the header printed the URL as text; a reader wants to click it, and to see whose it is."""
    from briefgen.render.markdown import source_link

    assert source_link(url, source) == shown


def test_a_briefing_header_has_date_and_source_link_or_says_it_is_undated():
    b = story("a", date="2025-05-16")
    b = type(b)(dataclasses.replace(b.article, meta=ArticleMeta(date="2025-05-16", source="Wire", url="https://example.org/a")), b.extraction)
    page = Renderer().briefing_markdown(b)
    assert "<small>2025-05-16 · [Wire](https://example.org/a)</small>" in page
    undated = Renderer().briefing_markdown(story("b", date=None))
    assert "<small>Undated: the article gives no date</small>" in undated


def test_the_home_page_is_the_news(site):
    """#16: the home page described the seeds folder; a reader wants the latest briefings, who is active, what is next."""
    home = pages_of(site)["index.md"]
    latest = home.split("## Latest briefings", 1)[1].split("\n## ", 1)[0]
    titles = re.findall(r"\*\*\[(Talks \w+)\]\(briefings/(\w+)\.md\)\*\*", latest)
    assert [t for t, _ in titles] == ["Talks fourth", "Talks third", "Talks second", "Talks first", "Talks undated"]
    assert "<small>2025-06-03</small>" in latest and "<small>Undated</small>" in latest
    assert "Russia demanded that Ukraine withdraw its troops." in latest  # the teaser: the first key point
    week = home.split("## Most active this week", 1)[1].split("\n## ", 1)[0]
    assert "2025-05-28 to 2025-06-03" in week  # the week up to the newest briefing, not up to today
    assert "[Russia](actors/russia.md) · 2 briefings" in week  # third and fourth; second (2025-05-20) is older


def test_the_home_page_shows_what_is_scheduled_next():
    b = story("a", date="2025-06-01", extra_sentence="The talks will resume on Monday in Geneva.")
    x, text = b.extraction, b.article.text
    start = text.index("The talks will resume")
    end, monday = start + len("The talks will resume on Monday in Geneva."), text.index("Monday")
    when = OutlookTime("on Monday", monday - 3, monday + 6)
    x = dataclasses.replace(x, outlook=(OutlookItem(text[start:end], start, end, when=when),), facts=(*x.facts, Fact("date", "Monday", monday, monday + 6)))
    home = {p.path: p.content for p in assemble_site([Briefing(b.article, x)], renderer=Renderer()).pages}["index.md"]
    # 2025-06-01 is a Sunday: "on Monday" is the next day (more cases in tests/test_site_home.py)
    assert f"- **2025-06-02** · The talks will resume on Monday in Geneva. — [Talks a](briefings/a.md#src-{start}-{end})" in home


@pytest.mark.parametrize(
    ("text", "teased"),
    [
        ("Short point.", "Short point."),
        ("word " * 50, ("word " * 36).strip() + "…"),
        ("A  point\nover lines.", "A point over lines."),
    ],
)
def test_teaser_is_the_start_of_the_point_cut_at_a_word(text, teased):
    from briefgen.site.pages import teaser

    assert teaser(text) == teased


def test_a_briefing_gets_a_handful_of_tags_its_own_and_its_main_actors():
    """#16: every name in an article became a tag; 12 briefings made a 70-tag page."""
    from briefgen.render.markdown import page_tags

    b = story("a", date=None)
    many = tuple(Actor(f"Person {i}", "person", 0, 1, mentions=1) for i in range(10))
    crowded = Briefing(dataclasses.replace(b.article, meta=ArticleMeta(tags=("ceasefire",))), dataclasses.replace(b.extraction, actors=b.extraction.actors + many))
    assert page_tags(crowded) == ["ceasefire", "Russia", "Ukraine", "Marco Rubio"]
    own = Briefing(dataclasses.replace(b.article, meta=ArticleMeta(tags=tuple("abcdef"))), b.extraction)
    assert page_tags(own) == ["a", "b", "c", "d", "e"]


@pytest.mark.parametrize(
    ("points", "shown"),
    [
        (["She said new mothers would get help.", "The health minister promised £20m for midwives."], 1),
        (["“It is a disgrace,” he said.", "Its shares fell 5%.", "Nordwagen will close its Leeds plant."], 2),
        (["The minister said so.", "She agreed."], 0),
        (["They refused.", "He left."], 0),  # nothing names anyone: the first point
        (["Theresa May said so.", "Heathrow expands."], 0),  # "Theresa", "Heathrow" are not "these", "he"
    ],
)
def test_a_teaser_is_the_first_key_point_that_names_its_subject(points, shown):
    """#16: a teaser that opens with a pronoun names no one under the title."""
    from briefgen.site.pages import teaser_point

    key_points = [KeyPoint(p, 0, len(p)) for p in points]
    assert teaser_point(key_points) is key_points[shown]


@pytest.mark.parametrize(
    ("briefing_count", "voiced", "earns"),
    [
        (1, 0, False),  # named once
        (1, 1, False),  # quoted once: the quote stands in its briefing, linked from the index entry
        (2, 0, False),  # named twice in passing: an index entry linking both briefings
        (2, 1, True),  # in two briefings and quoted, demanding, answering or refusing in one: its page puts them side by side
        (2, 2, True),
        (3, 0, True),  # a recurring subject: its list of briefings is worth a page
        (60, 0, True),
    ],
)
def test_earns_page(briefing_count, voiced, earns):
    from briefgen.site.index_db import ActorView
    from briefgen.site.policy import earns_page

    actor = ActorView(0, "x", "X", ("person",), (), (), ("X",), 1, briefing_count, voiced)
    assert earns_page(actor) is earns


def test_the_index_marks_the_actors_the_policy_pages_and_counts_what_they_say():
    """The index's ``paged`` actors are the ones :func:`earns_page` picks, and ``voiced`` counts briefings, not items."""
    from briefgen.site.index_db import SiteIndex
    from briefgen.site.policy import earns_page

    briefings = [story("a", date=None, speaker="Kaja Kallas"), bystander_story("b", bystanders=("Kaja Kallas", "Ann Bystander"))]
    briefings.append(bystander_story("c", bystanders=("Ann Bystander",)))
    with SiteIndex() as index:
        for b in briefings:
            index.add(b)
        index.finish()
        every = {a.slug: a for a in index.actors()}
        assert {s: (a.briefing_count, a.voiced) for s, a in every.items()} == {
            "russia": (3, 3),  # demands and refuses in each
            "ukraine": (3, 3),  # answers in each
            "marco-rubio": (2, 2),  # quoted in b and c
            "kaja-kallas": (2, 1),  # quoted in a, named in passing in b
            "ann-bystander": (2, 0),
        }
        assert {a.slug for a in index.actors(paged=True)} == {s for s, a in every.items() if earns_page(a)} == {"russia", "ukraine", "marco-rubio", "kaja-kallas"}
        assert {a.slug for a in index.actors(paged=False)} == {"ann-bystander"}
        assert index.actor_count(paged=True) == 4
