"""One capitalised plural of a common noun is no person's name (#15, actors21).

"Spurs", "Hearts", "Rovers", "Demos" (the think-tank), "Jobcentres": the tagger types them a person by their capital
(25 person rows in the BBC tables; the reads Random(7979) "Spurs" and Random(8484) "Demos"). Two words or more
ending so were already a body (``named_for_things``). A census surname ending in "s" ("Gates", "Jones"), a given
name and a country's people ("Swedes") stay as they were.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.kinds import one_plural_noun

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, plural",
    [
        ("Spurs", True),
        ("Hearts", True),
        ("Demos", True),
        ("Jobcentres", True),
        ("Gates", False),  # a census surname
        ("Jones", False),
        ("Swedes", False),  # a country's people
        ("Chris", False),
        ("Bass", False),
        ("Tottenham Hotspurs", False),  # two words: named_for_things' case
    ],
)
def test_one_plural_noun(text, plural):
    assert one_plural_noun(text) is plural


@pytest.mark.parametrize(
    "text, body",
    [
        ("Jermain Defoe scored twice as Spurs won 5-2 at Southampton.", "Spurs"),
        ("The think-tank Demos said the plans were flawed, and Demos called for a review.", "Demos"),
    ],
)
def test_a_plural_noun_tagged_a_person_is_no_person(parse, text, body):
    kinds = kinds_of(parse, text)
    assert kinds.get(body, "organisation") != "person", kinds


@pytest.mark.parametrize(
    "text, person",
    [
        ("Bill Gates said the firm would grow. Gates added that it would hire.", "Bill Gates"),
    ],
)
def test_surnames_in_s_stay_people(parse, text, person):
    assert kinds_of(parse, text).get(person) == "person"
