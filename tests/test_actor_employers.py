"""A person's affiliation is the organisation of the article that their role names, or that follows their name
(#15, the lead's reading of Random(8585): "Wallace Cheung, an analyst at DBS Vickers" and "Zara Hyde Peters of UK
Athletics" had none; on the BBC corpus 698 of 1,179 people whose role named an organisation actor had none).

The body must be an actor of the same article, matched by the words the article names it with (a short form, a
body of several words, a club the tagger left untagged in that sentence). A country or national title keeps the
affiliation it gave; a role that names no body, or a body that is not an actor, gives none.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


def _affiliations(parse, text: str) -> dict:
    return {name: a.affiliation for name, a in people_of(parse, text).items()}


@pytest.mark.parametrize(
    "text, person, body",
    [
        # a body of several words in an appositive role
        ('"Rivals could bid," said Wallace Cheung, an analyst at DBS Vickers.', "Wallace Cheung", "DBS Vickers"),
        ('"It was a respectable report," said Michael Moran, analyst at Daiwa Securities.', "Michael Moran", "Daiwa Securities"),
        # a short form the article gives in brackets
        (
            "The Council of Mortgage Lenders (CML) published figures. Prices fell, CML deputy director Peter Williams said.",
            "Peter Williams",
            "Council of Mortgage Lenders",
        ),
        # a body named after the person's name
        ('"Paula would be an asset," said Zara Hyde Peters of UK Athletics.', "Zara Hyde Peters", "UK Athletics"),
        ('"Growth is slowing," said David Page, of Investec Securities, on Monday.', "David Page", "Investec Securities"),
        # a club the article names as an actor, before a title
        (
            'Chelsea have signed a new striker. "He will score goals," said Chelsea boss Jose Mourinho.',
            "Jose Mourinho",
            "Chelsea",
        ),
    ],
)
def test_the_body_a_role_names_is_the_affiliation(parse, text, person, body):
    assert _affiliations(parse, text).get(person) == body


@pytest.mark.parametrize(
    "text, person, affiliation",
    [
        # no body named: nothing to give
        ('"We will win," said Wallace Cheung, a keen analyst.', "Wallace Cheung", None),
        # a national title keeps its country
        ("Home Secretary Charles Clarke met Home Office staff on Monday.", "Charles Clarke", "United Kingdom"),
        # "of" followed by a place, not a body of the article
        ('"It is cold," said Anna Smith of northern Sweden.', "Anna Smith", None),
    ],
)
def test_no_body_or_a_country_first(parse, text, person, affiliation):
    assert _affiliations(parse, text).get(person) == affiliation
