"""A private site index keeps its first records' pickles in zlib's stored form, a stored index compresses them all (#18, scale30)."""

from __future__ import annotations

import zlib

import pytest

from briefgen.records import Actor, Article, ArticleMeta, Briefing, Extraction
from briefgen.site import SiteIndex, index_db


def _briefing(n: int) -> Briefing:
    text = f"Report {n}. " + "The minister said the talks in Geneva would resume next week. " * 20
    article = Article(path=f"b{n}.txt", name=f"b{n}", title=f"Report {n}", text=text, blocks=(), meta=ArticleMeta(date=f"2025-01-{n + 1:02d}"))
    return Briefing(article, Extraction(actors=(Actor("Marco Rubio", "person", 0, 5), Actor(f"Body {n}", "organisation", 6, 10))))


BRIEFINGS = [_briefing(n) for n in range(6)]
RAW = [len(index_db._pickled(b)) for b in BRIEFINGS]


def _stored(blob: bytes, raw: int) -> bool:
    """Whether a record is zlib's stored form (longer than its pickle: a 5-byte block header, zlib's 6 bytes) or compressed."""
    return len(blob) == raw + 11


@pytest.mark.parametrize(
    "threshold, on_disk, stored",
    [
        (10**9, False, [True] * 6),  # every record fits
        (sum(RAW[:3]), False, [True] * 3 + [False] * 3),  # the first three exactly
        (sum(RAW[:3]) - 1, False, [True] * 2 + [False] * 4),
        (0, False, [False] * 6),  # main's way
        (10**9, True, [False] * 6),  # a stored index's file keeps its bytes
    ],
    ids=["all", "three", "two", "none", "stored-index"],
)
def test_records_stored_up_to_the_threshold_in_a_private_index_only(tmp_path, monkeypatch, threshold, on_disk, stored):
    monkeypatch.setattr(index_db, "PRIVATE_STORED_UP_TO", threshold, raising=False)
    index = SiteIndex(prefix=".", path=tmp_path / "index.sqlite" if on_disk else None)
    try:
        for b in BRIEFINGS:
            index.add(b)
        index.finish()
        rows = index.db.execute("SELECT r.blob, b.name FROM record r JOIN briefing b ON b.bid = r.bid ORDER BY b.name").fetchall()
        assert [name for _, name in rows] == [b.article.name for b in BRIEFINGS]
        assert [_stored(blob, raw) for (blob, _), raw in zip(rows, RAW)] == stored
        assert [zlib.decompress(blob) for blob, _ in rows] == [index_db._pickled(b) for b in BRIEFINGS]
        bids = [bid for (bid,) in index.db.execute("SELECT bid FROM briefing ORDER BY name")]
        assert [index.briefing(bid) for bid in bids] == BRIEFINGS
    finally:
        index.close()
