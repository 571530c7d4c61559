"""A cue-less quotation opening a paragraph after a paragraph that ends on a sentence about the last speaker is theirs (#15).

"Rowe said: “…” Rowe was glad to get through. / “Credit to Basel, …”": the narrative sentence
after the previous quotation stopped the run, and the quotation went without a speaker; when that sentence's main
subject is the previous quotation's speaker, the writer is handing the floor back. A sentence about anyone else, or a
quotation that speaks of a "he", still gets no one. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _quote(nlp, text: str, words: str):
    doc = parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))
    return next(q for q in extract_quotes(doc) if q.text.startswith(words))


_OPENING = "Rovers through\nRovers reached the quarter-finals on Tuesday. "

_LATER = ' Goalscorer Sam Ince added: "We were not at our best."\n'

#: (case, the previous paragraph's end and the next paragraph, the cue-less quotation's first words, its speaker or None);
#: the next paragraph ends on another person's cue, so the run rules hand the floor on
CASES = [
    (
        "the same person named again",
        'Peter Rowe said: "I am very pleased with the night." Peter Rowe was relieved to get through after a hard match.\n'
        '"Credit to Basel, they pressed us high and we never really settled."' + _LATER,
        "Credit to Basel",
        "Peter Rowe",
    ),
    (
        "the same person as a he",
        'Peter Rowe said: "I am very pleased with the night." He was glad to get through after a hard match.\n'
        '"Credit to Basel, they pressed us high and we never really settled."' + _LATER,
        "Credit to Basel",
        "Peter Rowe",
    ),
    (
        "someone else named",
        'Peter Rowe said: "I am very pleased with the night." Tom Baxter was hurt early in the second half.\n'
        '"Credit to Basel, they pressed us high and we never really settled."' + _LATER,
        "Credit to Basel",
        None,
    ),
    (
        "a quotation about a he",
        'Peter Rowe said: "I am very pleased with the night." Peter Rowe was relieved to get through after a hard match.\n'
        '"He was the best player on the pitch and he deserved his goal."' + _LATER,
        "He was the best",
        None,
    ),
    (
        "the previous quotation two paragraphs back",
        'Peter Rowe said: "I am very pleased with the night."\nThe club has won five games running. '
        'Peter Rowe was relieved to get through after a hard match.\n'
        '"Credit to Basel, they pressed us high and we never really settled."' + _LATER,
        "Credit to Basel",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "paragraphs", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_paragraph_about_the_last_speaker_hands_the_floor_back(nlp, name, paragraphs, words, speaker) -> None:
    quote = _quote(nlp, _OPENING + paragraphs, words)
    got = quote.speaker_actor.name if quote.speaker_actor else quote.speaker
    assert got == speaker, (quote.speaker, got)
