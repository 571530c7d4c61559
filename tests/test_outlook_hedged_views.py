"""Outlook: a "might" lending a view of what is to someone who might hold it foresees nothing: "some might say
insignificant", "Many might think it is simply another chance" (#13, :func:`briefgen.extract.outlook.hedges.hedged_view`),
positives (no outlook) and negatives (outlook kept)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("might say, adjective", "Perhaps most striking - yet some might say trivial - is the speed of the new menus.", False),
    ("might think, content", "Many might think it is simply another chance to show off his art.", False),
    ("might say, parenthetical", "He has seen his share of such hopes dashed by hard experience and, he might say, by the voting system.", False),
    ("negated", "Some may not think the rule is fair.", False),
    # a speech dated ahead, a change of mind, a look ahead inside the content, other verbs
    ("dated speech", "The chancellor may say more about the scheme on Wednesday.", True),
    ("think twice", "Investors might think twice before buying the shares.", True),
    ("content's own cue", "Some might say the plan will fail.", True),
    ("another verb", "The company might sell its stake in the venture.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_hedged_view_is_no_outlook(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
