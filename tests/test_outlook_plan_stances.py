"""Outlook: a plan argued over or set out, named by its noun, "Other parties have already attacked Tory plans for
annual limits" (#13, :func:`briefgen.extract.outlook.plan_stances.plan_argued_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook, holder or None)
CASES: list[tuple[str, str, bool, str | None]] = [
    ("stress", "The leader underlined party plans to scrap university fees and bring back grants.", True, "leader"),
    ("against", "Opposition parties have already attacked government plans for annual limits on numbers.", True, None),
    ("for", "The foreign secretary has defended plans to end the arms embargo.", True, "foreign secretary"),
    ("stress", "The finance minister emphasised plans for a new tax on fuel.", True, "finance minister"),
    ("particle", "Party leaders also spelled out plans for reduced government borrowing.", True, "Party leaders"),
    ("owner", "The minister criticised the council's plans to close the library.", True, "council"),
    ("reported against", "The college said it opposed the plan to extend drinking hours.", True, None),
    # dropping a plan, a particle that drops it, a negation, a past year, the pluperfect, a side clause, no "what for"
    ("dropped", "The producers have abandoned plans to premiere the show in London.", False, None),
    ("particle", "The council knocked back plans for a new stadium.", False, None),
    ("negated", "The minister did not defend plans to cut the budget.", False, None),
    ("past year", "In 1998 the mayor attacked plans to build the dome.", False, None),
    ("pluperfect", "The chairman had defended plans to close the mine.", False, None),
    ("side clause", "Police are investigating a leaflet opposing plans for a new mosque.", False, None),
    ("no complement", "The union attacked the plans at its conference.", False, None),
]


@pytest.mark.parametrize(("category", "sentence", "expected", "holder"), CASES, ids=[f"{c}-{i}" for i, (c, *_) in enumerate(CASES)])
def test_a_plan_argued_over(parse, category, sentence, expected, holder):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "plan"
        assert (items[0].holder.name if items[0].holder else None) == holder


def test_a_critics_warning_stays_the_outlook(parse):
    """A verb against a plan gives no cue over the critic's own modal: the warning keeps its kind and its holder."""
    from briefgen.extract.outlook.plan_stances import plan_argued_cue

    sentence = "Tory ex-minister Douglas Hogg said he opposed the plans for ID cards, which would intrude on privacy."
    _, doc = parse(_article(sentence))
    assert not any(plan_argued_cue(t) for t in doc)
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].kind != "plan" and items[0].holder is not None and items[0].holder.name.endswith("Douglas Hogg")


def test_the_verbs_come_from_wordnet():
    """The class is the generated list, with its multi-word lemmas; a backed plan stays the proposals cue's."""
    from briefgen.extract.lexicon import PLAN_STANCE_VERBS
    from briefgen.extract.outlook.plan_stances import _SINGLE

    assert {"defend", "oppose", "attack", "criticise", "underline", "detail", "spell_out"} <= PLAN_STANCE_VERBS
    assert not {"abandon", "withdraw", "scrap", "reject"} & PLAN_STANCE_VERBS
    assert "support" in PLAN_STANCE_VERBS and "support" not in _SINGLE
