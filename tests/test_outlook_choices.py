"""Outlook: a choice still to be made, named by "whether to" under a noun or an adjective, "has a tricky decision over
whether to withdraw" (#13, :func:`briefgen.extract.outlook.choices.choice_open_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("decision over", "The coach now has a tricky decision over whether to withdraw the teenager from the side.", True),
    ("no decision on", "The former banker has made no decision on whether to appeal.", True),
    ("undecided about", "The double champion is still undecided about whether to compete in the European Indoors.", True),
    ("unsure, backshifted", "The manager admitted he was unsure whether to start the Dutchman.", True),
    # past narration, a finite whether clause of the past, a modal above
    ("past narration", "It was a hard summer for the player, then a decision over whether to accept an offer from Paris.", False),
    ("finite inquiry", "The regulator has launched an investigation into whether the airline received illegal state aid.", False),
    ("past undecided", "The champion was undecided about whether to compete until the last minute, her coach recalled.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_choice_still_open(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
