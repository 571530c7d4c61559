"""The employer after a person's post and "at"/"for" is a body, wherever the tagger left it (#15, actors40).

``post_employers`` (actors29) only retyped an employer the tagger had typed a person or a place, in title case, right
after the post; one left untagged, typed a building or a nationality, in mixed case, or after the post's own
complement ("director of public affairs at …") stayed out of the table (the reads' CompTIA, Ask Jeeves, Mindark,
OptInRealBig; BBC corpus: 12 rows in 12 articles). The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of, people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "person", "employer"),
    [
        ('"Sales will slow," said Luc Martin, an economist at Natixis Banques Regionales.', "Luc Martin", "Natixis Banques Regionales"),
        ("Jo King, director of public affairs at Third Path, a think tank, said the poll was close.", "Jo King", "Third Path"),
        ("Amy Wood, deputy labs editor at PC Pro, said the machine was good value.", "Amy Wood", "PC Pro"),
        ("Dan Pike, portal director at Tiscali, said the web could not be policed.", "Dan Pike", "Tiscali"),
        ('"The litigation was costly," said Sam Reed, legal counsel for MailBlasterPro.', "Sam Reed", "MailBlasterPro"),
    ],
)
def test_a_post_s_employer_is_a_body(parse, text, person, employer):
    kinds = kinds_of(parse, text)
    assert kinds.get(employer) == "organisation", kinds
    assert people_of(parse, text)[person].affiliation == employer


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The film was nominated for best actor for Redfield.", "Redfield"),  # a prize's category
        ("A spokesman for Mrs. Hale said she would not stand again.", "Hale"),  # someone's own spokesman
        ("Mary Stone, a lawyer for Mr Begg, said he would appeal.", "Begg"),
        ("Bill Gates, the richest man and a regular at Davos, will speak on Friday.", "Davos"),  # a place
        ("Her single is a finalist for Billboard 200 album of the year.", "Billboard"),  # a chart
        ('"We lost," said Jim Lee, director of football at White Hart Lane.', "White Hart Lane"),  # a ground
    ],
)
def test_no_body_after_a_prize_a_person_a_place_a_chart_or_a_ground(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) != "organisation", kinds
