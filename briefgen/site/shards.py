"""Sharded publishing, the pure part: which pages go into which build, where their links lead, what each build depends on.

Why shards: one MkDocs build holds every page in memory and writes 25–40 pages
a second on one core, so an archive of 100,000 articles does not fit in one
build, and a rebuild after one new article would redo all of it. With
``shard_by: year|month`` the site is split into independent builds under one
``site/``:

* one **period shard** per year or month (``undated`` for briefings without a
  date) holding that period's briefing pages, published under
  ``<prefix>/<period>/`` (``briefings/2005-02/NAME/``);
* one **portal shard** with everything else at the site root: the home page,
  the briefings index, the timeline and its months, the actors index and actor
  pages, the feed, the stylesheet and search script, and the site's own
  hand-written pages;
* with ``actor_pages`` (``briefgen build --shard-by``), **actor shards**: the
  actor pages leave the portal for builds of about that many pages each, by a
  hash of the actor's slug (:func:`actor_buckets`), all published in
  ``actors/`` at the URLs they had, so that no build's memory grows with the
  archive (a build keeps some 3 KB a page to its end);
* with ``list_pages``, **list shards**: once the portal's list pages (the
  briefings index's older pages, the timeline's pages and months, the actors
  index's pages) pass that many, each family of them leaves the portal for
  hash buckets of about that many pages each (:func:`list_buckets`),
  published in its own folder (``timeline/``, ``briefings/index/``,
  ``actors/index/``) at the URLs they had; the portal keeps the front pages
  (home, the lists' first pages, the feed), a number that does not grow with
  the archive.

The pages are the ones :func:`~briefgen.site.pages.assemble_site` makes for the
whole archive (so a sharded site says exactly what an unsharded one says); this
module only moves them. A link between two pages of one shard stays a Markdown
link to a ``.md`` page (the generator checks it and turns it into a URL); a link
into another shard becomes the relative URL that page will have in the combined
``site/`` (``../../../actors/tony-blair/``), because no single build knows both
pages. :func:`shard_digest` is what a shard's build depends on: the content of
its pages and its generated config; an adapter rebuilds a shard only when its
digest changed, so one new article rebuilds its period and the portal, plus any
period whose pages now link to it (a story thread's "next", an actor who now
earns a page).

Tags (#18): a tag chip links to a tags listing *in the same build* (Material's
tags plugin), so a period shard gets a listing page of its own,
:data:`PERIOD_TAGS` (``briefings/2005-02/tags/``), listing the tags of that
period's briefings: every chip on a briefing page opens a page that lists the
briefing under that tag, and the page is bounded by the period, whatever the
archive's size (a listing of the whole archive's tags would grow with it past
any file-size bound, and could only be built by one build that reads every
briefing); a period's listing past :data:`LISTING_BUDGET` entries (a busy
year) is cut into pages of consecutive tags, each chip leading to the page
that includes its tag (:func:`period_tags_pages`). The portal's tags page (the site's own page holding the listing)
gets :func:`tags_by_period` appended: one link per period's listing, newest
first, so a reader who starts from the navigation's Tags finds them too. Both
are relative URLs, so they work from any folder and from ``file://``.

Nothing here imports a site generator; :mod:`briefgen.shard_build` drives MkDocs.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from ..errors import ConfigError
from ..records import BriefingDate
from ..render import page_link
from ..render.escaping import html_text, md_escape
from ..render.markdown import relative_path
from .pages import FEED_PATH, SitePage, page_url

#: The values ``shard_by`` takes.
SHARD_BY = ("year", "month")
#: The shard at the site root: home, indexes, timeline, actors, feed, assets.
PORTAL = "portal"
#: The period of briefings without a date.
UNDATED = "undated"
#: The folder of the actor pages (``actors/SLUG.md``, ``actors/SLUG/K.md``), and the stem of an actor shard's name.
ACTORS = "actors"
#: With actor shards (``plan_shards(actor_pages=...)``), the bound on the actor pages of one build the buckets aim at:
#: a build holds about 3 KB a page to its end (MkDocs keeps each page's ``File``, ``Page`` and anchors), so 1,000 pages
#: is some 3 MB over a build's fixed 40 MB (#18). The shards' count is a power of two, so they hold 500-1,000 on average.
ACTOR_SHARD_PAGES = 1_000
#: The stem of a list shard's name (``lists-timeline-1-of-2``; :func:`list_buckets`).
LISTS = "lists"
#: With list shards (``plan_shards(list_pages=...)``): the most list pages the portal keeps, and the bound on the list
#: pages of one build the buckets aim at once they leave it (#18: the portal's own pages grew ~3 KB of a build's memory
#: a page, some 180 pages per 2,000 briefings, so past ~40,000 briefings the portal would pass its 15 % bound).
LIST_SHARD_PAGES = 1_000
#: Once list pages are in list shards, the most Markdown (characters: bytes, for text as ASCII as briefgen's lists)
#: the buckets of one family aim at, besides :data:`LIST_SHARD_PAGES`. The timeline's pages list a month's briefings
#: each: at 20,000 briefings its 843 pages were 9.7 MB in one shard, which a one-article rebuild read whole for the two
#: pages it changed (#18); cut by text as well, a family's shards hold 1.3-2.6 MB each there (the timeline's, the
#: briefings index's and the actors index's: 3 list shards became 8).
LIST_SHARD_TEXT = 2_500_000

# a Markdown link target to a ``.md`` page, ``](doc.md)``, ``](doc.md#anchor)`` or ``](doc.md "title")``, neither absolute
# nor with a scheme; briefgen's own links never hold spaces or ')'. Only such targets are rewritten, so the pattern
# matches no other (a briefing page's hundred ``](#src-…)`` provenance anchors were half of a plan's callbacks, #18).
_LINK = re.compile(r"(\]\()((?![a-zA-Z][a-zA-Z0-9+.-]*:)(?!/)[^)\s#]*\.md(?:#[^)\s]*)?)(?=[)\s]|$)")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


class LinkMemo(Protocol):
    """Where :func:`plan_shards` finds and leaves each page's link record (a ``dict`` will do; the CLI keeps one on disk)."""

    def get(self, path: str) -> bytes | None: ...

    def __setitem__(self, path: str, blob: bytes) -> None: ...


