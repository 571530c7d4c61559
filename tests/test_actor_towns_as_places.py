"""A lone town the article names once after "in", "at", "near" … is that place in its other bare mentions (#15, actors24).

The lead's census of one-word person rows named for a GeoNames place: "succeed in Norwich and I want Norwich to be the
recognised nightspot", "a warehouse in Glasgow … the Glasgow art school", "officials in Powys … Powys people". Each
mention was read alone, so the place's mentions in no place's frame stayed a person. A word that opens or ends a
full name, one given with an honorific and one that reports a clause ("Radcliffe said the town was proud") stay a
person's.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, place",
    [
        ("I want industry to succeed in Norwich and I want Norwich to be the recognised nightspot of the region.", "Norwich"),
        ("Officials in Powys said this meant delays, and Powys people should be able to choose.", "Powys"),
    ],
)
def test_a_town_named_as_a_place_is_no_person(parse, text, place):
    assert place not in kinds_of(parse, text)


@pytest.mark.parametrize(
    "text, person",
    [
        ("Radcliffe grew up near Bolton. She trained in Radcliffe as a girl, and Radcliffe said the town was proud of her.", "Radcliffe"),
        ("Mr Kennedy spoke in Kennedy Town. Kennedy was proud.", "Kennedy"),
        ("Paula Radcliffe won in New York. Radcliffe said she was delighted.", "Paula Radcliffe"),
    ],
)
def test_people_named_like_towns_stay_people(parse, text, person):
    assert kinds_of(parse, text).get(person) == "person"
