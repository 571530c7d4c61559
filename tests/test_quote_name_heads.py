"""A body's description that repeats the last word of its name (#15, quotes25).

"Last week, the Countryside Alliance said … The alliance said the new law was “impossibly difficult to
determine”": the body's name says what it is, so "the alliance" is that body
(:func:`briefgen.extract.quotes.name_heads.body_named_by_head`; 12 BBC quotations in 8 articles had no
``speaker_actor``: "the commission", "the ministry", "the assembly government", "The party"; politics/066 of read
9797). Two bodies named alike, or a description with a word the name lacks, are left. Made-up articles, parsed by
the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, its speaker, its speaker actor or None)
CASES = [
    (
        "an alliance",
        "Hunting\nLast week, the Countryside Alliance said more than 250 hunts would meet.\nThe alliance said the "
        'new law was "impossibly difficult to determine".\n',
        "impossibly",
        "The alliance",
        "Countryside Alliance",
    ),
    (
        "a commission",
        "Minimum wage\nThe rise was recommended by the Low Pay Commission on Monday.\nThe commission said the last "
        'two increases had been "challenging" for businesses.\n',
        "challenging",
        "The commission",
        "Low Pay Commission",
    ),
    (
        "a description with a modifier of the name",
        "Hospital row\nPowys Local Health Board wants the Welsh Assembly Government to overrule the decision.\n\"We "
        'will be challenging the decision," the assembly government said.\n',
        "We will be",
        "the assembly government",
        "Welsh Assembly Government",
    ),
    (
        "two bodies named alike",
        "Bid\nThe London Stock Exchange rejected the offer. The New York Stock Exchange declined to comment.\nThe "
        'exchange said the talks had been "friendly".\n',
        "friendly",
        "The exchange",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker", "actor"), CASES, ids=[c[0] for c in CASES])
def test_a_description_by_the_names_last_word_is_that_body(parse, name, article, words, speaker, actor) -> None:
    assert speaker_actor_of(parse, article, words) == (speaker, actor)
