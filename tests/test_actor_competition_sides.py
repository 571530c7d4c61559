"""A town's name acting, or acted on, in a sentence that names a cup or a league is its club (#15, actors32).

The held-out read of Random(11212) (sport/159) missed Newcastle ("knocked out of the FA Cup by Newcastle") and
Barcelona ("seeing Barcelona secure a 2-1 Champions League first-leg lead"), both typed places and dropped; the BBC
corpus holds the same frame in other articles ("Newcastle were never really in danger of going out of the Uefa
Cup"). The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("Chelsea were knocked out of the FA Cup by Newcastle last Sunday, the manager said.", "Newcastle"),
        ("They lost on Sunday before seeing Barcelona secure a Champions League lead.", "Barcelona"),
        ("Boss Graeme Souness felt Newcastle were never really in danger of going out of the Uefa Cup.", "Newcastle"),
    ],
)
def test_a_town_acting_beside_a_competition_is_its_club(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("The FA Cup final will be played in Cardiff on Saturday, the organisers said.", "Cardiff"),
        ("Fans travelled to Newcastle on Sunday to watch the Champions League draw on television.", "Newcastle"),
        ("London will host the Champions League final in May, the mayor said.", "London"),
        ("Middlesbrough want to win the Uefa Cup group by beating Partizan Belgrade at home.", "Belgrade"),
    ],
)
def test_a_place_where_a_match_is_played_or_a_capital_is_no_club(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) != "organisation", kinds
