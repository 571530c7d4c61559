"""Assembling the pages of a briefing site, independent of any site generator.

:func:`build_site` turns a seeds folder into :class:`SitePage` records (path
inside the docs folder + content) plus the briefings and failures behind them;
:func:`assemble_site` does the page part for briefings already made, so it can
be tested on records alone. The MkDocs plugin hands the pages to MkDocs in
memory; ``briefgen build`` writes them (and each briefing's JSON) to a folder
for any other generator.

The site is built to grow linearly with the number of briefings: no page lists
every briefing. Briefings are reached through paginated list pages — the
briefings index, the timeline and its months, each actor's page — and the
site's navigation holds only those entry pages, so a page never carries the
whole site with it.

Pages (``P`` = the briefings folder, ``prefix``)::

    P/NAME.md                     one briefing
    P/index.md, P/index/K.md      all briefings, newest first, K = 2, 3, ...
    timeline/index.md, page-K.md  by date, newest first, with the month archive
    timeline/YYYY-MM.md (-K.md)   one month; timeline/undated.md
    actors/index.md               actors grouped by country / organisation
    actors/SLUG.md, SLUG/K.md     one actor across briefings
    feed.xml                      Atom feed of the newest 50 briefings
"""

from __future__ import annotations

import datetime as _dt
import posixpath
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from .crossref import ActorIndex, CrossActor, lookalike_notes, merge_actors
from .feed import atom_feed
from ..ingest import SeedScan, scan_articles
from ..pipeline import Budget, CacheLookup, CacheStore, Engine, Failure, brief_paths
from ..records import Settings
from ..records import Briefing, KeyPoint
from ..extract.summary.extractor import opens_with_pronoun
from ..render import BriefingContext, Renderer, briefing_json, page_link
from ..render.markdown import source_link
from ..render.provenance import anchor_id
from ..records import BriefingDate
from .timeline import checked_date, chronological, group_by_month, paginate, story_threads
from .upcoming import upcoming_items

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
ACTORS_INDEX = "actors/index.md"
_THREAD_KINDS = ("person", "country", "organisation")


@dataclass(frozen=True, slots=True)
class SitePage:
    """A generated page: ``path`` relative to the docs folder, POSIX separators."""

    path: str
    content: str


@dataclass(slots=True)
class SiteBuild:
    """What one build produced."""

    pages: list[SitePage] = field(default_factory=list)
    briefings: list[Briefing] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # "file: what was odd" — warnings, not failures
    #: Some folder below the seeds could not be read: articles may be missing, not deleted.
    incomplete: bool = False
    actors: list[CrossActor] = field(default_factory=list)
    dates: dict[str, BriefingDate] = field(default_factory=dict)

    def json_files(self, prefix: str, *, with_text: bool = False) -> list[SitePage]:
        return [SitePage(f"{prefix}/{b.article.name}.json", briefing_json(b, with_text=with_text)) for b in self.briefings]


def build_site(
    seeds: Path,
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
) -> SiteBuild:
    """Brief every article under ``seeds`` and render the site's pages.

    ``today`` is the build's date, for telling future dates from real ones
    (see :func:`~briefgen.site.timeline.checked_date`); the core never reads
    the clock itself, so the adapters pass it and tests can fix it.
    """
    build = SiteBuild()
    try:
        present = seeds.exists()
    except OSError:  # a name too long, say: the scan reports it as unreadable
        present = True
    scan = scan_articles(seeds) if present else SeedScan()
    build.failures.extend(Failure(error.path, str(error)) for error in scan.unreadable)
    build.notes.extend(scan.skipped)
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
            build.briefings.append(result)
            build.notes.extend(f"{result.article.path}: {note}" for note in result.article.notes)
    assembled = assemble_site(
        build.briefings,
        renderer=renderer,
        prefix=prefix,
        site_url=site_url,
        directory_urls=directory_urls,
        per_page=per_page,
        today=today,
    )
    build.pages, build.actors, build.dates = assembled.pages, assembled.actors, assembled.dates
    build.notes.extend(assembled.notes)
    build.notes.extend(lookalike_notes(build.briefings))
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


