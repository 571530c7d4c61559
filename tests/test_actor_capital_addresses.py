"""A capital ending an address after a comma ("from Croydon, south London") is the city, not its state (#15, actors37).

The appositive rule took a capital only after a place noun ("the Spanish capital, Madrid") or a name the tagger typed
a building, a body or a location; addresses that name a district first, typed a place ("Croydon, south London"),
listed the United Kingdom with London as its alias (BBC corpus: 10 in 10 articles). The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Mr Smith, 32, from Croydon, south London, said he had been held for two years.",
        "The band played a warm-up show at The Garage, north London, on Monday.",
        "Most of the men are being held in Belmarsh prison, south London.",
    ],
)
def test_a_capital_ending_an_address_is_no_state(parse, text):
    kinds = kinds_of(parse, text)
    assert "United Kingdom" not in kinds, kinds


@pytest.mark.parametrize(
    "text",
    [
        "The deal was agreed by Paris, London and Berlin on Monday.",
        "The ambassador, London's envoy to the talks, said the offer was not acceptable.",
    ],
)
def test_a_capital_listed_with_states_or_owning_an_envoy_stays_its_state(parse, text):
    kinds = kinds_of(parse, text)
    assert kinds.get("United Kingdom") == "country", kinds
