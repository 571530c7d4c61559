"""A name before a spokesperson and their name is the body they speak for (#15, lead, twenty-eighth session).

"William Hill spokesman Rupert Adams": the tagger reads the bookmaker's two words as a given name and a surname,
and the briefing listed William Hill as a person; "Yukos spokesman Mike Lake", "Apacs spokeswoman Jemma Smith"
likewise. A spokesperson speaks for a body (:mod:`briefgen.extract.actors.spokespeople`); a person's own
spokesman is an owner's ("Mr Blair's spokesman"), and a party stays the party rules'. Made-up sentences, parsed
by the real model.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow

#: (case, text, name, its kind in the actor table)
CASES = [
    (
        "a bookmaker named like a person",
        '"The money has poured in for him," said William Hill spokesman Rupert Adams on Monday.',
        "William Hill",
        "organisation",
    ),
    (
        "a bookmaker named like a person, named again",
        "William Hill spokesman Rupert Adams said the odds had shortened. Punters at William Hill backed the film.",
        "William Hill",
        "organisation",
    ),
    (
        "the spokesperson keeps the person",
        '"The money has poured in for him," said William Hill spokesman Rupert Adams on Monday.',
        "Rupert Adams",
        "person",
    ),
    (
        "an owner's spokesman is a person's",
        "Tony Blair's spokesman Tom Kelly said the prime minister would not comment.",
        "Tony Blair",
        "person",
    ),
]


@pytest.mark.parametrize(("name", "text", "actor", "kind"), CASES, ids=[c[0] for c in CASES])
def test_a_spokespersons_employer_is_a_body(parse, name, text, actor, kind) -> None:
    assert kinds_of(parse, text).get(actor) == kind
