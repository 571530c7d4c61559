"""#18: an article's item ranges are sorted once and each block starts at the first range starting inside it.

The reference below is the walk before that change (every range sorted and scanned again for each block); the
anchored blocks must be the same strings for every arrangement of ranges a page can have.
"""

from __future__ import annotations

import random

import pytest
from markupsafe import Markup

from briefgen.records import Article, Block, Extraction, KeyPoint, Quote
from briefgen.render import provenance
from briefgen.render.provenance import _Node, _render, anchor_id, anchored_blocks, item_ranges


def _reference_text(text: str, start: int, end: int, ranges) -> Markup:
    root = _Node(start, end, None)
    stack = [root]
    for r_start, r_end in sorted(ranges, key=lambda r: (r[0], -r[1])):
        if not (start <= r_start < end):
            continue
        while len(stack) > 1 and stack[-1].end <= r_start:
            stack.pop()
        parent = stack[-1]
        node = _Node(r_start, min(r_end, parent.end), anchor_id(r_start, r_end))
        parent.children.append(node)
        stack.append(node)
    return Markup(_render(root, text))


def _reference_blocks(article: Article, extraction: Extraction) -> list[dict[str, object]]:
    ranges = item_ranges(extraction)
    return [
        {"kind": b.kind, "html": _reference_text(article.text, b.start, b.end, ranges), "start": b.start, "end": b.end}
        for b in article.blocks
    ]


TEXT = "Headline here\nFirst paragraph says *this* and [that]. It goes on.\nSecond one: a <b>tag</b> and more words.\nLast."
HEAD, P1, P2, P3 = Block("headline", 0, 13), Block("paragraph", 14, 65), Block("paragraph", 66, 106), Block("paragraph", 107, 112)
BLOCKS = (HEAD, P1, P2, P3)


def _article(blocks=BLOCKS) -> Article:
    return Article(path="a.txt", name="a", title="A", text=TEXT, blocks=blocks)


def _points(*spans: tuple[int, int]) -> tuple[KeyPoint, ...]:
    return tuple(KeyPoint(TEXT[s:e], s, e) for s, e in spans)


CASES = {
    "no ranges": Extraction(),
    "one range per paragraph": Extraction(summary=_points((14, 52), (66, 106))),
    "nested: a quote inside its sentence": Extraction(
        summary=_points((14, 52)), quotes=(Quote("this", "X", 34, 38, 14, 52),)
    ),
    "a range crossing another is cut at its end": Extraction(summary=_points((14, 40), (30, 60))),
    "a range running over paragraphs is cut at the first one's end": Extraction(summary=_points((40, 90))),
    "ranges only in the last block": Extraction(summary=_points((107, 112))),
    "ranges before the first block and after the last": Extraction(summary=_points((0, 5), (111, 112))),
    "a range starting at a block's end is the next block's": Extraction(summary=_points((65, 80), (66, 70))),
    "two ranges with one start: the longer holds the shorter": Extraction(summary=_points((66, 76), (66, 106), (66, 70))),
    "an empty range is left out": Extraction(summary=_points((20, 20), (21, 30))),
}


@pytest.mark.parametrize("case", CASES)
def test_anchored_blocks_as_the_walk_per_block_gave_them(case):
    assert anchored_blocks(_article(), CASES[case]) == _reference_blocks(_article(), CASES[case])


def test_blocks_in_any_order_and_random_ranges():
    rng = random.Random(18)
    for _ in range(300):
        spans = []
        for _ in range(rng.randint(0, 12)):
            start = rng.randrange(len(TEXT))
            spans.append((start, min(len(TEXT), start + rng.randint(0, 60))))
        blocks = tuple(rng.sample(BLOCKS, rng.randint(1, len(BLOCKS))))
        x = Extraction(summary=_points(*spans))
        assert anchored_blocks(_article(blocks), x) == _reference_blocks(_article(blocks), x), (spans, blocks)


def test_the_ranges_are_sorted_once_per_article(monkeypatch):
    calls = []
    original = provenance.item_ranges
    monkeypatch.setattr(provenance, "item_ranges", lambda x: calls.append(x) or original(x))
    sorted_calls = []
    real_sorted = sorted
    monkeypatch.setattr(provenance, "sorted", lambda *a, **k: sorted_calls.append(1) or real_sorted(*a, **k), raising=False)
    anchored_blocks(_article(), CASES["nested: a quote inside its sentence"])
    # item_ranges' own sort and one of the anchored ranges (before: one more for each of the four blocks)
    assert len(calls) == 1 and len(sorted_calls) == 2
