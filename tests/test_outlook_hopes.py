"""Outlook: a hope held now, in the forms the plan frames leave out (#13,
:func:`briefgen.extract.outlook.hopes.hope_held_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("that, no modal", "Traders are now hoping that the new sectors draw foreign money to the exchange.", True),
    ("for, told now", "The dealers are hoping for a recovery in the spring.", True),
    ("relative, named", "Mr Kennedy is visiting rural seats, where his party is hoping to make gains from the Tories.", True),
    ("past, year ahead", "Its revenues were $3bn in 2004, which the firm hoped to double by 2009.", True),
    # a hope given up, a bare participle, a state or the past hoped, a past hope with no time ahead, a reader's wish
    ("pluperfect", "The manager had hoped to finish the season with a clash against France.", False),
    ("participle", "The firm filed for bankruptcy in the US, hoping to halt the sale of its main unit.", False),
    ("that, past", "The manager hopes that his winger did not damage his hamstring in the win.", False),
    ("that, state", "The producer hopes the musical is a blend of the film and the book.", False),
    ("past, no time", "Local supporters hoped to turn the old house into a museum.", False),
    ("first person", "I hope New Labour suffers the same treatment at the polls.", False),
    ("relative, anyone", "Fans hoping for a second scandal were disappointed by the show.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.hopes import hope_held_cue

    return any(hope_held_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_hope_held_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_main_clause_infinitive_stays_the_plan_frames(parse):
    """ "hopes to return to profit" told now is :func:`~briefgen.extract.outlook.cues.plan_cue`'s: this cue does not
    fire, the sentence is outlook all the same."""
    sentence = "The carmaker hopes to return to profit next year."
    _, doc = parse(_article(sentence))
    assert not _cue_fires(doc)
    assert [item for item in extract_outlook(doc) if item.text == sentence]
