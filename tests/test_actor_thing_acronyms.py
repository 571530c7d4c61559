"""An acronym the article defines in brackets after a common noun for a thing is no actor, wherever it recurs
(#15, the lead's reading of Random(9191): "BSE" from "mad cow disease (BSE)" listed as an organisation; on the BBC
corpus 50 such brackets in 46 articles, none an actor, six of them organisation rows, "UWB" with 10 mentions).

A bracket after a noun for a body or a person, or after a name, defines an actor as before. actors38: the same noun
set before the acronym as its title ("the banned steroid THG", "the starting XV"; BBC corpus: 8 rows in 8 articles,
all things) names no actor either, unless the acronym acts.
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


@pytest.mark.parametrize(
    "text, acronym",
    [
        # a common noun for a thing set before the acronym as its title (actors38: "the banned steroid THG" in four BBC
        # articles and the read Random(11010), sport/045; "the starting XV" twice)
        ("The sprinter tested positive for the banned steroid THG last year. He denies taking THG.", "THG"),
        ("Scientists found the designer steroid THG in samples. Athletes who took THG were banned.", "THG"),
        ("Wilkinson will not be in the starting XV for the game against Wales on Saturday.", "XV"),
    ],
)
def test_an_acronym_a_thing_s_noun_names_is_no_actor(parse, text, acronym):
    assert acronym not in kinds_of(parse, text)


@pytest.mark.parametrize(
    "text, acronym",
    [
        # a body's own noun before it, or a body that acts
        ("The carmaker GM said it would cut 5,000 jobs.", "GM"),
        ("The broadcaster BBC said the show would return.", "BBC"),
        ("The search engine MSN said it would show fewer adverts.", "MSN"),
    ],
)
def test_an_acronym_titled_as_a_body_or_acting_stays(parse, text, acronym):
    assert acronym in kinds_of(parse, text)
