"""A name that a person's noun of kinship titles or sets in apposition is a person (#15, actors41).

The small model types a lone given name an organisation ("His mother, Giselle, said": BBC politics/199, a held-out
read's wrong kind, and tech/231; "her grandmother Madea", entertainment/312). A firm is a "parent", a "partner" or a
"sister" too, so the noun must have a person for its owner; and a name whose own apposition is no actor's noun (a
guide dog's half-sister) is left alone. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The teenager was stabbed in the park. His mother, Giselle, said the killer had copied the game.", "Giselle"),
        ("The singer thanked her mother, Giselle, and her husband.", "Giselle"),
        ("Mr Hall's wife, Giselle, said the family had been told nothing.", "Giselle"),
        ("The film follows Ella as she gets help from her grandmother Madea.", "Madea"),
    ],
)
def test_a_person_s_relative_is_a_person(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "person", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("American Airlines' parent AMR reported a loss of $1bn.", "AMR"),  # a body owns the noun
        ("The firm will pay former partner Fiat 1.55bn euros.", "Fiat"),  # no owner
        ("Its partner, Sony, said the deal was done.", "Sony"),  # "its": a thing's or a body's
        ("Her half-sister, Sadie, a black Labrador cross, will take over the job.", "Sadie"),  # her own apposition: a dog
    ],
)
def test_a_body_s_or_a_thing_s_relative_keeps_its_kind(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) != "person", kinds