def _pager(from_page: str, paths: Sequence[str]) -> list[tuple[str, str | None]]:
    """``(label, link)`` per page of a list; the current page has no link."""
    return [(str(i), None if p == from_page else page_link(from_page, p)) for i, p in enumerate(paths, start=1)]


def _numbered(first: str, later: Callable[[int], str], count: int) -> list[str]:
    return [first, *(later(k) for k in range(2, count + 1))]


def main_actors(briefing: Briefing, index: ActorIndex, *, limit: int = MAIN_ACTORS) -> list[CrossActor]:
    """A briefing's most-mentioned people, countries and organisations, as site-wide actors."""
    ranked = sorted(
        (a for a in briefing.extraction.actors if a.kind in _THREAD_KINDS), key=lambda a: (-a.mentions, a.start)
    )
    found: list[CrossActor] = []
    for actor in ranked:
        cross = index.find(briefing, actor.name)
        if cross is not None and cross not in found:
            found.append(cross)
        if len(found) == limit:
            break
    return found


@dataclass(slots=True)
class _Assembled:
    pages: list[SitePage]
    actors: list[CrossActor]
    dates: dict[str, BriefingDate]
    notes: list[str] = field(default_factory=list)


def _names_used(briefing: Briefing) -> set[str]:
    x = briefing.extraction
    names = {a.name for a in x.actors} | {alias for a in x.actors for alias in a.aliases}
    names |= {q.speaker for q in x.quotes if q.speaker}
    for d in x.demands:
        names |= {n for n in (d.by, d.of, d.response.by if d.response else None) if n}
    return names


def assemble_site(
    briefings: Sequence[Briefing],
    *,
    renderer: Renderer,
    prefix: str = "briefings",
    site_url: str | None = None,
    directory_urls: bool = True,
    per_page: int = PER_PAGE,
    title: str = "Briefings",
    today: _dt.date | None = None,
) -> _Assembled:
    """Every page of the site for briefings already made (linear in their number)."""
    prefix = posixpath.normpath(prefix.strip("/") or ".")
    dates: dict[str, BriefingDate] = {}
    notes: list[str] = []
    for b in briefings:
        dates[b.article.name], note = checked_date(b, today=today)
        if note:
            notes.append(f"{b.article.path}: {note}")
    ordered = chronological(briefings, dates)
    path_of = {b.article.name: _join(prefix, f"{b.article.name}.md") for b in briefings}
    index = merge_actors(briefings)
    items = _actor_items(index, ordered)
    paged = {a.slug for a in index.actors if earns_page(a)}
    actor_path = {a.slug: f"actors/{a.slug}.md" for a in index.actors if a.slug in paged}
    mains = {b.article.name: main_actors(b, index) for b in briefings}
    # dated and undated briefings make separate threads: "previous" must mean earlier, and an
    # undated briefing is neither earlier nor later than a dated one (#16)
    def thread_keys(b: Briefing) -> list[str]:
        return [a.slug for a in mains[b.article.name]]

    oldest_first = list(reversed(ordered))
    threads = story_threads([b for b in oldest_first if dates[b.article.name].date], thread_keys)
    threads |= story_threads([b for b in oldest_first if not dates[b.article.name].date], thread_keys)
    pages: list[SitePage] = []

    # one page per briefing, linked to its actors and story thread
    for b in briefings:
        here = path_of[b.article.name]
        links: dict[str, str] = {}
        canonical: dict[str, str] = {}
        for name in _names_used(b):
            cross = index.find(b, name)
            if cross is not None:
                links[name] = actor_link(here, cross, actor_path)
                canonical[name] = cross.name
        thread = threads[b.article.name]
        context = BriefingContext(
            actor_links=links,
            canonical=canonical,
            previous=(page_link(here, path_of[thread.previous.article.name]), thread.previous) if thread.previous else None,
            next=(page_link(here, path_of[thread.next.article.name]), thread.next) if thread.next else None,
            date=dates[b.article.name],
            dates=dates,
            thread_actors=tuple(a.name for a in mains[b.article.name]) if (thread.previous or thread.next) else (),
        )
        pages.append(SitePage(here, renderer.briefing_markdown(b, context=context)))

    briefings_index = _join(prefix, "index.md")
    if briefings_index != HOME_PATH:  # with briefings at the root (``briefgen build``) their list is the home page
        pages.append(_home_page(ordered, renderer=renderer, mains=mains, actor_path=actor_path, path_of=path_of, dates=dates, prefix=prefix, title=title))
    pages += _briefing_index_pages(ordered, renderer=renderer, prefix=prefix, path_of=path_of, dates=dates, per_page=per_page)
    pages += _timeline_pages(ordered, renderer=renderer, path_of=path_of, dates=dates, per_page=per_page)
    pages += _actor_pages(
        index, items, paged=paged, renderer=renderer, ordered=ordered, path_of=path_of, dates=dates, per_page=per_page
    )
    feed = atom_feed(
        ordered,
        dates=dates,
        page_url={name: page_url(path, directory_urls=directory_urls) for name, path in path_of.items()},
        title=title,
        site_url=site_url,
        feed_path=FEED_PATH,
    )
    pages.append(SitePage(FEED_PATH, feed))
    pages.append(SitePage(STYLESHEET_PATH, renderer.stylesheet()))
    pages.append(SitePage(SEARCH_SCRIPT_PATH, renderer.search_script()))
    return _Assembled(pages, index.actors, dates, notes)


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
        for b in ordered:
            day = dates[b.article.name].date
            if not day or day < first_day:
                continue
            for a in mains[b.article.name]:
                counts[a.slug] = counts.get(a.slug, 0) + 1
                actors[a.slug] = a
        ranked = sorted(counts, key=lambda slug: (-counts[slug], -actors[slug].mentions, actors[slug].name))
        active = [
            {
                "name": actors[slug].name,
                "target": actor_link(HOME_PATH, actors[slug], actor_path),
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
            actors_link=page_link(HOME_PATH, "actors/index.md"),
            feed_link=page_link(HOME_PATH, FEED_PATH),
        ),
    )


