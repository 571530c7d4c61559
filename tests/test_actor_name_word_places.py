"""A place's name inside a person's name gives nobody a country (#15, actors45).

BBC: "Stanley Gold and Raymond Watson" gave Raymond Watson the Falkland Islands (Stanley, their capital), "Victoria
Hamilton and Kelly Reilly" gave Kelly Reilly the Seychelles, "Michael Douglas' opposite number" gave him the Isle of
Man (6 persons in 6 articles that name none of those places), and "Briton Clive Owen and Natalie Portman" Natalie
Portman the UK. A country that modifies the noun a name hangs from stays the person's, and so does a nationality
after "fellow". The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import people_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("The three directors - Reveta Bowers, Stanley Gold and Raymond Watson - have all since left the company.", "Raymond Watson"),
        ("Pam Ferris, Victoria Hamilton and Kelly Reilly are nominated for best actress.", "Kelly Reilly"),
        ("She played Michael Douglas' opposite number in the romantic comedy.", "Michael Douglas"),
        ("Ray star Jamie Foxx won, while Briton Clive Owen and Natalie Portman won prizes for supporting roles.", "Natalie Portman"),
    ],
)
def test_no_country_from_a_word_of_a_person_s_name(parse, text, person):
    people = people_of(parse, text)
    assert person in people, people
    assert people[person].affiliation is None, people[person]


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        ("The Russian delegation, led by Vladimir Medinsky, arrived in Istanbul.", "Vladimir Medinsky", "Russia"),
        ("Race winner Edith Masai was delighted. Masai's fellow Kenyan Alice Timbilil finished third.", "Edith Masai", "Kenya"),
    ],
)
def test_a_country_the_phrase_names_stays(parse, text, person, country):
    people = people_of(parse, text)
    assert people[person].affiliation == country, people[person]
