"""A peer's title with its territorial designation is a person, and its place no actor (#15, actors18).

"Lord Nicholls of Birkenhead, in his ruling, said": the tagger left the peer untagged (two articles), read "Tory
Lord" as a person's name, or listed the place as an organisation ("Conwy" of "Lord Roberts of Conwy", the actors18
held-out read, Random(7979), politics/177). The construction "<rank> <Name> of <Place>" says what each word is; a
rank before a noun of an office ("Lord Mayor of London", "Lord Chancellor") names an office, no peer. The peer is
named with the rank (``mentions._peerage_name``: "Lord Nicholls", not "Nicholls").
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.peerages import peerages

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person, not_actors",
    [
        ("Lord Nicholls of Birkenhead, in his ruling, said the law was wrong.", "Lord Nicholls", ("Birkenhead",)),
        ("But Lord Walker of Gestingthorpe, the one law lord to oppose the appeal, disagreed.", "Lord Walker", ("Gestingthorpe",)),
        ("Opponents of the bill include Tory Lord Campbell of Alloway and the Bishop of Winchester.", "Lord Campbell", ("Tory Lord", "Alloway")),
        ("Ex-Welsh Office Minister Lord Roberts of Conwy denied the claim.", "Lord Roberts", ("Conwy",)),
        ("The new peers are Baroness Amos and Baroness Royall of Blaisdon, a former aide.", "Baroness Royall", ("Blaisdon",)),
    ],
)
def test_a_peer_of_a_place_is_a_person_and_the_place_no_actor(parse, text, person, not_actors):
    kinds = kinds_of(parse, text)
    assert kinds.get(person) == "person", kinds
    assert not set(not_actors) & set(kinds), kinds


@pytest.mark.parametrize(
    "text",
    [
        "The Lord Mayor of London, Ken Livingstone, backed the plan.",  # an office
        "The Lord Chancellor of the day was not consulted.",
        "Fans of the Lord of the Rings queued all night.",  # no name
    ],
)
def test_an_office_or_a_title_is_no_peerage(parse, text):
    _, doc = parse(f"Test\n{text}\n")
    assert peerages(doc) == []


def test_a_peer_named_without_a_place_keeps_the_tagger_s_reading(parse):
    kinds = kinds_of(parse, "The Lord Chancellor, Lord Falconer, defended the bill.")
    assert kinds.get("Lord Falconer") == "person" and "Chancellor" not in kinds, kinds


def test_a_peer_s_place_is_no_key_fact(parse):
    from briefgen.extract.facts import extract_facts

    _, doc = parse("Test\nThe programme also heard from Lord Roberts of Conwy, who was a minister at the time.\n")
    assert not [f for f in extract_facts(doc) if f.kind == "place" and "Conwy" in f.text]
