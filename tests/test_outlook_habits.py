"""Outlook: a look ahead told as a habit is no outlook (#13, :mod:`briefgen.extract.outlook.habits`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from briefgen.extract.outlook.habits import HABITUAL_ADVERBS

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # an adverb of frequency on the clause above the cue, on the cue's own clause, or right before the noun that holds it
    ("habit", "Small party leaders are usually cautious about making predictions about how they will do in elections.", False),
    ("habit", "Films which are expected to sell well on video are usually released before Christmas.", False),
    ("habit", "Often the suppliers get advance notice that an attack is about to happen.", False),
    ("habit", "The club said lost kit will normally be replaced by the sponsor.", False),
    ("habit", "The film was not shown to critics - normally a sign that a film will get bad reviews.", False),
    # "always" stretches a view; a degree word makes a manner; the adverb quantifies the subject; a coordinated clause
    ("habit", "Labour has always maintained that the chancellor would have a central role in the campaign.", True),
    ("habit", "The minister suggested the checks could happen less frequently in future.", True),
    ("habit", "Pensions generally will be a big issue at the coming election.", True),
    ("habit", "The runner has often struggled with injury but believes his new coach will bring him medals.", True),
    ("habit", "The company will cut 500 jobs next year, its chairman said.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_habit_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"


def test_always_is_no_adverb_of_habit():
    # "always" more often stretches a view ("has always maintained he would") than states a habit
    assert "always" not in HABITUAL_ADVERBS and {"usually", "normally", "often"} <= HABITUAL_ADVERBS
