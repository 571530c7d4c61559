"""A stock index or a grade of crude named before its noun is no actor (#15, actors26).

"The Dow Jones index gaining 45.4 points", "the FTSE 100 index closed", "the Dow Jones industrial average closed
down", "Brent crude fell 32 cents": the tagger's organisation was listed among the article's actors (about 30 BBC
rows). WordNet's index and crude-oil nouns after the name decide each mention, and a name whose clause is set beside a
named index's move ("…, while the Nasdaq lost 1.3%") is an index too; a body that acts keeps its row, and
a maker of another kind of index ("the Labor Department producer price index") or a possessive stays an actor.
"""

from __future__ import annotations

import pytest

from tests.actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The Dow Jones index gained 45.4 points to 10,360 by late morning trading in New York.", "Dow Jones"),
        ("In London, the FTSE 100 index closed 15 points higher at 4,751 on Thursday.", "FTSE"),
        ("In Hong Kong, the Hang Seng index may be benefiting from the rebuilding work.", "Hang Seng"),
        ("Oil prices fell on Tuesday. In London, Brent crude fell 32 cents to $49.74 a barrel.", "Brent"),
        ("Rising oil prices pushed down stock markets; the Dow Jones industrial average closed down 1.6% on Tuesday.", "Dow Jones"),
        ("The benchmark Dow Jones share index closed 1% higher at 10,137.", "Dow Jones"),
        ("The Dow Jones index closed down 1.6% on Tuesday, while the Nasdaq lost 1.3%.", "Nasdaq"),
        ("The Dow Jones index dropped almost 100 points on Tuesday, with the Nasdaq also falling.", "Nasdaq"),
    ],
)
def test_an_index_or_a_crude_is_no_actor(parse, text, name):
    assert name not in kinds_of(parse, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("New figures show the Labor Department producer price index rose by 0.3% in January.", "Labor Department"),
        ("Nasdaq said on Monday that it would sell shares to the public for the first time.", "Nasdaq"),
        ("Dow Jones said on Monday that it would buy the news agency for $500m.", "Dow Jones"),
        ("Analysts said Jupiter Research's index showed that broadband use was growing fast.", "Jupiter Research"),
        ("The Ifo business climate index fell in March, while Siemens lost 2% after its results.", "Siemens"),
        ("Shares in Corus fell 2.2% on Monday, while Arcelor shed 2.1% to 17.58 euros.", "Arcelor"),
    ],
)
def test_a_body_that_acts_or_makes_the_index_stays(parse, text, name):
    assert name in kinds_of(parse, text)
