"""A capitalised "Lord" or "Lady" before a noun for a person opens the name of an office — "the Lord Chancellor Lord
Falconer", "the Lord Chief Justice, Lord Woolf" — not a peer's honorific (#15, the lead's reading of Random(9595):
politics/119 gave the role "Chancellor"; on the BBC corpus "Lord Chancellor" before a peer's name 5 times in 4
articles). A peer's own "Lord" before his name is still no word of his role. Left: an office set off by commas
before the name ("the then Lord Chancellor, Lord Irvine,") gives no role at all, a construction of its own.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

CASES = [
    ("Paying tribute, the Lord Chancellor Lord Falconer said he was a great judge.", "Lord Falconer", "Lord Chancellor"),
    ("The Lord Chief Justice Lord Woolf said the sentence was too short.", "Lord Woolf", "Lord Chief Justice"),
    ("Senior law lord Lord Bingham said the detentions were unlawful.", "Lord Bingham", "law lord"),
    ("BP chief executive Lord Browne said oil prices would stay high.", "Lord Browne", "BP chief executive"),
]


@pytest.mark.parametrize(("sentence", "person", "role"), CASES)
def test_lord_opens_an_office(parse, sentence, person, role) -> None:
    _, doc = parse(f"Test\n{sentence}\n")
    actor = next(a for a in extract_all(doc).actors if a.name == person)
    assert any(r.endswith(role) for r in actor.roles), actor.roles
    assert all(not r.startswith("Lord Lord") for r in actor.roles)
