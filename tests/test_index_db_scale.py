"""The site index's work grows linearly with the archive (#17): counted, not timed.

What is counted is SQLite's own work: the virtual-machine instructions the
index's connection runs (a progress handler called every ``STEP``
instructions), which is where the index reads rows. The archives are
hand-made so that what used to make indexing superlinear grows with them:

* one surname carried by ever more people ("Ann0 Smith", "Ann1 Smith", …),
  with a bare "Smith" in every briefing to be joined by the company it keeps
  (asking every candidate in turn is quadratic);
* actor names whose slugs clash (long names cut to the same 80 characters:
  trying ``x``, ``x-2``, ``x-3``, … from the start each time is quadratic);
* list pages read a page at a time (``LIMIT … OFFSET`` rescans every row
  before the page: quadratic over the whole list).

Four times the briefings must cost less than six times the work: linear
work gives about four; the index before this test (main at 8857ee7) gave
13.8x to finish and 12.7x to page; this one 4.0x and 3.4x. The results are pinned too: paging
returns exactly the rows of one ordered list, cut in pages.
"""

from __future__ import annotations

import pytest

from briefgen.records import Actor, Article, ArticleMeta, Briefing, Extraction
from briefgen.site import SiteIndex
from briefgen.site.crossref import merge_actors
from briefgen.site.policy import earns_page

STEP = 100  # VM instructions per progress-handler call
SMALL, LARGE = 150, 600
LINEAR_BOUND = 6.0  # work(LARGE) / work(SMALL), LARGE = 4 x SMALL
LONG = "Commission for the Investigation of Matters Concerning the Very Long Names of Public Bodies "  # > 80 characters


def archive(n: int) -> list[Briefing]:
    """``n`` briefings: two per "AnnK Smith" (so n/2 Smiths), a bare "Smith" in each, clashing slugs, a third undated."""
    out = []
    for i in range(n):
        k = i // 2
        actors = (
            Actor(f"Ann{k} Smith", "person", 0, 5, mentions=2),
            Actor("Smith", "person", 10, 15),  # joins the one Smith whose company (Firm{k}) it keeps
            Actor(f"Firm{k}", "organisation", 20, 25),
            Actor(f"{LONG}{i}", "country", 30, 35),  # every one slugs to the same first 80 characters
            Actor("Britain", "country", 40, 45),  # in every briefing: shared by every candidate
        )
        date = None if i % 3 == 2 else f"2025-{1 + (i // 90) % 12:02d}-{1 + i % 28:02d}"
        article = Article(path=f"b{i:05d}.txt", name=f"b{i:05d}", title=f"Story {i:05d}", text="x" * 60, blocks=(), meta=ArticleMeta(date=date))
        out.append(Briefing(article, Extraction(actors=actors)))
    return out


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> int:
        self.calls += 1
        return 0  # go on


def _filled(n: int) -> tuple[SiteIndex, Counter]:
    index = SiteIndex(prefix=".")
    for b in archive(n):
        index.add(b)
    counter = Counter()
    index.db.set_progress_handler(counter, STEP)
    return index, counter


def _read_every_list(index: SiteIndex, per_page: int = 10) -> list:
    """What the list pages read: the archive, each month and the undated, every actor, and the biggest actor's briefings, a page at a time."""
    seen = []
    for month in (False, *(m for m, _ in index.months())):
        offset = 0
        while rows := index.ordered(offset=offset, limit=per_page, month=month):
            seen += [bid for bid, *_ in rows]
            offset += per_page
    seen += [a.aid for a in index.actors()]
    biggest = next(index.actors())
    offset = 0
    while rows := index.actor_briefings(biggest.aid, offset=offset, limit=per_page):
        seen += [bid for bid, *_ in rows]
        offset += per_page
    return seen


@pytest.fixture(scope="module")
def work() -> dict[str, dict[int, int]]:
    counted: dict[str, dict[int, int]] = {"finish": {}, "pages": {}}
    for n in (SMALL, LARGE):
        index, counter = _filled(n)
        with index:
            index.finish()
            counted["finish"][n] = counter.calls
            counter.calls = 0
            _read_every_list(index)
            counted["pages"][n] = counter.calls
    return counted


@pytest.mark.parametrize("stage", ["finish", "pages"])
def test_four_times_the_briefings_is_at_most_six_times_the_work(work, stage):
    small, large = work[stage][SMALL], work[stage][LARGE]
    assert small > 0
    assert large / small < LINEAR_BOUND, f"{stage}: {small * STEP:,} -> {large * STEP:,} VM instructions ({large / small:.1f}x for 4x the briefings)"


