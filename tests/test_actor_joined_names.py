"""Two names the tagger ran into one at their "and" are two actors where the article names one alone (#15, actors25).

"the support from Vivendi and Electronic Arts" (read 9898) listed one organisation "Vivendi and Electronic Arts"
beside Vivendi; "Bryson and Thompson" an organisation beside the two players. One name holds an "and" as often
("Procter & Gamble", "Department of Trade and Industry", "Bethnal Green and Bow", "David Rubin & Partners"): it
stays whole unless a half is named alone, the halves are shaped like names, the second is no common noun and the two
are not both places. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, joined, halves",
    [
        (
            "Vivendi said it would back the format. But the support from Vivendi and Electronics Arts is a big boost "
            "to Blu-ray, said Richard Doherty.",
            "Vivendi and Electronics Arts",
            ["Vivendi"],
        ),
        (
            "Chris Bryson and Dean Thompson were both injured. The absence of Bryson and Thompson was felt, manager Steve "
            "Bruce said.",
            "Bryson and Thompson",
            ["Chris Bryson", "Dean Thompson"],
        ),
    ],
)
def test_two_joined_names_are_two(parse, text, joined, halves):
    kinds = kinds_of(parse, text)
    assert joined not in kinds, kinds
    assert all(half in kinds for half in halves), kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Procter & Gamble said profits rose, and chief executive AG Lafley was pleased.", "Procter & Gamble"),
        ("The Department of Trade and Industry said exports rose, and the Department agreed.", "Department of Trade and Industry"),
        ("David Rubin & Partners said the deal was done, and David Rubin agreed.", "David Rubin & Partners"),
    ],
)
def test_one_name_with_an_and_stays_whole(parse, text, name):
    kinds = kinds_of(parse, text)
    assert name in kinds, kinds
