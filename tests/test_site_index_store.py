"""The stored site index (#18): a rebuild brings the last build's index up to date and gives, page for page, the bytes
of a build from scratch — new, changed, removed and reordered briefings, merges that change, and every fallback."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import sqlite3

import pytest

from briefgen.pipeline import brief_paths, folder_lock
from briefgen.records import Briefing
from briefgen.render import Renderer
from briefgen.site import SiteIndex, assemble_site
from briefgen.site.index_db import INDEX_FILE
from briefgen.site.pages import SitePage
from briefgen.site.shards import plan_shards

from test_site_index_db import ARTICLES, HAND_MADE, briefing, org, person
from test_site_pages import story
from synthetic import synthetic_briefings


def site(items, index_file=None, *, salt="code-1", today=None):
    """``(pages, date notes, dates)`` of one build; with ``index_file``, through the stored index."""
    reasons: list[str] = []
    # the actors index in pages of at most 6 actors: steps that add or remove actors split and join its pages (#18)
    built = assemble_site(
        items, renderer=Renderer(), per_page=2, index_per_page=6, index_file=index_file, index_salt=salt, today=today, on_reset=reasons.append
    )
    return {p.path: p.content for p in built.pages}, built.notes, built.dates, reasons


def same_as_scratch(items, index_file, *, links=None, **kwargs) -> list[str]:
    """Build through the stored index and from scratch; every page, note and date must be equal. The reset messages.

    ``links``: the link records of the last builds' plans (#18): the shards planned with them must be the shards of
    the build from scratch planned without any.
    """
    pages, notes, dates, reasons = site(items, index_file, **kwargs)
    scratch, scratch_notes, scratch_dates, _ = site(items, **kwargs)
    assert sorted(pages) == sorted(scratch)
    differing = [path for path in scratch if pages[path] != scratch[path]]
    assert differing == []
    assert (notes, dates) == (scratch_notes, scratch_dates)
    if links is not None:
        planned = plan_shards([SitePage(p, c) for p, c in pages.items()], dates, shard_by="month", memo=links)
        assert planned == plan_shards([SitePage(p, c) for p, c in scratch.items()], scratch_dates, shard_by="month")
    return reasons


def cross_rows(index_file) -> dict[str, set[tuple]]:
    """What a rebuild may keep from the last build instead of computing it again, by names (ids differ between builds):
    each actor's briefings in order (``abrief``) and each briefing's thread (#18)."""
    with sqlite3.connect(index_file) as db:
        return {
            "abrief": set(db.execute(
                "SELECT a.gkey, r.pos, b.name, r.dated FROM abrief r LEFT JOIN actor a ON a.aid = r.aid LEFT JOIN briefing b ON b.bid = r.bid"
            )),
            "thread": set(db.execute(
                "SELECT b.name, p.name, n.name FROM thread t JOIN briefing b ON b.bid = t.bid LEFT JOIN briefing p ON p.bid = t.prev"
                " LEFT JOIN briefing n ON n.bid = t.next"
            )),
        }  # fmt: skip


def stored_names(index_file) -> list[str]:
    with sqlite3.connect(index_file) as db:
        return [name for (name,) in db.execute("SELECT name FROM briefing ORDER BY bid")]


@pytest.fixture(scope="module")
def archive(nlp) -> list[Briefing]:
    base = [b for b in brief_paths(ARTICLES, nlp=nlp) if isinstance(b, Briefing)]
    stories = [story(f"s{d:02d}", date=f"2025-01-{d:02d}", speaker=("Marco Rubio" if d % 2 else "Rubio")) for d in range(1, 9)]
    return [*HAND_MADE, *stories, *synthetic_briefings(60, seed=7, base=base)]


# each step changes the archive of the last: a step's rebuild must equal a build from scratch of the same briefings
STEPS = {
    "unchanged": lambda items: items,
    # a bare surname with one full-name owner before; a second "Trump" with an affiliation now decides it
    "new at the end, a surname joins": lambda items: [*items, briefing("h", person("Ivanka Trump", "US"), person("Trump", "US"), date="2025-01-04")],
    # a second full-name "Rubio" at the end, in the company of Marco's stories (Russia, Ukraine): their bare "Rubio"s, all
    # Marco's so far, now tie and leave him (only this surname's bare forms are joined again: SiteIndex._join_surnames)
    "new at the end, a surname gets a second owner": lambda items: [
        *items, briefing("h2", person("Ana Rubio"), org("Russia", kind="country"), org("Ukraine", kind="country"), date="2025-01-04")
    ],
    # added at the end (the stored actors are brought up to date, not made again: SiteIndex._make_actors): an actor of
    # one briefing now in three earns a page; an organisation named like a person takes the slug before his ("index"
    # clash: organisation < person), a name slugging to another's numbered slug ("Ivanka Trump 2") gives every slug again
    "new at the end, an actor earns a page": lambda items: [*items, briefing("k", person("Melania Trump"), org("Lib Dems"), date="2025-01-05")],
    "new at the end, a slug moves": lambda items: [*items, briefing("l", org("Ivanka Trump"), org("Russia", kind="country"), date=None)],
    "new at the end, a numbered slug": lambda items: [*items, briefing("m", person("Ivanka Trump 2"), date="2025-01-06")],
    # removed at the end: the bare "Trump" of "h" leaves Ivanka, the second "Ivanka Trump" leaves her slug
    "removed at the end": lambda items: items[:-4],
    # the same archive as the step before last but one: only the ids differ
    "new at the end again": lambda items: [*items, briefing("k", person("Melania Trump"), org("Lib Dems"), date="2025-01-05")],
    # one name, two actors in "n1" (a country and a person "Zorvia"): the country, in more briefings, ranks first and
    # the name is its; two more briefings of the person turn the ranks, and "n1"'s main actor and thread with them
    "new at the end, two actors under one name": lambda items: [
        *items, briefing("n1", person("Zorvia"), org("Zorvia", kind="country"), date="2025-01-07"), briefing("n2", org("Zorvia", kind="country"), date="2025-01-08")
    ],
    "new at the end, the name changes hands": lambda items: [
        *items, briefing("n3", person("Zorvia"), date="2025-01-09"), briefing("n4", person("Zorvia"), org("Lib Dems"), date="2025-01-10")
    ],
    # bodies at the end (only the bodies of the organisation keys a rebuild touches are joined again: SiteIndex._join_bodies):
    # a new body; a clipping and a country before a form join it to new names; a form named as a country leaves it (a key
    # ever something else is its own body); those two removed, the body is one name again
    "new at the end, a body": lambda items: [*items, briefing("q1", org("Kestrel Waterways Trust", "KWT"), date="2025-01-11")],
    "new at the end, names join a stored body": lambda items: [
        *items, briefing("q2", org("Kestrel Water Trust"), org("US Kestrel Waterways Trust"), date="2025-01-12")
    ],
    "new at the end, a form leaves a body": lambda items: [*items, briefing("q3", org("Kestrel Water Trust", kind="country"), date="2025-01-13")],
    "removed at the end, a body splits": lambda items: items[:-2],
    # a clipping and a party key join two bodies named apart so far ("Fed" / "Federal Reserve Board")
    "new in the middle, bodies join": lambda items: items[:3] + [briefing("i", org("Federal Reserve Board", "FRB"), org("Fed"), date="2025-01-01")] + items[3:],
    # the only full "Donald Trump" gone: the bare surnames lose or change their target
    "removed": lambda items: [b for b in items if b.article.name != "b"],
    # the same name, other records: an organisation named like a person takes a slug next to his (a slug collision)
    "changed": lambda items: [
        dataclasses.replace(b, extraction=dataclasses.replace(b.extraction, actors=(*b.extraction.actors, org("Marco Rubio"), person("Index Index"))))
        if b.article.name == "g" else b
        for b in items
    ],
    "reordered": lambda items: random.Random(5).sample(items, len(items)),
    "several at once": lambda items: [b for b in items[5:] if b.article.name != "s03"] + [briefing("j", person("Rubio"), org("Tories"), date=None), items[0]],
}


def test_every_page_of_a_rebuild_equals_a_build_from_scratch(archive, tmp_path, monkeypatch):
    index_file = tmp_path / INDEX_FILE
    items = list(archive)
    links: dict[str, bytes] = {}  # the plans' link records, kept from build to build as the CLI keeps them (#18)
    assert same_as_scratch(items, index_file, links=links) == [f"{index_file}: site index built from scratch (no index of an earlier build)"]
    index_pages = [actors_index_pages(site(items)[0])]
    actors = []  # (stored index: actors updated in place, slugs given to some bases only) per build
    make, slug_bases = SiteIndex._make_actors, SiteIndex._slug_bases
    monkeypatch.setattr(SiteIndex, "_make_actors", lambda self: (actors.append([self._incremental, None]), make(self))[1] if self.path else make(self))
    monkeypatch.setattr(SiteIndex, "_slug_bases", lambda self, bases: actors[-1].__setitem__(1, slug_bases(self, bases)) or actors[-1][1])
    for step, change in STEPS.items():
        items = change(items)
        actors.clear()
        assert same_as_scratch(items, index_file, links=links) == [], step
        assert stored_names(index_file) == [b.article.name for b in items], step  # rows in this build's order, the removed gone
        index_pages.append(actors_index_pages(site(items)[0]))
        in_place = step == "unchanged" or "at the end" in step
        # the numbered base "ivanka-trump-2" (added, then removed) could take another base's slug: every slug again
        some_bases = step not in ("new at the end, a numbered slug", "removed at the end")
        assert actors == [[in_place, some_bases if in_place else None]], step
        # the rows a rebuild keeps are a fresh index's, none left of actors or briefings gone (those no page reads too)
        scratch_file = tmp_path / "scratch" / INDEX_FILE
        scratch_file.unlink(missing_ok=True)
        site(items, scratch_file)
        assert cross_rows(index_file) == cross_rows(scratch_file), step
    # the steps did cut the actors index anew: a page of actors split into pages of longer prefixes, and pages went
    steps = list(zip(index_pages, index_pages[1:]))
    assert any(after - before for before, after in steps) and any(before - after for before, after in steps)


def body_keys(index_file) -> dict[str, str]:
    """Each organisation key's body (its group key) as the stored index has it."""
    with sqlite3.connect(index_file) as db:
        return dict(db.execute("SELECT DISTINCT okey, gkey FROM app WHERE okey IS NOT NULL"))


def test_a_rebuild_splits_and_joins_bodies_as_a_generic_word_comes_to_stand_for_two_and_back(archive, tmp_path, monkeypatch):
    """#15: "Parliament" joins "European Parliament", its one longer body; a new "Scottish Parliament" makes it stand for
    two, which splits two bodies none of whose keys the rebuild touched. The rebuild must split them as a build from
    scratch does, and join them again when the second body goes."""
    index_file, scratch_file = tmp_path / INDEX_FILE, tmp_path / "scratch" / INDEX_FILE
    base = [*archive, briefing("p1", org("Parliament"), date="2025-03-01"), briefing("p2", org("European Parliament", "Parliament"), date="2025-03-02")]
    scottish = briefing("p3", org("Scottish Parliament"), date="2025-03-03")
    touched = []
    join = SiteIndex._join_touched_bodies
    monkeypatch.setattr(SiteIndex, "_join_touched_bodies", lambda self: (touched.append(True), join(self))[1])
    same_as_scratch(base, index_file)
    for items, apart in ((base, False), ([*base, scottish], True), (base, False)):
        assert same_as_scratch(items, index_file) == []
        bodies = body_keys(index_file)
        scratch_file.unlink(missing_ok=True)
        site(items, scratch_file)
        assert bodies == body_keys(scratch_file)
        assert (bodies["european parliament"] != bodies["parliament"]) is apart
        assert (bodies.get("scottish parliament", bodies["parliament"]) != bodies["parliament"]) is apart
    assert len(touched) == 3  # each rebuild joined only the touched bodies (with those the word's standing reaches)


def actors_index_pages(pages: dict[str, str]) -> set[str]:
    return {path for path in pages if path.startswith("actors/index")}


def test_an_unchanged_briefing_is_not_indexed_again(archive, tmp_path, monkeypatch):
    index_file = tmp_path / INDEX_FILE
    site(archive, index_file)
    added = []
    original = SiteIndex._notes

    def counting(self, *notes):
        added.append(notes)
        return original(self, *notes)

    inserts = []
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        db = real_connect(*args, **kwargs)
        db.set_trace_callback(lambda sql: inserts.append(sql) if sql.startswith("INSERT INTO briefing") else None)
        return db

    monkeypatch.setattr(SiteIndex, "_notes", counting)
    monkeypatch.setattr(sqlite3, "connect", connect)
    new = briefing("zz", person("Rubio"), date="2025-02-01")
    pages, *_ = site([*archive, new], index_file)
    assert len(added) == len(archive) + 1
    assert len(inserts) == 1 and "'zz'" in inserts[0]  # only the new briefing's row was written
    assert pages == site([*archive, new])[0]


def test_a_date_refused_as_future_is_checked_again_when_the_build_date_moves(tmp_path):
    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 12)]
    assert same_as_scratch(items, index_file, today=dt.date(2025, 6, 3))
    assert same_as_scratch(items, index_file, today=dt.date(2025, 6, 8)) == []  # later: the refused dates come back one by one
    assert same_as_scratch(items, index_file, today=None) == []  # no check at all
    reasons = same_as_scratch(items, index_file, today=dt.date(2025, 6, 2))  # a check appears: everything again
    assert reasons == [f"{index_file}: site index built from scratch (the build's date went back)"]
    reasons = same_as_scratch(items, index_file, today=dt.date(2025, 6, 1))  # earlier
    assert reasons == [f"{index_file}: site index built from scratch (the build's date went back)"]