@dataclass(frozen=True, slots=True)
class Shard:
    """One build of a sharded site.

    ``folder`` is where its output goes inside ``site/`` (``""`` for the
    portal); ``pages`` are its docs, at their paths inside its own docs folder,
    links already rewritten for the combined site.
    """

    name: str
    folder: str
    pages: tuple[SitePage, ...]
    #: The newest briefing date among its pages (the whole site's for the portal), ``None`` when none is dated:
    #: the shard's build is dated by it (``SOURCE_DATE_EPOCH``), so an article in another period leaves it unchanged.
    newest: str | None = None
    #: docs path inside the shard -> ``(page, digest of its text)`` as the plan found it (:func:`page_digest`): the
    #: plan knows a kept page's digest from its link record without hashing its text, which the shard's digest and
    #: its docs listing then hashed once each again (#18). Trusted for that very page object only.
    digests: Mapping[str, tuple[SitePage, bytes]] = field(default_factory=dict, compare=False, repr=False)


def page_digest(shard: Shard, page: SitePage) -> bytes:
    """A digest of ``page``'s text (16 bytes): the plan's (:attr:`Shard.digests`) when it made this page, else its hash.

    Equal digests mean equal text; the plan's is a digest of the page's link record, which holds a digest of the
    page's text before its links were rewritten and every rewritten span, so it can differ for equal text (a page
    then counts as changed: rebuilt, never skipped).
    """
    known = shard.digests.get(page.path)
    if known is not None and known[0] is page:
        return known[1]
    return text_digest(page.content)


def text_digest(text: str | bytes) -> bytes:
    """The digest of a page's text or a docs file's bytes that :func:`page_digest` falls back to."""
    return hashlib.blake2b(text.encode("utf-8") if isinstance(text, str) else text, digest_size=16).digest()


@dataclass(frozen=True, slots=True)
class ShardPlan:
    """Every shard of a site, and where each generated page ended up."""

    shards: tuple[Shard, ...]
    #: docs path in the unsharded site -> URL in the combined site (relative to its root)
    urls: Mapping[str, str]

    def shard(self, name: str) -> Shard:
        return next(s for s in self.shards if s.name == name)


def period_of(date: BriefingDate | None, shard_by: str) -> str:
    """The period a briefing's page is published in: ``2005``, ``2005-02`` or ``undated``."""
    if shard_by not in SHARD_BY:
        raise ConfigError(f"shard_by must be one of {', '.join(SHARD_BY)}, not {shard_by!r}")
    if date is None or not date.date:
        return UNDATED
    return date.date[:4] if shard_by == "year" else date.date[:7]


def actor_slug(path: str) -> str | None:
    """The slug of the actor whose page (``actors/SLUG.md``) or older list page (``actors/SLUG/K.md``) is at docs path
    ``path``; ``None`` for any other path (the actors index, ``actors/index.md`` and ``actors/index/PREFIX.md``, is
    the portal's: ``index`` is no actor's slug)."""
    if not path.startswith(f"{ACTORS}/") or not path.endswith(".md"):
        return None
    parts = path[len(ACTORS) + 1 : -len(".md")].split("/")
    if len(parts) == 1:
        slug = parts[0]
    elif len(parts) == 2 and parts[1].isdigit():
        slug = parts[0]
    else:
        return None
    return slug if slug and slug != "index" else None


def is_actor_shard(name: str) -> bool:
    """Whether a shard's name is an actor shard's (``actors-03-of-16``); period names are dates or ``undated``."""
    return name.startswith(f"{ACTORS}-")


def is_list_shard(name: str) -> bool:
    """Whether a shard's name is a list shard's (``lists-timeline-1-of-2``)."""
    return name.startswith(f"{LISTS}-")


def shares_folder(name: str) -> bool:
    """Whether a shard is one of several published into one folder beside the portal's pages there (an actor or a list
    shard): its sitemap is published in pieces of its own name, and it is dated by the briefings its pages link."""
    return is_actor_shard(name) or is_list_shard(name)


def is_period(shard: Shard) -> bool:
    """Whether ``shard`` is a period's: neither the portal nor an actor or list shard."""
    return bool(shard.folder) and not shares_folder(shard.name)


#: The families of list pages that leave the portal with list shards: family -> its folder (``{prefix}``: the
#: briefings' folder). Each family's front page (``timeline/index.md``, ``actors/index.md``, ``PREFIX/index.md``) stays.
_LIST_FOLDERS = {"briefings": "{prefix}/index", "timeline": "timeline", "actors": f"{ACTORS}/index"}


def list_folder(family: str, *, prefix: str) -> str:
    """The folder a family of list pages is published in (``timeline``, ``briefings/index``, ``actors/index``)."""
    return _LIST_FOLDERS[family].format(prefix=prefix)


def list_family(path: str, *, prefix: str) -> str | None:
    """The family of the portal's list page at docs path ``path`` that may leave the portal (``briefings`` for the
    briefings index's older pages ``PREFIX/index/K.md``, ``timeline`` for every timeline page but its front,
    ``actors`` for the actors index's pages ``actors/index/P.md``); ``None`` for any other path."""
    if not path.endswith(".md"):
        return None
    for family in _LIST_FOLDERS:
        folder = list_folder(family, prefix=prefix)
        if path.startswith(f"{folder}/"):
            inner = path[len(folder) + 1 : -len(".md")]
            if "/" in inner or not inner or (family == "timeline" and inner == "index"):
                return None
            if family == "briefings" and not inner.isdigit():
                return None
            return family
    return None


