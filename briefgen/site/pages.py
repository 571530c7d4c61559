"""Assembling the pages of a briefing site, independent of any site generator.

:func:`build_site` briefs a seeds folder into a :class:`SiteBuild`: the
failures and notes, and a :class:`~briefgen.site.index_db.SiteIndex` holding
the briefings and what crosses them, from which :meth:`SiteBuild.pages`
generates the pages one at a time (:func:`iter_site_pages`). Memory stays
about one page's worth of briefings whatever the archive's size: briefings
stream from the pipeline into the index (SQLite, a temporary file) as they
are made, and every list page is a query with ``ORDER BY`` and ``LIMIT``
(#17). :func:`assemble_site` does the page part for briefings already in a
list and returns the pages in a list, so it can be tested on records alone.
The MkDocs plugin hands the pages to MkDocs (which holds every page anyway);
``briefgen build`` writes them one at a time (and each briefing's JSON).

The site is built to grow linearly with the number of briefings: no page lists
every briefing. Briefings are reached through paginated list pages — the
briefings index, the timeline and its months, each actor's page — and the
site's navigation holds only those entry pages, so a page never carries the
whole site with it.

Pages (``P`` = the briefings folder, ``prefix``)::

    P/NAME.md                     one briefing
    P/index.md, P/index/K.md      all briefings, newest first: the newest on P/index.md,
                                  older pages K = 1, 2, ... counted from the oldest (#18)
    timeline/index.md, page-K.md  by date, newest first, the month archive on the first
    timeline/YYYY-MM.md (-K.md)   one month; timeline/undated.md
    actors/index.md               actors A-Z: the initial letters (or, while few, the actors)
    actors/index/PREFIX.md        the actors whose slug starts with PREFIX, or links to longer
                                  prefixes: pages of bounded size (#18, :mod:`.actors_index`)
    actors/SLUG.md, SLUG/K.md     one actor across briefings
    feed.xml                      Atom feed of the newest 50 briefings
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import hashlib
import json
import marshal
import posixpath
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spacy.language import Language

from . import actors_index
from .actors_index import ACTORS_INDEX, ActorsIndexPlan, index_path, label, plan_actors_index
from .crossref import CrossActor
from .feed import FEED_SIZE, atom_feed
from .index_db import ActorView, BriefingStub, LazyMapping, SiteIndex
from .policy import earns_page
from .upcoming import upcoming_items
from ..heap import frozen_heap
from ..ingest import SeedScan, scan_articles
from ..pipeline import Budget, CacheLookup, CacheStore, Engine, Failure, brief_paths
from ..records import Settings
from ..records import Briefing, KeyPoint
from ..extract.summary.extractor import opens_with_pronoun
from ..render import BriefingContext, Renderer, briefing_json, page_link
from ..render.markdown import source_link
from ..render.provenance import anchor_id
from ..records import BriefingDate

#: Briefings per list page (index, timeline, month, actor).
PER_PAGE = 50
#: How many of a briefing's most-mentioned actors define its story.
MAIN_ACTORS = 3
FEED_PATH = "feed.xml"
#: The home page; a site's own page of that name in its docs folder wins over it.
HOME_PATH = "index.md"
#: How many briefings, actors and outlook items the home page shows.
HOME_LATEST, HOME_ACTORS, HOME_UPCOMING = 10, 8, 6
#: A teaser is the first key point, cut at a word near this many characters: about two lines.
TEASER_CHARS = 180
#: The briefing pages' stylesheet (provenance highlight, relation map), shipped as a template.
STYLESHEET_PATH = "assets/briefgen.css"
SEARCH_SCRIPT_PATH = "assets/briefgen-search.js"


@dataclass(frozen=True, slots=True)
class SitePage:
    """A generated page: ``path`` relative to the docs folder, POSIX separators."""

    path: str
    content: str


@dataclass(slots=True)
class SiteBuild:
    """What one build produced: failures, notes, and the index its pages are generated from.

    The briefings are in :attr:`index` (a temporary SQLite file), not in a
    list: :meth:`pages` and :meth:`json_files` generate the outputs one at a
    time. Close the build (or use it in a ``with``) to remove the file.
    """

    index: SiteIndex
    renderer: Renderer
    site_url: str | None = None
    directory_urls: bool = True
    per_page: int = PER_PAGE
    title: str = "Briefings"
    failures: list[Failure] = field(default_factory=list)
    #: Some folder below the seeds could not be read: articles may be missing, not deleted.
    incomplete: bool = False
    scan_notes: list[str] = field(default_factory=list)

    @property
    def notes(self) -> list[str]:
        """"file: what was odd" — warnings, not failures."""
        return [*self.scan_notes, *self.index.notes]

    @property
    def briefing_count(self) -> int:
        return self.index.count

    @property
    def newest_date(self) -> str | None:
        return self.index.newest_date

    def dates(self) -> dict[str, BriefingDate]:
        """Briefing name -> its date, for splitting the pages into shards (#18); a name and a date per briefing."""
        return {stub.article.name: date for _, stub, date, _ in self.index.iter_ordered()}

    def pages(self, *, json_prefix: str | None = None, with_text: bool = False) -> Iterator[SitePage]:
        """Every page of the site, one at a time; with ``json_prefix``, each briefing's JSON file (:meth:`json_files`) right
        after its page, from the briefing loaded once for both (#18: loading it again for the JSON was 300 unpicklings per
        300 articles)."""
        return iter_site_pages(
            self.index,
            renderer=self.renderer,
            site_url=self.site_url,
            directory_urls=self.directory_urls,
            per_page=self.per_page,
            title=self.title,
            json_prefix=json_prefix,
            with_text=with_text,
        )

    def json_files(self, prefix: str, *, with_text: bool = False) -> Iterator[SitePage]:
        for _, b in self.index.briefings():
            yield SitePage(f"{prefix}/{b.article.name}.json", briefing_json(b, with_text=with_text))

    def close(self) -> None:
        self.index.close()

    def __enter__(self) -> SiteBuild:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def build_site(
    seeds: Path | str,
    *,
    renderer: Renderer,
    prefix: str = "briefings",
    settings: Settings = Settings(),
    nlp: Language | None = None,
    n_process: int = 1,
    lookup: CacheLookup | None = None,
    store: CacheStore | None = None,
    budget: Budget = Budget(),
    engine: Engine | None = None,
    progress: Callable[[Iterable], Iterable] = lambda it: it,
    site_url: str | None = None,
    directory_urls: bool = True,
    per_page: int = PER_PAGE,
    today: _dt.date | None = None,
    index_file: Path | None = None,
    index_salt: str = "",
) -> SiteBuild:
    """Brief every article under ``seeds`` (a folder, or an fsspec URL) into a site index; the pages come from :meth:`SiteBuild.pages`.

    ``today`` is the build's date, for telling future dates from real ones
    (see :func:`~briefgen.site.timeline.checked_date`); the core never reads
    the clock itself, so the adapters pass it and tests can fix it. Each
    briefing goes into the index as the pipeline yields it; none is kept.
    ``index_file``/``index_salt``: bring the last build's stored index up to date (see :func:`assemble_site`);
    ``build.index.reset`` says why it could not be used.
    """
    build = SiteBuild(SiteIndex(prefix=prefix, today=today, path=index_file, salt=index_salt), renderer, site_url=site_url, directory_urls=directory_urls, per_page=per_page)
    try:
        try:
            present = isinstance(seeds, str) or seeds.exists()  # a URL (#17): its scan reports what it cannot list
        except OSError:  # a name too long, say: the scan reports it as unreadable
            present = True
        scan = scan_articles(seeds) if present else SeedScan()
        build.failures.extend(Failure(error.path, str(error)) for error in scan.unreadable)
        build.scan_notes.extend(scan.skipped)
        build.incomplete = bool(scan.unreadable)
        results = brief_paths(
            list(scan.found),
            nlp=nlp,
            settings=settings,
            n_process=n_process,
            lookup=lookup,
            store=store,
            budget=budget,
            engine=engine,
        )
        for result in progress(results):
            if isinstance(result, Failure):
                build.failures.append(result)
            else:
                build.index.add(result)
        # every briefing is indexed: what the parse and the extraction left alive (the spaCy pipeline, the rows of the
        # collector's young generations) leaves the collector's passes while the index is finished (see frozen_heap)
        with frozen_heap():
            build.index.finish()
    except BaseException:
        build.close()
        raise
    return build


def _join(*parts: str) -> str:
    return posixpath.normpath(posixpath.join(*parts))


def page_url(path: str, *, directory_urls: bool = True) -> str:
    """The URL (relative to the site root) MkDocs gives a page: ``a/b.md`` -> ``a/b/``, ``a/index.md`` -> ``a/``."""
    stem = path[: -len(".md")]
    if posixpath.basename(stem) == "index":
        folder = posixpath.dirname(stem)
        return f"{folder}/" if folder else ""
    return f"{stem}/" if directory_urls else f"{stem}.html"


@dataclass(frozen=True, slots=True)
class _ListPage:
    """One page of a list shown newest first: ``offset`` and ``limit`` into that order; ``number`` is ``None`` on the front page."""

    path: str
    offset: int
    limit: int
    number: int | None


def _list_pages(count: int, per_page: int, *, front: str, older: Callable[[int], str]) -> list[_ListPage]:
    """The pages of a list of ``count`` items shown newest first: the front page, then older pages numbered from the oldest.

    The front page (a stable URL) holds the newest ``per_page``; the rest are
    cut into pages of ``per_page`` counted from the *oldest* item, so page 1
    always holds the oldest items and only the newest older page is partial
    (#18). A new item at the newest end then changes the front page and the
    newest older page (and, when that one is full, starts a new page), never
    the pages before: numbered from the newest, every page's items shifted by
    one and a rebuild after one new article rewrote every list page.
    """
    _page_count(count, per_page)  # refuses per_page < 1
    rest = max(0, count - per_page)
    pages = [_ListPage(front, 0, per_page, None)]
    for k in range(-(-rest // per_page), 0, -1):  # newest older page first, as the list reads
        low, high = (k - 1) * per_page, min(k * per_page, rest)  # positions counted from the oldest
        pages.append(_ListPage(older(k), count - high, high - low, k))
    return pages


def _pager(here: _ListPage, pages: Sequence[_ListPage]) -> list[tuple[str, str | None]]:
    """``(label, link)`` per pager entry; the current page has no link.

    The front page lists every page (it changes with every new item anyway).
    An older page links only the front, its neighbours and the oldest page:
    a list of every page would change on every page each time a new page is
    started (#18).
    """
    link = lambda page: page_link(here.path, page.path)  # noqa: E731
    if here.number is None:
        return [("Newest", None), *((str(p.number), link(p)) for p in pages[1:])]
    # pages[1:] are numbered len(pages) - 1 down to 1 (_list_pages), so page j is pages[len(pages) - j]: looked up, not
    # collected per page (a dict of every page for each of an actor's N pages was N² at 20,000 briefings, #18)
    last = len(pages) - 1
    k = here.number
    entries: list[tuple[str, str | None]] = [("Newest", link(pages[0]))]
    if k + 1 <= last:
        entries.append(("Newer", link(pages[last + 1 - (k + 1)])))
    entries.append((str(k), None))
    if k - 1 >= 1:
        entries.append(("Older", link(pages[last + 1 - (k - 1)])))
    if k - 1 > 1:
        entries.append(("Oldest", link(pages[last])))
    return entries


def _page_count(items: int, per_page: int) -> int:
    """Pages a list of ``items`` takes: always at least one (possibly empty), as :func:`~.timeline.paginate`."""
    if per_page < 1:
        raise ValueError("per_page must be at least 1")
    return max(1, -(-items // per_page))


@dataclass(slots=True)
class _Assembled:
    pages: list[SitePage]
    notes: list[str] = field(default_factory=list)
    #: briefing name -> its checked date (what the shards are split by, #18)
    dates: dict[str, BriefingDate] = field(default_factory=dict)


def _names_used(briefing: Briefing) -> set[str]:
    x = briefing.extraction
    names = {a.name for a in x.actors} | {alias for a in x.actors for alias in a.aliases}
    names |= {q.speaker for q in x.quotes if q.speaker}
    names |= {q.speaker_actor.name for q in x.quotes if q.speaker_actor is not None}
    for d in x.demands:
        names |= {n for n in (d.by, d.of, d.response.by if d.response else None) if n}
    return names


def assemble_site(
    briefings: Iterable[Briefing],
    *,
    renderer: Renderer,
    prefix: str = "briefings",
    site_url: str | None = None,
    directory_urls: bool = True,
    per_page: int = PER_PAGE,
    title: str = "Briefings",
    today: _dt.date | None = None,
    index_per_page: int | None = None,
    index_file: Path | None = None,
    index_salt: str = "",
    on_reset: Callable[[str], None] | None = None,
    on_indexed: Callable[[bool], None] | None = None,
) -> _Assembled:
    """Every page of the site for briefings already made, in a list (for tests and small sites; see :func:`iter_site_pages`).

    ``index_file``: keep the site index there and bring the last build's up to date instead of indexing every
    briefing again (#18; ``index_salt``, a digest of the code, invalidates it); ``on_reset`` is told in one line
    why a stored index could not be used.
    ``on_indexed`` is called once every briefing is indexed, before the
    pages are made (:func:`briefgen.shard_build.build_sharded_site` starts its second dirty-build worker there), with
    whether the archive changed: ``False`` only when the stored index met every briefing unchanged and lost none
    (:meth:`SiteIndex.changed`; that rebuild has no second worker's start to pay for, #18).
    """
    with SiteIndex(prefix=prefix, today=today, path=index_file, salt=index_salt) as index:
        if index.reset is not None and on_reset is not None and index_file is not None:
            on_reset(reset_message(index_file, index.reset))
        for b in briefings:
            index.add(b)
        if on_indexed is not None:
            on_indexed(index.changed())
        pages = list(
            iter_site_pages(
                index, renderer=renderer, site_url=site_url, directory_urls=directory_urls, per_page=per_page, title=title, index_per_page=index_per_page
            )
        )
        return _Assembled(pages, list(index.date_notes), {stub.article.name: date for _, stub, date, _ in index.iter_ordered()})


#: What :attr:`SiteIndex.reset` means, for the one-line message.
_RESET_WHY = {
    "missing": "no index of an earlier build",
    "salt": "written by other code or for another folder",
    "incomplete": "the build that wrote it did not finish",
    "today": "the build's date went back",
    "corrupt": "the file was damaged",
    "locked": "another build holds it; this one indexes privately",
    "unwritable": "the file cannot be written; this build indexes privately",
}


def reset_message(index_file: Path, reset: str) -> str:
    """Why a stored site index was not used, in one line naming its file."""
    return f"{index_file}: site index built from scratch ({_RESET_WHY.get(reset, reset)})"


def iter_site_pages(
    index: SiteIndex,
    *,
    renderer: Renderer,
    site_url: str | None = None,
    directory_urls: bool = True,
    per_page: int = PER_PAGE,
    title: str = "Briefings",
    index_per_page: int | None = None,
    json_prefix: str | None = None,
    with_text: bool = False,
) -> Iterator[SitePage]:
    """Every page of the site, one at a time, from the index (briefings, home, lists, timeline, actors, feed, assets).

    Each briefing is loaded for its own page only; list pages read stubs
    (title, date, first key point) a page at a time. Pages come in the same
    order, with the same bytes, as when every briefing was held in memory.
    With a stored index (``index.path``), a briefing or actor page whose key
    did not move since the last build is that build's page, and its briefings
    are not loaded (#18: :meth:`SiteIndex.begin_pages`).
    ``index_per_page`` is the most actors one page of the actors index lists
    (:data:`.actors_index.PER_PAGE` when not given, read at each call): its
    pages are planned first, as briefings link the entries on them.
    ``json_prefix``: each briefing's JSON file (``PREFIX/NAME.json``, :func:`briefing_json`) follows its page.
    """
    index.finish()
    prefix = index.prefix
    _page_count(0, per_page)  # refuses per_page < 1 before any page
    plan = plan_actors_index(index.slug_counts, index.actor_count(), per_page=actors_index.PER_PAGE if index_per_page is None else index_per_page)
    # with a stored index, the briefing and actor pages whose inputs did not change are the last build's (#18)
    salt = _renderer_salt(renderer) if index.path is not None else None
    flavour = markdown_flavour(renderer)
    index.begin_pages(lambda slug, paged: f"actors/{slug}.md" if paged else f"{plan.page_of(slug)}#{slug}")
    yield from _briefing_pages(index, renderer=renderer, plan=plan, salt=salt, flavour=flavour, json_prefix=json_prefix, with_text=with_text)
    briefings_index = _join(prefix, "index.md")
    if briefings_index != HOME_PATH:  # with briefings at the root (``briefgen build``) their list is the home page
        yield _home_page(
            _Ordered(index),  # type: ignore[arg-type]
            renderer=renderer,
            mains=LazyMapping(lambda name: index.mains(index.bid_of(name))),  # type: ignore[arg-type]
            actor_path=LazyMapping(lambda slug: _paged_actor_path(index, slug)),  # type: ignore[arg-type]
            path_of=LazyMapping(index.page_of),  # type: ignore[arg-type]
            dates=LazyMapping(index.date_of),  # type: ignore[arg-type]
            prefix=prefix,
            title=title,
            plan=plan,
        )
    yield from _briefing_index_pages(index, renderer=renderer, prefix=prefix, per_page=per_page)
    yield from _timeline_pages(index, renderer=renderer, per_page=per_page)
    yield from _actor_pages(index, renderer=renderer, per_page=per_page, salt=salt, flavour=flavour)
    yield from _actors_index_pages(index, plan, renderer=renderer)
    newest = [index.briefing(bid) for bid, *_ in index.ordered(limit=FEED_SIZE, dated=True)]
    yield SitePage(
        FEED_PATH,
        atom_feed(
            newest,
            dates={b.article.name: index.date_of(b.article.name) for b in newest},
            page_url={b.article.name: page_url(index.page_of(b.article.name), directory_urls=directory_urls) for b in newest},
            title=title,
            site_url=site_url,
            feed_path=FEED_PATH,
        ),
    )
    yield SitePage(STYLESHEET_PATH, renderer.stylesheet())
    yield SitePage(SEARCH_SCRIPT_PATH, renderer.search_script())
    index.end_pages()


def _renderer_salt(renderer: Renderer) -> str:
    """What every page depends on besides its inputs: briefgen's code and templates, the renderer's options (as the page store's)."""
    from .increment import renderer_salt  # the page store's salt, without its store

    return renderer_salt(getattr(renderer, "_renderer", renderer))  # a CachedRenderer renders with the renderer it wraps


def markdown_flavour(renderer: Renderer) -> str:
    """Which Markdown a renderer writes, ``"commonmark"`` (``--commonmark``) or ``"material"``: the stored index keeps a page per flavour (#18)."""
    return "commonmark" if getattr(getattr(renderer, "_renderer", renderer), "portable", False) else "material"


def _unstored(renderer: Renderer) -> Renderer:
    """The renderer of a page the stored index keeps (:meth:`SiteIndex.keep_page`): the page store's wrapped one.

    Rendered through the page store, each briefing and actor page was kept twice, and a rebuild, which takes them from
    the stored index, left every one of them unasked in the page store, which then deleted them all at its close: 20,000
    briefing pages and 11,000 actor pages rewritten out of ``pages.sqlite`` in the first rebuild after a full build (#18).
    """
    return getattr(renderer, "_renderer", renderer)


#: marshal's format 2: no references between objects (format 3 on) and no mark for an interned string (3 on), so equal
#: values give equal bytes however their objects are shared or interned, in any process (see :func:`_key`)
_KEY_MARSHAL = 2


def _key(*parts: object) -> bytes:
    """A page's key: the digest of the plain values (strings, numbers, lists, tuples, ``None``) it is made from.

    Serialised by :mod:`marshal` (format 2), which writes such values in C without escaping a character: every
    briefing, actor and list page's key of a rebuild — 4,000 keys and some 275,000 strings at 2,000 briefings —
    took 0.08 CPU s through ``json.dumps`` and takes 0.025 (#18). Its bytes say each value's type and length, so
    unequal values never give equal bytes (a tuple and a list differ, as JSON did not tell them apart: a key then
    only changes, never matches another page's). A value marshal refuses (a ``str`` or ``int`` subclass) makes the
    whole key JSON's, as before, under another mark.
    """
    try:
        data = b"m" + marshal.dumps(parts, _KEY_MARSHAL)
    except ValueError:
        data = b"j" + json.dumps(parts, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).digest()


class _Ordered:
    """The briefings newest first, for the home page: sliced, full briefings (kept, so the same objects come back);
    iterated, stubs a batch at a time."""

    def __init__(self, index: SiteIndex) -> None:
        self._index = index
        self._loaded: dict[int, Briefing] = {}

    def __len__(self) -> int:
        return self._index.count

    def __iter__(self) -> Iterator[BriefingStub]:
        return (stub for _, stub, _, _ in self._index.iter_ordered())

    def __getitem__(self, which: slice) -> list[Briefing]:
        if not isinstance(which, slice) or which.step not in (None, 1) or (which.start or 0) < 0 or which.stop is None or which.stop < 0:
            raise TypeError("only a leading slice of the briefings is loaded")
        start = which.start or 0
        rows = self._index.ordered(offset=start, limit=max(0, which.stop - start))
        for bid, *_ in rows:
            if bid not in self._loaded:
                self._loaded[bid] = self._index.briefing(bid)
        return [self._loaded[bid] for bid, *_ in rows]


def _paged_actor_path(index: SiteIndex, slug: str) -> str:
    actor = index.actor_by_slug(slug)
    if actor is None or not earns_page(actor):
        raise KeyError(slug)
    return f"actors/{slug}.md"


def _briefing_pages(
    index: SiteIndex,
    *,
    renderer: Renderer,
    plan: ActorsIndexPlan,
    salt: str | None = None,
    flavour: str = "material",
    json_prefix: str | None = None,
    with_text: bool = False,
) -> Iterator[SitePage]:
    """One page per briefing, in build order, linked to its actors and story thread (and with ``json_prefix`` its JSON file after it).

    With a stored index (``salt``), a page whose key — the briefing's view of the site (:meth:`SiteIndex.begin_pages`),
    its date, its thread neighbours as listed, its thread's actors — is the last build's is that build's page: the
    briefing is not even loaded. What each actor said and demanded here is stored with the briefing (``item``).
    """
    # in build order (bids 0, 1, ...); with a stored index, each briefing's last page comes in the same row (#18)
    for row, previous, following, neighbours, thread_actors, env, stored in index.page_inputs(flavour=flavour if salt is not None else None):
        bid, _, date, here = index._stub(row)
        key = None
        if salt is not None:
            key = _key(
                "briefing", salt, here, env.hex(), row[1:], *(neighbours[n][1:] if n is not None else None for n in (previous, following)), thread_actors
            )
            kept = index.kept_page(here, key, flavour=flavour, stored=stored)
            if kept is not None:
                yield SitePage(here, kept)
                if json_prefix is not None:
                    b = index.briefing(bid)
                    yield SitePage(f"{json_prefix}/{b.article.name}.json", briefing_json(b, with_text=with_text))
                continue
        b = index.briefing(bid)
        views: dict[int, ActorView] = {}

        def view(aid: int) -> ActorView:
            if aid not in views:
                views[aid] = index.actor(aid)
            return views[aid]

        links: dict[str, str] = {}
        canonical: dict[str, str] = {}
        names = _names_used(b)
        found = index.find_all(bid, names)  # one query for the briefing's names (#18)
        for name in names:
            aid = found[name]
            if aid is not None:
                links[name] = actor_link(here, view(aid), None, plan=plan)
                canonical[name] = view(aid).name
        stubs = {n: index._stub(r) for n, r in neighbours.items()}
        context = BriefingContext(
            actor_links=links,
            canonical=canonical,
            previous=(page_link(here, stubs[previous][3]), stubs[previous][1]) if previous is not None else None,  # type: ignore[arg-type]
            next=(page_link(here, stubs[following][3]), stubs[following][1]) if following is not None else None,  # type: ignore[arg-type]
            date=date,
            dates={stub.article.name: d for _, stub, d, _ in stubs.values()},
            thread_actors=thread_actors,
        )
        content = (renderer if key is None else _unstored(renderer)).briefing_markdown(b, context=context)
        if key is not None:
            index.keep_page(here, key, content, flavour=flavour)
        yield SitePage(here, content)
        if json_prefix is not None:
            yield SitePage(f"{json_prefix}/{b.article.name}.json", briefing_json(b, with_text=with_text))


def teaser(text: str, *, limit: int = TEASER_CHARS) -> str:
    """The start of ``text``, verbatim, cut at a word boundary with "…" when it is longer than ``limit``."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit + 1].rsplit(" ", 1)[0].rstrip(",;:—–-")
    return cut + "…"


def teaser_point(points: Sequence[KeyPoint]) -> KeyPoint:
    """The key point a teaser shows: the first one that does not open with a pronoun, else the first.

    Shown alone under a title, "She said new mothers…" leaves the reader asking
    who; a later point naming its subject reads on its own. The key points
    themselves give way to a naming sentence only on a tie of centrality
    (:func:`~briefgen.extract.summary.extractor.named_on_ties`): they are
    scored on BBC references, where a pronoun-initial point is often the
    right one (#16's measurements).
    """
    for point in points:
        if not opens_with_pronoun(point.text):
            return point
    return points[0]


def _partial(date: BriefingDate) -> str | None:
    return f"{date.partial_text}, year not stated" if date.partial_text else None


def _home_page(
    ordered: Sequence[Briefing],
    *,
    renderer: Renderer,
    mains: dict[str, list[CrossActor]],
    actor_path: dict[str, str],
    path_of: dict[str, str],
    dates: dict[str, BriefingDate],
    prefix: str,
    title: str,
    plan: ActorsIndexPlan,
) -> SitePage:
    """The news first: the latest briefings, who was most active in their week, and what is scheduled next.

    "This week" is the seven days up to the newest briefing's date, not up to
    today: the same seeds give the same home page whenever they are built.
    What's next holds the outlook items of the latest briefings whose time
    lies ahead, soonest first (:func:`~.upcoming.upcoming_items`).
    """
    latest = [
        {
            "briefing": b,
            "target": page_link(HOME_PATH, path_of[b.article.name]),
            "date": dates[b.article.name].date or _partial(dates[b.article.name]),
            "source": source_link(b.article.meta.url, b.article.meta.source),
            "teaser": teaser(teaser_point(b.extraction.summary).text) if b.extraction.summary else None,
        }
        for b in ordered[:HOME_LATEST]
    ]
    newest = next((dates[b.article.name].date for b in ordered if dates[b.article.name].date), None)
    active: list[dict[str, object]] = []
    week: tuple[str, str] | None = None
    if newest:
        first_day = (_dt.date.fromisoformat(newest) - _dt.timedelta(days=6)).isoformat()
        week = (first_day, newest)
        counts: dict[str, int] = {}
        actors: dict[str, CrossActor] = {}
        for b in ordered:  # newest first, undated last: the week's briefings are the first ones (#18: not every one)
            day = dates[b.article.name].date
            if not day or day < first_day:
                break
            for a in mains[b.article.name]:
                counts[a.slug] = counts.get(a.slug, 0) + 1
                actors[a.slug] = a
        ranked = sorted(counts, key=lambda slug: (-counts[slug], -actors[slug].mentions, actors[slug].name))
        active = [
            {
                "name": actors[slug].name,
                "target": actor_link(HOME_PATH, actors[slug], actor_path, plan=plan),
                "count": counts[slug],
                "role": (actors[slug].roles or actors[slug].affiliations or [None])[0],
            }
            for slug in ranked[:HOME_ACTORS]
        ]
    upcoming = [
        {
            "briefing": u.briefing,
            "item": u.item,
            "text": u.item.text,
            "when": u.when.label if u.when else None,
            "target": page_link(HOME_PATH, path_of[u.briefing.article.name], anchor=anchor_id(u.item.start, u.item.end)),
        }
        for u in upcoming_items(ordered[:HOME_LATEST], dates=dates, now=newest, limit=HOME_UPCOMING)
    ]
    return SitePage(
        HOME_PATH,
        renderer.page_markdown(
            "home.md.j2",
            title=title,
            latest=latest,
            active=active,
            week=week,
            upcoming=upcoming,
            briefings_link=page_link(HOME_PATH, _join(prefix, "index.md")),
            timeline_link=page_link(HOME_PATH, "timeline/index.md"),
            actors_link=page_link(HOME_PATH, ACTORS_INDEX),
            feed_link=page_link(HOME_PATH, FEED_PATH),
        ),
    )


def _keyed(renderer: Renderer, parts: tuple, render: Callable[[], str]) -> str:
    """``render()``, or the page the renderer's page store keeps under the key of ``parts`` (``render``'s every input
    as plain values: the site index's rows, the page's path and pager), when the renderer has a store.

    A list page's entries (a link and a stub per briefing) were built and then pickled into the page's key for every
    page of every list in each build: some 60,000 entries at 20,000 briefings, for pages nearly all unchanged after
    one new article. Keyed by the rows they are made from, they are built only for a page whose key is new (#18).
    """
    keyed = getattr(renderer, "keyed", None)
    if keyed is None:
        return render()
    return keyed(_key(*parts), render)


def _briefing_index_pages(index: SiteIndex, *, renderer: Renderer, prefix: str, per_page: int) -> Iterator[SitePage]:
    pages = _list_pages(index.count, per_page, front=_join(prefix, "index.md"), older=lambda k: _join(prefix, "index", f"{k}.md"))
    for page in pages:
        rows = index.ordered_rows(offset=page.offset, limit=page.limit)
        title = "Briefings" if page.number is None else f"Briefings, page {page.number}"
        pager = _pager(page, pages)

        def render(rows: list[tuple] = rows, page: _ListPage = page, title: str = title, pager: list = pager) -> str:
            chunk = [index._stub(row) for row in rows]
            entries = [(page_link(page.path, target), stub) for _, stub, _, target in chunk]
            dates = {stub.article.name: date for _, stub, date, _ in chunk}
            return renderer.list_markdown(title=title, entries=entries, dates=dates, pager=pager)  # type: ignore[arg-type]

        # a row without its bid (the build's order, which the page does not show)
        yield SitePage(page.path, _keyed(renderer, ("briefings", title, page.path, [row[1:] for row in rows], pager), render))


def _timeline_pages(index: SiteIndex, *, renderer: Renderer, per_page: int) -> Iterator[SitePage]:
    """The month pages, then the timeline; the month archive (with counts) is on the timeline's front page only.

    Every new briefing changes a count of the archive, so on every timeline
    page it made every page change (#18); older pages link the front page.
    """

    def timeline_page(page: _ListPage, title: str, rows: list[tuple], months: list, pager: list) -> SitePage:
        def render() -> str:
            entries = [(page_link(page.path, target), stub, date) for _, stub, date, target in (index._stub(row) for row in rows)]
            return renderer.page_markdown("timeline.md.j2", title=title, entries=entries, months=months, pager=pager)

        return SitePage(page.path, _keyed(renderer, ("timeline", title, page.path, [row[1:] for row in rows], months, pager), render))

    months = index.months()
    month_first: dict[str | None, str] = {}
    for month, count in months:
        name = month or "undated"
        pages = _list_pages(count, per_page, front=f"timeline/{name}.md", older=lambda k, n=name: f"timeline/{n}-{k}.md")
        month_first[month] = pages[0].path
        for page in pages:
            rows = index.ordered_rows(offset=page.offset, limit=page.limit, month=month)
            label = month or "Undated briefings"
            title = label if page.number is None else f"{label}, page {page.number}"
            yield timeline_page(page, title, rows, [], _pager(page, pages))

    pages = _list_pages(index.count, per_page, front="timeline/index.md", older=lambda k: f"timeline/page-{k}.md")
    for page in pages:
        archive = [(month or "Undated", page_link(page.path, month_first[month]), count) for month, count in months] if page.number is None else []
        rows = index.ordered_rows(offset=page.offset, limit=page.limit)
        title = "Timeline" if page.number is None else f"Timeline, page {page.number}"
        yield timeline_page(page, title, rows, archive, _pager(page, pages))


@dataclass(frozen=True, slots=True)
class _Item:
    """A quote or demand on an actor page, with the briefing it came from."""

    briefing: Briefing | BriefingStub
    title: str
    target: str
    date: str | None
    quote: object = None
    demand: object = None
    rejection: object = None
    other: str | None = None
    responder: str | None = None


def actor_link(from_page: str, actor: ActorView, actor_path: Mapping[str, str] | None, *, plan: ActorsIndexPlan) -> str:
    """Where a mention of ``actor`` links: its page, or its entry on the page of the actors index that lists it (``plan``).

    ``actor_path`` maps the slugs of actors with a page to it; ``None`` means
    "ask :func:`earns_page`" (the page is always ``actors/SLUG.md``).
    """
    if actor_path is None:
        has_page = earns_page(actor)
        target = f"actors/{actor.slug}.md"
    else:
        has_page = actor.slug in actor_path
        target = actor_path[actor.slug] if has_page else ""
    if has_page:
        return page_link(from_page, target)
    return page_link(from_page, plan.page_of(actor.slug), anchor=actor.slug)


def _actor_pages(index: SiteIndex, *, renderer: Renderer, per_page: int, salt: str | None = None, flavour: str = "material") -> Iterator[SitePage]:
    """Each actor with a page: its front page (counts, first and last seen) and older pages, its briefings newest first.

    With a stored index (``salt``), a page whose key — the actor as shown, the page's place in its list, and each of
    its briefings as listed with that briefing's view of the site (:meth:`SiteIndex.begin_pages`: what the actor said
    and demanded there and the names of the other side follow from it) — is the last build's is that build's page.
    """
    # each actor's list and first and last dated briefings from one query per batch of actors, not three per actor, and
    # with a stored index the last pages of a run of actors in one query, not one per page (#18)
    for actor, listing, oldest, newest, pages, stored in _actor_runs(index, per_page=per_page, flavour=flavour if salt is not None else None):
        for listed in pages:
            path = listed.path
            front = listed.number is None
            # what changes with every briefing about the actor (its counts, when it was last seen) is on its
            # front page only: given to an older page, it would make that page's inputs change too (#18)
            shown = actor if front else replace(actor, mentions=0, briefing_count=0, voiced=0)
            title = actor.name if front else f"{actor.name}, page {listed.number}"
            rows = listing[listed.offset : listed.offset + listed.limit]
            pager = _pager(listed, pages)
            # how many pages the list has is the front page's to say (its pager lists them all); an older page only
            # knows there are several: given the count, every older page of a big actor changed whenever a new
            # article started a new page (#18)
            page_count = len(pages) if front else None
            ends = [(row[1:], page_link(path, row[7])) if row is not None and front else None for row in (oldest, newest)]
            key = None
            if salt is not None:
                seen = [(row[1:], env.hex()) for row, env in rows]
                key = _key("actor", salt, path, title, [getattr(shown, f.name) for f in dataclasses.fields(shown)][1:], page_count, listed.number, ends, seen, pager)
                kept = index.kept_page(path, key, flavour=flavour, stored=stored.get(path))
                if kept is not None:
                    yield SitePage(path, kept)
                    continue
            chunk = [index._stub(row) for row, _ in rows]

            def item(stub: BriefingStub, date: BriefingDate, page: str, anchor: str | None = None, **values: object) -> _Item:
                return _Item(stub, stub.article.title, page_link(path, page, anchor=anchor), date.date, **values)

            page_quotes, page_made, page_received, page_responses = [], [], [], []
            for bid, stub, date, page in chunk:
                found = index.all_items(actor.aid, bid)  # one query for the five buckets (#18)
                page_quotes += [item(stub, date, page, f"src-{q.sentence_start}-{q.sentence_end}", quote=q) for q in found.get("quotes", ())]
                page_made += [item(stub, date, page, f"src-{d.start}-{d.end}", demand=d, other=o, responder=r) for d, o, r in found.get("made", ())]
                page_received += [
                    item(stub, date, page, f"src-{d.start}-{d.end}", demand=d, other=o, responder=r) for d, o, r in found.get("received", ())
                ]
                page_responses += [
                    item(stub, date, page, f"src-{d.response.start}-{d.response.end}", demand=d, other=o, responder=r)
                    for d, o, r in found.get("responded", ())
                ]
                page_responses += [item(stub, date, page, f"src-{r.start}-{r.end}", rejection=r, other=o) for r, o in found.get("rejected", ())]
            first, last = ((index._stub(row)[:3], end[1]) if end is not None else None for row, end in zip((oldest, newest), ends))
            content = (renderer if key is None else _unstored(renderer)).page_markdown(
                "actor.md.j2",
                title=title,
                actor=shown,
                front=front,
                page_number=listed.number,
                page_count=page_count,
                paged=len(pages) > 1,
                briefing_count=actor.briefing_count if front else None,
                first_seen=(first[0][2].date, first[0][1], first[1]) if first else None,  # (date, briefing, link)
                last_seen=(last[0][2].date, last[0][1], last[1]) if last else None,
                quotes=page_quotes,
                made=page_made,
                received=page_received,
                responses=page_responses,
                briefings=[(page_link(path, page), stub, date.date) for _, stub, date, page in chunk],
                pager=pager,
            )
            if key is not None:
                index.keep_page(path, key, content, flavour=flavour)
            yield SitePage(path, content)


#: Actors whose stored pages :func:`_actor_runs` asks for at once: memory stays flat in the archive's size.
ACTOR_RUN = 200


def _actor_runs(
    index: SiteIndex, *, per_page: int, flavour: str | None
) -> Iterator[tuple[ActorView, list[tuple[tuple, bytes | None]], tuple | None, tuple | None, list[_ListPage], dict[str, tuple[bytes, bytes]]]]:
    """:meth:`SiteIndex.paged_actor_lists` with each actor's list pages, and (``flavour``: with a stored index) the
    stored pages of its run of :data:`ACTOR_RUN` actors, read in one query (:meth:`SiteIndex.stored_pages`)."""
    run: list[tuple] = []

    def flush() -> Iterator[tuple]:
        stored = index.stored_pages([p.path for *_, pages in run for p in pages], flavour=flavour) if flavour is not None else {}
        for item in run:
            yield (*item, stored)
        run.clear()

    for actor, listing, oldest, newest in index.paged_actor_lists():
        pages = _list_pages(actor.briefing_count, per_page, front=f"actors/{actor.slug}.md", older=lambda k, s=actor.slug: f"actors/{s}/{k}.md")
        run.append((actor, listing, oldest, newest, pages))
        if len(run) >= ACTOR_RUN:
            yield from flush()
    yield from flush()


def _actors_index_pages(index: SiteIndex, plan: ActorsIndexPlan, *, renderer: Renderer) -> Iterator[SitePage]:
    """The actors index, A–Z, one page per prefix of :mod:`.actors_index`'s plan: front page first, then in slug order.

    Each page's actors are read when it is rendered (at most a bounded number
    of them) and handed to the template as plain values, so a page whose
    actors did not change is taken from the page store of the last build.
    Each actor's entry shows its affiliation (the group it was listed under
    while the index was one page grouped by country or organisation).
    """
    actor_count, page_count, briefing_count = index.actor_count(), index.actor_count(paged=True), index.count
    for page in plan.pages:
        path = page.path
        if page.leaf:
            rows = index.actor_rows_by_slug(page.prefix)
        else:
            rows = [*index.actor_rows_by_slug(page.prefix, exact=True), *(r for c in page.inline for r in index.actor_rows_by_slug(c))]
        front = page.prefix == ""
        title = "Actors" if front else f"Actors: {label(page.prefix)}"
        # the pages above this one (a page of one link is skipped by the plan: not every shorter prefix has one)
        trail = [("Actors" if not p else label(p), page_link(path, index_path(p))) for p in plan.above(page.prefix)]
        children = [(label(c), page_link(path, index_path(c)), n) for c, n in page.children]
        # the counts change with every new article: on the front page only (#18, as the list pages' counts)
        counts = (actor_count, page_count, briefing_count) if front else (None, None, None)

        def render(rows: list[tuple] = rows, path: str = path, front: bool = front, title: str = title, trail: list = trail, children: list = children,
                   counts: tuple = counts) -> str:  # fmt: skip
            return renderer.page_markdown(
                "actors.md.j2",
                title=title,
                front=front,
                here=label(page.prefix),
                trail=trail,
                children=children,
                entries=[_index_entry(index, index._actor(row[:-1]), path) for row in rows],
                actor_count=counts[0],
                page_count=counts[1],
                briefing_count=counts[2],
            )

        # the key: each actor as stored but its row number (``aid``, which one new actor moves for every actor after it), and
        # the briefings an actor without a page is listed with (``paged`` is what earns_page said of the same row, _page_policy)
        seen = index.briefings_seen([row[0] for row in rows if not row[-1]])
        key = ("actors", title, path, label(page.prefix), trail, children, counts, [(row[1:], seen.get(row[0])) for row in rows])
        yield SitePage(path, _keyed(renderer, key, render))


def _index_entry(index: SiteIndex, actor: ActorView, path: str) -> dict[str, object]:
    """One actor on a page of the actors index: a link to its page, or an anchored entry with the briefings naming it."""
    group = actor.affiliations[0] if actor.affiliations else None
    if earns_page(actor):
        return {"actor": actor, "group": group, "page": page_link(path, f"actors/{actor.slug}.md"), "anchor": None, "seen_in": []}
    seen_in = [(stub.article.title, page_link(path, target)) for _, stub, _, target in index.actor_briefings(actor.aid)]
    return {"actor": actor, "group": group, "page": None, "anchor": actor.slug, "seen_in": seen_in}
