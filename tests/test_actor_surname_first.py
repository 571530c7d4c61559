"""A surname after an honorific joins the one full name it opens, written surname first (#15, actors21).

"said Wang Yan, an official … Mr Wang said": Chinese, Korean and Malaysian names put the surname first, and an
honorific's word was matched only against the last words of full names, so the person was listed twice (5 BBC
articles: Wang twice, Xie, Khoo, Park). A census given name after an honorific is a surname of someone else
("Mr Howard" beside "Howard Flight" is Michael Howard) and stays apart.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("The fees are unreasonable, said Wang Yan, an official from the city. Mr Wang said the review would end soon.", "Wang Yan", "Wang"),
        ("Tax head Xie Xuren said controls would tighten. Revenue rose, according to Mr Xie.", "Xie Xuren", "Xie"),
        ("The firm is owned by entrepreneur Dr Khoo Kay Peng. It is said that Dr Khoo intends to take it private.", "Khoo Kay Peng", "Khoo"),
    ],
)
def test_a_surname_first_name_joins_its_honorific(parse, text, full, short):
    people = people_of(parse, text)
    assert full in people and short not in people, people


@pytest.mark.parametrize(
    "text, full, short",
    [
        ("Howard Flight resigned on Friday. Mr Howard said the party would choose a new candidate.", "Howard Flight", "Howard"),
    ],
)
def test_a_given_name_after_an_honorific_stays_apart(parse, text, full, short):
    people = people_of(parse, text)
    assert full in people and short in people, people
