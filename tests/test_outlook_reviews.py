"""Outlook: a reviewer's "will/may" on how anyone of a kind takes what is there now foresees nothing (#13, :mod:`briefgen.extract.outlook.reviews`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from briefgen.extract.lexicon import REACTION_VERBS

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # anyone of a kind, a verb of feeling, perceiving or taking, and what is there now
    ("pronoun", "The puzzles are flagged up too obviously and most gamers will find it more of a chore than a challenge to solve them.", False),
    ("pronoun", "Of course, most of you will ignore this, lacking as it does the fireworks of modern games.", False),
    ("here", "Diehard fans of the series will probably find enough here to make it a worthwhile purchase.", False),
    ("present clause", "Visitors to the site may notice that the design of its pages bears a close resemblance to Google.", False),
    ("pronoun", "Older viewers will ignore those and go straight to the deleted scenes.", False),
    # "would", a report, a named subject, an event, "find oneself", a date keep their outlook
    ("would", "Some Liverpool fans would find such a move highly controversial.", True),
    ("reported", "The company hopes most gamers will like it when it reaches the shops.", True),
    ("named", "Mr Smith will find it hard to win back his seat.", True),
    ("event", "Millions of viewers will watch the final on television.", True),
    ("reflexive", "Anglers and fishermen could find themselves prosecuted under the new plans.", True),
    ("date", "Most users will notice that the service is faster from next week.", True),
    # verbs outside the class are untouched
    ("other verb", "Most shoppers will pay more for it.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_audience_reaction_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"


def test_reaction_verbs_are_read_by_most_frequent_sense():
    """The WordNet list keeps the verbs of feeling and perceiving, not verbs with only a minor such sense."""
    assert {"like", "enjoy", "notice", "find", "ignore"} <= REACTION_VERBS.keys()
    assert not {"get", "make", "pay"} & REACTION_VERBS.keys()
