"""Outlook: a want held now of another party's act, "Cafod wants Britain to use its influence" (#13,
:func:`briefgen.extract.outlook.wanted_acts.wanted_act_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("main clause", "The charity wants Britain to use its influence at the summit.", True),
    ("main clause, a pronoun asked", "Most Republicans, however, want them to stay in place.", True),
    ("main clause, a passive act", "The council wants its new plot to be used for housing.", True),
    ("reported", "Officials say the minister wants young people to feel they belong.", True),
    ("coach", "The coach wants his team to play more matches on clay.", True),
    # a change of schedule wanted stays a call; who wants what; anyone; the past; a negation; a modal
    ("schedule called for", "The unions want the vote to be postponed.", False),
    ("relative clause", "Voters who want the council to act have signed a petition.", False),
    ("if clause", "It is not clear if shareholders want the firm to sell.", False),
    ("speaker's own side", "The makers want us to buy new screens.", False),
    ("anyone", "You want the machine to be easy to use.", False),
    ("past", "The union wanted the firm to pay more last year.", False),
    ("negated", "The club does not want the player to leave.", False),
    ("modal", "The firm would want the deal to close quickly.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.wanted_acts import wanted_act_cue

    return any(wanted_act_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_want_of_another_partys_act(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "plan"


def test_the_cue_is_its_own(parse):
    """The cue fires on "want" with another's infinitive, not on "want" with its own (the frame cue's) or a noun."""
    _, doc = parse(_article("The charity wants Britain to use its influence at the summit."))
    assert _cue_fires(doc)
    for sentence in ("The charity wants to use its influence at the summit.", "The Tories want judicial oversight of all control orders."):
        _, doc = parse(_article(sentence))
        assert not _cue_fires(doc)
