"""An organisation's possessive right before a person named in full is that person's employer, band or club, and an
actor (#15, actors16's read of Random(7272): "MSN's Blake Irving"; BBC: "Coldplay's Chris Martin", "Celtic's Henri
Camara", "ABN Amro's Eddie Wong", 25 such owners in 24 articles were no actor).

The title walk took the owner for a word of the person's title and left it out, as it rightly does for a word of an
office ("Home Secretary"); a possessive before a lower-case title already made an employer ("Gartner's principal
analyst"), and now one before a census given name opening a full name does too. A person the article names by the
owner's word ("Thanou said … Thanou's Christos Tzekos") stays a relation between people.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, owner, person",
    [
        ('"We are delighted," said Coldplay\'s Chris Martin after the show.', "Coldplay", "Chris Martin"),
        ('"The market is nervous," said ABN Amro\'s Eddie Wong.', "ABN Amro", "Eddie Wong"),
        ('Sales rose. "We are pleased," the BBC\'s Nick Robinson said on Monday.', "BBC", "Nick Robinson"),
    ],
)
def test_a_body_s_possessive_before_a_full_name_is_an_actor(parse, text, owner, person):
    kinds = kinds_of(parse, text)
    assert kinds.get(owner) == "organisation" and kinds.get(person) == "person", kinds


def test_a_person_s_word_before_a_full_name_stays_a_relation(parse):
    kinds = kinds_of(parse, "Thanou said she was innocent. Thanou's Christos Tzekos denied it.")
    assert kinds.get("Thanou") == "person" and kinds.get("Christos Tzekos") == "person", kinds


@pytest.mark.parametrize(
    "word, opens",
    [("Chris", True), ("Westminster", False)],
)
def test_opens_a_full_name(parse, word, opens):
    from briefgen.extract.actors.person_or_body import _opens_a_full_name

    _, doc = parse(f"Test\nHe met Coldplay's {word} Martin in London on Friday.\n")
    tok = next(t for t in doc if t.text == word)
    assert _opens_a_full_name(tok) is opens