def test_the_archive_exercises_what_was_quadratic():
    """The hand-made archive does what the counting test needs: the bare surnames join, the slugs clash."""
    briefings = archive(40)
    reference = merge_actors(briefings)
    with SiteIndex(prefix=".") as index:
        for b in briefings:
            index.add(b)
        index.finish()
        smiths = [a for a in index.actors() if a.name.endswith(" Smith")]
        assert len(smiths) == 20
        assert all("Smith" in a.names and a.briefing_count == 2 for a in smiths)  # each bare "Smith" joined its own
        slugs = {a.slug for a in index.actors() if a.name.startswith(LONG)}
        base = min(slugs, key=len)
        assert len(base) == 80 and slugs == {base, *(f"{base}-{k}" for k in range(2, 41))}
        assert [(a.slug, a.name) for a in index.actors()] == [(a.slug, a.name) for a in reference.actors]


@pytest.mark.parametrize("per_page", [1, 7, 10, 1000])
def test_paging_cuts_one_ordered_list(per_page):
    briefings = archive(90)
    with SiteIndex(prefix=".") as index:
        for b in briefings:
            index.add(b)
        index.finish()
        everything = [bid for bid, *_ in index.ordered()]
        assert sorted(everything) == list(range(90))
        for month in (False, *(m for m, _ in index.months())):
            whole = [bid for bid, *_ in index.ordered(month=month)]
            assert whole == [b for b in everything if month is False or index.stub(b)[2].month == month]
            paged, offset = [], 0
            while rows := index.ordered(offset=offset, limit=per_page, month=month):
                assert len(rows) <= per_page
                paged += [bid for bid, *_ in rows]
                offset += per_page
            assert paged == whole
        dated = [bid for bid, *_ in index.ordered(dated=True)]
        assert dated == [b for b in everything if index.stub(b)[2].date is not None]
        assert [bid for bid, *_ in index.ordered(offset=5, limit=per_page, dated=True)] == dated[5 : 5 + per_page]
        for actor in index.actors():
            whole = [bid for bid, *_ in index.actor_briefings(actor.aid)]
            assert whole == [b for b in everything if b in set(whole)]  # chronological
            assert len(whole) == actor.briefing_count
            paged, offset = [], 0
            while rows := index.actor_briefings(actor.aid, offset=offset, limit=per_page):
                paged += [bid for bid, *_ in rows]
                offset += per_page
            assert paged == whole
            oldest, newest = index.actor_dated_ends(actor.aid)
            with_dates = [b for b in whole if index.stub(b)[2].date is not None]
            assert (oldest and oldest[0], newest and newest[0]) == ((with_dates[-1], with_dates[0]) if with_dates else (None, None))
        ranks = [a.aid for a in index.actors()]
        assert len(ranks) == index.actor_count() and len(set(ranks)) == len(ranks)
        paged_ones = [a.aid for a in index.actors(paged=True)]
        assert paged_ones == [a for a in ranks if earns_page(index.actor(a))]
        assert [a.aid for a in index.actors(paged=False)] == [a for a in ranks if not earns_page(index.actor(a))]


# -- joining bodies under two names holds no dict of every organisation (#17) -------------------------------------------

BODY_SUFFIXES = ("Holdings", "Council", "Institute", "Trust")


