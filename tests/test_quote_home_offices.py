"""An office after the name of its club, body or place as a speaker, for the person the text is about (#15, quotes32).

"Manchester United's Alex Ferguson has praised …. “…,” said the Old Trafford boss": an office alone ("the
chancellor") was led back to the person the sentences before are about (:mod:`briefgen.extract.quotes.office_epithets`),
but a proper name before the office kept it as written, with no ``speaker_actor``. On the BBC corpus the walk back
names the right person for every such speaker the office route's guards let through (13 quotations in 9 articles,
and 8 outlook holders). A spokesperson, a person's name before the office, a person titled with another office and
an owner stay as written. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, its speaker, its speaker actor or None)
CASES = [
    (
        "a ground's boss after the manager's name",
        "Ferris hails battling win\nLeeds United's Tom Ferris has praised his side's spirit in the 2-1 win at Bolton.\n"
        '"It was a hard game but we stuck at it," said the Elland Road boss.\n',
        "It was a hard game",
        "the Elland Road boss",
        "Tom Ferris",
    ),
    (
        "a body's chief after a bare name",
        "Schools improve\nJohn Hart has published his annual report on schools in England.\n"
        '"Standards have risen again this year," the Ofsted chief said.\n',
        "Standards have risen",
        "the Ofsted chief",
        "John Hart",
    ),
    (
        "a magazine's editor after a bare name",
        "Column row\nTom Baker has refused to apologise for the article about the city.\n"
        '"I stand by every word of it," the Spectator editor told the BBC.\n',
        "I stand by every word",
        "the Spectator editor",
        "Tom Baker",
    ),
    (
        "a spokesperson speaks for the body, not the person named",
        "Budget\nJohn Fields has criticised the budget.\n" '"The figures do not add up," the Treasury spokesman said.\n',
        "The figures do not",
        "the Treasury spokesman",
        None,
    ),
    (
        "a person's name before the noun says whose supporter",
        "Rally\nBill Christie held a rally in Dover on Monday.\nJane Hill attended with her family.\n"
        '"He is the only one who can win," the Christie supporter said.\n',
        "He is the only one",
        "the Christie supporter",
        None,
    ),
    (
        "a person titled with another office is not the club's boss",
        "Stadium row\nLondon mayor Ken Hale has backed the new stadium plan.\n"
        '"This is a great day for the club," said the Arsenal boss.\n',
        "This is a great day",
        "the Arsenal boss",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker", "actor"), CASES, ids=[c[0] for c in CASES])
def test_an_office_of_a_named_body_is_the_person_named_bare(parse, name, article, words, speaker, actor) -> None:
    assert speaker_actor_of(parse, article, words) == (speaker, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("the Arsenal boss", "boss"),
        ("the Old Trafford boss", "boss"),
        ("the two-time Academy Award winner", "winner"),
        ("the Downing Street spokesman", None),
        ("the Scottish National Party's Holyrood leader", None),
        ("the chancellor", None),
    ],
)
def test_home_office_heads(parse, phrase, head) -> None:
    from briefgen.extract.quotes.home_offices import home_office_head  # new with quotes32: the table above runs on main

    _, doc = parse(f"Headline\n{phrase[0].upper() + phrase[1:]} said nothing.\n")
    start = doc.text.index("\n") + 1
    mention = doc.char_span(start, start + len(phrase))
    found = home_office_head(mention)
    assert (found.text if found is not None else None) == head, mention.text
