"""A name before a made thing that someone else owns is the thing's, not an actor (#15, actors19).

"its Xbox consoles", "Nokia's N-Gage game phone" were already products: the noun was one of the work nouns. Any noun
WordNet files first under its artifacts (with no sense that is a structure, a facility, a way, a medium, an event or
a body:
``data/product_nouns.txt`` from ``tools/wordnet_product_nouns.py``) makes the name between the owner and the noun the
thing's own: "its redesigned Avalon sedan", "its pioneering Lisa computer", "Microsoft's Windows operating system". A
body's, a building's or a paper's noun ("its Alfa Romeo subsidiary", "its Cowley factory", "Uganda's New Vision
newspaper", "their … investment vehicle": WordNet's vehicle.n.03 is a medium), a person's name and an acronym before
the noun stay actors. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, product, owner",
    [
        ("Toyota posted results for its redesigned Avalon sedan on Friday.", "Avalon", "Toyota"),
        ("Engineers showed off its pioneering Lisa computer, Apple said.", "Lisa", "Apple"),
        ("Analysts at Ovum praised Microsoft's Windows operating system on Monday.", "Windows", "Microsoft"),
    ],
)
def test_a_name_before_an_owned_product_is_no_actor(parse, text, product, owner):
    kinds = kinds_of(parse, text)
    assert owner in kinds and product not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Fiat makes engines for its sporty Alfa Romeo subsidiary, Mr Marchionne said.", "Alfa Romeo"),
        ("Uganda's New Vision newspaper reports that the council met.", "New Vision"),
        ("He listened to her Elvis Presley records, said Ms Hall.", "Elvis Presley"),
        ("The firm plans to spin off its Sandoz unit, Mr Vasella said.", "Sandoz"),
        ("Boeing has confirmed a fault on its Boeing 797X cargo plane's first flight.", "Boeing"),
        ("The brothers own 20% of the club through their Red Ember vehicle, Mr Reed said.", "Red Ember"),
    ],
)
def test_a_body_or_a_person_before_an_owned_noun_stays(parse, text, name):
    assert name in kinds_of(parse, text)
