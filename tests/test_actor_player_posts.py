"""A name the tagger typed an organisation right after a player's or a coach's post is a person (#15, actors28).

Read 10404 (sport/165): "Liverpool forward Milan Baros" listed Milan Baros as an organisation. A post only a person
holds in a team ("forward", "coach", "goalkeeper", "captain", "prop") before one to three capitalised words that name
no body makes the name a person's, even where the name itself does not look like one (a city's given name, a
hyphened given name, a trade for a surname); a post a firm or a fund holds ("owner", "fund manager") does not. The
sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("Liverpool forward Milan Baros is uncertain whether he remains part of the plans.", "Milan Baros"),
        ("England coach Sven-Goran Eriksson has named his squad for the friendly.", "Sven-Goran Eriksson"),
        ("The side got a boost when goalkeeper Nicky Weaver made his return.", "Nicky Weaver"),
        ("Wales will face a pack led by France captain Fabien Pelous on Saturday.", "Fabien Pelous"),
    ],
)
def test_a_name_after_a_player_s_post_is_a_person(parse, text, name):
    assert kinds_of(parse, text).get(name) == "person"


@pytest.mark.parametrize(
    "text, name",
    [
        ("The group sold its stake to owner France Telecom last year.", "France Telecom"),
        ("Shares were bought by fund manager Matrix Asset Advisors, the filing showed.", "Matrix Asset Advisors"),
    ],
)
def test_a_firm_after_a_post_a_firm_holds_stays_a_body(parse, text, name):
    assert kinds_of(parse, text).get(name) == "organisation"