def _hash_buckets(
    pages_of: Mapping[str, int], *, per_shard: int, stem: str, text_of: Mapping[str, int] | None = None, per_shard_text: int = LIST_SHARD_TEXT
) -> dict[str, str]:
    """Key -> ``STEM-K-of-N``: the smallest power of two ``N`` of buckets holding at most ``per_shard`` pages on
    average (and, with ``text_of``, key -> characters of Markdown, at most ``per_shard_text`` characters), a key's
    bucket a hash of the key alone (see :func:`actor_buckets`)."""
    total = sum(pages_of.values())
    if not total:
        return {}
    text = sum(text_of.get(key, 0) for key in pages_of) if text_of is not None else 0
    count = 1
    while total > per_shard * count or text > per_shard_text * count:
        count *= 2
    width = len(str(count))
    return {
        key: f"{stem}-{int.from_bytes(hashlib.blake2b(key.encode('utf-8'), digest_size=8).digest(), 'big') % count + 1:0{width}d}-of-{count}"
        for key in pages_of
    }


def list_buckets(
    paths: Iterable[str], *, per_shard: int, prefix: str, text_of: Mapping[str, int] | None = None, per_shard_text: int = LIST_SHARD_TEXT
) -> dict[str, str]:
    """Docs path of a list page -> the list shard it goes to; empty while the portal's list pages are ``per_shard`` or fewer (#18).

    Below the bound the list pages stay in the portal, so a small site's
    one-article rebuild builds no more shards than before. Past it, every
    family (:func:`list_family`) goes to hash buckets of its own,
    ``lists-FAMILY-K-of-N``, published in the family's folder, as the actor
    pages do (:func:`actor_buckets`): a page keeps its shard while the count
    does, so a new article dirties the shards of the few list pages it
    changes (a list's newest older page, its month's page, an actors index
    page), and a family's count doubles only when its pages do. ``text_of``
    (docs path -> characters of Markdown): a family's count also doubles while
    its shards would hold more than ``per_shard_text`` characters on average,
    so that a dirty build of one does not read a list as long as the
    timeline's whole (#18; the portal keeps its list pages below the page
    bound whatever their text, as before).
    """
    families: dict[str, dict[str, int]] = {}
    for path in paths:
        family = list_family(path, prefix=prefix)
        if family is not None:
            families.setdefault(family, {})[path] = 1
    if sum(len(f) for f in families.values()) <= per_shard:
        return {}
    buckets: dict[str, str] = {}
    for family, pages_of in families.items():
        buckets |= _hash_buckets(pages_of, per_shard=per_shard, stem=f"{LISTS}-{family}", text_of=text_of, per_shard_text=per_shard_text)
    return buckets


def actor_buckets(pages_of: Mapping[str, int], *, per_shard: int) -> dict[str, str]:
    """Actor slug -> the name of the actor shard its pages go to, for actors with ``pages_of[slug]`` pages each (#18).

    The count of shards is the smallest power of two that puts at most
    ``per_shard`` pages in a shard on average, and a slug's shard is a hash of
    the slug alone: an actor stays in its shard while the count does, so a new
    article dirties only the shards of the actors it names, and the count
    doubles (every actor shard built again, clean) only when the archive's
    actor pages do. The slug's first letters would have made uneven shards (a
    few letters hold most names) and moved actors between shards as others
    came. Hash buckets are near even: at 1,000 a shard the largest of 16 holds
    some 10 % over the average.
    """
    return _hash_buckets(pages_of, per_shard=per_shard, stem=ACTORS)