def _briefing_index_pages(
    ordered: Sequence[Briefing], *, renderer: Renderer, prefix: str, path_of: dict[str, str], dates: dict[str, BriefingDate], per_page: int
) -> list[SitePage]:
    chunks = paginate(ordered, per_page=per_page)
    paths = _numbered(_join(prefix, "index.md"), lambda k: _join(prefix, "index", f"{k}.md"), len(chunks))
    pages = []
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
        entries = [(page_link(path, path_of[b.article.name]), b) for b in chunk]
        title = "Briefings" if number == 1 else f"Briefings, page {number}"
        pages.append(SitePage(path, renderer.list_markdown(title=title, entries=entries, dates=dates, pager=_pager(path, paths))))
    return pages


def _timeline_pages(
    ordered: Sequence[Briefing], *, renderer: Renderer, path_of: dict[str, str], dates: dict[str, BriefingDate], per_page: int
) -> list[SitePage]:
    months = group_by_month(ordered, dates)

    def month_paths(month: str | None, count: int) -> list[str]:
        name = month or "undated"
        return _numbered(f"timeline/{name}.md", lambda k: f"timeline/{name}-{k}.md", count)

    pages: list[SitePage] = []
    month_first: dict[str | None, str] = {}
    for month, items in months.items():
        chunks = paginate(items, per_page=per_page)
        paths = month_paths(month, len(chunks))
        month_first[month] = paths[0]
        for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
            entries = [(page_link(path, path_of[b.article.name]), b, dates[b.article.name]) for b in chunk]
            label = month or "Undated briefings"
            title = label if number == 1 else f"{label}, page {number}"
            pages.append(
                SitePage(path, renderer.page_markdown("timeline.md.j2", title=title, entries=entries, months=[], pager=_pager(path, paths)))
            )

    chunks = paginate(ordered, per_page=per_page)
    paths = _numbered("timeline/index.md", lambda k: f"timeline/page-{k}.md", len(chunks))
    for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):
        archive = [(month or "Undated", page_link(path, month_first[month]), len(items)) for month, items in months.items()]
        entries = [(page_link(path, path_of[b.article.name]), b, dates[b.article.name]) for b in chunk]
        title = "Timeline" if number == 1 else f"Timeline, page {number}"
        pages.append(
            SitePage(path, renderer.page_markdown("timeline.md.j2", title=title, entries=entries, months=archive, pager=_pager(path, paths)))
        )
    return pages


