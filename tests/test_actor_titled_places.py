"""A name the tagger typed a place that no gazetteer knows, titled by a body noun, is that body (#15, actors16).

"consultancy group Capgemini", "Russian energy giant Gazprom", "cult band Kasabian": the tagger read the name as
a town, the extractor dropped it as a place, though its title (``kinds.titled_as_a_body``) says a body; a country
or a known place keeps its reading, and a band named after a person named in full is no short form of that person.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The deal was struck with Dutch firm Ispat last year, and Ispat will pay $4bn.", "Ispat"),
        ("It was bought by US surfwear firm Quiksilver in 2004 for $200m.", "Quiksilver"),
        ("The tour was arranged by cult band Kasabian, who play Leeds on Friday.", "Kasabian"),
        ("Buyers include Italian airline Alitalia, which has cut 5,000 jobs.", "Alitalia"),
        ("The work went to consultancy group Capgemini, which will run the system for ten years.", "Capgemini"),
    ],
)
def test_a_name_typed_a_place_no_gazetteer_knows_titled_by_a_body_noun_is_that_body(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


def test_a_titled_body_named_after_a_person_named_in_full_stays_a_body(parse):
    # the band is no short form of the woman it is named after
    kinds = kinds_of(parse, "Leicester band Kasabian played two shows. The group took its name from Linda Kasabian, and Kasabian will tour in May.")
    assert kinds.get("Kasabian") == "organisation" and kinds.get("Linda Kasabian") == "person", kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Talks were held with the island nation Malta on Friday.", "Malta", "country"),  # a country stays the country
        ("Members of the alliance Nato met the host state Latvia on Monday.", "Latvia", "country"),
    ],
)
def test_a_country_titled_by_a_noun_stays_the_country(parse, text, name, kind):
    assert kinds_of(parse, text).get(name) == kind


def test_a_known_place_titled_by_a_noun_stays_no_actor(parse):
    assert "Hertfordshire" not in kinds_of(parse, "Voters in the constituency Hertfordshire backed the plan.")
