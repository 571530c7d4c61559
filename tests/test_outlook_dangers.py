"""Outlook: a danger warned of, "the airline warned of inadequate liquidity if it fails to reduce wage costs" (#13,
:func:`briefgen.extract.outlook.dangers.danger_warned_of_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("news, condition", "In a filing to regulators the airline warned of inadequate liquidity if it fails to cut wage costs.", True),
    ("news, dated ahead", "The carmaker warned of lower margins this year.", True),
    ("progressive", "Senior ministers are warning of the electoral dangers of allowing the feud to continue.", True),
    ("reported speech's own", "The shadow home secretary warned of the potential for miscarriages of justice.", True),
    # a month past, "had warned", about a present threat, pointing back, a side clause of the past, negated
    ("month past", "In August the firm warned of annual losses of six million pounds.", False),
    ("pluperfect", "The company had warned of losses before the sale.", False),
    ("about", "Security firms are warning about a virus disguised as a Christmas card.", False),
    ("pointing back", "The box does warn you of this anti-piracy measure.", False),
    ("side clause", "Shares plunged after the airline warned of a steep fall in profits.", False),
    ("negated", "The bank did not warn of any further rises.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_danger_warned_of(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_warner_holds_it(parse):
    """Who warns holds the warning."""
    sentence = "Ford warned of lower margins this year."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].holder is not None and items[0].holder.name == "Ford"
