"""A page listing every actor is rendered without a list of every piece of it (#17): measured with tracemalloc, not timed.

Jinja's ``render()`` joins a list of every piece a template yields; the
actors index of 50,000 briefings lists 35,000 actors, ~700,000 pieces whose
list and small strings took three times the page's own size on top of it. ``page_markdown``
joins them a chunk at a time, so what it holds is about the page twice (the chunks, then the page),
and the bytes are the same.
"""

from __future__ import annotations

import sys
import tracemalloc

import pytest

from briefgen.render import Renderer
from briefgen.render.escaping import html_text
from briefgen.render.markdown import _md_link, front_matter, joined
from briefgen.site.index_db import ActorView

ACTORS = 20_000


def _view(n: int) -> dict:
    entries = [
        {
            "actor": ActorView(i, f"actor-{i}", f"Actor Number {i}", ("person",), ("spokesman",), (), (f"Actor Number {i}", f"A. N. {i}"), 3, 1),
            "page": None,
            "anchor": f"actor-{i}",
            "group": None,
            "seen_in": [(f"Briefing {i}", f"../b{i}.md")],
        }
        for i in range(n)
    ]
    # one page of every actor, as the actors index was until #18 cut it into pages of at most 200: the chunked join
    # still guards any large page
    return {"entries": entries, "children": [], "trail": [], "here": "", "front": True, "actor_count": n, "page_count": 0, "briefing_count": n}


def test_the_actors_index_is_the_page_render_gives():
    renderer, values = Renderer(), _view(50)
    whole = renderer.env.get_template("actors.md.j2").render(front_matter=front_matter({"title": html_text("Actors")}), title="Actors", link=_md_link, **values)
    assert renderer.page_markdown("actors.md.j2", title="Actors", **values) == whole


def test_a_page_of_every_actor_holds_about_twice_its_size():
    renderer, values = Renderer(), _view(ACTORS)
    tracemalloc.start()
    try:
        page = renderer.page_markdown("actors.md.j2", title="Actors", **values)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    size = sys.getsizeof(page)  # one byte a character ("·" is Latin-1)
    assert len(page) > 100 * ACTORS
    assert peak < 2.5 * size, f"{peak:,} bytes held for a page of {size:,}"  # before: 4.2x (13.1 MB for 3.1 MB); now the chunks and the page


@pytest.mark.parametrize("pieces", [[], ["a"], ["a", "b", "c"], [str(i) for i in range(10_000)]])
@pytest.mark.parametrize("chunk", [1, 2, 4096])
def test_joined_is_join(pieces, chunk):
    assert joined(iter(pieces), chunk=chunk) == "".join(pieces)
