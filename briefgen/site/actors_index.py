"""The actors index cut into pages of bounded size, by the beginning of each actor's slug (#18).

The actors index lists every actor of the archive: the ones with a page of
their own as a link, the others (most of them: actors named in one briefing)
as an anchored entry that briefings link to (:func:`~.policy.earns_page`).
As one page it grew with the archive: 0.67 MB of HTML at 2,000 briefings,
4.39 MB at 20,000. It is now a tree of pages over the actors' slugs (folded
names, ``[a-z0-9-]``), an A–Z directory:

* the **front page** ``actors/index.md`` lists the initial letters with the
  number of actors under each, or, while the whole archive has at most
  :data:`PER_PAGE` actors, the actors themselves;
* a **prefix** (``m``, ``ma``, ``mar``, …) holding at most :data:`PER_PAGE`
  actors is one page, ``actors/index/PREFIX.md``, listing them in slug order;
* a prefix holding more is a page of links to its prefixes one character
  longer, with their counts (so a page never lists more than one link per
  character a slug can hold: 37), plus the actor whose slug is that prefix;
* a longer prefix holding at most :data:`INLINE` actors gets no page: its
  actors are listed on its parent's page, so a letter with a few rare second
  letters ("mb", "mh") is not cut into pages of one actor.

So no page lists more than ``max(PER_PAGE, 37 * INLINE + 1)`` actors, plus at
most 37 links, whatever the archive's size (each entry is itself bounded: an
actor without a page is in at most two briefings). Measured at 20,000 synthetic
briefings (sharded, ``benchmarks/synthetic.py``): 259 pages, the front page
15 KB of HTML and the largest 54 KB, where the one page was 4.39 MB. The pages are a function of
the set of slugs alone (not of the order actors were added in): the same
archive gives the same pages and URLs. An actor's entry moves only when its
prefix page fills up — when a prefix passes :data:`PER_PAGE` its page becomes
a page of links and its actors move one level down, at most :data:`PER_PAGE`
entries once (and when an inlined prefix passes :data:`INLINE`, at most
:data:`INLINE` + 1). One new actor otherwise changes its own page and the
counts on the pages above it, never the pages beside it; numbering pages of an
alphabetical list (as the briefing lists are paged) would move every entry
after an insertion to another page, and every briefing linking one of them.

Nothing here reads the site index itself: :func:`plan_actors_index` asks a
callable for the counts under a prefix (the site index answers it with one
indexed range scan per page of links), so the rule is tested on plain lists.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

#: The front page of the actors index.
ACTORS_INDEX = "actors/index.md"
#: The folder of its other pages: ``actors/index/PREFIX.md`` (no actor's page is there: the slug ``index`` is reserved).
INDEX_FOLDER = "actors/index"
#: At most this many actors are listed on one page of prefix; a prefix holding more is cut by its next character.
#: Why 200: an entry is about 0.5 KB of HTML, so a page stays near 100 KB with the theme's frame, and an archive of
#: 10,000 actors needs one click from a letter to its page.
PER_PAGE = 200
#: The characters a slug is made of (``crossref.slugify_name``), in the order they sort: one link each at most.
ALPHABET = "-0123456789abcdefghijklmnopqrstuvwxyz"
#: A prefix of at most this many actors is listed on its parent's page instead of a page of its own: as many as keep
#: a page of links within :data:`PER_PAGE` entries when every one of its prefixes is inlined (5).
INLINE = PER_PAGE // len(ALPHABET)


@dataclass(frozen=True, slots=True)
class IndexPage:
    """One page of the actors index.

    ``prefix`` is ``""`` for the front page. A page *lists* the actors whose
    slug starts with ``prefix`` when it is a leaf; otherwise it lists the
    actors whose slug is ``prefix`` itself or starts with one of ``inline``,
    and links ``children`` (longer prefixes with a page of their own) with
    their counts.
    """

    prefix: str
    count: int
    leaf: bool
    children: tuple[tuple[str, int], ...] = ()
    inline: tuple[str, ...] = ()

    @property
    def path(self) -> str:
        return index_path(self.prefix)


def index_path(prefix: str) -> str:
    """The docs path of the page of ``prefix``: the front page for ``""``."""
    return ACTORS_INDEX if not prefix else f"{INDEX_FOLDER}/{prefix}.md"


def label(prefix: str) -> str:
    """How a prefix is shown: ``ma`` -> ``Ma``, ``al-`` -> ``Al-``."""
    return prefix[:1].upper() + prefix[1:]


#: ``counts(prefix)`` -> ``(prefix + one character, actors under it)`` for every such prefix that some slug longer
#: than ``prefix`` starts with, in slug order.
ChildCounts = Callable[[str], Sequence[tuple[str, int]]]


@dataclass(frozen=True, slots=True)
class ActorsIndexPlan:
    """Every page of the actors index, and where each actor is listed."""

    pages: tuple[IndexPage, ...]
    per_page: int = PER_PAGE
    inline: int = INLINE
    _by_prefix: Mapping[str, IndexPage] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_by_prefix", {p.prefix: p for p in self.pages})

    def page_of(self, slug: str) -> str:
        """The docs path of the page listing the actor of ``slug`` (its entry carries the slug as anchor)."""
        by_prefix = self._by_prefix
        page = by_prefix[""]
        while not page.leaf:
            child = next((c for c, _ in page.children if slug.startswith(c)), None)
            if child is None:
                break  # the slug is the prefix itself or starts with an inlined one: on this page
            page = by_prefix[child]
        return page.path

    def above(self, prefix: str) -> list[str]:
        """The prefixes of the pages above the page of ``prefix`` (its trail), front page first.

        Not every shorter prefix: a page of one link is skipped (:func:`plan_actors_index`).
        """
        found, page = [], self._by_prefix[""]
        while page.prefix != prefix:
            found.append(page.prefix)
            page = self._by_prefix[next(c for c, _ in page.children if prefix.startswith(c))]
        return found


def plan_actors_index(counts: ChildCounts, total: int, *, per_page: int = PER_PAGE, inline: int | None = None) -> ActorsIndexPlan:
    """The pages of an actors index of ``total`` actors, cut as the module says, front page first, then in slug order.

    ``inline`` defaults to ``per_page // 37`` (:data:`INLINE` for :data:`PER_PAGE`). A page of links that would
    hold a single link and nothing else (every slug under ``jo`` goes on with ``joh``) is skipped: its parent
    links the longer prefix directly. Only pages of links are skipped, so where an actor is listed does not
    depend on it.
    """
    inline = per_page // len(ALPHABET) if inline is None else inline
    if per_page < 1 or inline < 0:
        raise ValueError("per_page must be at least 1 and inline at least 0")
    pages: list[IndexPage] = []

    def longest(prefix: str, count: int) -> str:
        """``prefix`` lengthened while one longer prefix holds all its actors (none of them is ``prefix`` itself)."""
        while count > per_page:
            children = counts(prefix)
            if len(children) != 1 or children[0][1] != count:
                break
            prefix = children[0][0]
        return prefix

    def visit(prefix: str, count: int) -> None:
        if count <= per_page:
            pages.append(IndexPage(prefix, count, leaf=True))
            return
        children = list(counts(prefix))
        own = [(longest(c, n), n) for c, n in children if n > inline]
        pages.append(IndexPage(prefix, count, leaf=False, children=tuple(own), inline=tuple(c for c, n in children if n <= inline)))
        for child, n in own:
            visit(child, n)

    visit("", total)
    return ActorsIndexPlan(tuple(pages), per_page, inline)


def child_counts(slugs: Iterable[str]) -> ChildCounts:
    """:data:`ChildCounts` over a list of slugs (for tests and small sites): bisected in the sorted list, as SQLite ranges its index."""
    ordered = sorted(set(slugs))

    def counts(prefix: str) -> list[tuple[str, int]]:
        low, high = bisect.bisect_right(ordered, prefix), bisect.bisect_left(ordered, prefix + "\x7f")
        found: dict[str, int] = {}
        for slug in ordered[low:high]:
            found[slug[: len(prefix) + 1]] = found.get(slug[: len(prefix) + 1], 0) + 1
        return list(found.items())

    return counts


def listed(page: IndexPage, slugs: Iterable[str]) -> Iterator[str]:
    """Which of ``slugs`` (any order) ``page`` lists: for tests and checks of the rule."""
    for slug in slugs:
        if not slug.startswith(page.prefix):
            continue
        if page.leaf or slug == page.prefix or slug[: len(page.prefix) + 1] in page.inline:
            yield slug
