"""A body and its outlet are two actors: "BBC" and "BBC News", "Google" and "Google News" or "Google Video", "Sky" and
"Sky News", "Mac" and the magazine "Mac Format" (#15, actors22; the lead's census of one-word short forms).

A one-word organisation joined the one longer name of the article it opens ("Lenovo" into "Lenovo Group", "Delta"
into "Delta Airlines"), so the BBC was listed as "BBC News" and Google as "Google Video". When the words the longer
name adds hold a noun WordNet files first under a message or a visual communication ("News", "Format", "Video"), or a
medium noun beside another word of the name ("BBC Radio Five Live", "Sundance TV Channel"), the longer name is the
body's channel, service or magazine and stays apart (``outlets.names_an_outlet``, ``data/outlet_nouns.txt``). A bare
medium noun is the broadcaster itself as often ("the CBS TV network … CBS was fined"), and a name for the body's kind
("Group", "Airlines") is its full name: both fold as before. BBC corpus: 23 articles changed, 21 right, 2 neutral.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of, people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, body, outlet",
    [
        (
            "The net search giant Google has launched a search service for television. Google News will carry the results,"
            " a Google spokesperson said.",
            "Google",
            "Google News",
        ),
        (
            "MPs have urged the BBC to open its books. Former minister Estelle Morris told BBC News 24 that trust was a problem.",
            "BBC",
            "BBC News",
        ),
        (
            "Sky has signed a deal to broadcast the awards. The ceremony will be shown on Sky News and Sky said it was honoured.",
            "Sky",
            "Sky News",
        ),
        (
            "The Mac sold well, said Ian Harris, deputy editor of UK magazine Mac Format, adding that Apple was pleased.",
            "Mac",
            "Mac Format",
        ),
    ],
)
def test_a_body_and_its_outlet_are_two_actors(parse, text, body, outlet):
    kinds = kinds_of(parse, text)
    assert kinds.get(body) == "organisation" and kinds.get(outlet) == "organisation", kinds


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("The rapper was hurt after a show on the CBS TV network. CBS was fined by regulators.", "CBS TV", "CBS"),
        ("China's number one computer maker Lenovo has bought the unit. Analysts said Lenovo Group would gain.", "Lenovo Group", "Lenovo"),
        ("She was suspended by Delta in September. Her lawyer said Delta Airlines had acted wrongly.", "Delta Airlines", "Delta"),
        (
            "Boeing said orders were up. Scott Carson, president of Boeing Commercial Airplanes, said demand was strong.",
            "Boeing Commercial Airplanes",
            "Boeing",
        ),
    ],
)
def test_a_body_with_its_full_name_stays_one(parse, text, full, short):
    kinds = kinds_of(parse, text)
    assert full in kinds and short not in kinds, kinds


def test_the_outlets_employee_keeps_the_outlet(parse):
    text = "The Mac sold well, said Ian Harris, deputy editor of UK magazine Mac Format, adding that Apple was pleased."
    people = people_of(parse, text)
    assert people["Ian Harris"].affiliation == "Mac Format", people
