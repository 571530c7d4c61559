"""An epithet with a place's or a club's name ("the Galway man", "the Sale player") is the person the report is about (#15).

"Sean Doyle hopes to race again …. “My leg hurt …,” says the Galway man": a home name before a
player's, a performer's or an adult's noun says where the person is from or plays, like a nationality, and refers back
by the main subjects of the sentences before it; before an office ("the Downing Street spokesman", "the Arsenal boss")
it is no epithet (an office is :mod:`briefgen.extract.quotes.home_offices`' since quotes32, and a spokesperson's
noun stays as written). A nationality the tagger read as a name ("The 24-year-old Scot
came fifth") is another epithet on the way back, not the person. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.extract.quotes.epithets import bare_epithet


#: (case, article, the quotation's first words, the person its speaker stands for, or None)
CASES = [
    (
        "a town's man",
        "Walker recovers\nSean Doyle hopes to race again next spring. "
        'He talks about the crash calmly. "My leg hurt badly for weeks," says the Galway man.\n',
        "My leg hurt",
        "Sean Doyle",
    ),
    (
        "a club's player",
        "Hale stays\nMarco Hale has signed a new contract with Leeds. "
        'He joined the club in 2001. "I am very happy to be here," said the Sale player.\n',
        "I am very happy",
        "Marco Hale",
    ),
    (
        "a band's singer",
        "Singer quits show\nRob Farrell has said he will make no more television. "
        '"I never wanted cameras in my kitchen," the Black Sabbath singer told a magazine.\n',
        "I never wanted",
        "Rob Farrell",
    ),
    (
        "a nationality tagged as a name on the way back",
        "Fraser starts well\nEwan Fraser is confident of a medal in March. "
        'The 24-year-old Scot came fifth in the 200m in Ghent. "I learned a lot tonight," said the East Kilbride athlete.\n',
        "I learned a lot",
        "Ewan Fraser",
    ),
    (
        "a place's spokesman",
        "Tax row grows\nJohn Fields has criticised the plan. "
        'He wrote to every MP on Monday. "We will not raise taxes," the Downing Street spokesman said.\n',
        "We will not raise",
        None,
    ),
    (
        "a town's man after a sentence about a body",
        "Walker recovers\nSean Doyle hopes to race again next spring. "
        'The council has paid for his treatment. "My leg hurt badly for weeks," says the Galway man.\n',
        "My leg hurt",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_home_epithet_refers_back(parse, name, article, words, person) -> None:
    quote = next(q for q in extract_quotes(parse(article)[1]) if q.text.startswith(words))
    actor = quote.speaker_actor.name if quote.speaker_actor else None
    if person is None:
        assert actor is None, (quote.speaker, actor)
    else:
        assert actor == person, (quote.speaker, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "epithet"),
    [
        ("the Galway man", True),
        ("the Liverpool player", True),
        ("the Tottenham striker", True),
        ("the Newport-based athlete", True),
        ("the Downing Street spokesman", False),
        ("the Arsenal boss", False),
        ("the Tory leader", False),
    ],
)
def test_home_epithet_heads(parse, phrase, epithet) -> None:
    _, doc = parse(f"Headline\n{phrase[0].upper() + phrase[1:]} said nothing.\n")
    start = doc.text.index("\n") + 1
    mention = doc.char_span(start, start + len(phrase))
    assert (bare_epithet(mention) is not None) is epithet, mention.text
