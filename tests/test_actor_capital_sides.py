"""A capital that agrees in the plural names its club, in every mention the article names it alone (#15, actors37).

The held-out read of Random(11919) (sport/272) found "Madrid" (Real Madrid: "Madrid know my situation", "If Madrid do
not want me", "I have told Madrid") listed as an alias of Spain: a capital stands for its state, and the plural
agreement that makes a town its club (``plural_sides.town_side_agreeing_in_the_plural``) left capitals out. Over the
BBC corpus every capital agreeing in the plural is a club (7 in 6 articles). The sentences are made up.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def _table(parse, text: str) -> dict[str, tuple[str, tuple[str, ...], int]]:
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: (a.kind, tuple(a.aliases), a.mentions) for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, name, mentions",
    [
        ("The striker said: \"Madrid know my situation and they know they must decide.\"", "Madrid", 1),
        ("The club said Edinburgh were not in action during the first two weeks of the Six Nations.", "Edinburgh", 1),
        ("The striker said he had told Madrid he wanted to leave. \"Madrid know my situation,\" he said.", "Madrid", 2),
    ],
)
def test_a_capital_agreeing_in_the_plural_is_its_club_not_its_state(parse, text, name, mentions):
    table = _table(parse, text)
    assert table.get(name, (None,))[0] == "organisation", table
    assert table[name][2] == mentions, table
    assert not any(kind == "country" and name in aliases for kind, aliases, _ in table.values()), table


def test_the_club_s_capital_joins_its_full_name(parse):
    table = _table(parse, "The player wants to join Real Madrid next season. \"Madrid know my situation,\" he said.")
    assert table.get("Real Madrid", (None, ()))[1] == ("Madrid",), table
    assert "Spain" not in table, table


@pytest.mark.parametrize(
    "text, name",
    [
        ("Moscow has rejected the offer, the foreign minister said on Monday.", "Moscow"),
        ("Madrid is the host city of the meeting, the organisers said.", "Madrid"),
        ("Madrid were beaten at home. Thousands of fans had arrived in Madrid on Sunday.", "in Madrid"),
    ],
)
def test_a_capital_agreeing_in_the_singular_or_named_as_a_place_is_no_club(parse, text, name):
    table = _table(parse, text)
    if name == "in Madrid":  # the city the fans arrived in is no mention of any row, the club's or Spain's
        assert sum(mentions for _, aliases, mentions in table.values() if "Madrid" in aliases) + table.get("Madrid", (None, (), 0))[2] <= 1, table
    else:
        assert table.get(name, (None,))[0] != "organisation", table
