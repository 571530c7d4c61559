"""Outlook: one work being made, told in the present progressive, is still to come: "is developing a new version of",
"is writing an episode of" (#13, :func:`briefgen.extract.outlook.creations.work_being_made_cue`), positives and
negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("a singular work with an article", "The software firm is developing a new version of its accounting package.", True),
    ("an episode", "The comedian is writing an episode of a popular American sitcom.", True),
    ("an owner's work", "The record label is producing its own music player for the Japanese market.", True),
    ("the numbered book", "The novelist is currently writing the second book in her fantasy series.", True),
    ("a plural counted by a numeral", "The composer is writing two new songs for the stage revival.", True),
    ("a building", "The council is building a new library beside the railway station.", True),
    # an output or a kind (bare plural or mass), a rate, the perfect or past, negated, a generic "you", no object
    ("a bare plural: a line of business", "The studio is currently developing films and television programmes.", False),
    ("a bare mass noun: an output", "The young band are producing quality rap for the export market.", False),
    ("a comparison: a rate", "The carmaker is now manufacturing 5,000 more engines than it planned.", False),
    ("the perfect progressive: a standing output", "The aircraft maker has been producing a rival to the jumbo jet for a year.", False),
    ("the past progressive", "The software firm was developing a new version of its accounting package.", False),
    ("negated", "The software firm is not developing a new version of its accounting package.", False),
    ("a generic you", "You are building a computer yourself, so the support is up to you.", False),
    ("the simple present: an output", "The software firm develops a new version of its accounting package every year.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_work_being_made(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_work_is_its_makers_plan(parse):
    """The maker pursues the work: a plan, held by the subject."""
    sentence = "The software firm is developing a new version of its accounting package."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].kind == "plan"
