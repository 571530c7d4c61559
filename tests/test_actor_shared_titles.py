"""A plural title before coordinated names is every one's role: "sprinters Costas Kenteris and Katerina Thanou",
"stars Jude Law and Kate Winslet" (#15, the lead's reading of Random(9595): sport/016 gave Thanou no role; on the BBC
corpus 29 such pairs after a plural noun for people). The role is said in the singular; a name that is not
coordinated with the titled one takes nothing from it.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

CASES = [
    ("The verdict on sprinters Costas Kenteris and Katerina Thanou was delayed.", {"Costas Kenteris": "sprinter", "Katerina Thanou": "sprinter"}),
    ("The cast includes actors Bob Hoskins and Brenda Blethyn.", {"Bob Hoskins": "actor", "Brenda Blethyn": "actor"}),
    # not coordinated: the second name is the subject of its own clause
    ("The verdict on sprinter Costas Kenteris was delayed, and Katerina Thanou said she was confident.", {"Costas Kenteris": "sprinter", "Katerina Thanou": None}),
]


@pytest.mark.parametrize(("sentence", "roles"), CASES)
def test_a_plural_title_is_shared(parse, sentence, roles) -> None:
    _, doc = parse(f"Test\n{sentence}\n")
    actors = {a.name: a for a in extract_all(doc).actors}
    for name, role in roles.items():
        if role is None:
            assert not actors[name].roles, actors[name].roles
        else:
            assert role in actors[name].roles, (name, actors[name].roles)
