"""The page policy: which actors get a page of their own (#18), in one place.

Both the site index (:mod:`briefgen.site.index_db`, which marks the actors that
earn a page while it merges them) and the page generator
(:mod:`briefgen.site.pages`, which links a mention to a page or to an index
entry) ask :func:`earns_page`, so the two never disagree.
"""

from __future__ import annotations

from typing import Protocol

#: An actor in this many briefings gets a page whatever it does in them.
PAGE_BRIEFINGS = 3
#: An actor in this many briefings gets a page when it speaks or acts in at least one of them.
VOICED_PAGE_BRIEFINGS = 2


class PolicyActor(Protocol):
    """What the policy reads of a site-wide actor."""

    @property
    def briefing_count(self) -> int: ...

    @property
    def voiced(self) -> int: ...


def earns_page(actor: PolicyActor) -> bool:
    """Whether an actor gets a page of its own.

    The rule: an actor named in three or more briefings, or in two when it
    *speaks or acts* in at least one of them — is quoted, makes a demand,
    answers one or refuses something (``voiced``: the briefings where it does).

    Why: a page earns its place by gathering what a reader cannot see in one
    briefing — an actor's quotes, demands and responses across briefings, and
    the thread of stories between them. Most actors of a large archive are
    named in one briefing (7,146 of 10,414 at 2,225 BBC articles); a page for
    each made six pages per article. A page from two briefings (the previous
    rule) still gave 2.57 pages per article at 2,225 articles, most of the
    added pages being actors named in passing twice ("Brussels", a football
    club in two results) whose page was two links. Of those two-briefing
    actors, the ones that say or demand something are the ones a reader comes
    to an actor page for: their page puts two statements side by side. An
    actor of three or more briefings is a recurring subject (a company, a
    country, a minister) whose list of briefings is itself worth a page, even
    when the articles only report about it. Measured on all 2,225 BBC
    articles: 2.57 pages per article with the previous rule, 1.86 with three
    briefings alone, and this rule's figure in benchmarks/RESULTS.md section 10.

    Every other actor is an entry of the actors index, anchored so briefings
    link to it and search finds it, with its kind, roles, other names and a
    link to each briefing that names it, where its quotes and demands stand:
    nothing a reader could find on a page is lost.
    """
    return actor.briefing_count >= PAGE_BRIEFINGS or (actor.briefing_count >= VOICED_PAGE_BRIEFINGS and actor.voiced >= 1)
