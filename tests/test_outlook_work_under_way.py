"""Outlook: a body's work under way towards a goal, "is working to …" (#13,
:func:`briefgen.extract.outlook.efforts.work_under_way_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("is working to", "The Bank of England is working in tandem with the statistics office to improve the quality of data.", True),
    ("is working to", "A European consortium of companies known as Respond is working to provide accurate maps.", True),
    ("are working to", "The two companies are working with the Indian producers to bring the picture to the screen.", True),
    ("is working hard to", "The carmaker is working hard to revitalise its product range.", True),
    # not a person or a body, past narration, the perfect progressive, a negation, no goal
    ("no actor", "Gadgets are working together more to help people manage their music.", False),
    ("past", "The carmaker was working hard to revitalise its product range.", False),
    ("perfect progressive", "The company has been working to streamline its operations and has saved $1bn.", False),
    ("negated", "The company is not working to cut its prices.", False),
    ("no goal", "The company is working with its suppliers.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.efforts import work_under_way_cue

    return any(work_under_way_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_work_under_way_towards_a_goal(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert _cue_fires(doc), f"outlook, but not by the work-under-way cue: {sentence!r}"
        assert items[0].kind == "plan"
