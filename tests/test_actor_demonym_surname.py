"""A nationality adjective before a surname the article gives in full is a description of that person (#15).

"Lindsay Davenport … American Davenport will now face …": the tagger ran "American" into the surname and typed the pair
an organisation, so the player stood in the table twice (BBC corpus: sport/430 and 436, sport/076 "Australian
Johnson"). A pair with no full name beside it ("Brazilian Ronaldo") or a real full name ("German Gref", whose given
name is also a demonym) stays. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

#: (case, body, the person's name, names that must not be actors)
CASES = [
    ("a tennis player named in full first",
     "World number one Lindsay Davenport beat Jie Zheng 6-2 7-5. American Davenport will now face Conchita Martinez.",
     "Lindsay Davenport", ["American Davenport"]),
    ("a runner named in full first",
     "Benita Johnson won the race in Brussels. Australian Johnson said she would run again in March.",
     "Benita Johnson", ["Australian Johnson"]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "person", "absent"), CASES, ids=[c[0] for c in CASES])
def test_a_demonym_before_a_known_surname_is_the_person(parse, name, body, person, absent) -> None:
    _, doc = parse(f"Test\n{body}\n")
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert person in actors and actors[person].mentions >= 2, sorted(actors)
    for gone in absent:
        assert gone not in actors, sorted(actors)


@pytest.mark.slow
def test_a_full_name_whose_given_name_is_a_demonym_stays(parse) -> None:
    """ "German Gref", Russia's economy minister: no other full name ends in "Gref", so nothing is cut."""
    _, doc = parse("Test\nEconomy minister German Gref said growth would slow. Mr Gref added that prices would rise.\n")
    names = {a.name for a in extract_actors(doc).actors}
    assert "German Gref" in names, names
