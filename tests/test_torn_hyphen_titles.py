"""A title the tokenizer tore at its hyphen ("co-ordinator", "vice-director", "co-chairman") is not its own subject
(#15 and #13; the lead's reading of Random(8585), politics/296's outlook showing "-" as who holds the view).

spaCy splits a hyphen between letters, and the small parser then hangs a piece of the word ("co", "vice", the
hyphen itself) from the verb as a subject beside the name: the quotation went to "co" or "SEPA vice" and the
outlook's holder was "-" (6 items in 5 BBC articles, all six right after the change). A piece of the word is taken
only where no whole word is there, and then the phrase is the whole word ("its co-chairman"). Made-up articles,
parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook, extract_quotes
from briefgen.extract.docview import torn_word_part

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        (
            'The campaign wants an elected chamber. "We believe this draft bill is detailed enough," said co-ordinator '
            "Peter Facey.",
            "We believe",
            "Peter Facey",
        ),
        (
            'The agency halted 26 projects. "Construction has started without approval," said SEPA vice-director Pan Yue, '
            "in a statement.",
            "Construction has",
            "Pan Yue",
        ),
        # only a piece of the word is there: the title stays the speaker
        (
            'Smith was picked for the squad. "This is a genuine honour," said the Gloucester fly-half.',
            "This is",
            "the Gloucester fly-half",
        ),
    ],
)
def test_a_torn_title_does_not_take_the_quotation(parse, body, words, speaker):
    _, doc = parse("Test\n" + body + "\n")
    quote = next(q for q in extract_quotes(doc) if q.text.startswith(words))
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "body, holder",
    [
        (
            'The party would deal "sympathetically" with any application by Lord Archer to rejoin, its co-chairman has '
            "said.",
            "its co-chairman",
        ),
        (
            "The Tory co-chairman attacked the pledges and said voters would take revenge for the failure.",
            "Tory co-chairman",
        ),
    ],
)
def test_an_outlook_holder_is_the_whole_word(parse, body, holder):
    _, doc = parse("Test\n" + body + "\n")
    items = extract_outlook(doc)
    assert items and items[0].holder is not None and items[0].holder.name == holder, items


@pytest.mark.parametrize(
    "text, word, torn",
    [
        ("said co-ordinator Peter Facey.", "co", True),
        ("said co-ordinator Peter Facey.", "-", True),
        ("said co-ordinator Peter Facey.", "ordinator", True),
        ("said co-ordinator Peter Facey.", "Facey", False),
        ("MP Robert Kilroy-Silk said so.", "Silk", False),  # a piece of a name is a name's
        ("The score was 2 - 1 at half time.", "-", False),  # a spaced dash joins no word
    ],
)
def test_torn_word_part(parse, text, word, torn):
    _, doc = parse("Test\n" + text + "\n")
    token = next(t for t in doc if t.text == word)
    assert torn_word_part(token) is torn
