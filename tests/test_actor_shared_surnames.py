"""A given name coordinated with a full name shares its surname: "Robin and Barry Gibb" (#15, lead, twenty-eighth session).

The tagger reads "Robin and Barry Gibb" as "Robin" and "Barry Gibb", and the briefing listed a person called
"Robin" (:mod:`briefgen.extract.actors.shared_surnames`; 5 such rows in 5 BBC articles). Only census given names on
both sides and a two-word full name. Made-up sentences, parsed by the real model.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow

#: (case, text, names that must be people, names that must not be actors)
CASES = [
    (
        "two brothers of a band",
        "Other stars being approached include Robin and Barry Gibb, Jamie Cullum and Chris Rea.",
        ["Robin Gibb", "Barry Gibb"],
        ["Robin"],
    ),
    (
        "twins in a doubles final",
        "The top seeds Mike and Bob Bryan won the doubles title in Sydney on Sunday.",
        ["Mike Bryan", "Bob Bryan"],
        ["Mike"],
    ),
    (
        "a married couple",
        "The economists Jim and Margaret Cuthbert wrote the report for the committee.",
        ["Jim Cuthbert", "Margaret Cuthbert"],
        ["Jim"],
    ),
    (
        "two people named in full keep their own surnames",
        "Tony Blair and Gordon Brown met in Downing Street on Monday.",
        ["Tony Blair", "Gordon Brown"],
        ["Tony Brown"],
    ),
]


@pytest.mark.parametrize(("name", "text", "people", "absent"), CASES, ids=[c[0] for c in CASES])
def test_a_coordinated_given_name_shares_the_surname(parse, name, text, people, absent) -> None:
    kinds = kinds_of(parse, text)
    assert all(kinds.get(p) == "person" for p in people), kinds
    assert not any(a in kinds for a in absent), kinds


@pytest.mark.slow
def test_a_surname_of_the_article_keeps_its_person(parse) -> None:
    text = "Rhys Williams is fit. Kevin Morgan is favourite at full-back, leaving Williams and Hal Luscombe to battle for the wing."
    kinds = kinds_of(parse, text)
    assert "Williams Luscombe" not in kinds and kinds.get("Hal Luscombe") == "person", kinds
