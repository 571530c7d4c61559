"""A list mark that opens a sentence's line is layout, not a word of the sentence (the lead's reading of Random(8585):
BBC match previews set paragraphs out as " - BRENTFORD are …", and 22 summary and outlook items in 9 articles
began with an escaped "\\-"). A dash inside a line, or one that is a word's hyphen, stays where it is."""

from __future__ import annotations

import pytest

from briefgen.extract.docview import body_sentences, sentence_text_bounds

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "lines, first_words",
    [
        # a dash opening its line, after a space
        (" - Brentford are the lowest ranked club left in the cup.", "Brentford are"),
        # a dash or a bullet at the very start of the line
        ("- Victory here would set up a repeat of the 1976 final.", "Victory here"),
        ("• Victory here would set up a repeat of the 1976 final.", "Victory here"),
        # no mark: nothing moves
        ("Brentford are the lowest ranked club left in the cup.", "Brentford are"),
        # a dash that is no list mark: a word's minus sign
        ("-5C is the forecast low for Sunday in the hills.", "-5C is"),
    ],
)
def test_a_list_mark_opening_the_line_is_no_part_of_the_sentence(parse, lines, first_words):
    _, doc = parse(f"Preview\n\nThe sides meet on Tuesday at Griffin Park. \n{lines}\n")
    second = list(body_sentences(doc))[1]
    start, end = sentence_text_bounds(second)
    assert doc.text[start:end].startswith(first_words), doc.text[start:end]


def test_a_dash_inside_a_line_stays(parse):
    _, doc = parse("Preview\n\nThe sides meet on Tuesday. They drew - again - in the first game.\n")
    texts = [doc.text[slice(*sentence_text_bounds(s))] for s in body_sentences(doc)]
    assert texts[-1].startswith("They drew - again"), texts