@pytest.mark.parametrize(
    "damage, why",
    [
        (lambda f: f.write_bytes(b"not a database" * 100), "the file was damaged"),
        (lambda f: f.write_bytes(f.read_bytes()[: len(f.read_bytes()) // 2]), "the file was damaged"),
        (lambda f: sqlite3.connect(f).executescript("UPDATE meta SET value = 'building' WHERE key = 'state';"), "the build that wrote it did not finish"),
        (lambda f: sqlite3.connect(f).executescript("UPDATE meta SET value = 'site-index-0' WHERE key = 'format';"), "written by other code or for another folder"),
    ],
)
def test_a_damaged_unfinished_or_foreign_index_is_built_from_scratch(damage, why, tmp_path):
    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 6)]
    site(items, index_file)
    damage(index_file)
    assert same_as_scratch([*items, story("new", date="2025-06-09")], index_file) == [f"{index_file}: site index built from scratch ({why})"]
    assert same_as_scratch(items, index_file) == []  # and it is whole again


def test_the_whole_file_check_runs_only_on_an_index_written_since_the_last_build_closed_it(tmp_path, monkeypatch):
    """#18: ``PRAGMA quick_check`` reads the whole stored index, a share of a one-article rebuild that grows with the
    archive; a file whose status (inode, size, times) is the one the last build stamped as it closed it is skipped,
    any other is checked: written since (even with its times put back: its change time moves), or never stamped."""
    import os

    from briefgen.site.index_db import CHECKED_SUFFIX

    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 6)]
    checks: list[str] = []
    real_connect = sqlite3.connect

    def connect(*args, **kwargs):
        db = real_connect(*args, **kwargs)
        db.set_trace_callback(lambda sql: checks.append(sql) if sql.startswith("PRAGMA quick_check") else None)
        return db

    monkeypatch.setattr(sqlite3, "connect", connect)
    site(items, index_file)
    assert checks == [] and (tmp_path / (INDEX_FILE + CHECKED_SUFFIX)).is_file()  # a new file: nothing to check
    assert same_as_scratch([*items, story("new", date="2025-06-09")], index_file) == [] and checks == []
    before = os.stat(index_file)
    with real_connect(index_file) as db:  # written by something else, its times put back
        db.execute("UPDATE meta SET value = value WHERE key = 'state'")
    os.utime(index_file, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert same_as_scratch(items, index_file) == [] and len(checks) == 1
    (tmp_path / (INDEX_FILE + CHECKED_SUFFIX)).unlink()  # no stamp: checked
    assert same_as_scratch(items, index_file) == [] and len(checks) == 2
    assert same_as_scratch(items, index_file) == [] and len(checks) == 2  # stamped again by the last build


def test_other_code_or_another_folder_builds_from_scratch(tmp_path):
    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 4)]
    site(items, index_file, salt="code-1")
    assert site(items, index_file, salt="code-2")[3] == [f"{index_file}: site index built from scratch (written by other code or for another folder)"]
    pages = {p.path: p.content for p in assemble_site(items, renderer=Renderer(), prefix="news", index_file=index_file, index_salt="code-2").pages}
    assert pages == {p.path: p.content for p in assemble_site(items, renderer=Renderer(), prefix="news").pages}