def plan_shards(
    pages: Iterable[SitePage],
    dates: Mapping[str, BriefingDate],
    *,
    shard_by: str,
    prefix: str = "briefings",
    directory_urls: bool = True,
    site_url: str | None = None,
    memo: LinkMemo | None = None,
    actor_pages: int | None = None,
    list_pages: int | None = None,
) -> ShardPlan:
    """Split an assembled site's pages into a portal shard and one shard per period (and actor shards, below).

    ``dates`` maps briefing name -> date (``SiteBuild.dates``); a page is a
    briefing page when it is ``<prefix>/<name>.md`` for one of them. Where a
    page goes depends on its path alone, so ``pages`` is read once, in any
    order, and may be a stream. The result's order is fixed: the portal, then
    the periods sorted (``undated`` last), each shard's pages in their input
    order. The Atom feed's links (``site_url`` as the site was assembled with)
    are moved to the briefings' sharded URLs.

    ``memo``: docs path -> what the last plan did to that page's links (:func:`rewrite_links_kept`), kept by the
    caller between builds (the state folder's ``shard-links.sqlite``): a page whose text, own shard and link
    targets' shards are unchanged gets its links back without matching them again (#18).

    ``actor_pages`` (#18: the portal's memory): the actor pages
    (``actors/SLUG.md`` and their older list pages) leave the portal for
    actor shards of about that many pages each (:func:`actor_buckets`), each
    its own build published in ``actors/`` (an actor's URL is the same), named
    ``actors-K-of-N`` and ordered after the portal; an actor shard is dated by
    the newest briefing its pages link. Where an actor page goes depends on
    the set of actor pages, so ``pages`` is then read whole before any link
    is rewritten. ``None``: the actor pages stay in the portal.

    ``list_pages`` (#18): past that many list pages in the portal, they leave it
    for list shards (:func:`list_buckets`), ordered after the actor shards and
    dated as they are. ``None``: the list pages stay in the portal.
    """
    buckets: dict[str, str] = {}
    lists: dict[str, str] = {}
    if actor_pages is not None or list_pages is not None:
        pages = list(pages)
    if actor_pages is not None:
        counts: dict[str, int] = {}
        for page in pages:
            slug = actor_slug(page.path)
            if slug is not None:
                counts[slug] = counts.get(slug, 0) + 1
        buckets = actor_buckets(counts, per_shard=actor_pages)
    if list_pages is not None:
        # each list page's length in characters (len of a str: no encoding), so the buckets are cut by text too
        lists = list_buckets(
            (page.path for page in pages),
            per_shard=list_pages,
            prefix=posixpath.normpath(prefix.strip("/") or "."),
            text_of={page.path: len(page.content) for page in pages},
        )
    held = bool(buckets or lists)  # the pages were listed: each original is let go once rewritten
    layout = Layout(dates, shard_by=shard_by, prefix=prefix, directory_urls=directory_urls, actors=buckets, lists=lists)
    grouped: dict[str, list[SitePage]] = {}
    digests: dict[str, dict[str, tuple[SitePage, bytes]]] = {}
    urls: dict[str, str] = {}
    newest: dict[str, str] = {}
    # linked docs path -> the date of the briefing it is ("" for any other page), worked out once per target: each actor
    # page is dated by every briefing it lists, and the same briefings are listed on many pages (241,791 look-ups for
    # some 20,000 briefings at 20,000, #18)
    linked_days: dict[str, str] = {}
    for i, page in enumerate(pages):
        if held:
            pages[i] = None  # type: ignore[index]  # the original text is let go once rewritten (a list only with actor or list shards)
        shard, inner = layout.place(page.path)
        urls[page.path] = layout.url(page.path)
        content = page.content
        targets: dict[str, str] | None = {} if shares_folder(shard) else None
        known: dict[str, bytes] = {}
        if page.path == FEED_PATH:
            content = _move_feed_links(content, layout, site_url=site_url)
        elif page.path.endswith(".md"):
            if memo is not None:
                content = rewrite_links_kept(content, page.path, layout=layout, memo=memo, targets=targets, digests=known)
            elif targets is not None:
                content = _rewrite(content, page.path, layout=layout, edits=[], targets=targets)
            else:
                content = rewrite_links(content, page.path, layout=layout)
        placed = SitePage(inner, content)
        grouped.setdefault(shard, []).append(placed)
        if page.path in known:
            digests.setdefault(shard, {})[inner] = (placed, known[page.path])
        name = _briefing_name(page.path, layout.prefix)
        day = dates[name].date if name is not None and name in dates else None
        for key in (shard, PORTAL) if day else ():
            if day > newest.get(key, ""):
                newest[key] = day
        if targets:  # an actor or list page: dated by the briefings it lists, as its period dates a briefing
            top = newest.get(shard, "")
            for target in targets:
                day = linked_days.get(target)
                if day is None:
                    linked = _briefing_name(target, layout.prefix)
                    day = linked_days[target] = (dates[linked].date or "") if linked is not None and linked in dates else ""
                if day > top:
                    top = day
            if top:
                newest[shard] = top
    grouped.setdefault(PORTAL, [])
    actor_shards = sorted(n for n in grouped if is_actor_shard(n))
    list_shards = sorted(n for n in grouped if is_list_shard(n))
    periods = sorted(n for n in grouped if n not in (PORTAL, UNDATED) and not shares_folder(n))
    order = [PORTAL, *actor_shards, *list_shards, *periods, *([UNDATED] if UNDATED in grouped else [])]
    return ShardPlan(tuple(Shard(n, layout.folder(n), tuple(grouped[n]), newest.get(n), digests.get(n, {})) for n in order), urls)


class Layout:
    """Where each page of the unsharded site goes, from its docs path alone."""

    def __init__(
        self,
        dates: Mapping[str, BriefingDate],
        *,
        shard_by: str,
        prefix: str = "briefings",
        directory_urls: bool = True,
        actors: Mapping[str, str] | None = None,
        lists: Mapping[str, str] | None = None,
    ) -> None:
        prefix = posixpath.normpath(prefix.strip("/") or ".")
        if prefix == ".":
            raise ConfigError("shard_by needs the briefings in a folder of their own (output: briefings), not at the site's root")
        period_of(None, shard_by)  # refuses an unknown key at once
        self.dates, self.shard_by, self.prefix, self.directory_urls = dates, shard_by, prefix, directory_urls
        #: actor slug -> its actor shard (:func:`actor_buckets`); empty: the actor pages are the portal's
        self.actors: Mapping[str, str] = actors or {}
        #: docs path of a list page -> its list shard (:func:`list_buckets`); empty: the list pages are the portal's
        self.lists: Mapping[str, str] = lists or {}
        # Where a path goes and its URL, worked out once per path: a site's links name the same few thousand pages (its
        # actors, list pages, neighbours) over and over, and working them out for every link was a quarter of the
        # plan of a rebuild (#18). Both depend on the path and ``dates`` alone, which do not change during a plan.
        self._places: dict[str, tuple[str, str]] = {}
        #: docs path -> its shard, for every path placed so far (``place(path)[0]`` without a call: a kept link record's
        #: every target is checked against it, some 465,000 checks at 20,000 briefings, #18)
        self.shard_of: dict[str, str] = {}
        self._urls: dict[str, str] = {}
        self._resolved: dict[tuple[str, str], str] = {}
        #: (folder of the linking page inside its shard, target inside the same shard) -> the Markdown link
        self.same_shard: dict[tuple[str, str], str] = {}

    def resolve(self, folder: str, doc: str) -> str:
        """The docs path a relative link ``doc`` on a page in ``folder`` leads to."""
        key = (folder, doc)
        found = self._resolved.get(key)
        if found is None:
            found = self._resolved[key] = posixpath.normpath(posixpath.join(folder, doc))
        return found

    def place(self, path: str) -> tuple[str, str]:
        """``(shard name, path inside that shard's docs)`` of the page at docs path ``path``.

        Paths that are no generated page (the site's own docs) belong to the portal.
        """
        found = self._places.get(path)
        if found is None:
            name = _briefing_name(path, self.prefix)
            slug = actor_slug(path) if self.actors else None
            if name is not None and name in self.dates:
                found = period_of(self.dates[name], self.shard_by), f"{name}.md"
            elif slug is not None and slug in self.actors:
                found = self.actors[slug], path[len(ACTORS) + 1 :]
            elif path in self.lists:
                shard = self.lists[path]
                found = shard, path[len(self.folder(shard)) + 1 :]
            else:
                found = PORTAL, path
            self._places[path] = found
            self.shard_of[path] = found[0]
        return found

    def folder(self, shard: str) -> str:
        if is_list_shard(shard):  # lists-FAMILY-K-of-N
            return list_folder(shard[len(LISTS) + 1 :].rsplit("-", 3)[0], prefix=self.prefix)
        return "" if shard == PORTAL else ACTORS if is_actor_shard(shard) else f"{self.prefix}/{shard}"

    def url(self, path: str) -> str:
        """The URL of the page at docs path ``path`` in the combined site, relative to its root."""
        found = self._urls.get(path)
        if found is None:
            shard, inner = self.place(path)
            found = self._urls[path] = _join_url(self.folder(shard), page_url(inner, directory_urls=self.directory_urls) if inner.endswith(".md") else inner)
        return found


