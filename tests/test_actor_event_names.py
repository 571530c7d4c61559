"""A name the tagger stopped before a lower-case event noun is the event's, no actor (#15, actors25).

"a Futures event", "the World Junior Tennis event", "the Sydney International tournament", "the MacWorld conference",
"the Home International series": the noun after the name says it is a contest, a gathering or a series, as "award"
says a prize. A body that holds events is named before such a noun too ("a BMW event", "the BBC series", "the
European Sports Journalists Association awards", "the Tory Party conference"), and keeps its row when it is an
acronym, holds a body's noun, is a party or a club, or acts elsewhere in the article. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, event, actor",
    [
        (
            "Murray was named young player of the year after winning a Futures event in Italy, said coach Leon Smith.",
            "Futures",
            "Leon Smith",
        ),
        (
            "The under 14 boys won the prize for their victory at the World Junior Tennis event in August, "
            "said Jane Walker.",
            "World Junior Tennis",
            "Jane Walker",
        ),
        ("Apple chief Steve Jobs will speak a week before the MacWorld conference in San Francisco.", "MacWorld", "Steve Jobs"),
        (
            "Mark Philippoussis lost in the first round of January's Sydney International tournament, his coach Peter "
            "McNamara said.",
            "Sydney International",
            "Peter McNamara",
        ),
        ("Chief executive Sam Mills called for the reinstatement of the Home Nations series.", "Home Nations", "Sam Mills"),
    ],
)
def test_a_name_before_an_event_noun_is_no_actor(parse, text, event, actor):
    kinds = kinds_of(parse, text)
    assert any(actor in name for name in kinds), kinds
    assert not any(event in name for name in kinds), kinds


@pytest.mark.parametrize(
    "text, name, kind",
    [
        ("Speaking at a BMW event in Munich, Helmut Panke said sales would rise.", "BMW", "organisation"),
        (
            "Jones was voted sportsman of the year at the European Sports Journalists Association awards, his agent said.",
            "European Sports Journalists Association",
            "organisation",
        ),
        (
            "Apex Software said profits rose. Its boss Jim Ward spoke at the Apex Software conference in Boston.",
            "Apex Software",
            "organisation",
        ),
    ],
)
def test_a_holder_named_before_an_event_noun_stays(parse, text, name, kind):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == kind, kinds
