"""Outlook: the favourite of a contest named with no stake beside it, "The favourites are Chelsea and Barcelona" (#13,
:func:`briefgen.extract.outlook.contests.favourite_named_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("ordinal", "Second favourite is a biography of the queen by a Cambridge historian.", True),
    ("plural subject", "The favourites are Chelsea and Barcelona, and six other sides are still in the hat.", True),
    ("predicate", "The Swiss player, seeded one, is the hot favourite having won three titles last year.", True),
    ("remains", "The veteran remains the favourite after a strong week of training.", True),
    # liking, past narration, a modal, an indefinite, a negation
    ("liking", "The operating system has long been a favourite of virus writers.", False),
    ("liking", "The book has been a favourite through her life.", False),
    ("liking", "The album is a cult favourite among collectors.", False),
    ("owner", "The record was a critics' favourite in 1994.", False),
    ("past", "The top seed was the favourite but lost in the final.", False),
    ("negated", "The club is not the favourite this time.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.contests import favourite_named_cue

    return any(favourite_named_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_favourite_named_told_now(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "expected" and items[0].holder is None


def test_the_cue_is_its_own(parse):
    """The cue fires on the favourite itself (and only where the contest cue, which needs a stake, does not)."""
    _, doc = parse(_article("The favourites are Chelsea and Barcelona."))
    assert _cue_fires(doc)
    _, doc = parse(_article("The novel is now 5/4 favourite for the Whitbread prize."))
    assert not _cue_fires(doc)