_FEED_LINK = re.compile(r'(href="|<id>)([^"<]+)')


def _move_feed_links(feed: str, layout: Layout, *, site_url: str | None) -> str:
    """The feed with each briefing's URL (its ``href`` and ``id``) moved to where the briefing is published."""
    base = site_url.rstrip("/") + "/" if site_url else ""
    def move(match: re.Match[str]) -> str:
        value = match.group(2)
        rel = value[len(base) :] if base and value.startswith(base) else value if not base else None
        if rel is None:
            return match.group(0)
        for suffix in ("/", ".html"):
            if rel.endswith(suffix):
                path = f"{rel[: -len(suffix)]}.md"
                if _briefing_name(path, layout.prefix) in layout.dates:
                    return match.group(1) + base + layout.url(path)
        return match.group(0)

    return _FEED_LINK.sub(move, feed)


def _briefing_name(path: str, prefix: str) -> str | None:
    folder, base = posixpath.split(path)
    if folder != prefix or not base.endswith(".md"):
        return None
    return base[: -len(".md")]


def _join_url(folder: str, url: str) -> str:
    if not folder:
        return url
    return f"{folder}/{url}" if url else f"{folder}/"


def rewrite_links(content: str, path: str, *, layout: Layout) -> str:
    """Every relative ``.md`` link of the page at docs path ``path``, made right for its shard.

    Same shard: a ``.md`` link from the page's new place to the target's new
    place. Another shard: the target's URL, relative to this page's URL in the
    combined site. Links to pages that are not generated ones (the site's own
    hand-written pages, which live in the portal) count as portal pages at
    their own path. Absolute URLs, anchors alone and non-page links are kept.
    """
    return _rewrite(content, path, layout=layout, edits=None, targets={})


def _rewrite(content: str, path: str, *, layout: Layout, edits: list[tuple[int, int, str]] | None, targets: dict[str, str]) -> str:
    shard, here = layout.place(path)
    folder = posixpath.dirname(path)
    here_dir = posixpath.dirname(here)
    same_shard = layout.same_shard
    page_url_here = layout.url(path)
    base_dir = page_url_here if page_url_here.endswith("/") or not page_url_here else posixpath.dirname(page_url_here)
    base_dir = base_dir.rstrip("/")

    def replace(match: re.Match[str]) -> str:
        target = match.group(2)
        if _SCHEME.match(target) or target.startswith(("/", "#")):
            return match.group(0)
        doc, _, anchor = target.partition("#")
        if not doc.endswith(".md"):
            return match.group(0)
        resolved = layout.resolve(folder, doc)
        to_shard, to_inner = layout.place(resolved)
        if edits is not None and to_inner != resolved:  # a briefing page: its shard follows its date (any other page's, its path)
            targets[resolved] = to_shard
        suffix = f"#{anchor}" if anchor else ""
        if to_shard == shard:  # the link depends on the linking page's folder alone (page_link)
            key = (here_dir, to_inner)
            rel = same_shard.get(key)
            if rel is None:
                rel = same_shard[key] = page_link(here, to_inner)
            new = match.group(1) + rel + suffix
        else:
            target_url = layout.url(resolved)
            rel = relative_path(target_url.rstrip("/"), base_dir)
            if target_url.endswith("/") or not target_url:
                rel = rel + "/" if rel != "." else "./"
            new = match.group(1) + rel + suffix
        if edits is not None and new != match.group(0):
            edits.append((match.start(2), match.end(2), new[len(match.group(1)) :]))
        return new

    return _LINK.sub(replace, content)


def _memo_digest(content: str, path: str, layout: Layout) -> bytes:
    """What a page's rewritten links depend on besides the shards of the page and of its targets: its text, its path and the settings."""
    # with actor shards an actor page's place is not its path, and is recorded as a briefing page's is: a record made
    # without them (no actor target recorded) must not serve a plan with them
    h = hashlib.blake2b(f"{path}\0{layout.shard_by}\0{layout.prefix}\0{layout.directory_urls}\0{bool(layout.actors)}\0{bool(layout.lists)}\0".encode(), digest_size=16)
    h.update(content.encode("utf-8"))
    return h.digest()


