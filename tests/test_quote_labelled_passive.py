"""Words a passive verb of labelling or judging gives its subject are not the subject's (#15, the lead's census after
reading Random(8585): "Richard Scrushy, 52, is accused of “directing” a fraud" went to Scrushy, "a young man who was
dubbed “the noble savage”" to the young man, "It is called “podcasting”" to the iPod; 13 quotations in 11 BBC
articles, every one right after the change, none lost that had its speaker).

The verbs are WordNet's of naming, describing, labelling, accusing and judging in words
(``data/labelling_verbs.txt``). A speaker the sentence names elsewhere keeps the words: a "by" agent, even one the
parser hung on another word, or a reporting verb after the quotation. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes

pytestmark = pytest.mark.slow


def _speakers(parse, body: str, words: str) -> list[str | None]:
    _, doc = parse("Test\n" + body + "\n")
    return [q.speaker for q in extract_quotes(doc) if q.text.startswith(words)]


@pytest.mark.parametrize(
    "body, words, labelled",
    [
        (
            'The trial opened on Monday. Richard Scrushy, 52, is accused of "directing a massive accounting fraud" at the '
            "company he founded.",
            "directing",
            "Richard Scrushy",
        ),
        (
            'The portrait shows a young man who was dubbed "the noble savage" by London society. It sold on Friday.',
            "the noble savage",
            "a young man",
        ),
        (
            'Prices rose sharply. The minister was accused of "a politics of confusion and fear" over the plans.',
            "a politics of confusion",
            "The minister",
        ),
    ],
)
def test_the_one_labelled_is_no_speaker(parse, body, words, labelled):
    assert labelled not in _speakers(parse, body, words)


@pytest.mark.parametrize(
    "body, words, speaker",
    [
        # a "by" agent gives the words
        (
            'Depp starred in the film, and he was called "the fifth child of the group" by the film\'s director Marc Forster.',
            "the fifth child",
            "Marc Forster",
        ),
        # an active labelling verb: its subject speaks
        ('Kate Hoey described the plans as "a complete and utter disaster for the country".', "a complete", "Kate Hoey"),
    ],
)
def test_a_named_labeller_keeps_the_words(parse, body, words, speaker):
    assert _speakers(parse, body, words) == [speaker]
