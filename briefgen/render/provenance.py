"""Provenance: every briefing item links to its words in the source article on the same page.

The source article is printed with an anchor (``<span id="src-START-END">``)
around each range of text an item came from; an item links to
``#src-START-END`` and the stylesheet highlights the target (``:target``), so
following a link shows the sentence in place, without any script.

Ranges nest (a quote inside its sentence, a figure inside a summary point); a
range that would cross another one is cut at the other's end, and a range that
runs over paragraphs is cut at its first paragraph's end: the anchor still
starts where the item's words start. Article text is escaped piece by piece
with :func:`md_escape`; only the span tags, made here from integers, are markup.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field

from markupsafe import Markup

from ..records import Article, Extraction
from .escaping import md_escape


def anchor_id(start: int, end: int) -> str:
    return f"src-{start}-{end}"


def item_ranges(extraction: Extraction) -> list[tuple[int, int]]:
    """The source ranges items link to: sentences of points, quotes, demands, responses, rejections, outlook; facts' words.

    Every ``src(start, end)`` a template prints must have its range here, or its
    link opens nothing (rejections were left out once: #16).
    """
    ranges: list[tuple[int, int]] = [(p.start, p.end) for p in extraction.summary]
    ranges += [(q.sentence_start, q.sentence_end) for q in extraction.quotes]
    for d in extraction.demands:
        ranges.append((d.start, d.end))
        if d.response is not None:
            ranges.append((d.response.start, d.response.end))
    ranges += [(r.start, r.end) for r in extraction.rejections]
    ranges += [(o.start, o.end) for o in extraction.outlook]
    ranges += [(f.start, f.end) for f in extraction.facts]
    return sorted({r for r in ranges if r[1] > r[0]})


@dataclass(slots=True)
class _Node:
    start: int
    end: int
    ident: str | None
    children: list[_Node] = field(default_factory=list)


def escape_piece(text: str) -> str:
    """:func:`md_escape` that keeps one space at either edge, so escaped pieces join up as the text did."""
    if not text:
        return ""
    if not text.strip():
        return " "
    lead = " " if text[0].isspace() else ""
    trail = " " if text[-1].isspace() else ""
    return lead + md_escape(text) + trail


def _render(node: _Node, text: str) -> str:
    out: list[str] = []
    pos = node.start
    for child in node.children:
        out.append(escape_piece(text[pos : child.start]))
        out.append(f'<span class="bg-src" id="{child.ident}">' + _render(child, text) + "</span>")
        pos = child.end
    out.append(escape_piece(text[pos : node.end]))
    return "".join(out)


def anchored_text(text: str, start: int, end: int, ranges: Iterable[tuple[int, int]]) -> Markup:
    """``text[start:end]`` escaped, with an anchor span around each range that starts inside it."""
    ordered = sorted(ranges, key=_outer_first)
    return _anchored(text, start, end, ordered, 0)


def _outer_first(r: tuple[int, int]) -> tuple[int, int]:
    """Ranges by start, the longer of two with one start first (it holds the other)."""
    return r[0], -r[1]


def _anchored(text: str, start: int, end: int, ordered: list[tuple[int, int]], first: int) -> Markup:
    """:func:`anchored_text` over ``ordered`` (sorted by :func:`_outer_first`), from position ``first`` on: none before it starts inside the block."""
    root = _Node(start, end, None)
    stack = [root]
    for i in range(first, len(ordered)):
        r_start, r_end = ordered[i]
        if r_start >= end:
            break  # sorted by start: no later range starts inside the block either
        if r_start < start:
            continue
        while len(stack) > 1 and stack[-1].end <= r_start:
            stack.pop()
        parent = stack[-1]
        node = _Node(r_start, min(r_end, parent.end), anchor_id(r_start, r_end))
        parent.children.append(node)
        stack.append(node)
    return Markup(_render(root, text))


def anchored_blocks(article: Article, extraction: Extraction) -> list[dict[str, object]]:
    """The article's blocks, each with its escaped, anchored text (``html``) and ``kind``.

    The item ranges are sorted once per article, and each block starts at the first range starting inside it
    (:func:`bisect.bisect_left`) instead of sorting and scanning every range of the article again for each block (#18).
    """
    ordered = sorted(item_ranges(extraction), key=_outer_first)
    starts = [r[0] for r in ordered]
    return [
        {"kind": b.kind, "html": _anchored(article.text, b.start, b.end, ordered, bisect_left(starts, b.start)), "start": b.start, "end": b.end}
        for b in article.blocks
    ]
