"""A one-word capital that is a word of a person's full name in the article is that person (#15, the lead's reading
of Random(9595): "Michael Douglas … Douglas added" listed the Isle of Man, which the article never names, and made it
his co-star's affiliation; "David and Victoria Beckham … Victoria's career" the Seychelles).

The city stays a place or its state where no person of that name is in the article. Made-up articles, parsed by
the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

#: (case, article, a name that must be no actor, the person who holds the word, or None)
CASES = [
    (
        "a surname that is a capital",
        "Film plan\nActor Michael Douglas is to star in an adventure film set in India. "
        "Douglas added that it had been inspired by a newspaper article. "
        "Douglas's female co-star Kathleen Turner won a Golden Globe for her performance.\n",
        "Isle of Man",
        "Michael Douglas",
    ),
    (
        "a given name that is a capital",
        "Chart list\nThe list features Will Young and Victoria Beckham. "
        "Victoria's career has slowed since her last single.\n",
        "Seychelles",
        "Victoria Beckham",
    ),
]


@pytest.mark.parametrize(("name", "article", "not_actor", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_capital_in_a_full_name_is_the_person(parse, name, article, not_actor, person) -> None:
    _, doc = parse(article)
    actors = extract_all(doc).actors
    names = {a.name for a in actors}
    assert not_actor not in names, names
    assert all(a.affiliation != not_actor for a in actors), [(a.name, a.affiliation) for a in actors]
    assert person in names


@pytest.mark.parametrize(
    ("article", "country"),
    [
        ("Talks\nThe president flew to Moscow for talks. Moscow said the talks had gone well.\n", "Russia"),
        ("Talks\nMichael Douglas met the minister. Paris said the visit had gone well.\n", "France"),
        # a first word that is no given name: "Baghdad" of the film "Baghdad Blogger" is no one's name
        ("Films\nSalam Pax made Baghdad Blogger on a hand-held camera. Baghdad said the film was a fake.\n", "Iraq"),
    ],
)
def test_a_capital_with_no_such_person_is_its_state(parse, article, country) -> None:
    _, doc = parse(article)
    assert country in {a.name for a in extract_all(doc).actors}


def test_full_name_words_are_surnames_and_given_names() -> None:
    from briefgen.extract.actors.places import full_name_words

    words = full_name_words(["Michael Douglas", "Victoria Beckham", "Baghdad Blogger", "Madonna"])
    assert words == {"michael", "douglas", "victoria", "beckham", "blogger"}
