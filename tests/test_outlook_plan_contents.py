"""Outlook: what a plan includes, calls for or proposes, told in the present (#13,
:func:`briefgen.extract.outlook.plan_contents.plan_content_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("calls for", "The budget calls for the sale of a fifth of state holdings.", True),
    ("proposes", "The outline proposes reductions in budgets at twelve government agencies.", True),
    ("do-support", "Neither does the budget include any cash for the oil stockpile.", True),
    ("plural include", "The proposals include cutting the number of regiments to five.", True),
    ("schedule", "The winter schedule also includes the return of a popular drama.", True),
    # the past, a relative clause, the perfect, a name given, a noun not of a plan, a verb not of content
    ("past", "The budget called for the sale of state holdings.", False),
    ("relative clause", "Ministers defended a budget which includes cuts to farm subsidies.", False),
    ("perfect", "The budget has included cuts to farm subsidies every year.", False),
    ("called", "The scheme is called Safer Streets.", False),
    ("a design", "The phone's design includes a larger screen.", False),
    ("not a plan", "The package includes a charger and a case.", False),
    ("not a content verb", "The budget affects many domestic programmes.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_plans_content_is_outlook(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_the_plan_content_cue(parse, category, sentence, expected):
    from briefgen.extract.outlook.plan_contents import plan_content_cue

    _, doc = parse(_article(sentence))
    assert any(plan_content_cue(t) is not None for t in doc) is expected, f"{category}: {sentence!r}"


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("The budget calls for the sale of a fifth of state holdings.", None),
        ("The minister said the budget calls for the sale of state holdings.", "minister"),
    ],
)
def test_who_holds_a_plans_content(parse, sentence, holder):
    """The plan document is no holder; a verb of saying above gives one, as everywhere."""
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert len(items) == 1
    assert (items[0].holder.name if items[0].holder else None) == holder


def test_the_plan_nouns_come_from_wordnet():
    from briefgen.extract.outlook.plan_contents import PLAN_NOUNS

    assert {"plan", "budget", "outline", "proposal", "scheme", "schedule"} <= PLAN_NOUNS
    assert not {"play", "pass", "tackle", "system", "design", "blueprint", "package", "suggestion"} & PLAN_NOUNS
