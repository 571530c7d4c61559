"""An acronym the article defines in brackets after a common noun for a thing is no actor, wherever it recurs
(#15, the lead's reading of Random(9191): "BSE" from "mad cow disease (BSE)" listed as an organisation; on the BBC
corpus 50 such brackets in 46 articles, none an actor, six of them organisation rows, "UWB" with 10 mentions).

A bracket after a noun for a body or a person, or after a name, defines an actor as before.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, acronym",
    [
        ("Intel is developing ultra-wideband technology (UWB). UWB will link devices. Motorola backs UWB too.", "UWB"),
        ("Imports were banned after a cow was found with mad cow disease (BSE) in the US.", "BSE"),
        ("Capacity rose 6% to 440,700 megawatts (MW), and MW demand grew, said the agency.", "MW"),
        ("Users sent a multimedia message (MMS) to vote. MMS traffic tripled, Vodafone said.", "MMS"),
    ],
)
def test_an_acronym_defined_for_a_thing_is_no_actor(parse, text, acronym):
    assert acronym not in kinds_of(parse, text)


@pytest.mark.parametrize(
    "text, acronym",
    [
        # a body's noun before the bracket
        ("The media regulator (Ofcom) fined the channel. Ofcom said the fine was fair.", "Ofcom"),
        # a name before the bracket
        ("The European Central Bank (ECB) held rates. The ECB will meet again in March.", "European Central Bank"),
    ],
)
def test_an_acronym_defined_for_an_actor_stays(parse, text, acronym):
    assert acronym in kinds_of(parse, text)
