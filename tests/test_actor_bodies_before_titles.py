"""A body's name run straight into a capitalised title before a person is the person's employer and an actor (#15,
actors42).

The table dropped an organisation whose words all lie in a person's title, and kept the employer only before a
lower-case title noun ("Ford Motor Company CEO" aside): "Refugee Council Chief Executive Maeve Sherlock" (BBC
politics/087, a held-out read's miss), "Home Office Minister Hazel Blears" (politics/092, tech/034). A portfolio's
fields ("Trade and Industry Secretary"), a one-word office ("Shadow"), a seat and a name the tagger cut short stay out.
The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of, people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("But Refugee Council Chief Executive Maeve Sherlock called the plans dangerous.", "Refugee Council", "Maeve Sherlock"),
        ("The bill was defended by Home Office Minister Hazel Blears on Monday.", "Home Office", "Hazel Blears"),
        ("The plan was backed by Medical Research Council Professor Nancy Rothwell on Monday.", "Medical Research Council", "Nancy Rothwell"),
        ("The talks were led by European Commission President Manuel Barroso in Brussels.", "European Commission", "Manuel Barroso"),
    ],
)
def test_a_body_before_a_capitalised_title_is_the_holder_s_employer(parse, text, body, person):
    assert kinds_of(parse, text).get(body) == "organisation", kinds_of(parse, text)
    assert people_of(parse, text)[person].affiliation == body


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Trade and Industry Secretary Patricia Hewitt said the deal was good for workers.", "Industry"),  # a portfolio
        ("Shadow Chancellor Oliver Letwin said the tax would rise.", "Shadow"),  # one word of the office
        ("Derby North MP Bob Laxton said the vote was close.", "Derby North"),  # a seat, no body's noun
        ("US District Court Judge Robert Sweet ruled on Monday.", "District Court"),  # the tagger cut the name short
    ],
)
def test_a_portfolio_a_seat_or_a_cut_name_is_no_body(parse, text, words):
    kinds = kinds_of(parse, text)
    assert not any(name == words or name.endswith(words) for name in kinds if kinds[name] == "organisation"), kinds


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The figures were welcomed. Commission for Racial Equality chairman Trevor Phillips said applications were down.", "Commission for Racial Equality"),
        ("The plan was attacked. Association of Chief Police Officers president Chris Fox said the law was wrong.", "Association of Chief Police Officers"),
    ],
)
def test_an_untagged_body_before_a_lower_case_title_is_an_actor(parse, text, body):
    assert kinds_of(parse, text).get(body) == "organisation", kinds_of(parse, text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The plan was attacked. Former Cabinet minister Clare Short said she would resign.", "Cabinet"),  # a description
        ("The plan was attacked. Former Playschool presenter Floella Benjamin said she would go.", "Playschool"),  # a show
    ],
)
def test_a_description_before_a_lower_case_title_is_no_body(parse, text, words):
    kinds = kinds_of(parse, text)
    assert not any(words in name for name in kinds if kinds[name] == "organisation"), kinds


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        ("The report was published on Monday.\n\nMetropolitan Police Commissioner Sir John Stevens said it was fair.", "Metropolitan Police", "John Stevens"),
        ("The count was a sham, the court heard. Deputy High Court Judge Richard Mawrey said so on Monday.", "High Court", "Richard Mawrey"),
        ("The firm lost its case. Santa Clara County Superior Court Judge James Kleinberg ruled on Friday.", "Santa Clara County Superior Court", "James Kleinberg"),
    ],
)
def test_an_untagged_body_before_a_capitalised_title_is_the_holder_s_employer(parse, text, body, person):
    assert kinds_of(parse, text).get(body) == "organisation", kinds_of(parse, text)
    assert people_of(parse, text)[person].affiliation == body


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The deal was signed. Trade and Industry Secretary Patricia Hewitt said it was good for workers.", "Industry"),  # a portfolio
        ("The case was filed. Virginia State Attorney General Jerry Kilgore said spam was a crime.", "State"),  # a place
    ],
)
def test_an_untagged_portfolio_or_place_before_a_capitalised_title_is_no_body(parse, text, words):
    kinds = kinds_of(parse, text)
    assert not any(name == words or name.endswith(words) for name in kinds if kinds[name] == "organisation"), kinds
