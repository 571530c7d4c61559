"""Actors: an appositive role is cut at its first aside, not dropped for its length (#15, :func:`briefgen.extract.actors.titles._role_before_aside`).

The lead's reading (Random(7373)): "Emilio Botin, the chairman of Spain's most powerful bank, Santander Central
Hispano," and "said Lynn Franco, director of the Conference Board's consumer research centre" had no role, the
whole appositive being longer than a role may be. BBC corpus: 145 people gained a role, 29 had one cut at an aside.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def roles(doc, name):
    return next((a.roles for a in extract_actors(doc).actors if a.name == name), None)


@pytest.mark.parametrize(
    "text, name, role",
    [
        # a nested apposition after the head's "of" phrase: cut before it
        ("Trial\nThe trial of Emilio Botin, the chairman of Spain's most powerful bank, Santander Central Hispano, has started in Madrid.\n",
         "Emilio Botin", "chairman of Spain's most powerful bank"),
        # nine tokens, no aside: kept whole
        ('Survey\n"Consumers are ending this year on a high note," said Lynn Franco, director of the Conference Board\'s consumer research centre.\n',
         "Lynn Franco", "director of the Conference Board's consumer research centre"),
        # a place after a comma is an aside too
        ("Profile\nManuel Millan, a native of San Diego, California, said the game was his first.\n", "Manuel Millan", "native of San Diego"),
        # a hyphen inside a word is no aside
        ("Phones\nBrian McBride, managing director of T-Mobile, said prices would fall.\n", "Brian McBride", "managing director of T-Mobile"),
        # short ones as before
        ("Bank\nEmilio Botin, the chairman of Santander, said the payouts were legal.\n", "Emilio Botin", "chairman of Santander"),
    ],
)
def test_an_appositive_role_ends_at_its_first_aside(parse, text, name, role):
    _, doc = parse(text)
    assert role in (roles(doc, name) or ()), roles(doc, name)
