"""A model named as a generation of a made thing is no actor (#15, actors25).

"its next generation of PlayStations", "the next generation Xbox" (read 9898, tech/155) listed the consoles as
organisations. A name typed an organisation right after "generation" or after its "of" is the thing made (WordNet's
generation.n.04, a stage of technological development), unless it acts elsewhere; a maker before the noun
("Sony's next generation") and people in generations stay. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, product, actor",
    [
        (
            "Sony recently announced it would be using the technology in its next generation of PlayStations, said "
            "Richard Doherty.",
            "PlayStations",
            "Sony",
        ),
        (
            "Both formats are courting Microsoft to be the format of choice for the next generation Xbox, said Richard "
            "Doherty.",
            "Xbox",
            "Microsoft",
        ),
    ],
)
def test_a_generation_of_a_made_thing_is_no_actor(parse, text, product, actor):
    kinds = kinds_of(parse, text)
    assert kinds.get(actor) == "organisation", kinds
    assert product not in kinds, kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("A new generation of Labour MPs backed Tony Blair.", "Labour", "group"),
        ("Sony said its next generation would be cheaper, and Sony shares rose.", "Sony", "organisation"),
    ],
)
def test_a_maker_or_a_party_beside_a_generation_stays(parse, text, name, kind):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == kind, kinds
