"""A title or apposition shared by several people is each one's role in the singular (#15, the lead's reading of
Random(8585): "Contestants Paul Burrell, Joe Pasquale, Janet Street-Porter and Fran Cosgrave" gave Paul Burrell the
role "Contestants"; the tagger reads that one as a proper noun with no lemma, and it stays; on the BBC corpus 123 roles ended in such a plural head, "senior stars" for Ryan Giggs, "sprinters"
for Kostas Kenteris, "Presidents" for George W Bush). A role with a number or a word of several owners in it keeps
its words, and so does a plural that is not the role's head or not a common noun WordNet knows."""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


def _roles(parse, text: str) -> dict:
    return {name: a.roles for name, a in people_of(parse, text).items()}


@pytest.mark.parametrize(
    "text, person, role",
    [
        ("The Greek sprinters Kostas Kenteris and Katerina Thanou missed the test.", "Kostas Kenteris", "sprinter"),
        ("Hollywood actors Samuel L Jackson and Jude Law were at the premiere.", "Samuel L Jackson", "Hollywood actor"),
        ("Senior stars Ryan Giggs and Gary Neville both played on Sunday.", "Ryan Giggs", "Senior star"),
        ("Presidents George Bush and Bill Clinton met in Washington on Friday.", "George Bush", "President"),
    ],
)
def test_a_shared_plural_role_is_said_in_the_singular(parse, text, person, role):
    assert role in _roles(parse, text).get(person, ()), _roles(parse, text)


@pytest.mark.parametrize(
    "text, person, role",
    [
        # a number in the role: the plural stays
        ("Five other barristers, including Nicholas Blake, resigned on Monday.", "Nicholas Blake", None),
        # a singular role is untouched
        ("Contestant Paul Burrell was told on Saturday.", "Paul Burrell", "Contestant"),
    ],
)
def test_counted_or_singular_roles_keep_their_words(parse, text, person, role):
    roles = _roles(parse, text).get(person, ())
    if role is None:
        assert not any(r.endswith("barrister") for r in roles), roles
    else:
        assert role in roles, roles
