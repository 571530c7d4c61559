"""Outlook: a thing approaching, named in past narration (#13,
:func:`briefgen.extract.outlook.narrated.coming_in_narration_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("forthcoming", "The software maker gave details of its forthcoming search tool during a call with analysts.", True),
    ("coming", "He insisted there was no limit to his party's ambitions in the coming poll.", True),
    ("upcoming", "The singer described the show as less daunting than their upcoming awards performance.", True),
    ("impending", "The report highlighted the impending retirement of the news anchor.", True),
    # a clause dated in the past, a verb the parser hangs as a modifier
    ("dated past", "In 1995 the band were rehearsing for their forthcoming tour of America.", False),
    ("ago", "Two years ago the party spoke of its ambitions in the coming poll.", False),
    ("verb", "The singer said he felt great about coming top of the list.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.narrated import coming_in_narration_cue

    return any(coming_in_narration_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_thing_approaching_in_narration(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
