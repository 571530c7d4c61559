"""Outlook: getting ready told now, "Preparations for the switch-off are already underway", is for something still
ahead (#13, :func:`briefgen.extract.outlook.preparations.preparation_under_way_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("subject", "Preparations for the analogue switch-off are already underway in some areas.", True),
    ("progressive", "The party leader is accelerating his campaign preparations as he tours the north.", True),
    ("perfect", "The sprinter has stepped up his preparations for the new season.", True),
    ("present", "The coach is ensuring his preparations for the tour are as thorough as possible.", True),
    # before the telling, the past, a negation
    ("before", "The chancellor has headed the party's preparations for previous polls.", False),
    ("past", "The sprinter stepped up his preparations by training with the former champion.", False),
    ("negated", "The council has not begun preparations in the flooded areas.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_getting_ready_told_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_nouns_come_from_wordnet():
    """The class is the generated list's: the activity of getting ready, not its hyponyms."""
    from briefgen.extract.outlook.preparations import PREPARATION_NOUNS

    assert "preparation" in PREPARATION_NOUNS
    assert not {"groundwork", "deployment", "warm-up", "training"} & PREPARATION_NOUNS
