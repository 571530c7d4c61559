"""The name a person's post is held at or for is a body in every mention (#15, actors29).

Read 9494 (tech/299): "security expert at Energis" left the firm untagged and "Energis also did its own
intelligence work" typed it a person; read 9898 (tech/155): "chief technology officer for Vivendi Universal" listed
the firm as a person. A post is held at a body: a singular noun for a person, then "at" or "for", then a name with no
given name and no honorific first. A prize's category ("best actor for Cheadle"), someone's own spokesman ("a
spokesman for Michael Howard") and a region's portfolio ("director general for Europe") are left alone. The
sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("Malcolm Reed, a security expert at Energis, said attacks were rising. He said Energis also did its own work.", "Energis"),
        ("Anne Ross, a spokeswoman for Crossrail, said the bill was ready. Crossrail would link the east and west.", "Crossrail"),
        ("Ross Lane, vice president of business development for Gracenote, said it worked. Gracenote runs a database.", "Gracenote"),
        ("Mark Hale, chief technology officer for Vivendi Universal, said so. Vivendi Universal will back the disc.", "Vivendi Universal"),
    ],
)
def test_a_post_s_employer_is_a_body(parse, text, name):
    assert kinds_of(parse, text).get(name) == "organisation", kinds_of(parse, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("A spokesman for Michael Howard said the views differed. Michael Howard did not comment.", "Michael Howard"),
        ("Javier Solana, director general for Europe, said the talks went well.", "Javier Solana"),
        ("Ann Hart, a lawyer for Mr Begg, said she was shocked. Mr Begg was released on Tuesday.", "Begg"),
    ],
)
def test_a_person_after_a_post_stays_a_person(parse, text, name):
    assert kinds_of(parse, text).get(name) == "person", kinds_of(parse, text)


def test_a_prize_s_category_names_no_employer(parse):
    kinds = kinds_of(parse, "The film won best actor for Don Cheadle. Cheadle was not at the ceremony.")
    assert kinds.get("Don Cheadle", "person") == "person" and kinds.get("Cheadle", "person") == "person", kinds
