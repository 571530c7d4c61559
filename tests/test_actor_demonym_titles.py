"""A nationality noun the tagger ran into a person's full name is a title, and its country the affiliation (#15, actors45).

BBC: "Frenchman Arnaud Clement", "American Taylor Dent" (organisations), "Russian Igor Andreev", "Briton Hayley
Yelling", "Scot Kathy Butler" (persons with the noun in their name): 12 rows in 11 articles on main. Cut, the noun
is the person's title and gives the affiliation ("Frenchman" through ``inhabitant_countries``). Bodies named for
their nation keep their adjective. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of, people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("He is set to meet Frenchman Arnaud Clement in the first round of the Australian Open.", "Arnaud Clement", "France"),
        ("Russian Dmitriy Bogdanov won at the same venue last week.", "Dmitriy Bogdanov", "Russia"),
        ("Spaniard Conchita Martinez came from a set down to beat Roberta Vinci.", "Conchita Martinez", "Spain"),
        ("Henman, who now faces Russian Igor Andreev in the last 16, admitted it was difficult.", "Igor Andreev", "Russia"),
        ("Recently crowned champion Briton Hayley Yelling also competes in Edinburgh on 15 January.", "Hayley Yelling", "United Kingdom"),
        ("The race was a fine one for Scot Kathy Butler, who finished second.", "Kathy Butler", "Scotland"),
    ],
)
def test_a_nationality_noun_before_a_full_name_is_a_title(parse, text, person, country):
    people = people_of(parse, text)
    assert person in people, people
    assert people[person].affiliation == country, people[person]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The American Red Cross said it had raised $10m for the victims.", "American Red Cross"),
        ("American Express Financial Advisors said the fund had grown.", "American Express Financial Advisors"),
        ("British Music Rights said the plan would hurt songwriters.", "British Music Rights"),
    ],
)
def test_a_body_named_for_its_nation_keeps_its_adjective(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds
