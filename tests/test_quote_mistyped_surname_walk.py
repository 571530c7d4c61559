"""An epithet's walk back takes a surname the tagger typed a body or a place, as the pronoun look-back does (#15, quotes22).

"“I have acted correctly,” said the 27-year-old Austrian" refers back by the main subjects of the sentences
before it (:func:`briefgen.extract.quotes.epithets.described_person_actor`). The small model types a lone
surname a body now and then ("Koubek believes an injection …", "Campbell agreed receiving the honour …", both
ORG), and the walk stopped there as at a sentence about something else, though the article names the person in
full and the actor table holds the word as that person: 5 BBC quotations in 3 articles had no actor. A name the
table holds as a body (a club the tagger once called a person) still ends the walk. Made-up articles, parsed by
the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, the person its speaker stands for, or None)
CASES = [
    (
        "a surname typed a body, after the full name",
        "Koubek banned\nStefan Koubek says he has been banned for three months after testing positive for a banned "
        "substance. Koubek believes an injection given to him by an Austrian doctor to treat a wrist injury is to "
        'blame. "I have acted correctly," said the 27-year-old Austrian.\n',
        "I have acted",
        "Stefan Koubek",
    ),
    (
        "a surname typed a body, before a home-named epithet",
        "Campbell honoured\nDarren Campbell has been made an MBE in the New Year honours list. Campbell agreed "
        "receiving the honour capped off what has been a difficult year for the sprinter. "
        '"I think the award is important," said the Newport-based athlete.\n',
        "I think the award",
        "Darren Campbell",
    ),
    (
        "a club the table holds as a body ends the walk",
        "Hale signs\nTom Hale joined Chelsea from Leeds in May. Chelsea beat Arsenal 2-0 on Sunday. "
        '"I am very happy here," said the 22-year-old.\n',
        "I am very happy",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "person"), CASES, ids=[c[0] for c in CASES])
def test_an_epithet_walks_back_past_a_mistyped_surname(parse, name, article, words, person) -> None:
    speaker, actor = speaker_actor_of(parse, article, words)
    assert actor == person, (speaker, actor)
