"""Actors: a name coordinated with a party's members is a party (#15, :func:`briefgen.extract.actors.body_merge._coordinated_with_members`).

The tagger types "Labour" a person or a company where no member's noun ("Labour MP") follows it. Typed a person, it
took the pronoun quotations of the article's one speaker (the lead's reading of politics/036: "he said" five times).
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow


def kinds(doc):
    return {a.name: a.kind for a in extract_all(doc).actors}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Election\nHe said Labour and the Conservatives were united in relying on fear and scares.\n", "Labour"),
        ("Campaign\nThe Liberal Democrats hope to challenge Labour and the Tories in their heartlands.\n", "Labour"),
        ("Seats\nHe said the Lib Dems would take seats from Labour and the Tories at the election.\n", "Labour"),
        ("Voters\nVoters are tired of Labour and the Conservatives, the party leader said.\n", "Labour"),
        ("War\nHe said Respect and the Conservatives were wrong about the war.\n", "Respect"),
        ("Bishop\nThe BNP and the Tories were both criticised by the bishop.\n", "BNP"),
    ],
)
def test_a_name_beside_a_partys_members_is_a_party(parse, text, name):
    _, doc = parse(text)
    assert kinds(doc).get(name) == "group", kinds(doc)


@pytest.mark.parametrize(
    "text, name, kind",
    [
        # a person's full name beside the party's members stays a person
        ("Campaign\nMichael Howard and the Tories launched their poster campaign on Monday.\n", "Michael Howard", "person"),
        # a nationality is no party: the firm beside it stays what it was
        ("Phones\nThe Americans and Microsoft are backing the new standard for mobile television.\n", "Microsoft", "organisation"),
    ],
)
def test_a_person_or_a_firm_beside_other_plurals_keeps_its_kind(parse, text, name, kind):
    _, doc = parse(text)
    assert kinds(doc).get(name) == kind, kinds(doc)
