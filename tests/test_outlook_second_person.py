"""Outlook: a modal or a plan verb under a condition put to "you" states a rule for any reader, not an event ahead
(#13, :func:`briefgen.extract.outlook.second_person.conditioned_on_you`), negatives and the forecasts it keeps."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("if you, then will", "If you buy a phone that will only run signed programs then it will be much harder for thieves to use it.", False),
    ("if your", "And if all your documents are encrypted by default, your private records will be protected.", False),
    ("if you, review", "If you enjoy long puzzles, the new game will be a lot more pleasing.", False),
    ("if you, plan verb", "If you are running a cookery podcast, a firm selling kitchenware will probably want to advertise on it.", False),
    # a time ahead, a party in the story, a condition on another clause, no condition
    ("time ahead", "If you own a house, your mortgage payments will rise next year.", True),
    ("named party", "If the union rejects the offer, the company will close the plant.", True),
    ("coordinated", "The signal is weak if you are on a train, and the firm will launch a faster service in Europe.", True),
    ("no condition", "The new phone will go on sale in the shops across Europe.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_condition_put_to_you(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
