"""A peer named by rank and title alone is a person, however the tagger read the name (#15, actors20).

"Lord Rennard told reporters", "Lord Browne said", "Baroness Morgan": with no "of <place>" after it
(``test_actor_peerages``), a bare title the tagger left untagged gave no actor at all: 9 peers in 8 BBC articles
(the actors20 held-out read, Random(8484), politics/417). The name word is tested as for a territorial title: an
office or a common thing after the rank ("Lord Chancellor", "Lord Chief Justice", "Lady Luck"), a function word
("Lord of the Rings"), or a work's title are no peer.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of
from briefgen.extract.actors.peerages import peers_without_seat

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person",
    [
        ('"Nobody had any idea that was going to happen," Lord Rennard told reporters at the conference.', "Lord Rennard"),
        ("The oil firm's chief executive Lord Browne said profits would rise again next year.", "Lord Browne"),
        ("Labour peer Lord Haskins warned ministers to stop the squabbling.", "Lord Haskins"),
        ("The party chairman, Baroness Morgan, rejected the claim.", "Baroness Morgan"),
    ],
)
def test_a_bare_peer_is_a_person(parse, text, person):
    kinds = kinds_of(parse, text)
    assert kinds.get(person) == "person", kinds


@pytest.mark.parametrize(
    "text",
    [
        "The Lord Chancellor has defended the plans.",  # an office
        "The Lord Chief Justice ruled on the appeal.",
        "Fans of the Lord of the Rings queued all night.",  # no name
        "Lady Luck was on their side in the final minutes.",  # a common noun
        "Lord Nicholls of Birkenhead, in his ruling, said the law was wrong.",  # the territorial title's own finder
    ],
)
def test_an_office_a_thing_or_a_territorial_title_is_no_bare_peer(parse, text):
    _, doc = parse(f"Test\n{text}\n")
    assert peers_without_seat(doc) == []
