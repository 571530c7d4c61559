"""A name WordNet knows only as an organisation is no person (#15, actors21).

The small model typed "Unicef" (3 BBC tables; the held-out read Random(9090), entertainment/195), "Beatles" (2),
"Gestapo" and "European Union" persons. WordNet 3.0 files them under organization.n.01 and nowhere else
(``data/organisation_names.txt`` from ``tools/wordnet_organisation_names.py``); a person whose name only shares a
word with such a body, or who has an honorific, stays a person.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.names import known_only_as_a_body

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "name, known",
    [
        ("Unicef", True),
        ("UNICEF", True),
        ("Beatles", True),
        ("European Union", True),
        ("Gestapo", True),
        ("Congress", False),  # also a meeting
        ("Leonardo DiCaprio", False),
        ("Red", False),
    ],
)
def test_names_known_only_as_a_body(name, known):
    assert known_only_as_a_body(name) is known


@pytest.mark.parametrize(
    "text, body",
    [
        ("Actor Leonardo DiCaprio pledged a sizable aid contribution to Unicef.", "Unicef"),
    ],
)
def test_a_known_body_tagged_a_person_is_an_organisation(parse, text, body):
    kinds = kinds_of(parse, text)
    assert kinds.get(body) == "organisation", kinds


@pytest.mark.parametrize(
    "text, person",
    [
        ("Actor Leonardo DiCaprio pledged a sizable aid contribution to Unicef.", "Leonardo DiCaprio"),
        ("Mr Gates said the firm would give more.", "Gates"),
    ],
)
def test_people_stay_people(parse, text, person):
    assert kinds_of(parse, text).get(person) == "person"
