"""A role that names a body of several words gives that body as the affiliation, not the one-word body its first
word also names (#15, actors22).

"Paul Reynolds, chief executive of BT Wholesale" had the affiliation "BT", "Reg Carr, director of Oxford University
Library Services" had "Oxford", "Adam Hume, BBC Broadcast's futurologist" had "BBC": the role's words were read one
token at a time, and the first token that is an organisation actor of its own won over the longer name it opens
(BBC corpus: 6 people in 6 articles changed, 5 right; "Microsoft Windows Client product manager" now gives the
product's name). The longest body's form that opens at the token is taken, as :func:`~briefgen.extract.actors.
employers.body_named_in` already takes it for a role with no organisation token.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, person, body",
    [
        (
            'The BBC and BBC Worldwide have won the rights. "It is the future," said Adam Hume, BBC Broadcast\'s futurologist.',
            "Adam Hume",
            "BBC Broadcast",
        ),
        (
            'Apple has settled its dispute with Apple Corps. "We are pleased," said Steve Jobs, the Apple Inc. chief executive.',
            "Steve Jobs",
            "Apple Inc.",
        ),
        (
            'Apple has settled its dispute with Apple Inc. "We are pleased," said Neil Aspinall, the Apple Corps managing director.',
            "Neil Aspinall",
            "Apple Corps",
        ),
        # negative: a role that names the one-word body alone keeps it
        (
            'Apple has settled its dispute with Apple Inc. and Apple Corps. "We are pleased," said Tim Cook, an Apple spokesman.',
            "Tim Cook",
            "Apple",
        ),
    ],
)
def test_the_longest_body_a_role_names_is_the_affiliation(parse, text, person, body):
    people = people_of(parse, text)
    assert people[person].affiliation == body, {n: a.affiliation for n, a in people.items()}
