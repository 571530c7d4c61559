"""An outlook holder given by an epithet ("the 27-year-old", "the Slovakian") names the person the report is about
(#13, the lead's reading of Random(9999); on the BBC corpus 15 holders in 15 articles were an age epithet alone).

The holder takes the Quotes section's answer for an epithet speaker (the person the main subjects of the sentences
before are about) and keeps the offsets of its own words; an epithet set beside a name ("Mirza, the first Indian
woman to …"), a phrase after the head ("The winner of that match") and a walk that meets something else stay as
written. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

#: (case, article, the outlook item's first words, the holder's name, the holder's own words)
CASES = [
    (
        "an age epithet after the person's sentence",
        "Sculthorpe named captain\nPaul Sculthorpe has been named the new captain of Great Britain. "
        "The 27-year-old said he will lead the side in the autumn series.\n",
        "The 27-year-old said",
        "Paul Sculthorpe",
        "27-year-old",
    ),
    (
        "an age and a trade",
        "Stone tour\nJoss Stone has won two Brit awards. The 17-year-old singer is hoping to tour in Japan next year.\n",
        "The 17-year-old singer",
        "Joss Stone",
        "17-year-old singer",
    ),
    (
        "a nationality epithet",
        "Hantuchova through\nDaniela Hantuchova beat Anna Smashnova in straight sets on Monday. "
        "The Slovakian will meet Elena Likhovtseva in the second round.\n",
        "The Slovakian will",
        "Daniela Hantuchova",
        "Slovakian",
    ),
    (
        "a phrase after the head says which one",
        "Semi-final\nLleyton Hewitt beat Andy Roddick on Saturday. The winner of that match will face Roger Federer in the final.\n",
        "The winner of that match",
        "winner of that match",
        "winner of that match",
    ),
]


@pytest.mark.parametrize(("name", "article", "words", "holder", "written"), CASES, ids=[c[0] for c in CASES])
def test_an_epithet_holds_for_the_person(parse, name, article, words, holder, written) -> None:
    _, doc = parse(article)
    text = doc.text
    item = next(o for o in extract_all(doc).outlook if o.text.startswith(words))
    assert item.holder is not None, item
    assert item.holder.name == holder, (item.holder, item.text)
    assert text[item.holder.start : item.holder.end] == written
