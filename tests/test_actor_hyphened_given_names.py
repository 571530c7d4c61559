"""A person whose given names are hyphened is a person (#15, actors21).

The small model types "Jean-Philippe Grandclaude", "Jean-Pierre Jeunet", "Joseph-Desire Job" organisations (9 BBC
tables; the held-out read Random(9090), sport/344), and the census test for a given name read "Jean-Philippe" as one
unknown word. The first of two hyphened title-case given names is looked up; a surname's particle ("Al-Jazeera") is
no given name, and a hyphened word whose first part is no census given name stays as the tagger read it.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person",
    [
        ("Wing Cedric Heymans and Ludovic Valbon come in for Aurelien Rougerie and Jean-Philippe Grandclaude.", "Jean-Philippe Grandclaude"),
        ("Amelie director Jean-Pierre Jeunet's new film opens on Friday.", "Jean-Pierre Jeunet"),
        ("The OECD's chief economist Jean-Philippe Cotis said growth would slow.", "Jean-Philippe Cotis"),
    ],
)
def test_hyphened_given_names_make_a_person(parse, text, person):
    kinds = kinds_of(parse, text)
    assert kinds.get(person) == "person", kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Al-Jazeera Arabic channel broadcast the tape on Friday.", "Al-Jazeera Arabic"),
        ("The Inter-American Development Bank approved the loan on Monday.", "Inter-American Development Bank"),
    ],
)
def test_other_hyphened_names_stay_bodies(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name, "organisation") == "organisation", kinds