def rewrite_links_kept(
    content: str, path: str, *, layout: Layout, memo: LinkMemo, targets: dict[str, str] | None = None, digests: dict[str, bytes] | None = None
) -> str:
    """:func:`rewrite_links`, reusing what the last plan did to the same page (``memo``, docs path -> a record).

    Rewriting every kept page's links was the largest piece of a one-article rebuild's plan (2 s of CPU at 10,000
    briefings, #18), though nearly all come out as they did. A rewritten link depends on the page's text and path,
    the settings (``shard_by``, ``prefix``, ``directory_urls``) and the shard of the page and of each target, and
    nothing else; the record holds a digest of the first two, those shards, and the replaced spans. Only targets
    that are briefing pages are recorded: any other page's shard and place follow from its path alone. When all
    match, the spans are put back by slicing, without matching a link; otherwise the page is rewritten and its
    record replaced. ``targets``, when given, gets the recorded targets (docs path -> shard) whose place is not their
    path: briefing pages, and actor pages in actor shards. ``digests``, when given, gets a digest of the rewritten
    text under ``path``: that of the record (which holds the text's digest and every rewritten span), so the text
    is hashed once per plan, not again for the shard's digest and its docs listing (#18; see :func:`page_digest`).
    """
    digest = _memo_digest(content, path, layout)
    blob = memo.get(path)
    if blob is not None:
        try:
            kept_digest, own, targets_kept, edits = marshal.loads(blob)
        except (EOFError, ValueError, TypeError):  # damaged: rewritten below
            kept_digest = None
        shard_of = layout.shard_of  # a target not placed yet is placed (a miss is the only call)
        if kept_digest == digest and own == layout.place(path)[0] and all(shard_of.get(t) == s or layout.place(t)[0] == s for t, s in targets_kept):
            parts, at = [], 0
            for start, end, new in edits:
                parts.append(content[at:start])
                parts.append(new)
                at = end
            parts.append(content[at:])
            if targets is not None:
                targets.update(targets_kept)
            if digests is not None:
                digests[path] = _record_digest(blob)
            return "".join(parts)
    edits_made: list[tuple[int, int, str]] = []
    targets_seen: dict[str, str] = {}
    rewritten = _rewrite(content, path, layout=layout, edits=edits_made, targets=targets_seen)
    record = marshal.dumps((digest, layout.place(path)[0], tuple(targets_seen.items()), tuple(edits_made)))
    memo[path] = record
    if targets is not None:
        targets.update(targets_seen)
    if digests is not None:
        digests[path] = _record_digest(record)
    return rewritten


def _record_digest(record: bytes) -> bytes:
    """The digest of a page rewritten by a link record: the record holds its text's digest and every span put in."""
    return hashlib.blake2b(b"record\0" + record, digest_size=16).digest()


#: A period shard's tags listing, inside its docs folder: published at ``<prefix>/<period>/tags/``. ``tags`` is a
#: reserved briefing name (:data:`~briefgen.ingest.article.RESERVED_NAMES`), so no briefing page takes the path.
PERIOD_TAGS = "tags.md"


def _url_between(here: str, there: str) -> str:
    """The relative URL from the page at site URL ``here`` to the page at site URL ``there`` (both relative to the root)."""
    base = here.rstrip("/") if here.endswith("/") or not here else posixpath.dirname(here)
    rel = relative_path(there.rstrip("/"), base)
    if there.endswith("/") or not there:
        rel = rel + "/" if rel != "." else "./"
    return rel


#: A period's tags listing is cut into pages of at most this weight: one for each (tag, briefing) entry and
#: :data:`TAG_WEIGHT` for each tag (its heading and its line in the page's table of contents). A year of ten
#: briefings a day made one listing of 10,633 entries under 2,148 tags: 2.13 MB, over the 2 MB a file of the
#: site may have; 5,000 is about 0.6 MB with titles of a usual length.
LISTING_BUDGET = 5_000
TAG_WEIGHT = 4

_TAGS_BLOCK = re.compile(r"\A---\n(?:.*\n)*?(tags:\n(?:- .*\n)+)(?:.*\n)*?---\n")


def _listing_path(k: int) -> str:
    """Docs path of the ``k``-th page (from 1) of a period's tags listing: ``tags.md``, then ``tags/2.md``…"""
    return PERIOD_TAGS if k == 1 else f"{PERIOD_TAGS[: -len('.md')]}/{k}.md"


def _cut_tags(pages: Iterable[SitePage], *, budget: int) -> list[list[str]]:
    """The period's tags, sorted by name, in runs of at most ``budget`` weight (a tag heavier than that alone); ``[]``
    when they all fit one page (which then lists every tag, as a listing without options does)."""
    import yaml

    # counted by the tag's line in the front matter (``- Tony Blair``; one tag, one line, as ``safe_dump`` writes it), and
    # only the distinct lines read as YAML: reading every page's tags was 0.46 s a build at 20,000 briefings
    lines: dict[str, int] = {}
    for page in pages:
        found = _TAGS_BLOCK.match(page.content)
        for line in dict.fromkeys(found.group(1).splitlines()[1:] if found else ()):
            lines[line] = lines.get(line, 0) + 1
    if sum(lines.values()) + TAG_WEIGHT * len(lines) <= budget:
        return []
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    counts: dict[str, int] = {}
    for line, n in lines.items():
        for tag in yaml.load(line, Loader=loader) or ():
            if tag is not None:
                counts[str(tag)] = counts.get(str(tag), 0) + n
    runs: list[list[str]] = [[]]
    weight = 0
    for tag in sorted(counts):
        cost = counts[tag] + TAG_WEIGHT
        if runs[-1] and weight + cost > budget:
            runs.append([])
            weight = 0
        runs[-1].append(tag)
        weight += cost
    return runs


def _run_label(tags: list[str]) -> str:
    """What a page of a cut listing holds: ``Alpha to Gamma``, or its one tag."""
    return tags[0] if len(tags) == 1 else f"{tags[0]} to {tags[-1]}"


def period_tags_url(shard: Shard, *, directory_urls: bool = True, k: int = 1) -> str:
    """The site URL (relative to the root) of a period shard's tags listing (its ``k``-th page)."""
    return _join_url(shard.folder, page_url(_listing_path(k), directory_urls=directory_urls))


