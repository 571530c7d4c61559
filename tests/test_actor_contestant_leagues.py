"""A league named by its contestants is the contest, not a body (#15, actors20).

"win the Champions League", "Champions League football", "a Champions League tie": 37 BBC articles listed the
Champions League as an organisation that never once acted (the actors20 held-out read, Random(8484), sport/177). A
league named by the plural of a contestant's noun (WordNet's, ``data/contestant_nouns.txt``) is the contest; any
other league is a body that acts ("the Premier League said", "Football League clubs") and stays.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.names import names_a_document_or_event

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "name, event",
    [
        ("Champions League", True),
        ("the Champions League", True),
        ("Premier League", False),
        ("Football League", False),
        ("Celtic League", False),
        ("Ivy League", False),
        ("Uefa Cup", True),  # as before
    ],
)
def test_a_league_of_contestants_is_a_contest(name, event):
    assert names_a_document_or_event(name) is event


@pytest.mark.parametrize(
    "text, gone, kept",
    [
        ("He hopes Champions League football will keep the captain at the club.", "Champions League", None),
        ("Chelsea face Barcelona in the Champions League next month.", "Champions League", "Chelsea"),
        ("The Premier League said it would look again at the rules.", None, "Premier League"),
    ],
)
def test_the_champions_league_is_no_actor(parse, text, gone, kept):
    kinds = kinds_of(parse, text)
    if gone is not None:
        assert gone not in kinds, kinds
    if kept is not None:
        assert kept in kinds, kinds
