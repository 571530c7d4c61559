"""Outlook: a tip told, "tipped X to win", "tipped it as the next big thing" (#13,
:func:`briefgen.extract.outlook.tipping.tipped_to_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("to-infinitive", "Most of the pundits tipped Jamie Foxx and Hilary Swank to scoop the main acting prizes.", True),
    ("past date on the evidence", "The former winger also tipped the young full-back to start after an impressive display in Paris last weekend.", True),
    ("as", "The chief executive tipped the service as the next big thing in mobile in a speech this week.", True),
    # the physical tip, a past one, the passive (read by plan_cue, not here)
    ("physical", "The goalkeeper tipped the ball over the bar.", False),
    ("into", "The revised figures effectively tip the economy into recession.", False),
    ("dated past", "Last year the critic tipped the film to win the top prize.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.tipping import tipped_to_cue

    return any(tipped_to_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_tip_told(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    if expected:
        items = [item for item in extract_outlook(doc) if item.text == sentence]
        assert items, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
        assert items[0].kind == "expected"
        assert items[0].holder is not None
