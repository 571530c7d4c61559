"""A name the tagger typed a body or a person that is a WordNet common noun of several words is a thing (#15, actors28).

Read 10404 (tech/337): "Google was arguably the most watched IPO (Initial Public Offering)" listed an organisation
"Initial Public Offering" with the alias "IPO". The nouns WordNet never spells with a capital and knows as no person,
group, place, structure or facility (``data/compound_thing_nouns.txt``) name no actor, nor does their acronym;
"Stock Exchange" (a body's noun too) and a band the article titles so ("Heavy metal band Iron Maiden") keep their
rows, as does a name that acts (a subject, an owner) or stands before a body's noun ("Digital Camera magazine").
The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.compound_thing_names import names_a_compound_thing

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, words",
    [
        ("Google was the most watched IPO (Initial Public Offering) of the era, analysts said.", ("Initial Public Offering", "IPO")),
        ("Most homes now get broadband over a Digital Subscriber Line (DSL), the firm said.", ("Digital Subscriber Line", "DSL")),
        ("The charity raises money for research into Multiple Sclerosis, it said.", ("Multiple Sclerosis",)),
        ("The workers will pay more National Insurance from April, the Treasury said.", ("National Insurance",)),
        ("The new screens use Liquid Crystal Display technology, Sony said.", ("Liquid Crystal Display",)),
    ],
)
def test_a_common_noun_in_capitals_is_no_actor(parse, text, words):
    kinds = kinds_of(parse, text)
    assert not any(word in name for word in words for name in kinds), kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Heavy metal band Iron Maiden will headline the festival.", "Iron Maiden"),
        ("The Stock Exchange said trading would resume on Monday.", "Stock Exchange"),
        ("Marcus Hawkins, editor of Digital Camera magazine, said prints fade.", "Digital Camera"),
        ("Iron Maiden will close the event, the organisers said.", "Iron Maiden"),
    ],
)
def test_a_body_s_name_or_a_titled_band_stays(parse, text, name):
    assert kinds_of(parse, text).get(name) == "organisation"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Initial Public Offering", True),
        ("Hat Trick", True),
        ("Multiple Sclerosis", True),
        ("High Court", False),  # a court is a body too
        ("Science Museum", False),  # a building and an institution
        ("Google", False),  # one word: many firms are named after common nouns ("Apple", "Shell")
        ("Iron Maiden", False),  # titled a band by the caller
    ],
)
def test_the_wordnet_list(text, expected):
    assert names_a_compound_thing(text, titled={"Iron Maiden"}) is expected
