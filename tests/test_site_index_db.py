"""The SQLite site index (#17): the same actors, links and threads as the in-memory merge, and streamed output."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from briefgen.pipeline import brief_paths
from briefgen.records import Actor, Article, Briefing, Extraction
from briefgen.render import Renderer
from briefgen.site import OutputFolder, SiteIndex, assemble_site, iter_site_pages
from briefgen.site.crossref import merge_actors
from briefgen.site.output import MANIFEST, Manifest
from briefgen.site.timeline import chronological, story_threads

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

from synthetic import synthetic_briefings  # noqa: E402

ARTICLES = [REPO / "seeds" / "000_254a3b9810478911.txt", *sorted((REPO / "tests" / "fixtures" / "articles").iterdir())]


def briefing(name: str, *actors: Actor, date: str | None = None) -> Briefing:
    from briefgen.records import ArticleMeta

    article = Article(path=f"{name}.txt", name=name, title=name.title(), text="x" * 200, blocks=(), meta=ArticleMeta(date=date))
    return Briefing(article, Extraction(actors=actors))


def person(name: str, affiliation: str | None = None, mentions: int = 1) -> Actor:
    return Actor(name, "person", 0, 5, mentions=mentions, affiliation=affiliation)


def org(name: str, *aliases: str, kind: str = "organisation") -> Actor:
    return Actor(name, kind, 0, 5, aliases=aliases)  # type: ignore[arg-type]


# the hard cases of the merge: surnames with one, two or no full-name owner (affiliation, company),
# bodies under two names (party keys, clippings, country prefixes), a name in mixed scripts, slug clashes
HAND_MADE = [
    briefing("a", person("Marco Rubio", "US"), person("Rubio"), org("Russia", kind="country"), date="2025-01-02"),
    briefing("b", person("Donald Trump", "US"), person("Melania Trump"), person("Trump", "US"), org("Tories"), date="2025-01-03"),
    briefing("c", person("Trump"), org("Conservative Party"), org("US Federal Reserve", "Fed"), date="2025-01-03"),
    briefing("d", person("Melania Trump"), person("Trump"), org("Federal Reserve"), org("Lib Dems"), date=None),
    briefing("e", org("Liberal Democrats"), person("Рutin"), person("Index"), org("Index"), date="2024-12-30"),
    briefing("f", person("Vladimir Putin", mentions=3), org("Russia", kind="country"), person("Putin"), date=None),
    briefing("g", person("Marco A. Rubio"), org("the Federal Reserve"), person("Marco Rubio Jr."), date="2025-01-02"),
    # a body is named as most of its briefings name it: "BBC", though "BBC News" (once, with "BBC" as its alias) joins it
    briefing("bbc1", org("BBC"), org("Congress"), date="2025-01-04"),
    briefing("bbc2", org("BBC"), org("Congress Party"), date="2025-01-04"),
    briefing("bbc3", org("BBC News", "BBC"), org("Congress"), date="2025-01-05"),
]


# #15: generic words that stand for several bodies ("House", "Parliament" after a country, "United") join none of them;
# one standing for one body ("Bank" here) or for a brand ("Sky") joins as before
HUBS = [
    briefing("hub1", org("House of Lords", "House"), org("Parliament"), org("Manchester United", "United"), date="2025-02-01"),
    briefing("hub2", org("House of Commons", "House"), org("European Parliament", "Parliament"), org("United"), date="2025-02-02"),
    briefing("hub3", org("House"), org("Scottish Parliament"), org("United Airlines", "United"), org("Sky News", "Sky"), date="2025-02-03"),
    briefing("hub4", org("Bank of England", "Bank"), org("Sky"), date=None),
    briefing("hub5", org("Bank"), org("Sky One", "Sky"), date="2025-02-04"),
]


@pytest.fixture(scope="module")
def synthetic(nlp) -> list[Briefing]:
    base = [b for b in brief_paths(ARTICLES, nlp=nlp) if isinstance(b, Briefing)]
    return [*HAND_MADE, *synthetic_briefings(300, seed=11, base=base)]


def _reference(briefings):
    return merge_actors(briefings)


def _indexed(briefings) -> SiteIndex:
    index = SiteIndex(prefix=".")
    for b in briefings:
        index.add(b)
    index.finish()
    return index


@pytest.mark.parametrize("which", ["hand-made", "hubs", "synthetic"])
def test_actors_are_merged_named_ordered_and_slugged_as_in_memory(which, synthetic):
    briefings = {"hand-made": HAND_MADE, "hubs": [*HAND_MADE, *HUBS], "synthetic": synthetic}[which]
    expected = [
        (a.slug, a.name, tuple(a.kinds), tuple(a.roles), tuple(a.affiliations), tuple(a.names), len(a.briefings), a.mentions)
        for a in _reference(briefings).actors
    ]
    with _indexed(briefings) as index:
        got = [(a.slug, a.name, a.kinds, a.roles, a.affiliations, a.names, a.briefing_count, a.mentions) for a in index.actors()]
    assert got == expected
    assert len(expected) > (300 if which == "synthetic" else 10)
    if which == "hubs":  # the hubs split as crossref splits them (one briefing each), and the bodies of one word still join
        seen = {name: count for _, name, *_, count, _ in got}
        apart = ["House of Lords", "House of Commons", "House", "Parliament", "European Parliament", "Scottish Parliament"]
        assert [seen.get(name) for name in [*apart, "Manchester United", "United", "United Airlines"]] == [1] * 9
        joined = {frozenset(names): count for *_, names, count, _ in got}
        assert joined[frozenset({"Bank of England", "Bank"})] == 2 and joined[frozenset({"Sky News", "Sky", "Sky One"})] == 3


def test_every_name_a_briefing_uses_finds_the_same_actor(synthetic):
    reference = _reference(synthetic)
    with _indexed(synthetic) as index:
        slugs = {a.aid: a.slug for a in index.actors()}
        checked = 0
        for bid, b in enumerate(synthetic):
            x = b.extraction
            names = {a.name for a in x.actors} | {alias for a in x.actors for alias in a.aliases} | {q.speaker for q in x.quotes}
            names |= {n for d in x.demands for n in (d.by, d.of)} | {"Рutin", "", None}
            for name in names:
                found = reference.find(b, name)
                aid = index.find(bid, name)
                assert (slugs[aid] if aid is not None else None) == (found.slug if found else None), (b.article.name, name)
                checked += 1
    assert checked > 1000


def test_story_threads_and_order_match_the_in_memory_ones(synthetic):
    reference = _reference(synthetic)
    with _indexed(synthetic) as index:
        dates = {b.article.name: index.date_of(b.article.name) for b in synthetic}
        ordered = chronological(synthetic, dates)
        assert [stub.article.name for _, stub, _, _ in index.iter_ordered()] == [b.article.name for b in ordered]

        def mains(b: Briefing) -> list[str]:
            found: list[str] = []
            for a in sorted((a for a in b.extraction.actors if a.kind in ("person", "country", "organisation")), key=lambda a: (-a.mentions, a.start)):
                cross = reference.find(b, a.name)
                if cross is not None and cross.slug not in found:
                    found.append(cross.slug)
                if len(found) == 3:
                    break
            return found

        oldest_first = list(reversed(ordered))
        threads = story_threads([b for b in oldest_first if dates[b.article.name].date], mains)
        threads |= story_threads([b for b in oldest_first if not dates[b.article.name].date], mains)
        bids = {b.article.name: i for i, b in enumerate(synthetic)}
        linked = 0
        for b in synthetic:
            bid = bids[b.article.name]
            assert index.main_slugs(bid) == mains(b)
            thread = threads[b.article.name]
            expected = tuple(bids[t.article.name] if t else None for t in (thread.previous, thread.next))
            assert index.thread(bid) == expected
            linked += expected != (None, None)
        assert linked > 50


def test_the_index_is_a_private_temporary_database_closed_on_close(synthetic):
    index = _indexed(HAND_MADE)
    # no file name: SQLite's private temporary database, whose spill file SQLite unlinks itself
    # (a killed build leaves nothing: tests/test_temp_databases.py)
    assert dict(row[1:] for row in index.db.execute("PRAGMA database_list"))["main"] == ""
    index.close()
    assert index.db is None


def test_pages_stream_from_a_generator_of_briefings_in_the_list_order():
    def stream():
        yield from HAND_MADE

    with SiteIndex(prefix="briefings") as index:
        for b in stream():
            index.add(b)
        pages = iter_site_pages(index, renderer=Renderer(), per_page=2)
        first = next(pages)
        assert first.path == "briefings/a.md"
        streamed = [first, *pages]
    assert streamed == assemble_site(HAND_MADE, renderer=Renderer(), per_page=2).pages
    assert {"actors/index.md", "feed.xml", "timeline/index.md", "briefings/index/2.md"} <= {p.path for p in streamed}


def test_writing_pages_one_at_a_time_gives_the_files_and_manifest_a_dict_gives(tmp_path):
    files = {f"p/{i:03d}.md": f"page {i}\n" for i in range(40)} | {"index.md": "home\n", "ü/é.md": "accents\n"}
    as_dict, as_stream = OutputFolder(tmp_path / "a"), OutputFolder(tmp_path / "b")
    as_dict.write_all(files)
    as_stream.write_all(iter(sorted(files.items(), reverse=True)))
    manifest = (tmp_path / "b" / MANIFEST).read_bytes()
    assert manifest == (tmp_path / "a" / MANIFEST).read_bytes()
    assert manifest == Manifest(files=json.loads(manifest)["files"]).to_bytes()
    assert json.loads(manifest)["files"].keys() == files.keys()
    for rel, text in files.items():
        assert (tmp_path / "b" / rel).read_text(encoding="utf-8") == text
    # a second build: one page gone, one changed, one the user edited; nothing else is rewritten
    (tmp_path / "b" / "p" / "001.md").write_text("mine\n", encoding="utf-8")
    del files["p/000.md"]
    files["p/002.md"] = "changed\n"
    inodes = {rel: (tmp_path / "b" / rel).stat().st_ino for rel in files}
    report = as_stream.write_all(iter(files.items()))
    assert report.removed == ("p/000.md",) and report.written == 1
    assert [rel for rel in files if (tmp_path / "b" / rel).stat().st_ino != inodes[rel]] == ["p/002.md"]  # replaced, not edited in place
    assert len(report.kept) == 1 and "p/001.md" in report.kept[0]
    assert (tmp_path / "b" / "p" / "001.md").read_text(encoding="utf-8") == "mine\n"
    assert "p/001.md" not in json.loads((tmp_path / "b" / MANIFEST).read_text(encoding="utf-8"))["files"]
    assert not [n for n in os.listdir(tmp_path / "b") if n.endswith(".tmp")]


def test_the_pipeline_briefs_a_window_at_a_time_with_the_names_and_results_of_one_go(tmp_path, nlp):
    from briefgen.pipeline import ExtractionCache

    folder = tmp_path / "seeds"
    folder.mkdir()
    text = (REPO / "tests" / "fixtures" / "articles" / "prisoner-exchange-kyiv.txt").read_bytes()
    for name in ("A.txt", "a.txt", "a-2.txt", "index.txt", ".hidden.txt", "b.txt"):
        (folder / name).write_bytes(text.replace(b"Kyiv", name.encode()))
    for article in ARTICLES:
        (folder / article.name).write_bytes(article.read_bytes())
    paths = sorted(p for p in folder.iterdir())
    whole = list(brief_paths(paths, nlp=nlp))
    cache = ExtractionCache(tmp_path / "cache", remember=False)
    windowed = list(brief_paths(paths, nlp=nlp, window=3, lookup=cache.lookup, store=cache.store))
    assert [(b.article.name, b.article.path, b.extraction) for b in windowed] == [(b.article.name, b.article.path, b.extraction) for b in whole]
    assert {b.article.name for b in whole} >= {"a", "a-2", "a-3", "index-2", "hidden"}
    # a cache that does not remember holds the keys it used, not their extractions, and no article
    assert len(cache._used) == len(set(cache._used)) > 5 and set(cache._used.values()) == {None}
    assert cache._keys == {}
    again = ExtractionCache(tmp_path / "cache", remember=False)
    assert [b.extraction for b in brief_paths(paths, nlp=nlp, window=3, lookup=again.lookup, store=again.store)] == [b.extraction for b in whole]
    assert again.stats.hits == len(whole) and again.stats.parsed == []


def test_generating_the_pages_twice_gives_the_same_pages(synthetic):
    with _indexed(synthetic[:80]) as index:
        first = list(iter_site_pages(index, renderer=Renderer(), per_page=5))
        assert any(p.path.startswith("actors/") and "## Quotes\n\n>" in p.content for p in first)
        assert list(iter_site_pages(index, renderer=Renderer(), per_page=5)) == first


def _home_page_work(n: int) -> int:
    """SQLite VM instructions (in hundreds) to generate the home page of ``n`` briefings, counted as the scale tests do."""
    from test_index_db_scale import STEP, Counter, archive

    from briefgen.site.index_db import LazyMapping
    from briefgen.site.actors_index import plan_actors_index
    from briefgen.site.pages import HOME_PATH, _home_page, _Ordered, _paged_actor_path

    with SiteIndex(prefix="briefings") as index:
        for b in archive(n):
            index.add(b)
        index.finish()
        plan = plan_actors_index(index.slug_counts, index.actor_count())  # made for every page, before the home page
        counter = Counter()
        index.db.set_progress_handler(counter, STEP)
        page = _home_page(
            _Ordered(index),
            renderer=Renderer(),
            mains=LazyMapping(lambda name: index.mains(index.bid_of(name))),
            actor_path=LazyMapping(lambda slug: _paged_actor_path(index, slug)),
            path_of=LazyMapping(index.page_of),
            dates=LazyMapping(index.date_of),
            prefix="briefings",
            title="Briefings",
            plan=plan,
        )
        assert page.path == HOME_PATH
        return counter.calls


def test_the_home_page_reads_the_latest_briefings_not_the_archive():
    """#18: it read every briefing's date to find the newest week's, each by a scan of every row (21 s of a 60 s
    assembly at 2,000 synthetic briefings): 12.7x the work for 4x the briefings before, 2.7x now (the week holds more)."""
    small, large = _home_page_work(150), _home_page_work(600)
    assert large / small < 4.0, f"{small} -> {large} (x{large / small:.1f} for 4x the briefings)"


def test_a_packed_briefing_comes_back_equal_without_dataclasses_fields_per_record(nlp, monkeypatch):
    """#18: records are pickled as cls(*values) with their field names found once per class, not through
    dataclasses' __getstate__/__setstate__, which call dataclasses.fields() for every record."""
    import dataclasses

    from briefgen.site import index_db

    (seed,) = [b for b in brief_paths(ARTICLES[:1], nlp=nlp) if isinstance(b, Briefing)]
    assert seed.extraction.actors and seed.extraction.quotes and seed.extraction.outlook
    calls = []
    fields = dataclasses.fields
    monkeypatch.setattr(dataclasses, "fields", lambda obj: calls.append(obj) or fields(obj))
    back = index_db._unpack(index_db._pack(seed))
    assert back == seed and type(back.extraction.actors[0]) is Actor
    assert calls == []


