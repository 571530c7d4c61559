"""A delta index reads each replaced base page's fragment once (#18).

The delta's state lists the filters of every base page the delta replaces or the site lost (for the browser), and
the whole search's filter counts take the same pages' filters off the base's: one set of pages, whose fragments were
read twice — in every rebuild, for every page changed since the base was written (hundreds once a delta has grown).
The state written is the same.
"""

from __future__ import annotations

import collections

from briefgen.site import search

from test_search import grow, many_pages, state, write_site


def test_each_replaced_fragment_is_read_once_and_the_state_is_the_same(tmp_path, monkeypatch):
    site = many_pages(tmp_path / "site", 100)
    assert grow(site).delta == 0
    write_site(site, {f"p{i:02d}/index.html": (f"Page {i}", "actor", f"Changed harbour text {i}.") for i in (1, 3, 5)})
    (site / "p02" / "index.html").unlink()
    reads: collections.Counter[str] = collections.Counter()
    read = search._fragment

    def counted(path):
        reads[str(path)] += 1
        return read(path)

    monkeypatch.setattr(search, "_fragment", counted)
    result = grow(site)
    assert result.delta == 3
    written = state(site)
    base_reads = {path: n for path, n in reads.items() if f"/{search.DELTA_DIR}" not in path and ".new/" not in path}
    assert len(base_reads) == 4  # three pages changed, one gone
    assert set(base_reads.values()) == {1}
    assert sorted(written["filters"]) == sorted([*written["hidden"], *written["twice"]])
    # the totals: the base's 100 briefings, less the four replaced, plus the delta's three actor pages
    assert written["totals"]["kind"] == {"actor": 3, "briefing": 96}
