"""A quotation opened and never closed ends, for outlook, where the Quotes section ends it (#13, the lead's reading
of Random(9191): after Moya's unclosed 'confirmed afterwards: "I'm donating …', outlook took the rest of the
paragraph as quoted and lost three reported futures in the writer's own words; on the BBC corpus 4 items in 2
articles, all right).

With no quotation found there, or one that runs on, the words stay quoted to the paragraph's end as before: a
speaker's "we will" is never outlook.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all
from briefgen.extract.outlook.extractor import QuotedText

pytestmark = pytest.mark.slow

CASES = [
    # the quotation ends with its sentence: the writer's reported future after it is outlook
    (
        'Moya gives prize\nMoya confirmed afterwards: "I am donating my prize money to the victims, hoping it helps. '
        "His gift follows pledges by four other players. The ATP has announced that it would contribute the fee to Unicef.\n",
        ["The ATP has announced that it would contribute the fee to Unicef."],
    ),
    # the Quotes section finds no quotation in the unclosed run: quoted to the paragraph's end
    ('Coach confident\nThe coach said: "We will win the cup next season. We will beat every team in the league.\nThe club was founded in 1880.\n', []),
    # the quotation runs over both sentences: both are quoted words
    ('Coach confident\nThe coach was upbeat. "We will win the cup next season. We will beat every team in the league, said coach Ken Ross.\n', []),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_outlook_after_an_unclosed_quotation(parse, text, expected):
    _, doc = parse(text)
    assert [item.text for item in extract_all(doc).outlook] == expected


def test_quoted_text_ends_an_unclosed_quote_where_the_quotation_ends(parse):
    text = 'Test\nHe said: "We are glad. The firm said it would pay.\n'
    _, doc = parse(text)
    mark = text.index('"')
    glad = text.index("glad.") + len("glad.")
    pay = text.index("would pay")
    assert pay in QuotedText(doc)  # no quotation given: to the paragraph's end
    quoted = QuotedText(doc, quotations=[(mark + 1, glad - 1)])
    assert mark + 1 in quoted and glad - 1 in quoted
    assert pay not in quoted
