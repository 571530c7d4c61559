"""Outlook: a decision or a date nobody has made or set yet (#13,
:func:`briefgen.extract.outlook.undecided.nothing_decided_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("reported pluperfect", "The minister said no decisions had been taken.", True),
    ("date, reported", "He added that no date had been chosen for more talks on the law.", True),
    ("present perfect", "No decision has been made on the sale of the stake.", True),
    ("concessive clause", "A report looked at new council tax bands, although no decisions have been made.", True),
    # the simple past, a pluperfect in narration, a decision made, a noun not of deciding, a modal
    ("simple past", "No decision was made at the meeting on Tuesday.", False),
    ("narrated pluperfect", "By the end of the war no decision had been made about the colonies.", False),
    ("a decision made", "A decision has been made to close the plant.", False),
    ("a deal denied", "Officials said no such payment had been offered.", False),
    ("modal", "No decision could have been made without the board.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_nothing_decided_is_an_open_question(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "open question", f"{category}: {items[0].kind}"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_nothing_decided_cue(parse, category, sentence, expected):
    from briefgen.extract.outlook.undecided import nothing_decided_cue

    _, doc = parse(_article(sentence))
    assert any(nothing_decided_cue(t) is not None for t in doc) is expected, f"{category}: {sentence!r}"


def test_the_undecided_nouns_come_from_wordnet():
    from briefgen.extract.outlook.undecided import UNDECIDED_NOUNS

    assert {"decision", "date"} <= UNDECIDED_NOUNS
    assert not {"deal", "agreement", "payment"} & UNDECIDED_NOUNS
