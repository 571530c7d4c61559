"""Outlook: a stance taken on a chance, prospect or the future (#13,
:func:`briefgen.extract.outlook.prospects.stance_on_prospects_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("bullish", "The oil firm is bullish about its chances in the appeal court.", True),
    ("negated", "Lawyers are not optimistic about the company's chances at the hearing.", True),
    ("upbeat", "The carrier was upbeat about prospects for the coming year, despite tough competition.", True),
    ("remain", "The retailer remained optimistic about its sales outlook.", True),
    ("future", "Most of those asked said they were positive about the future.", True),
    ("pessimistic", "Farmers are pessimistic about their prospects this season.", True),
    # a stance on something else, a noun's modifier, a clause dated in the past
    ("about a thing", "The firm is confident about its accounts.", False),
    ("modifier", "Optimistic investors bought the shares.", False),
    ("dated past", "When the survey was done two years ago, many bosses were pessimistic about their prospects.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.prospects import stance_on_prospects_cue

    return any(stance_on_prospects_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_stance_on_prospects(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "expected"
        assert items[0].holder is not None
