"""Outlook: an effort under way to reach an agreement, "is still trying to hammer out an agreement" (#13,
:func:`briefgen.extract.outlook.efforts.effort_to_agree_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("agreement", "The government is still trying to hammer out an agreement with its creditors.", True),
    ("negotiate", "The new chief executive is trying to negotiate a settlement with the regulator.", True),
    ("perfect progressive", "The bank's creditors have been trying to agree a deal for several weeks.", True),
    # an effort that is its own point, past narration, a negated effort
    ("own point", "The government is trying to tackle the high levels of unemployment.", False),
    ("narration", "The union was trying to strike a deal with the firm when the talks collapsed.", False),
    ("negated", "The club is not trying to agree a new contract with the player.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.efforts import effort_to_agree_cue

    return any(effort_to_agree_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_an_effort_to_agree(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "plan"
        assert items[0].holder is not None
