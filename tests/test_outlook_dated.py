"""Outlook: a deadline year ahead inside a phrase (#13, :func:`briefgen.extract.outlook.dated.deadline_year_ahead_cue`),
positives and negatives, each in an article whose latest past year is 2004."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from briefgen.extract.outlook.cues import PLAN

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # a deadline on a year ahead, below a past, present or present perfect clause
    ("deadline ahead", "The minister launched a £200m scheme to let clubs offer two more hours of sport a week by 2010.", True),
    ("deadline ahead", "The figures beat a campaign goal that calls for full access to telephones by 2015.", True),
    ("deadline ahead", "The regulator said the current aim of reaching 85% of homes by 2007 was achievable.", True),
    ("deadline ahead", "The watchdog has extended the deadline to comply with the rules until 15 July 2006.", True),
    ("deadline ahead", "The manager has signed a new contract to stay at the club until May 2008.", True),
    # left out: past narration, a past year, a year the article tells as past, no deadline, a negation
    ("deadline ahead", "By 2003 the firm had doubled its sales.", False),  # its own clause is past
    ("deadline ahead", "In 2000, the leaders pledged the economy would outstrip that of the US by 2010.", False),  # a past year's view
    ("deadline ahead", "The series was scrapped in 1984, with the fixture continuing until 1989.", False),  # that year's story
    ("deadline ahead", "The minister launched a scheme to let clubs offer more sport by 2004.", False),  # not after 2004
    ("deadline ahead", "The minister launched a scheme to let clubs offer more sport in 2010.", False),  # no deadline
    ("deadline ahead", "It affects consoles made before 13 January 2006.", False),  # "before": when a thing was made
]


def _article(sentence: str) -> str:
    return f"A Headline About Deadlines\nThe story began in 2004 when the results were published.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_deadline_year_ahead_inside_a_phrase(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    assert all(item.when is not None and item.when.text[-4:].isdigit() for item in items), items  # the deadline is its time
    assert "The story began in 2004 when the results were published." not in [item.text for item in extract_outlook(doc)]


def test_a_year_the_article_tells_as_past_is_not_ahead(parse):
    """The same deadline is ahead or not by the article's own past: after a past clause of 2007, "by 2007" is no outlook."""
    sentence = "The minister launched a scheme to let clubs offer more sport by 2007."
    _, before = parse(f"A Headline\nThe story began in 2004 when the results were published.\n{sentence}\n")
    _, after = parse(f"A Headline\nThe story began in 2007 when the results were published.\n{sentence}\n")
    assert sentence in [item.text for item in extract_outlook(before)]
    assert sentence not in [item.text for item in extract_outlook(after)]


def test_the_deadline_only_places_a_clause_whose_frame_gives_the_kind(parse):
    """A placing cue: with a plan frame in the sentence, the item stays a plan and takes the deadline as its time."""
    sentence = "The company plans to build a plant that will open its doors to buyers by 2008."
    _, doc = parse(f"A Headline\nThe story began in 2004 when the results were published.\n{sentence}\n")
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert [item.kind for item in items] == [PLAN]
