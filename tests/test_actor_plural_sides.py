"""A town's name that is the subject of a verb agreeing in the plural is its club (#15, actors36).

The held-out read of Random(11919) (sport/272) missed Newcastle ("Newcastle have joined the race to sign …"), typed a
place and dropped: no cup or league in the sentence, no club post. British English makes a team agree in the plural,
a town in the singular. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("Newcastle have joined the race to sign the young striker, according to reports.", "Newcastle"),
        ("The coach said Southampton are deep in trouble near the foot of the table.", "Southampton"),
        ("Barcelona are accustomed to playing big games at home, the coach said.", "Barcelona"),
    ],
)
def test_a_town_agreeing_in_the_plural_is_its_club(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Newcastle has a population of about 300,000 people, the council said.", "Newcastle"),
        ("Fans have travelled to Newcastle on Sunday to watch the game.", "Newcastle"),
        ("London is expected to bid for the games, the mayor said.", "London"),
        ("But results have been poor and Southampton are deep in trouble.", "Southampton"),
    ],
)
def test_a_town_agreeing_in_the_singular_a_place_a_capital_or_a_joined_subject_is_no_club(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) != "organisation", kinds
