"""Outlook: the idioms of what is coming or pending (#13, :func:`briefgen.extract.outlook.imminent.coming_idiom_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("coming idiom", "File-sharing networks are on the verge of being bought by media firms.", True),
    ("coming idiom", "Some of the airlines are teetering on the brink of bankruptcy.", True),
    ("coming idiom", "A new law to govern the banking system is on the cards.", True),
    ("coming idiom", "Faster wireless networks are on the horizon.", True),
    ("coming idiom", "The actress has enjoyed a string of film roles, with further projects in the pipeline.", True),
    ("coming idiom", "The robot butler is on its way.", True),
    ("coming idiom", "Analysts agree that the weaker dollar is here to stay.", True),
    # left out: past narration, a negation, a modal, a path taken, a phrase with no "the"
    ("coming idiom", "The country was on the brink of collapse.", False),
    ("coming idiom", "A rescue of the airline is not on the cards.", False),
    ("coming idiom", "The shot took a deflection on its way past the keeper.", False),
    ("coming idiom", "He made his way to the station.", False),
    ("coming idiom", "Oil flows in a pipeline under the sea.", False),
    ("coming idiom", "The band's best album was Here To Stay.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_idiom_of_what_is_coming(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_who_agrees_a_thing_is_here_to_stay_holds_the_view(parse):
    """The view is the experts', not the subject's that stays."""
    sentence = "Experts agree that the phenomenon is here to stay."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert [item.holder.name if item.holder else None for item in items] == ["Experts"]
