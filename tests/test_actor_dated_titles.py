"""Actors: a name followed at once by a lone year in brackets is a work's title, no actor (#15, the lead's reading of
Random(10505); :mod:`briefgen.extract.actors.dated_titles`).

An obituary's list of novels ("Wheels (1971), The Moneychangers (1975) and Overload (1979) followed") and a festival's
list of films gave their titles rows typed a person or a group. BBC corpus: 7 rows in 4 articles, every one a title.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, title",
    [
        ("In 1969 he moved to Nassau. Wheels (1971), The Moneychangers (1975) and Overload (1979) followed.", "Overload"),
        ("In 1969 he moved to Nassau. Wheels (1971), The Moneychangers (1975) and Overload (1979) followed.", "Moneychangers"),
        ("His films include In the Name of the Father (1994), The Boxer (1998) and Martin Scorsese's Gangs Of New York (2003).",
         "Boxer"),
        ("She starred with Henry Fonda in 12 Angry Men (1957) before moving to London.", "Angry Men"),
    ],
)
def test_a_name_dated_in_brackets_is_no_actor(parse, text, title):
    kinds = kinds_of(parse, text)
    assert not any(title in name for name in kinds), kinds


@pytest.mark.parametrize(
    "text, name",
    [
        # a span of years dates a life, not a work
        ("The painter Francis Bacon (1909-1992) said his work was about fear.", "Francis Bacon"),
        # a name that acts elsewhere is a body or a person after all
        ("Pixar (2004) profits rose sharply. Pixar said it would make two more films with Disney.", "Pixar"),
        # a bracket holding more than a year
        ("Henry Fonda (born 1905) starred in the film, and Fonda later said it was his favourite.", "Henry Fonda"),
    ],
)
def test_other_brackets_and_acting_names_keep_their_rows(parse, text, name):
    assert name in kinds_of(parse, text)
