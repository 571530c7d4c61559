"""Outlook: a thing put off to a date ahead, told in the past (#13,
:func:`briefgen.extract.outlook.deferrals.deferred_to_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("postponed until", "The High Court postponed the film's launch until 3 February.", True),
    ("suspend until", "Creditors agreed on Friday to suspend interest payments until 2007.", True),
    ("delayed until", "The jury selection, a process delayed until at least Thursday, resumed with fresh faces.", True),
    ("deferred until", "The board deferred the vote on the merger until March.", True),
    ("pushed back", "The judge pushed back a preliminary hearing - which was due to take place on Wednesday - until 6 June.", True),
    ("pushed back", "The car maker was forced to push back its break-even target from 2005 to 2006.", True),
    # no date, a date behind the telling, a past story's own year, a negation, a past year, no object with "back"
    ("no date", "The referee postponed the match because of a frozen pitch.", False),
    ("told from the past", "The match was postponed until the following week.", False),
    ("past year", "In 2001 the election was postponed until 2002.", False),
    ("negated", "The bank did not delay the payment until March.", False),
    ("no object", "The club's history dates back to 1998.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.deferrals import deferred_to_cue

    return any(deferred_to_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_put_off_to_a_date_ahead(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert _cue_fires(doc), f"outlook, but not by the deferral cue: {sentence!r}"
        assert items[0].kind == "scheduled"


@pytest.mark.parametrize(
    ("sentence", "when"),
    [
        ("The High Court postponed the film's launch until 3 February.", "until 3 February"),
        ("Creditors agreed on Friday to suspend interest payments until 2007.", "until 2007"),
        ("The judge pushed back a preliminary hearing - which was due to take place on Wednesday - until 6 June.", "until 6 June"),
        ("She was suspended from all competition until the end of the year by Athletics Kenya.", "until the end of the year"),
    ],
)
def test_the_new_time_is_when(parse, sentence, when):
    """The new time is the item's ``when``, though its clause is past."""
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert [item.when.text if item.when else None for item in items] == [when]
