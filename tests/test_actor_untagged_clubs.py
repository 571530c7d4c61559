"""A club left untagged before its staff's post and the holder's name is an actor (#15, actors25).

"Everton defender David Weir has played down talk of Europe" gave David Weir the role "Everton defender" and no
Everton (read 9898, sport/256). One untagged capitalised proper noun right before a lower-case club post ("boss",
"defender", "lock") right before a tagged person is the person's club or firm; a common noun ("Committee chairman"),
a party's name and the last word of a longer name ("Manchester City boss") are not. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, club, person",
    [
        ("Everton defender David Weir has played down talk of Europe.", "Everton", "David Weir"),
        ("Middlesbrough boss Steve McClaren hopes to win the cup.", "Middlesbrough", "Steve McClaren"),
        ("Ulster wing Tommy Bowe could start on the wing, said coach Mark McCall.", "Ulster", "Tommy Bowe"),
    ],
)
def test_an_untagged_club_before_its_staff_is_an_actor(parse, text, club, person):
    kinds = kinds_of(parse, text)
    assert kinds.get(club) == "organisation", kinds
    assert kinds.get(person) == "person", kinds


@pytest.mark.parametrize(
    "text, word",
    [
        ("Committee chairman Michael Jack said it was fine.", "Committee"),
        ("Assistant coach Roy Aitken will stay, the club said.", "Assistant"),
        ("West Ham boss Alan Pardew was happy with the draw.", "Ham"),
    ],
)
def test_a_common_noun_before_a_post_is_no_club(parse, text, word):
    kinds = kinds_of(parse, text)
    assert not any(word in name for name in kinds), kinds
