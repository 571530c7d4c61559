"""An appositive role ends where a relative clause after its noun for a person starts (#15, the lead's reading of
Random(9191): "Mike Newton, a spokesperson for the BSA which commissioned the survey" had the whole clause as his
role; on the BBC corpus 12 roles in 11 articles ran on into one, and appositions too long with it had no role).

A clause after a noun for a body or a thing ("the UN satellite mapping organisation that is part of …", an
apposition the parse hung on the person) gives no role as before.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person, role",
    [
        ('"Many consumers are fooled," said Mike Newton, a spokesperson for the BSA which commissioned the survey.', "Mike Newton", "spokesperson for the BSA"),
        ("Kanye West, the rapper who leads the awards with 10 nominations, will perform alongside John Legend.", "Kanye West", "rapper"),
        ('"The film is true," said Paul Rusesabagina, the hotel manager whom Don Cheadle plays in the film.', "Paul Rusesabagina", "hotel manager"),
        # too long with its clause, the apposition gave no role at all
        (
            '"It is slow," said Johan Pouwelse, a researcher at the Delft University of Technology who studied the network.',
            "Johan Pouwelse",
            "researcher at the Delft University of Technology",
        ),
    ],
)
def test_the_role_stops_before_the_relative_clause(parse, text, person, role):
    assert people_of(parse, text)[person].roles[0] == role


def test_a_clause_after_a_body_gives_the_person_no_role(parse):
    text = '"Maps help," said Einar Bjorgo from Unosat, the UN satellite mapping organisation that is part of the Respond consortium.'
    person = people_of(parse, text)["Einar Bjorgo"]
    assert not any("organisation" in role for role in person.roles)
