"""Outlook: a likelihood judged of an event named by its noun, "a compromise is likely" (#13,
:func:`briefgen.extract.outlook.likelihood.likely_event_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("believed", "Analysts believe a settlement is likely.", True),
    ("reported", "Several ministers said a cut in interest rates was unlikely.", True),
    ("in the future", "Bankers have said that further takeovers are likely in the future.", True),
    # a comparison, a propensity measured, past narration, a placeholder subject
    ("comparison", "Men were less likely than women to finish the course.", False),
    ("measured", "Graduates were 18% more likely than others to find work.", False),
    ("narration", "The home side pressed and a late goal looked likely before the whistle went.", False),
    ("placeholder", "One thing is likely.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.likelihood import likely_event_cue

    return any(likely_event_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_likelihood_judged(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "expected"
        assert items[0].holder is not None
