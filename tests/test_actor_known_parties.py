"""A party WordNet knows is a group, by its name, its members' plural or its clipped name (#15, actors20).

Issue #15 asks for a party to be a group; the table typed one so only when the article showed it by a construction
("Labour MP", "the Tories"). "Labour was the government" left Labour a person, "the Lib Dems were the third party"
the Lib Dems a person (BBC: 23 party rows typed a person, 74 an organisation; the actors20 held-out read,
Random(8484), politics/269). The parties are WordNet's (``data/party_names.txt``), compared through
``party_key``; a bare word WordNet spells only with "Party" after it ("Liberty", the rights group) is left alone.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.names import names_a_known_party

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "name, known",
    [
        ("Labour", True),
        ("Labour Party", True),
        ("Conservatives", True),
        ("Tories", True),
        ("Lib Dems", True),
        ("Liberal Democrats", True),
        ("Liberal Democrat", True),
        ("Green Party", True),
        ("Liberty", False),  # the rights group, not the Liberty Party
        ("Green", False),
        ("American", False),  # a nationality, though WordNet has an "American Party"
        ("Liverpool", False),
    ],
)
def test_a_party_wordnet_knows(name, known):
    assert names_a_known_party(name) is known


@pytest.mark.parametrize(
    "text, party",
    [
        ("Only a quarter of the pupils knew that Labour was the government.", "Labour"),
        ("Only a quarter knew the Tories were the opposition and the Lib Dems were the third party.", "Lib Dems"),
    ],
)
def test_a_known_party_is_a_group(parse, text, party):
    kinds = kinds_of(parse, text)
    assert kinds.get(party) == "group", kinds
