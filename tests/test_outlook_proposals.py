"""Outlook: a plan or proposal put forward or backed, named by its noun (#13,
:func:`briefgen.extract.outlook.proposals.plan_put_forward_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("launched", "The party leader on Thursday launched new plans to abolish hundreds of quangos.", True),
    ("unveiled proposals", "The chancellor has already unveiled proposals for a new aid package.", True),
    ("put forward", "The Conservative Party has put forward plans to change the exam system.", True),
    ("backed", "Finance ministers have backed plans to write off the debts of the poorest countries.", True),
    ("thought to support", "Many ministers are thought to support the plan to tax jet fuel.", True),
    ("drawn up", "The two governments have drawn up proposals to fund a vaccine programme.", True),
    # a side clause of the past, a past date, a plan not made, a negation, no complement, the pluperfect
    ("side clause", "The firm has stayed independent since its rival announced plans to buy a stake.", False),
    ("dated past", "The council published its proposals for the city three months ago.", False),
    ("not made", "Companies fail to draw up plans to cope with the disease.", False),
    ("negated", "The ministers did not back the plan to tax fuel.", False),
    ("no complement", "The minister outlined some of the plans on Tuesday.", False),
    ("pluperfect", "The board had backed a plan to sell the stores before the crash.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.proposals import plan_put_forward_cue

    return any(plan_put_forward_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_plan_put_forward(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
