"""An acronym the tagger typed a place, standing where only a body stands, is that body (#15, actors28).

Read 10404 (tech/352, tech/337): "takes over the network from BT", "in a better position than BT", "partnerships such
as that with BT" — the small model types "BT" a place the gazetteer does not know, so the firm was in no table. The
word's frame decides: alone (no determiner, adjective, owner or noun of its own) as a subject, an owner, the object of
"with"/"from"/"than"/"for", or one of a list of bodies; a modifier ("the BT tower", "MS drug suspension"), a described
thing ("the game AI") and a conjunct of a product ("Windows 2000 and XP") stay out. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text",
    [
        "Wanadoo plans to take over the network from BT next year.",
        "Cable firms say they are in a better position than BT in the long term.",
        "Analysts said BT has already set up an entertainment division.",
        "The news is bad for BT, the biggest internet supplier in the country.",
        "Firms signing up include MCI, BT, Deutsche Telekom and Energis.",
    ],
)
def test_an_acronym_typed_a_place_in_a_body_s_frame_is_the_body(parse, text):
    kinds = kinds_of(parse, text)
    assert kinds.get("BT") == "organisation", kinds


@pytest.mark.parametrize(
    "text, word",
    [
        ("The game AI is better than ever, and the above-average AI of the enemy sees to that.", "AI"),
        ("The virus can strike computers running Windows 2000 and XP.", "XP"),
        ("Shares fell after the MS drug suspension was announced.", "MS"),
        ("She has space in the BT tower for one call centre.", "BT"),
    ],
)
def test_an_acronym_typed_a_place_elsewhere_is_no_actor(parse, text, word):
    kinds = kinds_of(parse, text)
    assert word not in kinds, kinds