def test_a_role_speakers_quote_is_filed_under_the_person_it_stands_for():
    from briefgen.records import Quote, SpeakerActor

    text = "x" * 200
    coach = person("Clive Woodward")
    said = Quote("We will win.", "the Lions coach", 10, 22, 0, 40, speaker_actor=SpeakerActor("Clive Woodward", 0, 5))
    plain = Quote("We lost.", "Pelous", 50, 58, 45, 70)
    article = Article(path="w.txt", name="w", title="W", text=text, blocks=(), meta=briefing("x").article.meta)
    b = Briefing(article, Extraction(actors=(coach, person("Pelous")), quotes=(said, plain)))
    with _indexed([b]) as index:
        by_name = {a.name: a.aid for a in index.actors()}
        assert [q.text for q in index.items(by_name["Clive Woodward"], 0, "quotes")] == ["We will win."]
        assert [q.text for q in index.items(by_name["Pelous"], 0, "quotes")] == ["We lost."]


def test_all_items_gives_each_buckets_items_in_one_query_as_items_does():
    """#18: an actor page asks for the five buckets of each of its briefings in one query (all_items); each bucket's
    items are the ones items() gives, in the same order (a bucket the briefing has no item in is left out)."""
    from briefgen.records import Demand, Quote, Rejection, Response

    text = "x" * 300
    ann, bob = person("Ann Smith"), person("Bob Jones")
    quotes = (Quote("We will.", "Ann Smith", 10, 18, 0, 40), Quote("No.", "Bob Jones", 50, 53, 45, 70), Quote("Yes.", "Ann Smith", 80, 84, 75, 90))
    demands = (
        Demand("Ann Smith", "Bob Jones", "a vote", "demanded", 100, 120, response=Response("Bob Jones", "refused", 121, 140)),
        Demand("Bob Jones", "Ann Smith", "a delay", "urged", 150, 170),
    )
    rejections = (Rejection("Ann Smith", "Bob Jones", "the plan", "rejected", 200, 230),)
    article = Article(path="w.txt", name="w", title="W", text=text, blocks=(), meta=briefing("x").article.meta)
    b = Briefing(article, Extraction(actors=(ann, bob), quotes=quotes, demands=demands, rejections=rejections))
    with _indexed([b]) as index:
        for actor in index.actors():
            found = index.all_items(actor.aid, 0)
            for bucket in ("quotes", "made", "received", "responded", "rejected"):
                assert found.get(bucket, []) == index.items(actor.aid, 0, bucket), (actor.name, bucket)
        by_name = {a.name: a.aid for a in index.actors()}
        assert [q.text for q in index.all_items(by_name["Ann Smith"], 0)["quotes"]] == ["We will.", "Yes."]
        assert [r.what for r, _ in index.all_items(by_name["Ann Smith"], 0)["rejected"]] == ["the plan"]
        assert index.all_items(by_name["Bob Jones"], 0)["rejected"] == []


@pytest.mark.parametrize("which", ["hand-made", "hubs"])
def test_find_all_answers_each_name_as_find_does(which):
    """#18: a briefing page's names are answered from one query of the briefing's forms (find_all): the same actor
    as find() gives for each, exact forms, forms folding alike, unknown names, empty names and mixed scripts alike."""
    briefings = {"hand-made": HAND_MADE, "hubs": [*HAND_MADE, *HUBS]}[which]
    asked = [
        None, "", "Рutin", "Nobody", "Trump", "trump", "TRUMP", "Rubio", "Marco Rubio", "marco rubio", "Fed", "Federal Reserve",
        "the Federal Reserve", "BBC", "bbc", "BBC News", "House", "Parliament", "United", "Sky", "Bank", "Putin", "Index",
    ]
    with _indexed(briefings) as one, _indexed(briefings) as other:
        for bid in range(len(briefings)):
            expected = {name: one.find(bid, name) for name in asked}
            assert other.find_all(bid, asked) == expected, briefings[bid].article.name
            assert other.find_all(bid, reversed(asked)) == expected  # and again, from what it remembered
        assert any(v is not None for v in expected.values())
