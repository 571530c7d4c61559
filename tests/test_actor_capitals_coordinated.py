"""A capital coordinated with a place named as a location, or in apposition to a place noun, is the city (#15, actors18).

"Share prices in London, Frankfurt and Paris", "tests in Tel Aviv, Chicago and Athens", "in the capital, Maseru":
only the first conjunct hangs on "in", so the later capitals were read as their states acting and the country was
listed with the capital as its alias (the actors18 held-out read, Random(7979): politics/033 "At Heathrow, Gatwick,
Edinburgh and Glasgow airports" listed Scotland; BBC: 46 capitals in 42 articles, all read, all locations). A
capital still stands for its state where the first conjunct does ("Moscow and Beijing rejected the plan").
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def _aliases(parse, text: str) -> dict[str, tuple[str, ...]]:
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: tuple(a.aliases) for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, capital",
    [
        ("Share prices in London, Frankfurt and Paris closed higher on Monday.", "Paris"),
        ("The firm has offices in Rotterdam and Madrid, its chief said.", "Madrid"),
        ("The sprinters missed drugs tests in Tel Aviv, Chicago and Athens before the Games.", "Athens"),
        ("The airline will fly to London, Singapore and Kuala Lumpur.", "Kuala Lumpur"),
        ("The deal was agreed in a court in the Spanish capital, Madrid.", "Madrid"),
        ("Mr Macaefa said at a news briefing in the capital, Maseru.", "Maseru"),
        ("The men were deported to Britain from the Czech capital, Prague.", "Prague"),
        ("More laptops were lost than in any of the nine other cities (Helsinki, Oslo, Munich and Paris).", "Oslo"),
    ],
)
def test_a_capital_coordinated_with_a_location_is_no_state(parse, text, capital):
    table = _aliases(parse, text)
    assert all(capital not in aliases for aliases in table.values()), table


@pytest.mark.parametrize(
    "text, country, capital",
    [
        ("Moscow and Beijing rejected the plan on Tuesday.", "China", "Beijing"),
        ("Pressure from Washington and Beijing has grown.", "China", "Beijing"),
        ("The plan was agreed by London and Madrid.", "Spain", "Madrid"),
    ],
)
def test_a_capital_coordinated_with_a_state_acting_stays_the_state(parse, text, country, capital):
    assert capital in _aliases(parse, text).get(country, ()), _aliases(parse, text)
