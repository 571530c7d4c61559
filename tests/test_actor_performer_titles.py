"""A name titled by a noun for one performer is a person, whatever the tagger typed it (#15, actors17).

"R&B star Nelly", "Hip-hop performer Akon", "Rap star Jay-Z" … "Jay-Z's hits": the small model types one-word
stage names an organisation's or a place's, and a name also tagged an organisation in the possessive took the
person's mentions into that organisation (the lead's reading, Random(7373), entertainment/126). #15's rubric: a
band is an organisation, a solo performer a person. The performer nouns are WordNet's (``performer_nouns.txt``,
``tools/wordnet_performer_nouns.py``); a prize's category ("best actor Bafta") is no title.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.kinds import PERFORMER_NOUNS

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        # typed an organisation
        ("Soul star Aaliyah had finished an album before she died in 2001.", "Aaliyah"),
        # one mention a person, the possessive ones an organisation: every mention the person
        ("Rap star Jay-Z is to run the label. Jay-Z's hits have sold millions, and Jay-Z said he was proud.", "Jay-Z"),
        # typed a place that no gazetteer knows
        ("Reggae star Sizzla has been jailed. Sizzla's tour was cancelled after protests.", "Sizzla"),
        ("Veteran crooner Tonio has topped the chart for a third week.", "Tonio"),
    ],
)
def test_a_name_titled_by_a_performer_noun_is_a_person(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "person", kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("The best actor Bafta went to Jamie Foxx, who beat Leonardo DiCaprio.", "Bafta", None),  # a prize's category
        ("Chart act Doves were at number three, while rock band Keane were fifth.", "Keane", "organisation"),  # a band
        ("Ice skating duo Jayne Torvill and Christopher Dean are to front the show.", "Jayne Torvill", "person"),
    ],
)
def test_no_performer_title_leaves_the_kind(parse, text, name, kind):
    assert kinds_of(parse, text).get(name) == kind


@pytest.mark.parametrize("word", ["star", "singer", "rapper", "crooner", "performer", "rocker", "diva"])
def test_performer_nouns_hold_a_performer_sense_even_when_not_the_first(word):
    assert word in PERFORMER_NOUNS  # "star" is first a celestial body


@pytest.mark.parametrize("word", ["plant", "idol", "band", "quartet", "group", "firm"])
def test_performer_nouns_leave_out_things_and_groups(word):
    assert word not in PERFORMER_NOUNS  # "car plant": a thing's sense ranks first; a band is no one performer
