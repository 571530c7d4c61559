"""A summary point that is a sentence from inside a quotation names whose words it is (render.voices)."""

from __future__ import annotations

import pytest

from briefgen.ingest import parse_article_text
from briefgen.records import Briefing, Extraction, KeyPoint, Quote
from briefgen.render import Renderer
from briefgen.render.voices import Voice, voice_of

TEXT = (
    'Coach keeps faith\n'
    'Wenger said: "I have to give him a run. It is nothing against Lehmann. You can only play one of them." '
    'The club said profits rose. "We will decide in June," said a spokesman.'
)


def span(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def point(words: str) -> KeyPoint:
    start, end = span(TEXT, words)
    return KeyPoint(text=words, start=start, end=end)


QUOTES = (
    Quote(
        text="I have to give him a run. It is nothing against Lehmann. You can only play one of them.",
        speaker="Arsene Wenger", start=span(TEXT, "I have to give")[0], end=span(TEXT, "one of them.")[1],
        cue="said", sentence_start=span(TEXT, "Wenger said")[0], sentence_end=span(TEXT, 'one of them."')[1],
    ),
    Quote(
        text="We will decide in June,", speaker=None, start=span(TEXT, "We will decide")[0], end=span(TEXT, "in June,")[1],
        cue="said", sentence_start=span(TEXT, '"We will')[0], sentence_end=len(TEXT),
    ),
)

CASES = [
    ("It is nothing against Lehmann.", Voice("Arsene Wenger")),  # a middle sentence: no cue in sight
    ('You can only play one of them."', Voice("Arsene Wenger")),  # the last one, with its closing mark
    ('Wenger said: "I have to give him a run.', None),  # the lead-in names the speaker already
    ("The club said profits rose.", None),  # the writer's own words
    ('"We will decide in June," said a spokesman.', None),  # the cue is in the point
    ("We will decide in June,", Voice(None)),  # quoted words whose speaker is not known
]


@pytest.mark.parametrize(("words", "expected"), CASES)
def test_voice_of_a_point(words, expected):
    assert voice_of(point(words), QUOTES) == expected


def test_the_briefing_page_names_the_speaker_of_a_quoted_point():
    article = parse_article_text(TEXT.encode(), path="seeds/coach.txt")
    points = (point("It is nothing against Lehmann."), point("The club said profits rose."))
    page = Renderer().briefing_markdown(Briefing(article, Extraction(summary=points, quotes=QUOTES)))
    summary = page.split("## Summary", 1)[1].split("## Key facts", 1)[0]
    lines = [line for line in summary.splitlines() if line.startswith("- ")]
    assert "It is nothing against Lehmann. *(quoting **Arsene Wenger**)*" in lines[0]
    assert "quoting" not in lines[1]
