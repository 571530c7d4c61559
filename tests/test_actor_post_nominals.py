"""Post-nominal letters are no part of a person's name: "Guy Mansfield QC" is the person Guy Mansfield (#15).

The tagger runs "QC", "MP" or "OBE" into the name and calls "Guy Mansfield QC" an organisation; the person then
stands apart from "Mr Mansfield" (BBC corpus: 17 such names in 15 articles, 6 typed organisations). Made-up
articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

#: (case, body, name that must be a person, names that must not be actors, a role the person must keep or None)
CASES = [
    ("counsel's rank after a full name", "But the chairman of the Bar Council, Guy Mansfield QC, said the plan was unfair.",
     "Guy Mansfield", ["Guy Mansfield QC"], None),
    ("the rank does not keep the surname apart", "Ian MacDonald QC quit on Friday. Mr MacDonald said he disagreed with the law.",
     "Ian MacDonald", ["Ian MacDonald QC", "MacDonald"], None),
    ("the title before the name stays the person's", "Judge Charles Harris QC made his remarks as he sentenced the man.",
     "Charles Harris", ["Charles Harris QC"], "Judge"),
    ("an honour after a donor's name", "The donors included refrigerator magnate William Haughey OBE, who gave £330,000.",
     "William Haughey", ["William Haughey OBE"], None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "person", "absent", "role"), CASES, ids=[c[0] for c in CASES])
def test_post_nominal_letters_leave_the_name(parse, name, body, person, absent, role) -> None:
    _, doc = parse(f"Test\n{body}\n")
    actors = {a.name: a for a in extract_actors(doc).actors}
    assert person in actors and actors[person].kind == "person", sorted(actors)
    for gone in absent:
        assert gone not in actors, sorted(actors)
    if role is not None:
        assert role in actors[person].roles, actors[person]


@pytest.mark.slow
def test_a_seat_before_mp_is_no_person_s_name(parse) -> None:
    """ "the Bolton West MP": no given name opens it, so no person is made of it."""
    _, doc = parse("Test\nThe Bolton West MP said the plan would fail.\n")
    assert all(a.name != "Bolton West" or a.kind != "person" for a in extract_actors(doc).actors)
