"""Outlook: a scheduled present whose time the futurate cue does not read (#13,
:func:`briefgen.extract.outlook.appointments.scheduled_present_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("weekend", "Registration for the first tour stop opens this weekend.", True),
    ("weekend on the object", "Two magazines are hosting a gadget show in Leeds this weekend.", True),
    ("span of days", "The trade show runs from 6 to 9 January.", True),
    ("span in a relative clause", "Thousands of engineers are in Cannes for the fair, which runs from 14 to 17 February.", True),
    ("season", "The defender's contract expires in the summer.", True),
    ("contract end", "The striker has a contract with the club, which runs out in the spring.", True),
    # a habit, past narration, a year the article tells in the past, a negation, a verb of state, a bare season
    ("every weekend", "The market opens every weekend.", False),
    ("at weekends", "The shop opens at weekends.", False),
    ("past", "Registration opened this weekend.", False),
    ("year", "The deal, which was signed in 2008, ends in 2031.", False),
    ("negated", "The contract does not expire in the summer.", False),
    ("state", "Prices rise in the summer.", False),
    ("bare season", "Most of these birds nest in summer.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.appointments import scheduled_present_cue

    return any(scheduled_present_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_scheduled_present(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "scheduled"