@dataclass(frozen=True, slots=True)
class _Item:
    """A quote or demand on an actor page, with the briefing it came from."""

    briefing: Briefing
    title: str
    target: str
    date: str | None
    quote: object = None
    demand: object = None
    rejection: object = None
    other: str | None = None
    responder: str | None = None


@dataclass(frozen=True, slots=True)
class _ActorItems:
    """What each actor said, demanded, was demanded and answered, per briefing: ``(actor slug, briefing name) -> items``."""

    quotes: dict[tuple[str, str], list]
    made: dict[tuple[str, str], list]
    received: dict[tuple[str, str], list]
    responded: dict[tuple[str, str], list]
    rejected: dict[tuple[str, str], list]  # refusals answering no demand (#16)


def _actor_items(index: ActorIndex, ordered: Sequence[Briefing]) -> _ActorItems:
    items = _ActorItems({}, {}, {}, {}, {})

    def name_of(b: Briefing, raw: str | None) -> str | None:
        cross = index.find(b, raw)
        return cross.name if cross else raw

    for b in ordered:  # one pass over every item of every briefing
        key = b.article.name
        for q in b.extraction.quotes:
            speaker = index.find(b, q.speaker)
            if speaker is not None:
                items.quotes.setdefault((speaker.slug, key), []).append(q)
        for d in b.extraction.demands:
            responder = d.response.by if d.response else None
            for raw, bucket, other in ((d.by, items.made, d.of), (d.of, items.received, d.by), (responder, items.responded, d.by)):
                cross = index.find(b, raw)
                if cross is not None:
                    bucket.setdefault((cross.slug, key), []).append((d, name_of(b, other), name_of(b, responder)))
        for r in b.extraction.rejections:  # refusals answering no demand are responses too (#16)
            cross = index.find(b, r.by)
            if cross is not None:
                items.rejected.setdefault((cross.slug, key), []).append((r, name_of(b, r.of)))
    return items


def earns_page(actor: CrossActor) -> bool:
    """Whether an actor gets a page of its own: when it appears in two or more briefings.

    Most actors of a large archive are named in one briefing only: a page for
    each made six pages per article at 300 BBC articles (5.99), most of them a
    table repeating what that one briefing already shows. A page earns its place
    by gathering: quotes, demands and responses from several briefings, and the
    thread between them. An actor of one briefing is an entry of the actors
    index instead, anchored so briefings link to it and search finds it, with
    its kind, roles, other names and a link to the briefing, where its quotes
    and demands stand: nothing a reader could find on its page is lost. Measured
    at 300 BBC articles: 3.52 pages per article when a role, a quote or a demand
    also earned a page, 2.0 with this rule (see benchmarks/RESULTS.md).
    """
    return len(actor.briefings) >= 2


def actor_link(from_page: str, actor: CrossActor, actor_path: dict[str, str]) -> str:
    """Where a mention of ``actor`` links: its page, or its entry in the actors index."""
    if actor.slug in actor_path:
        return page_link(from_page, actor_path[actor.slug])
    return page_link(from_page, ACTORS_INDEX, anchor=actor.slug)


