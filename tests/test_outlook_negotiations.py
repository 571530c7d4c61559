"""Outlook: a party in talks now, "is in talks to buy the former assets of the producer" (#13,
:func:`briefgen.extract.outlook.negotiations.in_talks_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("talks with", "The carmaker is in talks with a French rival about a possible alliance.", True),
    ("talks to", "The director is in talks to write and direct a new film.", True),
    ("negotiations", "He is currently in negotiations to join a project run by a search firm.", True),
    ("discussions", "The government is in discussions with the water company about its role.", True),
    ("backshifted", "The oil firm said it was in talks to buy the former assets of the producer.", True),
    ("present perfect", "The two sides have been in talks for months over the sale.", True),
    # past narration, a past perfect, a negation
    ("past", "The carmaker was in talks with Ford before the collapse in 2000.", False),
    ("past perfect", "The firm had been in talks with the union last year.", False),
    ("negated", "The bank is not in talks with any buyer.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.negotiations import in_talks_cue

    return any(in_talks_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_party_in_talks_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "plan"


def test_the_cue_is_its_own(parse):
    """The cue fires on the noun of talks, and leaves a modal to the modal cue ("could be in talks")."""
    _, doc = parse(_article("The director is in talks to write and direct a new film."))
    assert _cue_fires(doc)
    _, doc = parse(_article("The firm could be in talks with several buyers."))
    assert not _cue_fires(doc)
