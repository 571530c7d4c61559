"""Two titles joined before a name: the name speaks, not the first title (#15, quotes24).

"said Nortel president and chief executive Bill Owens", "said BIFA founder and director Elliot Grove": the small
parser reads the name as the conjunct of the first title, so the speaker came out as "Nortel president" and "BIFA
founder" (4 BBC quotations in 2 articles). The name after "and" and a second title is the speaker
(:func:`briefgen.extract.quotes.joined_titles.name_after_joined_titles`); two people or a title with no name after
it are left as parsed. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

#: (case, article, the quotation's first words, its speaker, or "!" and a name it must not be)
CASES = [
    (
        "a company's president and chief executive",
        'Nortel results\nThe firm restated its accounts on Monday. "The restatement has been a monumental task," said '
        "Nortel president and chief executive Bill Owens.\n",
        "The restatement",
        "Bill Owens",
    ),
    (
        "a founder and director",
        'Film awards\nThe nominations were announced on Monday. "This year\'s nominees reflect the growing strength of '
        'the industry," said BIFA founder and director Elliot Grove.\n',
        "This year's nominees",
        "Elliot Grove",
    ),
    (
        "a title with no name after it stays",
        'Big Brother\nThe show returns next week. The feminist writer and broadcaster said the show had been "a '
        'disgrace".\n',
        "a disgrace",
        "The feminist writer",
    ),
    (
        "a second person with an owner is someone else",
        'Strike\nThe union met on Monday. "We will not give in," said union leader Bob Crow and his deputy Mary '
        "Smith.\n",
        "We will not",
        "!Mary Smith",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_the_name_after_joined_titles_speaks(parse, name, article, words, speaker) -> None:
    quote = next(q for q in extract_all(parse(article)[1]).quotes if q.text.startswith(words))
    if speaker.startswith("!"):
        assert quote.speaker != speaker[1:]
    else:
        assert quote.speaker == speaker
