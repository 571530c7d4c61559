"""A capital that names where a person works or comes from, or that a preposition of place, time or origin takes, is
the city, not its state (#15, actors23).

A capital is its country only as the government's metonym, which acts: a subject ("Beijing says"), an agent, a
partner ("talks with Ankara"), a possessor, the place of its officials and institutions ("Moscow officials", "a
Moscow court"). The lead's census found 142 rows where a capital was listed under its country; the city uses now left
out: a singular noun for a person after it ("London teacher Diane Granger", "the London mayor", "the Madrid
president"), "from" on a verb or a name ("Mubanga, 29, from north London"; "pressure from Washington" stays),
"of", "after", "since", "beyond" and "than" ("the Mayor of London", "the Treaty of Amsterdam", "the Duke of
Edinburgh"), "for" on a verb or an adjective ("qualify for Madrid") and "such as" ("areas such as London").
BBC corpus: 47 tables changed, 13 country rows gone and 34 with fewer mentions, all read, all right. The sentences
are made up.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def _kinds(parse, headline: str, text: str) -> dict[str, str]:
    _, doc = parse(f"{headline}\n{text}\n")
    return {a.name: a.kind for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "headline, text, country, actor",
    [
        ("Teachers back the strike", "On immigration, London teacher Diane Granger said the plans were unfair.", "United Kingdom", "Diane Granger"),
        (
            "Detainees return home",
            "Martin Mubanga, 29, from north London, was originally detained in Zambia, the Foreign Office said.",
            "United Kingdom",
            "Martin Mubanga",
        ),
        (
            "Mayor refuses apology",
            "The probe follows comments by the Mayor of London, Ken Livingstone, to a journalist.",
            "United Kingdom",
            "Ken Livingstone",
        ),
        (
            "Runners prepare for Madrid",
            "James McIlroy hopes to qualify for Madrid by winning the 800m title, said coach Tom Hill.",
            "Spain",
            "James McIlroy",
        ),
    ],
)
def test_a_capital_named_as_the_city_is_no_state(parse, headline, text, country, actor):
    kinds = _kinds(parse, headline, text)
    assert actor in kinds and country not in kinds, kinds


@pytest.mark.parametrize(
    "headline, text, country",
    [
        ("Beijing warns Taiwan", "Beijing says Taiwan is part of its territory, said Jack Straw.", "China"),
        ("Moscow dismisses case", "Moscow officials have dismissed the legal wrangling as meaningless, the lawyer said.", "Russia"),
        ("Talks with Ankara", "The decision to open formal talks with Ankara came despite an EU demand, said Mr Barroso.", "Turkey"),
        ("Pressure on Beijing", "The pressure from Washington on the arms embargo has grown, said Javier Solana.", "United States"),
    ],
)
def test_a_capital_that_acts_stays_its_state(parse, headline, text, country):
    kinds = _kinds(parse, headline, text)
    assert kinds.get(country) == "country", kinds
