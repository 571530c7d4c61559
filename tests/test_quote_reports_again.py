"""A cue-less quotation in the paragraph after a quotation, whose cues report the same speaker again, is theirs (#15).

"“…,” Mr Dein said. / Mr Dein said that …, he feared …. Since 1992 … clubs have seen …. “Television has been …”":
the paragraph's cue names no one new, so the quotation goes on with the previous speaker. A cue of anyone else in
that paragraph hands the floor on, as before. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _speaker_of(nlp, text: str, words: str) -> str | None:
    doc = parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))
    quote = next(q for q in extract_quotes(doc) if q.text.startswith(words))
    return quote.speaker


_OPENING = (
    "Club weighs share sale\n"
    'Rovers chairman Peter Hale has said the club may sell more shares. "We will look at every option," Mr Hale said.\n'
)

#: (case, second paragraph, the cue-less quotation's first words, whose it is: a surname, or None for not Hale's)
CASES = [
    (
        "the same person named again",
        "Mr Hale said that, although ticket sales had grown, he worried about costs. Since 2001 the club has doubled "
        'its wage bill. "Wages have been the biggest problem for ten years."',
        "Wages have been",
        "Hale",
    ),
    (
        "the same person as a he",
        "He said that, although ticket sales had grown, he worried about costs. Since 2001 the club has doubled its wage bill. "
        '"Wages have been the biggest problem for ten years."',
        "Wages have been",
        "Hale",
    ),
    (
        "someone else's cue",
        "Coach Tom Reed said that the squad was tired. Since 2001 the club has doubled its wage bill. "
        '"Wages have been the biggest problem for ten years."',
        "Wages have been",
        None,
    ),
    (
        "a body's cue",
        "The league said that ticket sales had grown across every division. Since 2001 the clubs have doubled their "
        'wage bills. "Wages have been the biggest problem for ten years."',
        "Wages have been",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "paragraph", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_paragraph_reporting_the_speaker_again_goes_on_with_them(nlp, name, paragraph, words, speaker) -> None:
    found = _speaker_of(nlp, _OPENING + paragraph + "\n", words)
    if speaker is None:
        assert found is None or not found.endswith("Hale"), found
    else:
        assert found is not None and found.endswith(speaker), found
