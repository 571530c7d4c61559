"""A name the tagger typed a person, in a list of bodies, is an organisation (#15, actors33).

The ten actor reads typed firms people in such lists on main (business/481 Woolworths among four retailers, tech/371
Sagem in "companies such as Nokia, Sagem, Sony and Thomson"); the BBC corpus holds the same construction in other
articles (Pfizer, Suzuki, Arima, Matsushita). Whole sentences of the articles parse otherwise alone (the tagger
joins "Morrisons, Woolworths" into one name), so the cases here are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        # three or more other members, every one tagged an organisation
        ("Deals with Hyundai, Toyota, Suzuki and Ford were signed last year.", "Suzuki"),
        # a list under a plural noun for bodies
        ("Consumer electronics companies such as Nokia, Sagem, Sony and Thomson are gearing up for production.", "Sagem"),
        ("The pills were developed by drug companies, including Merck and Pfizer, over ten years.", "Pfizer"),
    ],
)
def test_a_person_typed_name_in_a_list_of_bodies_is_a_body(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


@pytest.mark.parametrize(
    "text, name",
    [
        # a surname the article gives a person in full
        ("Microsoft founder Bill Gates said Microsoft, Intel, IBM and Gates himself would give to the fund.", "Bill Gates"),
        # a list of two is no list of bodies by itself, nor one under "people"
        ("People such as Matisse and Stravinsky became like uncles to her.", "Stravinsky"),
        ("The singer was backed by Pepsi and Shirlie, the duo said.", "Shirlie"),
    ],
)
def test_a_person_beside_bodies_is_left_alone(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) != "organisation", kinds
