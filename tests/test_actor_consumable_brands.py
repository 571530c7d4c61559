"""A name that only ever modifies a food's or a drink's noun is a brand, no actor (#15, actors27).

"Smirnoff vodka and Guinness stout" (read 9898, business/321) listed both brands as organisations; the BBC corpus has
such rows for Havana Club, Malibu, Courvoisier, Stolichnaya, Moet & Chandon and "New World wines" (9 rows in 5 texts,
all right). The noun is WordNet's food or drink (``consumable_nouns.txt``); a name that acts or stands alone elsewhere, an
acronym, and a maker before another thing's noun stay. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


#: A made-up sentence naming two drinks by their brands beside their maker.
_BAR = "Bar owners said Guinness stout and Smirnoff vodka sold well over Christmas, the drinks firm Diageo reported."


@pytest.mark.parametrize(
    "text, brand, actor",
    [
        (_BAR, "Guinness", "Diageo"),
        (_BAR, "Smirnoff", "Diageo"),
        ("Shops in Spain stocked more Havana Club rum this winter, Pernod Ricard said.", "Havana Club", "Pernod Ricard"),
        ("Diageo reported that Smirnoff vodka sold well over Christmas.", "Smirnoff", "Diageo"),
    ],
)
def test_a_drink_s_brand_is_no_actor(parse, text, brand, actor):
    kinds = kinds_of(parse, text)
    assert actor in kinds, kinds
    assert brand not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Shoppers bought more Cadbury chocolate this year, Cadbury said.", "Cadbury"),  # acts elsewhere
        ("He ate nothing but McDonalds meals for a month, and McDonalds said the film was unfair.", "McDonalds"),
        ("Everything in the Treasury larder is spent, said Gordon Brown.", "Treasury"),  # a larder is a room too
        ("Nestle coffee sales rose, Nestle said on Tuesday.", "Nestle"),
        ("Sony televisions sold well in Japan, analysts said.", "Sony"),  # a made thing's maker: not this class
    ],
)
def test_a_maker_or_a_body_stays(parse, text, name):
    assert name in kinds_of(parse, text)


@pytest.mark.parametrize(
    "noun, listed",
    [
        ("vodka", True), ("rum", True), ("stout", True), ("wine", True),
        ("larder", False), ("diet", False), ("dinner", False), ("television", False),
    ],
)
def test_the_nouns_are_wordnet_s_foods_and_drinks(noun, listed):
    from briefgen.extract.actors.consumable_brands import CONSUMABLE_NOUNS  # here, so that main runs the cases above

    assert (noun in CONSUMABLE_NOUNS) is listed