def test_an_index_of_another_archive_gives_this_archives_pages(archive, tmp_path):
    index_file = tmp_path / INDEX_FILE
    site(archive[:20], index_file)
    assert same_as_scratch(archive[20:], index_file) == []


def test_a_build_that_dies_leaves_an_index_the_next_one_does_not_trust(tmp_path):
    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 6)]
    site(items, index_file)

    def dying():
        yield from items
        raise RuntimeError("killed")

    with pytest.raises(RuntimeError):
        assemble_site(dying(), renderer=Renderer(), index_file=index_file, index_salt="code-1")
    assert same_as_scratch(items, index_file) == [f"{index_file}: site index built from scratch (the build that wrote it did not finish)"]


def test_a_held_index_is_left_alone_and_this_build_indexes_privately(tmp_path):
    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 6)]
    site(items, index_file)
    before = index_file.read_bytes()
    with folder_lock(tmp_path):  # another build of the same state folder
        reasons = same_as_scratch([*items, story("new", date="2025-06-09")], index_file)
    assert reasons == [f"{index_file}: site index built from scratch (another build holds it; this one indexes privately)"]
    assert index_file.read_bytes() == before
    assert same_as_scratch(items, index_file) == []


def test_the_notes_of_kept_briefings_come_back_in_build_order(archive, tmp_path):
    index_file = tmp_path / INDEX_FILE
    odd = dataclasses.replace(archive[0], article=dataclasses.replace(archive[0].article, notes=("legacy encoding guessed",)))
    lookalike = briefing("look", person("Рutin"), person("Putin"), date="2025-01-05")
    items = [odd, *archive[1:], lookalike, story("future", date="2031-01-01")]

    def notes(path, order):
        with SiteIndex(path=path, salt="code-1", today=dt.date(2025, 6, 1)) as index:
            for b in order:
                index.add(b)
            index.finish()
            return index.notes, index.newest_date, index.count

    first = notes(index_file, items)
    assert any("legacy encoding" in n for n in first[0]) and any("in the future" in n for n in first[0]) and len(first[0]) >= 3
    assert notes(index_file, items) == first == notes(None, items)
    shuffled = random.Random(3).sample(items, len(items))
    assert notes(index_file, shuffled) == notes(None, shuffled)