def period_tags_pages(
    shard: Shard, *, directive: str, portal_tags: str | None = None, directory_urls: bool = True, budget: int | None = None
) -> list[SitePage]:
    """The tags listing of a period shard's briefings (``directive``: the tags plugin's, ``material/tags`` by default).

    One page (``tags.md``), or, when its entries would pass ``budget``
    (:data:`LISTING_BUDGET`), pages
    of consecutive tags (by name), each listing only its own (the directive's
    ``include``): Material links a chip to the listing that includes its tag,
    so every chip still opens the page listing its briefing under it. Each
    page links the others. ``portal_tags``: docs path of the portal's tags
    page, linked as the way to the other periods (none when the site has no
    such page). The pages are the same bytes while the period's tags are, so
    a dirty build of the period leaves their docs files alone; they are written
    again all the same, as every page holding a listing is
    (``shard_build._hosts_listing``).
    """
    runs = _cut_tags(shard.pages, budget=LISTING_BUDGET if budget is None else budget) or [[]]
    what = "undated briefings" if shard.name == UNDATED else shard.name
    made = []
    for k, tags in enumerate(runs, 1):
        here = period_tags_url(shard, directory_urls=directory_urls, k=k)
        span = f" ({_run_label(tags)})" if len(runs) > 1 else ""
        # the tag names are text, never markup: escaped in the heading and the links, entities in the title (as briefing titles)
        title = json.dumps(html_text(f"Tags of {what}{span}"), ensure_ascii=False)
        lines = ["---", f"title: {title}", "---", "", f"# {md_escape(f'Tags of {what}{span}')}", ""]
        if portal_tags is not None:
            there = page_url(portal_tags, directory_urls=directory_urls)
            lines += [f"The tags of this period's briefings. Other periods: [all tags]({_url_between(here, there)}).", ""]
        options = ""
        if len(runs) > 1:
            others = [
                f"[{md_escape(_run_label(run))}]({_url_between(here, period_tags_url(shard, directory_urls=directory_urls, k=j))})"
                for j, run in enumerate(runs, 1)
                if j != k
            ]
            lines += ["This period's other tags: " + " · ".join(others) + ".", ""]
            options = " { include: [" + ", ".join(json.dumps(t, ensure_ascii=False) for t in tags) + "] }"
        lines += [f"<!-- {directive}{options} -->", ""]
        made.append(SitePage(_listing_path(k), "\n".join(lines)))
    return made


def tags_by_period(plan: ShardPlan, *, page: str, directory_urls: bool = True) -> str:
    """Markdown for the end of the portal's tags page (docs path ``page``): a link to each period's tags listing.

    Newest period first (``undated`` last), as the site lists briefings. One
    line a period: 12 a year, so the page stays small however many briefings
    and tags the archive holds. Empty when the plan has no period.
    """
    periods = [s for s in plan.shards if is_period(s)]
    if not periods:
        return ""
    ordered = sorted((s for s in periods if s.name != UNDATED), key=lambda s: s.name, reverse=True)
    ordered += [s for s in periods if s.name == UNDATED]
    here = page_url(page, directory_urls=directory_urls)
    lines = ["", "", "## Tags by period", "", "Each period's briefings have a tags page of their own, newest first:", ""]
    for shard in ordered:
        label = "Undated" if shard.name == UNDATED else shard.name
        lines.append(f"- [{label}]({_url_between(here, period_tags_url(shard, directory_urls=directory_urls))})")
    return "\n".join(lines) + "\n"


