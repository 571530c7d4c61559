"""A title many states share gives no country by itself (#15, actors45).

"The Attorney General Lord Goldsmith" gave the UK's law officer the United States in 3 BBC articles that name no
country: WordNet's first sense of "attorney general" is "the chief law officer of a country or state", an office many
states have. A title that names one state ("Home Secretary", "Chancellor of the Exchequer") still gives it. The
sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of
from briefgen.extract.actors import national_title_country

pytestmark = pytest.mark.slow


def test_a_shared_title_gives_no_country(parse):
    people = people_of(parse, "The Attorney General Lord Goldsmith will receive a letter of resignation on Monday.")
    assert people["Lord Goldsmith"].affiliation is None, people


def test_a_title_of_one_state_gives_it(parse):
    people = people_of(parse, "Home Secretary Charles Clarke said the plans would go ahead.")
    assert people["Charles Clarke"].affiliation == "United Kingdom", people


@pytest.mark.parametrize(
    ("title", "country"),
    [("Attorney General", None), ("attorney general", None), ("Home Secretary", "United Kingdom"), ("Secretary of State", "United States")],
)
def test_national_title_country(title, country):
    assert national_title_country(title) == country
