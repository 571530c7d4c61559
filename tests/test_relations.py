"""The relation map: edges from demands and responses, mediators, and an SVG that stays escaped."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from briefgen.records import Demand, Extraction, Rejection, Response
from briefgen.render import relation_graph, render_svg
from briefgen.render.relations import response_kind

SVG = "{http://www.w3.org/2000/svg}"


def demand(by, of, *, verb="demanded", response: Response | None = None, start=0) -> Demand:
    return Demand(by=by, of=of, what="something", verb=verb, start=start, end=start + 10, response=response)


@pytest.mark.parametrize(
    ("verb", "kind"),
    [("rejected", "reject"), ("dismissed", "reject"), ("accepted", "accept"), ("welcomed", "accept"), ("answered", "respond"), ("", "respond")],
)
def test_response_kind(verb, kind):
    assert response_kind(verb) == kind


def test_demands_and_rejections_become_numbered_edges_in_article_order():
    x = Extraction(
        demands=(
            demand("Ukraine", "Russia", verb="called for", start=50),
            demand("Russia", "Ukraine", response=Response(by="Ukraine", verb="rejected", start=20, end=30), start=0),
        )
    )
    graph = relation_graph(x)
    assert [(e.number, e.source, e.target, e.kind) for e in graph.edges] == [
        (1, "Russia", "Ukraine", "demand"),
        (2, "Ukraine", "Russia", "reject"),
        (3, "Ukraine", "Russia", "demand"),
    ]
    assert set(graph.nodes) == {"Russia", "Ukraine"}
    assert not graph.mediators


def test_standalone_rejections_with_a_proposer_are_edges_too():
    x = Extraction(
        demands=(demand("Labour", "Tories", start=40),),
        rejections=(
            Rejection(by="Tony Blair", of="Tories", what="the offer", verb="rejected", start=0, end=20),
            Rejection(by="Japan", of=None, what="any talks", verb="ruled out", start=60, end=80),
        ),
    )
    assert [(e.number, e.source, e.target, e.kind) for e in relation_graph(x).edges] == [
        (1, "Tony Blair", "Tories", "reject"),
        (2, "Labour", "Tories", "demand"),
    ]


def test_an_actor_asking_both_sides_of_a_conflict_mediates():
    x = Extraction(
        demands=(
            demand("Russia", "Ukraine", response=Response(by="Ukraine", verb="rejected", start=0, end=1)),
            demand("Turkey", "Russia", verb="urged", start=20),
            demand("Turkey", "Ukraine", verb="urged", start=30),
        )
    )
    assert relation_graph(x).mediators == {"Turkey"}


def test_asking_several_parties_at_once_mediates():
    graph = relation_graph(Extraction(demands=(demand("Hakan Fidan", "both delegations", verb="urged"),)))
    assert graph.mediators == {"Hakan Fidan"}


def test_demands_without_two_named_ends_draw_nothing():
    graph = relation_graph(Extraction(demands=(demand(None, "Russia"), demand("Russia", None), demand("Russia", "Russia"))))
    assert not graph
    assert graph.edges == ()


def test_the_map_draws_only_actors_never_a_pronoun_or_people():
    """Issue #14: "he → he: insisted" and "she → people: should" were drawn on real articles."""
    x = Extraction(
        demands=(
            demand("he", "he", verb="insisted", start=0),
            demand("She", "people", verb="should", start=10),
            demand("Hakan Fidan", "They", verb="urged", start=20),
            demand("Hakan Fidan", "delegates", verb="urged", start=30),
            demand("Russia", "Ukraine", response=Response(by="they", verb="rejected", start=45, end=50), start=40),
        ),
        rejections=(Rejection(by="It", of="Russia", what="the offer", verb="rejected", start=60, end=70),),
    )
    graph = relation_graph(x)
    assert [(e.source, e.target, e.label) for e in graph.edges] == [
        ("Hakan Fidan", "delegates", "urged"),
        ("Russia", "Ukraine", "demanded"),
    ]
    assert set(graph.nodes) == {"Hakan Fidan", "delegates", "Russia", "Ukraine"}


@pytest.mark.parametrize("owned", ["his members", "Their leaders", "its board", "her party", "our government"])
def test_the_map_leaves_out_a_phrase_owned_by_a_pronoun(owned):
    """Issue #14: "his members → Labour Party: refused" drew an actor nobody can name."""
    x = Extraction(
        demands=(
            demand("Labour Party", "both sides", verb="urged", response=Response(by=owned, verb="refused", start=15, end=20), start=0),
            demand(owned, "Treasury", verb="demanded", start=30),
            demand("Treasury", owned, verb="asked", start=40),
        ),
        rejections=(Rejection(by=owned, of="Labour Party", what="the offer", verb="rejected", start=60, end=70),),
    )
    graph = relation_graph(x)
    assert [(e.source, e.target) for e in graph.edges] == [("Labour Party", "both sides")]
    assert owned not in graph.nodes


def test_a_name_that_merely_contains_a_possessive_is_drawn():
    graph = relation_graph(Extraction(demands=(demand("Friends of the Earth", "Her Majesty's Treasury", start=0),)))
    assert [(e.source, e.target) for e in graph.edges] == [("Friends of the Earth", "Her Majesty's Treasury")]


def test_the_map_keeps_the_most_involved_actors_only():
    x = Extraction(demands=tuple(demand("Hub", f"Actor {i}", start=i) for i in range(20)))
    graph = relation_graph(x)
    assert len(graph.nodes) == 10 and "Hub" in graph.nodes
    assert [e.number for e in graph.edges] == list(range(1, 10))


def test_svg_is_well_formed_and_escapes_article_text():
    evil = '<script>alert("x")</script> & Co'
    x = Extraction(demands=(demand(evil, "Ukraine", response=Response(by="Ukraine", verb="rejected", start=0, end=1)),))
    svg = str(render_svg(relation_graph(x), title="Map of <b>"))
    assert "<script>" not in svg and "<b>" not in svg
    root = ET.fromstring(svg)  # parses: every text was XML-escaped
    assert root.tag == f"{SVG}svg"
    texts = ["".join(t.itertext()) for t in root.iter(f"{SVG}text")]
    assert "Ukraine" in texts
    assert any(t.startswith("<script>") for t in texts)  # shown, shortened, as text
    titles = ["".join(t.itertext()) for t in root.iter(f"{SVG}title")]
    assert any(evil in t for t in titles)
    assert len(list(root.iter(f"{SVG}path"))) >= 2  # arrow heads + edges
    assert "http" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "")  # nothing fetched


def test_svg_is_deterministic():
    x = Extraction(demands=(demand("A", "B"), demand("B", "A", start=5), demand("C", "A", start=9)))
    assert render_svg(relation_graph(x)) == render_svg(relation_graph(x))