def _actor_pages(
    index: ActorIndex,
    items: _ActorItems,
    *,
    paged: set[str],
    renderer: Renderer,
    ordered: Sequence[Briefing],
    path_of: dict[str, str],
    dates: dict[str, BriefingDate],
    per_page: int,
) -> list[SitePage]:
    rank = {b.article.name: i for i, b in enumerate(ordered)}
    quotes, made, received, responded, rejected = items.quotes, items.made, items.received, items.responded, items.rejected

    pages: list[SitePage] = []
    for actor in index.actors:
        if actor.slug not in paged:
            continue
        seen = sorted(actor.briefings, key=lambda b: rank[b.article.name])
        chunks = paginate(seen, per_page=per_page)
        first_path = f"actors/{actor.slug}.md"
        paths = _numbered(first_path, lambda k, s=actor.slug: f"actors/{s}/{k}.md", len(chunks))
        dated = [(dates[b.article.name].date, b) for b in seen if dates[b.article.name].date]
        for number, (path, chunk) in enumerate(zip(paths, chunks, strict=True), start=1):

            def item(b: Briefing, anchor: str | None = None, **values: object) -> _Item:
                return _Item(b, b.article.title, page_link(path, path_of[b.article.name], anchor=anchor), dates[b.article.name].date, **values)

            page_quotes, page_made, page_received, page_responses = [], [], [], []
            for b in chunk:
                k = (actor.slug, b.article.name)
                page_quotes += [item(b, f"src-{q.sentence_start}-{q.sentence_end}", quote=q) for q in quotes.get(k, [])]
                page_made += [item(b, f"src-{d.start}-{d.end}", demand=d, other=o, responder=r) for d, o, r in made.get(k, [])]
                page_received += [item(b, f"src-{d.start}-{d.end}", demand=d, other=o, responder=r) for d, o, r in received.get(k, [])]
                page_responses += [
                    item(b, f"src-{d.response.start}-{d.response.end}", demand=d, other=o, responder=r) for d, o, r in responded.get(k, [])
                ]
                page_responses += [item(b, f"src-{r.start}-{r.end}", rejection=r, other=o) for r, o in rejected.get(k, [])]
            first = (dated[-1][0], dated[-1][1], page_link(path, path_of[dated[-1][1].article.name])) if dated else None
            last = (dated[0][0], dated[0][1], page_link(path, path_of[dated[0][1].article.name])) if dated else None
            pages.append(
                SitePage(
                    path,
                    renderer.page_markdown(
                        "actor.md.j2",
                        title=actor.name if number == 1 else f"{actor.name}, page {number}",
                        actor=actor,
                        page_number=number,
                        page_count=len(paths),
                        briefing_count=len(seen),
                        first_seen=first,
                        last_seen=last,
                        quotes=page_quotes,
                        made=page_made,
                        received=page_received,
                        responses=page_responses,
                        briefings=[(page_link(path, path_of[b.article.name]), b, dates[b.article.name].date) for b in chunk],
                        pager=_pager(path, paths),
                    ),
                )
            )
    pages.append(_actors_index(index, paged=paged, renderer=renderer, ordered=ordered, path_of=path_of))
    return pages


_UNGROUPED = {"person": "People without a stated affiliation", "organisation": "Organisations", "group": "Groups"}


def _actors_index(
    index: ActorIndex, *, paged: set[str], renderer: Renderer, ordered: Sequence[Briefing], path_of: dict[str, str]
) -> SitePage:
    """Actors grouped by country or organisation: a country heads its own group, people join their affiliation's."""
    groups: dict[str, list[CrossActor]] = {}
    heads = {a.affiliations[0] for a in index.actors if a.affiliations}
    for actor in index.actors:
        if actor.kind == "country" or actor.name in heads:
            key = actor.name
        elif actor.affiliations:
            key = actor.affiliations[0]
        else:
            key = _UNGROUPED.get(actor.kind, "Others")
        groups.setdefault(key, []).append(actor)
    ungrouped = set(_UNGROUPED.values()) | {"Others"}
    groups_in_order = sorted(
        groups.items(), key=lambda kv: (kv[0] in ungrouped, -sum(len(a.briefings) for a in kv[1]), kv[0])
    )
    path = ACTORS_INDEX

    def entry(actor: CrossActor) -> dict[str, object]:
        if actor.slug in paged:
            return {"actor": actor, "page": page_link(path, f"actors/{actor.slug}.md"), "anchor": None, "seen_in": []}
        seen_in = [(b.article.title, page_link(path, path_of[b.article.name])) for b in actor.briefings]
        return {"actor": actor, "page": None, "anchor": actor.slug, "seen_in": seen_in}

    view = [
        {"name": name, "briefings": sum(len(a.briefings) for a in members), "actors": [entry(a) for a in members]}
        for name, members in groups_in_order
    ]
    return SitePage(
        path,
        renderer.page_markdown(
            "actors.md.j2",
            title="Actors",
            groups=view,
            actor_count=len(index.actors),
            page_count=len(paged),
            briefing_count=len(ordered),
        ),
    )