def shard_digest(shard: Shard, *, config: str, extra: Iterable[tuple[str, bytes]] = ()) -> str:
    """What a shard's build depends on, as one hex digest: its pages, its generated config and ``extra`` files.

    ``extra`` is ``(path, bytes)`` of inputs that are not generated pages (the
    site's own docs in the portal). The adapter adds the generator's version to
    ``config``. Equal digests mean the previous build of that shard can be reused.
    """
    h = hashlib.sha256()
    for part in (shard.name, shard.folder, config, shard.newest or ""):
        h.update(part.encode("utf-8") + b"\0")
    for page in sorted(shard.pages, key=lambda p: p.path):
        h.update(page.path.encode("utf-8") + b"\0" + page_digest(shard, page))
    for path, data in sorted(extra):
        h.update(b"extra\0" + path.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


#: A sharded site's root ``sitemap.xml`` is a sitemap index; the portal's own sitemap is cut into files of at most
#: :data:`SITEMAP_URLS` URLs (about 130 bytes a URL: 1.3 MB a file, under the 2 MB a file of the site may have and
#: the protocol's 50,000 URLs), ``sitemap-K.xml`` at the site's root.
SITEMAP_URLS = 10_000
#: No sitemap file of a sharded site is larger (#18): under the 2 MB a file of the site may have whatever the URLs'
#: length, and small enough that it cannot hold the protocol's 50,000 URLs (an entry is at least 30 bytes).
SITEMAP_BYTES = 1_500_000
#: The state folder's copy of the sitemap files briefgen writes (the index and the pieces), which the site links.
SITEMAP_DIR = "sitemaps"
_SITEMAP_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
_SITEMAP_TAIL = "</urlset>\n"


def split_sitemap(xml: str, *, per_file: int = SITEMAP_URLS, max_bytes: int | None = None) -> list[str]:
    """A generator's sitemap (``<urlset>``) cut into sitemaps of at most ``per_file`` URLs and ``max_bytes`` bytes
    (UTF-8; :data:`SITEMAP_BYTES` when not given) each, in its order; one at least.

    The portal's sitemap lists its actor pages, lists and timeline: 1.64 MB at
    20,000 briefings, growing with the archive; a period's lists its briefings
    and tags pages, 2 MB in a year of some 40 briefings a day (#18). A count
    alone did not bound the bytes (a URL's length is the slug's), so both cut.
    A single entry larger than ``max_bytes`` (a URL of a megabyte) gets a file
    of its own.
    """
    limit = SITEMAP_BYTES if max_bytes is None else max_bytes
    frame = len((_SITEMAP_HEAD + _SITEMAP_TAIL).encode("utf-8"))
    chunks: list[list[str]] = [[]]
    size = frame
    for url in re.findall(r"<url>.*?</url>", xml, re.S):
        line = f"  {url}\n"
        cost = len(line.encode("utf-8"))
        if chunks[-1] and (len(chunks[-1]) >= per_file or size + cost > limit):
            chunks.append([])
            size = frame
        chunks[-1].append(line)
        size += cost
    return [_SITEMAP_HEAD + "".join(chunk) + _SITEMAP_TAIL for chunk in chunks]


def portal_sitemap_path(k: int, *, stem: str = "sitemap") -> str:
    """Where piece ``k`` of the portal's sitemap is published: at the site's root, beside the index.

    Not in a folder of its own: a sitemap may list only URLs at or below the
    folder it is published in (sitemaps.org, "Sitemap file location"; Google
    ignores the others), and the portal's pages are at the root. The pieces
    were ``sitemaps/portal-K.xml``, which listed no URL that folder holds.
    ``stem``: another name than ``sitemap`` where the site's own docs hold such a file (:func:`portal_sitemap_stem`).
    """
    return f"{stem}-{k}.xml"


def portal_sitemap_stem(own_names: Iterable[str]) -> str:
    """The stem of the portal's sitemap pieces (``STEM-K.xml``) that no file of the site's own docs at its root has.

    ``sitemap`` (``sitemap-1.xml``, …) unless a hand-written file is named like a
    piece (``docs/sitemap-3.xml``), whatever its number: publishing a piece over
    it would replace what the user wrote, and a piece number grows with the
    archive, so every number is kept clear, not just the ones in use. Then
    ``sitemap-briefgen``, ``sitemap-briefgen2``, … (#18).
    """
    names = set(own_names)
    stem, n = "sitemap", 1
    while any(re.fullmatch(rf"{re.escape(stem)}-\d+\.xml", name) for name in names):
        n += 1
        stem = "sitemap-briefgen" if n == 2 else f"sitemap-briefgen{n - 1}"
    return stem


def period_sitemap_path(shard: Shard, k: int) -> str:
    """Where piece ``k`` of a period's sitemap is published when the period's own one is too large (#18): in the
    period's folder, beside the pages it lists (a sitemap may only list URLs at or below its own folder).

    An actor shard's sitemap is always published as pieces, ``actors/sitemap-actors-K-of-N-J.xml``: every actor
    shard's build is published in ``actors/``, where their own ``sitemap.xml`` files would replace each other; so is a
    list shard's, in its family's folder (``timeline/sitemap-lists-timeline-1-of-2-1.xml``).
    """
    if shares_folder(shard.name):
        return f"{shard.folder}/sitemap-{shard.name}-{k}.xml"
    return f"{shard.folder}/sitemap-{k}.xml"


def sitemap_index(
    plan: ShardPlan, *, site_url: str | None, portal_files: int = 1, period_files: Mapping[str, int] | None = None, portal_stem: str = "sitemap"
) -> str | None:
    """The root ``sitemap.xml`` of a sharded site: a sitemap index (sitemaps.org) of every shard's sitemap; ``None`` without ``site_url``.

    Each shard's MkDocs build writes a sitemap of its own pages; published
    as they were, the root one held the portal's pages alone and the periods'
    (``briefings/2005-02/sitemap.xml``) were listed nowhere. A sitemap of every
    page would grow with the archive (about 130 bytes a page: 2 MB near 15,000
    pages, and the protocol caps a file at 50,000 URLs); the index holds one
    line per file: the portal's ``portal_files`` pieces (:func:`split_sitemap`),
    then each period's: its own ``sitemap.xml``, or, for a period named in
    ``period_files`` (shard name -> number of pieces), the pieces its too large
    one was cut into (:func:`period_sitemap_path`); ``portal_stem`` names the portal's pieces (:func:`portal_sitemap_stem`). One line is about 80 bytes,
    so the index passes 2 MB only past 25,000 sitemap files. Sitemaps need
    absolute URLs, so without a ``site_url`` there is none (MkDocs then writes
    empty sitemaps too).
    """
    if not site_url:
        return None
    base = site_url.rstrip("/") + "/"
    cut = period_files or {}
    locs = [portal_sitemap_path(k, stem=portal_stem) for k in range(1, portal_files + 1)]
    for s in plan.shards:
        if s.folder:
            locs += [period_sitemap_path(s, k) for k in range(1, cut[s.name] + 1)] if s.name in cut else [f"{s.folder}/sitemap.xml"]
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">']
    lines += [f"  <sitemap><loc>{_xml_escape(base + loc)}</loc></sitemap>" for loc in locs]
    lines.append("</sitemapindex>")
    return "\n".join(lines) + "\n"


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;").replace("'", "&apos;")


def root_url(shard: Shard) -> str:
    """The relative URL from a shard's root to the site's root (``../../`` under ``briefings/2005-02/``)."""
    depth = len([p for p in shard.folder.split("/") if p])
    return "../" * depth


def portal_link(shard: Shard, target: str, *, directory_urls: bool = True) -> str:
    """A link from ``shard``'s root to the portal page at docs path ``target``, for navigation and assets.

    Inside the portal it stays the docs path; from a period shard it is the
    page's URL relative to the shard's root (``../../timeline/``).
    """
    if not shard.folder:
        return target
    url = page_url(target, directory_urls=directory_urls) if target.endswith(".md") else target
    return root_url(shard) + url or "./"
