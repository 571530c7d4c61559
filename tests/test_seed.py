"""The seed article's briefing: what issue #2 says it must show, and a golden file.

Regenerate the golden Markdown after an intended change with
``BRIEFGEN_UPDATE_GOLDEN=1 pytest tests/test_seed.py`` and review the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from briefgen.pipeline import brief_text
from briefgen.render import Renderer, briefing_json

pytestmark = pytest.mark.slow

GOLDEN = Path(__file__).parent / "golden"
SCHEMA = Path(__file__).resolve().parents[1] / "briefgen" / "briefing.schema.json"


@pytest.fixture(scope="module")
def briefing(seed_text, nlp):
    return brief_text(seed_text, name="000_254a3b9810478911", nlp=nlp)


@pytest.fixture(scope="module")
def x(briefing):
    return briefing.extraction


def test_people_exactly(x):
    people = {a.name for a in x.actors if a.kind == "person"}
    assert people == {"Vladimir Medinsky", "Rustem Umerov", "Marco Rubio", "Hakan Fidan", "Donald Trump", "Vladimir Putin"}


@pytest.mark.parametrize(
    "name, affiliation, role",
    [
        ("Vladimir Medinsky", "Russia", "Putin aide"),
        ("Rustem Umerov", "Ukraine", "Defense Minister"),
        ("Marco Rubio", "United States", "Secretary of State"),
        ("Hakan Fidan", "Turkey", "Foreign Minister"),
    ],
)
def test_people_roles_and_affiliations(x, name, affiliation, role):
    actor = next(a for a in x.actors if a.name == name)
    assert actor.affiliation == affiliation
    assert any(role in r for r in actor.roles), actor.roles


@pytest.mark.parametrize(
    "country, alias",
    [("Russia", "Moscow"), ("Ukraine", "Kyiv"), ("Turkey", "Ankara"), ("United States", "U.S.")],
)
def test_countries_with_capitals_as_aliases(x, country, alias):
    actor = next(a for a in x.actors if a.name == country)
    assert actor.kind == "country"
    assert alias in actor.aliases


def test_places_are_not_actors(x):
    names = {a.name for a in x.actors}
    assert not names & {"Istanbul", "Donetsk", "Luhansk", "Kherson", "Zaporizhzhia"}


def test_the_withdrawal_demand(x):
    demand = next(d for d in x.demands if d.by == "Russia")
    assert demand.of == "Ukraine"
    assert "withdraw" in demand.what
    for region in ("Donetsk", "Luhansk", "Kherson", "Zaporizhzhia"):
        assert region in demand.what
    assert demand.condition and "condition for a ceasefire" in demand.condition
    assert demand.response is not None
    assert demand.response.by == "Rustem Umerov"
    assert demand.response.verb.startswith("reject")


def test_exactly_five_quotes_with_their_speakers(x):
    found = [(q.text.strip(" ,.…"), q.speaker) for q in x.quotes]
    assert len(found) == 5, found
    assert found[0] == ("non-starters", "Rustem Umerov")
    assert found[1] == ("detached from reality", "Rustem Umerov")
    assert found[2][0].startswith("I hope I’m 100% wrong") and found[2][0].endswith("haven’t changed")
    assert found[2][1] == "Marco Rubio"
    assert found[3] == ("satisfactory", "Russia")
    assert found[4][0].startswith("One road will lead to peace") and found[4][0].endswith("The choice is yours")
    assert found[4][1] == "Hakan Fidan"


def test_outlook(x):
    texts = [o.text for o in x.outlook]
    assert any("expected to meet with Vladimir Putin" in t for t in texts), texts
    assert any("possible Trump-Putin summit" in t for t in texts), texts
    assert not any("90 minutes" in t for t in texts)


def test_summary_points_are_body_sentences_in_order(briefing, x):
    assert 3 <= len(x.summary) <= 5
    starts = [p.start for p in x.summary]
    assert starts == sorted(starts)
    headings = [briefing.article.text[b.start : b.end] for b in briefing.article.heading_blocks()]
    for point in x.summary:
        assert point.text not in headings
        assert not any(h in point.text for h in headings)


def test_every_item_is_verbatim(briefing, x):
    text = briefing.article.text
    for item in [*x.summary, *x.outlook, *x.quotes]:
        assert text[item.start : item.end] == item.text
    for d in x.demands:
        assert d.what in text[d.start : d.end]
    for a in x.actors:
        assert a.name in text or any(alias in text for alias in a.aliases)


def test_json_matches_the_published_schema(briefing):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validate(json.loads(briefing_json(briefing)), schema)


def test_golden_markdown(briefing):
    rendered = Renderer().briefing_markdown(briefing)
    golden = GOLDEN / "seed.md"
    if os.environ.get("BRIEFGEN_UPDATE_GOLDEN"):
        golden.write_text(rendered, encoding="utf-8")
    assert rendered == golden.read_text(encoding="utf-8")
