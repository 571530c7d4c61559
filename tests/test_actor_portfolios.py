"""A minister's portfolio is no body: "Culture, Media and Sport Secretary Tessa Jowell", "the Secretary of State for
Culture, Media and Sport", "US Secretary of State" (#15, actors39).

The pooled held-out reads listed "State for Culture, Media and Sport", "Media" and "European Justice" (of "European
Justice and Home Affairs Commissioner") as organisations; on the BBC corpus the rule takes 8 rows in 7 articles out,
all right ("State", "National Development Planning", "State for Constitutional Affairs"). A body named before a
title ("Home Office minister", "Treasury Under Secretary", "Commissioner of the Metropolitan Police"), an acronym or a
country before it ("EU Trade Commissioner") and a person before an "and" ("Ms Hall and First Minister") stay. The
sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "portfolio", "holder"),
    [
        ("Her call was backed by Culture, Arts and Sport Secretary Jane Smith who said it was right.", "Culture, Arts and Sport", "Jane Smith"),
        ("The Secretary of State for Education and Skills, Ruth Kelly, said the plan would go ahead.", "State for Education and Skills", "Ruth Kelly"),
        ("Mike Jones, the US Secretary of State, was visiting the region.", "State", "Mike Jones"),
    ],
)
def test_a_portfolio_is_no_body(parse, text, portfolio, holder):
    kinds = kinds_of(parse, text)
    assert portfolio not in kinds, kinds
    assert kinds.get(holder) == "person", kinds


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("A Home Office minister said the Treasury Under Secretary John Taylor was right.", ["Home Office", "Treasury"]),
        ("Ms Hall and First Minister Jack McConnell met the club's fans.", ["Hall", "Jack McConnell"]),
        ("The Commissioner of the Metropolitan Police, Sir John Stevens, said the force would act.", ["Metropolitan Police"]),
        ("The EU Trade Commissioner Peter Mandelson said the EU would not back down.", ["EU", "Peter Mandelson"]),
        ("Mike Jones, the US Secretary of State, was visiting the region.", ["United States"]),
    ],
)
def test_a_body_a_country_or_a_person_beside_a_title_stays(parse, text, names):
    kinds = kinds_of(parse, text)
    assert all(name in kinds for name in names), kinds
