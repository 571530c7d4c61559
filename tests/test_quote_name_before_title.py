"""A title the parse made the subject gives way to the person named right before it and a comma (#15, quotes24).

"Rhodri Glyn Thomas, Plaid Cymru health spokesman said: …", "Blake Lee-Harwood, campaigns director at Greenpeace in
the UK, said", "Mr Prettejohn, Lloyd's chief executive said", "Theresa May, Tory shadow work and pensions secretary,
said": the small parser hangs the name off the title and makes the title the speaker, so the quotation went to
"Plaid Cymru health spokesman", "Tory shadow work" (6 BBC quotations in 6 articles; politics/121 of read 7171). The
name is the speaker (:func:`briefgen.extract.quotes.name_before_title.name_before_title`); a name governed by a
preposition, a title that names no person, and a subject the parse got right are left alone. Made-up articles,
parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

#: (case, article, the quotation's first words, its speaker, or "!" and a name it must not be)
CASES = [
    (
        "a tagged name before a title with no closing comma",
        'Health targets\nThe minister set a new target on Monday. Rhodri Glyn Thomas, Plaid Cymru health spokesman '
        'said: "It is exactly the same target she set in 1999."\n',
        "It is exactly",
        "Glyn Thomas",
    ),
    (
        "a long title closed by a comma",
        'Green report\nThe survey was published on Monday. Blake Lee-Harwood, campaigns director at Greenpeace in the '
        'UK, said: "It is fairly meaningless to talk about your direction."\n',
        "It is fairly",
        "Blake Lee-Harwood",
    ),
    (
        "an honorific and an untagged surname",
        'Insurers\nThe watchdog took over the market last year. "They should seize the moment," Mr Prettejohn, '
        "Lloyd's chief executive said.\n",
        "They should seize",
        "Prettejohn",
    ),
    (
        "a given name before an untagged surname, the title's head joined",
        'Child support\nThe agency has been criticised. Theresa May, Tory shadow work and pensions secretary, said: "We '
        'have got to find a way to pay the people."\n',
        "We have got",
        "Theresa May",
    ),
    (
        "a name the title's preposition governs is someone else",
        "Drug letter\nThe firm published the letter on Monday. In a letter from chief executive Sidney Taurel, the "
        'company says the article was "misleading".\n',
        "misleading",
        "the company",
    ),
    (
        "a title that names no person",
        "Game politics\nThe researcher made a game for a political party in Uruguay, Cambiemos, an online puzzle game "
        'that said: "It is up to us to explore what we can learn."\n',
        "It is up to us",
        "!Cambiemos",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_the_name_before_a_title_speaks(parse, name, article, words, speaker) -> None:
    quote = next(q for q in extract_all(parse(article)[1]).quotes if q.text.startswith(words))
    if speaker.startswith("!"):
        assert quote.speaker != speaker[1:]
    else:
        assert quote.speaker == speaker
