"""Outlook: a want held now with a noun as its object, "The Tories want judicial oversight of all control orders"
(#13, :func:`briefgen.extract.outlook.wants.want_held_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("main clause", "The Tories want judicial oversight of all control orders.", True),
    ("main clause, an amount", "The company wants damages of $20bn for the sale.", True),
    ("reported", "The party says it wants a bigger role for the chancellor.", True),
    ("reported, perfect frame", "The country has said it wants closer European Union links.", True),
    # who wants what, anyone's want, the past, a negation, an object with its own infinitive
    ("relative clause", "The city is popular with tourists who want a taste of France at the weekend.", False),
    ("if clause", "It is up to governments to decide if they want outside help.", False),
    ("past", "The firm wanted a tariff rise last year.", False),
    ("negated", "The union does not want a strike.", False),
    ("anyone", "You want a machine that is easy to use.", False),
    ("modal", "The council would want more money.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.wants import want_held_cue

    return any(want_held_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_want_held_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "plan"


def test_the_cue_is_its_own(parse):
    """The cue fires on "want" with a noun object, not on "want" with an infinitive (the frame cue's)."""
    _, doc = parse(_article("The Tories want judicial oversight of all control orders."))
    assert _cue_fires(doc)
    _, doc = parse(_article("The Tories want to see judicial oversight of all control orders."))
    assert not _cue_fires(doc)
