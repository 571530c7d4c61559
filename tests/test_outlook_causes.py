"""Outlook: "could/may/might" on a cause offered for what is guess at the present (#13, :mod:`briefgen.extract.outlook.causes`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # a verb of explaining with no actor as its subject
    ("explain", "The team has only trained for the hurdles this winter, which could explain her leap in form.", False),
    ("explain", "Old fears about the war could explain the country's reluctance to embrace the show.", False),
    ("account", "Cheaper imports may account for much of the fall in prices.", False),
    # the copula with a cause
    ("because of", "This could be because of its closeness to busy mainline stations.", False),
    ("because", "The scientists said this could be because their brains were more used to adapting.", False),
    ("due to", "The rise in costs might be due to the higher price of fuel.", False),
    # an actor who may explain, "will", and a cause with its own look ahead keep their outlook
    ("actor", "The minister could explain his decision to MPs next week.", True),
    ("will", "The report will explain why the plant was closed.", True),
    ("own cue", "The delay could be because the firm will move its factory next year.", True),
    # other verbs after "could" are untouched
    ("plain could", "The merger could create the largest bank in the country.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_guessed_cause_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