def _stem(i: int) -> str:
    """A word of its own three first letters for each ``i`` (a clipping is looked for among names that share them)."""
    letters = "bcdfghjklmnpqrstvwxz"
    return (letters[i % 20] + "aeiou"[i // 20 % 5] + letters[i // 100 % 20] + "aeiou"[i // 2000 % 5]).capitalize() + f"{i}"


def bodies(n: int, *, shared: str | None = "Britain") -> list[Briefing]:
    """``n`` briefings naming distinct organisations that join in every way crossref joins bodies.

    Briefing ``i`` names "S Holdings" (alias "SH", S a word of its own), "US S Holdings" (a country before it: one
    body), "S Party" and "Ss" (one party key), and "Sx Inst" beside "Sxa Institute" (a clipping).
    """
    out = []
    for i in range(n):
        s = _stem(i)
        actors = (
            Actor(f"{s} {BODY_SUFFIXES[i % 4]}", "organisation", 0, 5, aliases=(f"{s[0]}{BODY_SUFFIXES[i % 4][0]}",)),
            Actor(f"US {s} {BODY_SUFFIXES[i % 4]}", "organisation", 6, 9),
            Actor(f"{s}q Party", "organisation", 10, 15),
            Actor(f"{s}qs", "group", 16, 19),
            Actor(f"{s}x Inst", "organisation", 20, 25),
            Actor(f"{s}xa Institute", "organisation", 26, 29),
            *([Actor(shared, "country", 30, 35)] if shared else []),
        )
        article = Article(path=f"o{i:05d}.txt", name=f"o{i:05d}", title=f"Body {i:05d}", text="x" * 60, blocks=(), meta=ArticleMeta(date="2025-01-01"))
        out.append(Briefing(article, Extraction(actors=actors)))
    return out


def test_bodies_join_as_the_in_memory_merge_joins_them():
    briefings = bodies(30)
    reference = merge_actors(briefings)
    with SiteIndex(prefix=".") as index:
        for b in briefings:
            index.add(b)
        index.finish()
        got = [(a.slug, a.name, a.names) for a in index.actors()]
    assert got == [(a.slug, a.name, tuple(a.names)) for a in reference.actors]
    assert len(got) < len(briefings) * 6  # the archive does join bodies (else the test would compare nothing)


def _join_bodies_peak(n: int) -> int:
    """Peak Python memory (tracemalloc) while the index joins the bodies of ``n`` briefings' organisations."""
    import tracemalloc

    with SiteIndex(prefix=".") as index:
        for b in bodies(n):
            index.add(b)
        index.db.executescript("CREATE INDEX app_okey ON app (okey);")  # as finish() has it before joining
        tracemalloc.start()
        try:
            index._join_bodies()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_joining_bodies_holds_no_more_python_memory_for_four_times_the_organisations():
    """Before (#17): a dict of every organisation key's name forms, 4x the organisations gave ~4x the peak."""
    small, large = _join_bodies_peak(1000), _join_bodies_peak(4000)
    assert large < 1.5 * small, f"{small:,} -> {large:,} bytes"


def test_local_forms_sort_nothing():
    """The per-briefing name table is filled without sorting every appearance of the archive (#17): in actor order
    before; since #18 in no order at all (the rows no longer depend on ranks: :meth:`SiteIndex.find` reads them)."""
    statements: list[str] = []
    with SiteIndex(prefix=".") as index:
        for b in archive(20):
            index.add(b)
        index.db.set_trace_callback(statements.append)
        index.finish()
        index.db.set_trace_callback(None)
        reads = [s for s in statements if s.lstrip().startswith("SELECT a.aid, app.bid, app.name, app.aliases")]
        assert len(reads) == 1
        plan = [row[-1] for row in index.db.execute("EXPLAIN QUERY PLAN " + reads[0])]
    assert not any("TEMP B-TREE" in step for step in plan), plan  # before #17: a sort of the whole join
    assert any(step.startswith("SEARCH a USING") and "(gkey=?)" in step for step in plan), plan  # each appearance's actor by its key


def _make_actors_peak(n: int, shared: str | None) -> int:
    """Peak Python memory (tracemalloc) while the index sums the actors of ``n`` briefings (all naming ``shared``, if any)."""
    import tracemalloc

    with SiteIndex(prefix=".") as index:
        for b in bodies(n, shared=shared):
            index.add(b)
        index.db.executescript("CREATE INDEX app_okey ON app (okey); CREATE INDEX app_gkey ON app (gkey, gpos, id);")
        index._join_bodies()
        tracemalloc.start()
        try:
            index._make_actors()
            return tracemalloc.get_traced_memory()[1]
        finally:
            tracemalloc.stop()


def test_an_actor_in_every_briefing_is_summed_not_held():
    """Before (#17): each actor's appearances were held to sum them: a country in each of 4,000 briefings added ~1 MB."""
    alone, shared = _make_actors_peak(4000, None), _make_actors_peak(4000, "Britain")
    assert shared - alone < 200_000, f"{alone:,} -> {shared:,} bytes"


def test_the_actors_index_is_cut_from_sqlite_as_the_rule_cuts_a_list():
    """#18: the actors index's pages are planned from prefix counts SQLite gives (a range scan of the slugs' index);
    they must be what the rule gives over the plain list of slugs, and each page's actors read back in slug order."""
    from briefgen.site.actors_index import child_counts, listed, plan_actors_index

    with SiteIndex(prefix=".") as index:
        for b in archive(60) + bodies(40):
            index.add(b)
        index.finish()
        slugs = [slug for (slug,) in index.db.execute("SELECT slug FROM actor")]
        assert len(slugs) > 100
        for prefix in ("", "a", "m", "zz"):
            assert index.slug_counts(prefix) == child_counts(slugs)(prefix)
        plan = plan_actors_index(index.slug_counts, index.actor_count(), per_page=8)
        assert plan == plan_actors_index(child_counts(slugs), len(slugs), per_page=8)
        for page in plan.pages:
            if page.leaf:
                assert [a.slug for a in index.actors_by_slug(page.prefix)] == sorted(listed(page, slugs))
