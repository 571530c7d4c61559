""""X quoted Y as saying “…”": the words are Y's, X is their source (#15).

The parse makes the outlet the subject of "quoted", so every such quotation went to "Reuters", "the paper" or
"Associated Press" (13 quotations in 11 BBC articles, all of them). The object of "quoted" speaks; the outlet is
kept as ``according_to``. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes


def _quote(parse, body: str, words: str):
    _, doc = parse("Rovers news\n" + body + "\n")
    return next(q for q in extract_quotes(doc) if q.text.startswith(words))


#: (case, body, the quotation's first words, its speaker, its according_to (None: not checked))
CASES = [
    (
        "an agency quotes a named person",
        'Rovers sold the ground on Monday. "We had no choice," the Reuters news agency quoted Rovers chairman Tom Hale as '
        "saying.",
        "We had no choice",
        "Tom Hale",
        "Reuters",
    ),
    (
        "a paper quotes an unnamed insider before a colon",
        'Rovers agreed the deal quickly. The Evening Post quoted an insider in the talks as saying: "They moved so fast it '
        'caught everyone by surprise."',
        "They moved so fast",
        "an insider",
        "The Evening Post",
    ),
    (
        "the quotation after it goes on in the quoted man's words",
        'Rovers sold the ground. "We had no choice," Reuters quoted Tom Hale as saying. "The bank wanted its money '
        'back."',
        "The bank wanted",
        "Tom Hale",
        None,
    ),
    (
        "the passive keeps its subject, the agent is the source",
        'Rovers chairman Tom Hale spoke on Monday. He was quoted by the Evening Post as saying: "We will not sell the '
        'ground."',
        "We will not sell",
        "Tom Hale",
        None,
    ),
    (
        "a paper that quotes a report without 'as saying' changes nothing",
        'The Evening Post quoted the club\'s annual report. "We will not sell the ground," said Rovers chairman Tom Hale.',
        "We will not sell",
        "Tom Hale",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "words", "speaker", "source"), CASES, ids=[c[0] for c in CASES])
def test_the_one_quoted_speaks(parse, name, body, words, speaker, source) -> None:
    quote = _quote(parse, body, words)
    assert quote.speaker == speaker, quote
    if source is not None:
        assert quote.according_to is not None and source in quote.according_to, quote
