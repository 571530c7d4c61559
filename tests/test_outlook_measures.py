"""Outlook: a measure in hand, "are proposing a tough new law", "is considering proposals" (#13,
:func:`briefgen.extract.outlook.measures.measure_in_hand_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, kind or None when not outlook)
CASES: list[tuple[str, str, str | None]] = [
    ("proposing", "Politicians in the US are proposing a tough new law on indecency.", "plan"),
    ("pursuing", "The senator is now pursuing the proposal through a bill in Congress.", "plan"),
    ("weighing", "The regulator is considering proposals for eight new domains.", "open question"),
    # past narration, a negated verb, something other than a measure
    ("narration", "In 1998 the party was proposing a new law on hunting.", None),
    ("negated", "The government is not considering any proposals for a new tax.", None),
    ("no measure", "The police are pursuing the suspects across the county.", None),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.measures import measure_in_hand_cue

    return any(measure_in_hand_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "kind"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_measure_in_hand(parse, category, sentence, kind):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is (kind is not None), f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is (kind is not None), f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if kind is not None:
        assert items[0].kind == kind
        assert items[0].holder is not None
