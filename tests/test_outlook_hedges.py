"""Outlook: "would seem/appear" hedge a judgement of what is and foresee nothing (#13, :mod:`briefgen.extract.outlook.hedges`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # "would" on a verb of seeming with its complement: the hedged present
    ("hedge", "The closures would appear to be another step in the government's battle with local officials.", False),
    ("hedge", "The two options would seem to be tougher laws or a wave of lawsuits.", False),
    ("hedge", "His latest outburst would appear to make his chances of a recall remote.", False),
    ("hedge", "The answer would seem obvious to most readers.", False),
    # "appear" as showing up, and a complement with a look ahead of its own, keep their outlook
    ("appearance", "The singer said he would appear at a church in Bakersfield next month.", True),
    ("own cue", "It would seem unlikely that he will play for the club again.", True),
    # other verbs after "would" are untouched
    ("plain would", "The minister said the new rules would come into force in April.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_hedge_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
