"""A name after a plural title, or hung by the parse from the body's noun before it, is a body (#15, actors29).

The seven actor reads left firms and movements typed people: "oil industry analysts Douglas-Westwood" (read 9494,
business/399), "the Catholic movement Opus Dei" (read 7272, politics/055); the BBC corpus held more ("auditors Arthur
Andersen", "bookmakers VC Bet", "consultants Strategy Analytics", "the law firm Tods Murray"). A plural noun for people
titles a firm or a club, never one person, unless the name is one of a list or a pair; a family's plural and a
portfolio ("minister for women") title people. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The regulator also questioned external auditors Arthur Andersen about the figures.", "Arthur Andersen"),
        ("The estimate was made by oil industry analysts Douglas-Westwood last month.", "Douglas-Westwood"),
        ("The film is the favourite at bookmakers Ladbroke Hill this week.", "Ladbroke Hill"),
        ("According to consultants Strategy Analytics, sales will double.", "Strategy Analytics"),
        ("The minister said she had spiritual support from the Catholic movement Opus Dei.", "Opus Dei"),
        ("The senator earns a fee from the law firm Garth Murray. Garth Murray has a client opposing the plan.", "Garth Murray"),
        ("The songs were recorded with the Finnish group Kari Lehto. Kari Lehto has sold a million records.", "Kari Lehto"),
        ("Start-up companies Gizmondo and Tapwave Zodiac are also selling handheld consoles.", "Tapwave Zodiac"),
    ],
)
def test_a_name_titled_by_a_plural_or_hung_from_a_body_noun_is_a_body(parse, text, name):
    assert kinds_of(parse, text).get(name) == "organisation", kinds_of(parse, text)


def test_the_firm_s_surname_alone_is_the_firm(parse):
    text = "The regulator questioned external auditors Arthur Andersen. Andersen said it had done nothing wrong."
    kinds = kinds_of(parse, text)
    assert kinds.get("Arthur Andersen") == "organisation" and "Andersen" not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hollywood actors Harvey Keitel and Jude Law were at the premiere on Sunday.", "Harvey Keitel"),
        ("Original band members Bryan Ferry, Andy Mackay and Paul Thompson will play on Saturday.", "Bryan Ferry"),
        ("Labour's deputy minister for women Jacqui Smith said the sums did not add up.", "Jacqui Smith"),
        ("The title went to American twins Mike and Bob Bryan on Sunday.", "Bob Bryan"),
    ],
)
def test_people_after_a_plural_or_a_maker_stay_people(parse, text, name):
    assert kinds_of(parse, text).get(name) == "person", kinds_of(parse, text)
