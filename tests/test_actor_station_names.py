"""A station's name runs on over its spelt number or its place after "Radio" (#15, actors20).

"He told BBC Radio Five Live" gave an organisation "BBC Radio" (the tagger read "Five Live" as a work) in 13 BBC
articles, and "BBC Radio Four", "BBC Radio Scotland" were cut the same way (the actors20 held-out read,
Random(8484), sport/177). The station is named by the spelt number ("Five Live", "Four") or the place it serves; any
other capitalised word after "Radio" is left where it is.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, station, not_actors",
    [
        ('The club\'s former coach told BBC Radio Five Live: "We will think about any bid."', "BBC Radio Five Live", ("BBC Radio",)),
        ("The manager said on BBC Radio Five Live's Sportsweek that the side was tired.", "BBC Radio Five Live", ("BBC Radio",)),
        ("The minister told BBC Radio Four's PM programme that the plan was fair.", "BBC Radio Four", ("BBC Radio",)),
        ('The first minister told BBC Radio Scotland: "We do not think so."', "BBC Radio Scotland", ("BBC Radio",)),
    ],
)
def test_a_station_keeps_its_number_or_place(parse, text, station, not_actors):
    kinds = kinds_of(parse, text)
    assert kinds.get(station) == "organisation", kinds
    assert not set(not_actors) & set(kinds), kinds


def test_a_station_named_by_its_digit_is_as_before(parse):
    kinds = kinds_of(parse, "Mr Blair told BBC Radio 4's Today programme that he would stay.")
    assert kinds.get("BBC Radio 4") == "organisation", kinds
