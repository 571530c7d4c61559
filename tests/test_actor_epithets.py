"""A person's epithet after "the" is no actor of its own (#15, actors18).

"a biography of William Pitt the Younger": the tagger cut "Younger" off the name and tagged it an organisation,
listed beside William Pitt (three BBC articles, two texts; the actors18 held-out read, Random(7979), politics/285).
One capitalised word that WordNet knows only as a common adjective ("younger", "great", "elder"), after "the" right
after a person's name, is that person's epithet; a name after "the" ("the Labour leader") is left alone.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person, epithet",
    [
        ("He has published a biography of William Pitt the Younger, and plans another.", "William Pitt", "Younger"),
    ],
)
def test_an_epithet_after_a_person_is_no_actor(parse, text, person, epithet):
    kinds = kinds_of(parse, text)
    assert kinds.get(person) == "person" and epithet not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tony Blair the Labour leader said he would stay.", "Labour"),  # a party's name after "the", no adjective
        ("He met Michael Howard and the Conservatives on Monday.", "Michael Howard"),
    ],
)
def test_a_name_after_the_stays(parse, text, name):
    assert name in kinds_of(parse, text)
