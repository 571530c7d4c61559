"""Outlook: a threat that stands, "has threatened legal action against any buyer" (#13,
:func:`briefgen.extract.outlook.threats.threat_standing_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, kind or None when not outlook)
CASES: list[tuple[str, str, str | None]] = [
    ("object", "The oil firm has threatened legal action against any buyer of the unit.", "warning"),
    ("with", "The bank's creditors have threatened the parent group with penalties.", "warning"),
    ("present", "The federation threatens a lifetime ban for the runner.", "warning"),
    # past narration, a negated threat, a danger rather than a sanction
    ("narration", "In 1998 the firm threatened legal action against the council.", None),
    ("negated", "The company has not threatened legal action against the council.", None),
    ("no sanction", "The rising cost of oil has threatened jobs across the industry.", None),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.threats import threat_standing_cue

    return any(threat_standing_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "kind"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_threat_that_stands(parse, category, sentence, kind):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is (kind is not None), f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is (kind is not None), f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if kind is not None:
        assert items[0].kind == kind
        assert items[0].holder is not None