def test_stored_records_changed_outside_briefgen_are_never_unpickled(tmp_path):
    """Unpickling runs code: a stored briefing is loaded only when its bytes are those of this build's own briefing."""
    import pickle
    import zlib

    from briefgen.errors import OutputError

    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 4)]
    site(items, index_file)
    hostile = zlib.compress(pickle.dumps(OSError("ran")), 1)
    with sqlite3.connect(index_file) as db:
        db.execute("UPDATE record SET blob = ? WHERE bid = (SELECT bid FROM briefing WHERE name = 'd02')", (hostile,))
    with pytest.raises(OutputError, match=r"index.sqlite: the stored records of briefing d02 do not match their digest"):
        site(items, index_file)
    assert same_as_scratch(items, index_file) == [f"{index_file}: site index built from scratch (the build that wrote it did not finish)"]


def test_a_stored_page_that_cannot_be_read_is_made_again(tmp_path):
    """#18: the stored index keeps the briefing and actor pages; a damaged one is made again, not handed out or fatal."""
    index_file = tmp_path / INDEX_FILE
    items = [story(f"s{d:02d}", date=f"2025-01-{d:02d}") for d in range(1, 6)]
    site(items, index_file)
    with sqlite3.connect(index_file) as db:
        damaged = db.execute("UPDATE page SET content = x'00ff' WHERE path LIKE 'briefings/%' OR path LIKE 'actors/%'").rowcount
    assert damaged > 5
    assert same_as_scratch(items, index_file) == []


def test_stored_items_load_briefgen_records_only(tmp_path):
    """#18: a briefing's quotes and demands are stored with it for the actor pages; unpickling them admits briefgen's
    records and nothing else, since they are not checked against this build's own briefing as the records are."""
    import pickle

    from briefgen.errors import OutputError

    index_file = tmp_path / INDEX_FILE
    items = [story(f"d{d:02d}", date=f"2025-06-{d:02d}") for d in range(1, 4)]
    site(items, index_file)
    with sqlite3.connect(index_file) as db:
        hostile = db.execute("UPDATE item SET payload = ? WHERE bid = (SELECT bid FROM briefing WHERE name = 'd03')", (pickle.dumps(OSError("ran")),))
        assert hostile.rowcount > 0
    more = [*items, story("d04", date="2025-06-04")]  # Russia's front page lists d04 and d03 (two a page): made again
    # OSError pickles through builtins, or through tblib once Dask has loaded it: the refusal is what is asserted
    with pytest.raises(OutputError, match=r"index.sqlite: a stored item of briefing \d+ cannot be read \(not a briefgen record: "):
        site(more, index_file)
    assert same_as_scratch(more, index_file) == [f"{index_file}: site index built from scratch (the build that wrote it did not finish)"]
