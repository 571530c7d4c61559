"""A noun for a country's inhabitant heading a person's title gives that country, as the adjective does (#15, actors45).

"French player X" gave France, but "Frenchman X", "Welshman Jimmy Watkins", "Swede Daniel Persson", "fellow Briton
Tim Abeyie" gave no affiliation (BBC: 14 rows in 12 articles on main). The country comes from WordNet's member
holonyms (``data/inhabitant_countries.txt``); a noun that only modifies the role's head ("Pole vaulter"), a city's
inhabitant ("Londoner") or a word WordNet knows as no inhabitant gives none. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of
from briefgen.extract.actors.inhabitant_countries import inhabitant_country

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("Welshman Jimmy Watkins won the 800m in a season's best time.", "Jimmy Watkins", "Wales"),
        ("The Swede Daniel Persson was third.", "Daniel Persson", "Sweden"),
        ("He was beaten by Dutchman Peter Wessels in the second round.", "Peter Wessels", "Netherlands"),
    ],
)
def test_a_noun_for_an_inhabitant_gives_its_country(parse, text, person, country):
    people = people_of(parse, text)
    assert people[person].affiliation == country, people[person]


@pytest.mark.parametrize(
    ("word", "country"),
    [
        ("Frenchman", "France"),
        ("Scot", "Scotland"),
        ("Spaniard", "Spain"),
        ("Briton", "United Kingdom"),
        ("Londoner", None),  # a city's: no country
        ("Basque", None),  # two countries' places
        ("Roman", None),  # a capital's
        ("frenchman", None),  # lower case: no name's title
        ("Smith", None),
    ],
)
def test_inhabitant_country(word, country):
    assert inhabitant_country(word) == country
