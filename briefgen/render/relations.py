"""The relation map of a briefing: who demands what of whom, who rejects, who mediates.

Drawn from the extracted demands and their responses only, as an inline SVG
that briefgen writes itself: no diagram library, no script, no CDN, and the
same bytes for the same briefing. Every label that comes from the article is
XML-escaped; the SVG is the only raw HTML a briefing page carries besides its
provenance anchors.

Edges are numbered; the numbers match the legend under the map, whose items
link to the sentence in the source article.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, replace

from markupsafe import Markup, escape

from ..records import Extraction

#: Response verbs that turn a demand down, or take it up.
REJECTING = {"reject", "rejected", "dismiss", "dismissed", "refuse", "refused", "deny", "denied", "decline", "declined", "oppose", "opposed", "rebuff", "rebuffed", "spurn", "spurned"}
ACCEPTING = {"accept", "accepted", "agree", "agreed", "welcome", "welcomed", "endorse", "endorsed", "back", "backed", "support", "supported"}
#: Words of an addressee that names several parties at once: whoever asks it of them stands between them.
SEVERAL_PARTIES = {"both", "sides", "parties", "delegations", "delegates", "negotiators", "all", "each"}
MAX_NODES = 10
#: Words that never name an actor: pronouns the extractor could not resolve,
#: and "people" or "everyone", which name nobody in particular. An edge with
#: one of them at either end is left out ("he → he: insisted").
NOT_ACTORS = frozenset(
    {
        "i", "me", "we", "us", "you", "he", "him", "she", "her", "it", "they", "them", "this", "that", "these",
        "those", "who", "whom", "which", "one", "someone", "somebody", "anyone", "anybody", "everyone",
        "everybody", "no one", "nobody", "people", "others", "the people",
    }
)

EdgeKind = str  # "demand", "reject", "accept", "respond"


@dataclass(frozen=True, slots=True)
class Edge:
    number: int
    source: str
    target: str
    kind: EdgeKind
    label: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class RelationGraph:
    nodes: tuple[str, ...]
    mediators: frozenset[str]
    edges: tuple[Edge, ...]

    def __bool__(self) -> bool:
        return bool(self.edges)


def response_kind(verb: str) -> EdgeKind:
    word = verb.lower().split()[0] if verb.strip() else ""
    if word in REJECTING:
        return "reject"
    if word in ACCEPTING:
        return "accept"
    return "respond"


def _names_several(addressee: str) -> bool:
    return any(w.strip(".,").lower() in SEVERAL_PARTIES for w in addressee.split())


#: Possessive determiners: "his party", "their leaders" name someone only through a pronoun's owner.
POSSESSIVE_DETERMINERS = frozenset({"my", "our", "your", "his", "her", "its", "their"})


def is_actor_name(name: str | None) -> bool:
    """Whether a demander, addressee or responder can be drawn as an actor.

    Not a pronoun the extractor could not resolve, nor a phrase owned by one
    ("his members", "its board": whose members, which board, the map cannot
    say; BBC had 27 such ends in 24 articles), nor "people". A capitalised
    word after the possessive keeps it a name ("Her Majesty's Treasury").
    """
    if not (name and name.strip()):
        return False
    words = name.split()
    owned = words[0].lower() in POSSESSIVE_DETERMINERS and (len(words) == 1 or not words[1][:1].isupper())
    return name.strip().lower() not in NOT_ACTORS and not owned  # "Her Majesty's Treasury" is a name


def relation_graph(extraction: Extraction) -> RelationGraph:
    """Demands (by -> of), responses (responder -> demander) and standalone
    rejections (rejecter -> proposer), numbered in article order.

    A *mediator* asks something of several parties at once ("urged both
    delegations"), or of both sides of a demand that was made or rejected
    between two others.
    """
    found: list[tuple[int, int, str, str, EdgeKind, str]] = []

    def edge(start: int, end: int, source: str | None, target: str | None, kind: EdgeKind, verb: str) -> None:
        # only actors are drawn: an unresolved pronoun or "people" at either end leaves the edge out
        if source and target and source != target and is_actor_name(source) and is_actor_name(target):
            found.append((start, end, source, target, kind, verb))

    for d in extraction.demands:
        edge(d.start, d.end, d.by, d.of, "demand", d.verb)
        if d.response is not None:
            edge(d.response.start, d.response.end, d.response.by, d.by, response_kind(d.response.verb), d.response.verb)
    for rej in extraction.rejections:  # refusals of proposals the article names no demand for
        edge(rej.start, rej.end, rej.by, rej.of, "reject", rej.verb)
    edges = [
        Edge(i, source, target, kind, verb, start, end)
        for i, (start, end, source, target, kind, verb) in enumerate(sorted(found, key=lambda f: (f[0], f[1])), start=1)
    ]
    conflicts = {frozenset((e.source, e.target)) for e in edges if e.kind in ("demand", "reject")}
    asked: dict[str, set[str]] = {}
    for e in edges:
        if e.kind == "demand":
            asked.setdefault(e.source, set()).add(e.target)
    mediators = {d.by for d in extraction.demands if is_actor_name(d.by) and d.of and _names_several(d.of)}
    for actor, targets in asked.items():
        if any(frozenset(pair) in conflicts for pair in _pairs(targets) if actor not in pair):
            mediators.add(actor)
    degree = Counter(n for e in edges for n in (e.source, e.target))
    nodes = [n for n, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))][:MAX_NODES]
    kept = [replace(e, number=i) for i, e in enumerate((e for e in edges if e.source in nodes and e.target in nodes), start=1)]
    return RelationGraph(tuple(nodes), frozenset(m for m in mediators if m in nodes), tuple(kept))


def _pairs(items: set[str]) -> list[tuple[str, str]]:
    ordered = sorted(items)
    return [(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1 :]]


_COLOURS = {"demand": "#e65100", "reject": "#c62828", "accept": "#2e7d32", "respond": "#546e7a"}
WIDTH, HEIGHT = 720, 400
_NODE_W, _NODE_H = 150, 34


def _layout(graph: RelationGraph) -> dict[str, tuple[float, float]]:
    """Mediators down the middle, everyone else round an ellipse (parties to either side)."""
    cx, cy = WIDTH / 2, HEIGHT / 2
    positions: dict[str, tuple[float, float]] = {}
    middle = [n for n in graph.nodes if n in graph.mediators]
    ring = [n for n in graph.nodes if n not in graph.mediators]
    for i, name in enumerate(middle):
        positions[name] = (cx, cy + (i - (len(middle) - 1) / 2) * (_NODE_H + 24))
    for i, name in enumerate(ring):
        angle = math.pi + 2 * math.pi * i / max(1, len(ring))  # the most involved actor on the left
        positions[name] = (cx + math.cos(angle) * (WIDTH / 2 - _NODE_W / 2 - 10), cy + math.sin(angle) * (HEIGHT / 2 - _NODE_H))
    return positions


def _short(text: str, limit: int = 22) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _edge_end(x: float, y: float, towards_x: float, towards_y: float) -> tuple[float, float]:
    """Where the line from a node's centre towards a point leaves the node's box."""
    dx, dy = towards_x - x, towards_y - y
    if dx == 0 and dy == 0:
        return x, y
    scale = min((_NODE_W / 2 + 4) / abs(dx) if dx else math.inf, (_NODE_H / 2 + 4) / abs(dy) if dy else math.inf)
    return x + dx * scale, y + dy * scale


def render_svg(graph: RelationGraph, *, title: str = "Relation map") -> Markup:
    """The graph as one inline ``<svg>`` element (a single line: Markdown passes it through untouched)."""
    pos = _layout(graph)
    parts = [
        f'<svg class="bg-relations" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" role="img" aria-labelledby="bg-relations-title">',
        f'<title id="bg-relations-title">{escape(title)}</title>',
        "<defs>",
        *(
            f'<marker id="bg-arrow-{kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="{colour}"/></marker>'
            for kind, colour in _COLOURS.items()
        ),
        "</defs>",
    ]
    seen_pairs: Counter[frozenset[str]] = Counter()
    for e in graph.edges:
        (x1, y1), (x2, y2) = pos[e.source], pos[e.target]
        pair = frozenset((e.source, e.target))
        # edges between two parties curve round the mediators standing between them
        base = 70 if graph.mediators and e.source not in graph.mediators and e.target not in graph.mediators else 30
        bend = base * (1 + seen_pairs[pair]) * (1 if e.source < e.target else -1)
        seen_pairs[pair] += 1
        mx, my = (x1 + x2) / 2, (y1 + y2) / 2
        length = math.hypot(x2 - x1, y2 - y1) or 1
        qx, qy = mx - (y2 - y1) / length * bend, my + (x2 - x1) / length * bend
        sx, sy = _edge_end(x1, y1, qx, qy)
        tx, ty = _edge_end(x2, y2, qx, qy)
        colour = _COLOURS[e.kind]
        dash = ' stroke-dasharray="6 4"' if e.kind == "reject" else ""
        lx, ly = (sx + 2 * qx + tx) / 4, (sy + 2 * qy + ty) / 4
        parts.append(
            f'<g class="bg-edge bg-edge-{e.kind}"><title>{escape(f"{e.number}. {e.source} {e.label} {e.target}")}</title>'
            f'<path d="M{sx:.1f},{sy:.1f} Q{qx:.1f},{qy:.1f} {tx:.1f},{ty:.1f}" fill="none" stroke="{colour}" stroke-width="2"{dash} marker-end="url(#bg-arrow-{e.kind})"/>'
            f'<circle cx="{lx:.1f}" cy="{ly:.1f}" r="10" fill="{colour}"/>'
            f'<text x="{lx:.1f}" y="{ly + 4:.1f}" text-anchor="middle" font-size="11" fill="#fff">{e.number}</text></g>'
        )
    for name in graph.nodes:
        x, y = pos[name]
        mediator = name in graph.mediators
        cls = "bg-node bg-node-mediator" if mediator else "bg-node"
        stroke = "#1565c0" if mediator else "#607d8b"
        parts.append(
            f'<g class="{cls}"><title>{escape(name)}{" (mediator)" if mediator else ""}</title>'
            f'<rect x="{x - _NODE_W / 2:.1f}" y="{y - _NODE_H / 2:.1f}" width="{_NODE_W}" height="{_NODE_H}" rx="8" fill="#ffffff" stroke="{stroke}" stroke-width="{3 if mediator else 1.5}"/>'
            f'<text x="{x:.1f}" y="{y + 5:.1f}" text-anchor="middle" font-size="13" fill="#263238">{escape(_short(name))}</text></g>'
        )
    parts.append("</svg>")
    return Markup("".join(parts))
