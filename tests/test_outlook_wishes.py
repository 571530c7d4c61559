"""Outlook: a wish held now, "would like/love to" (#13, :func:`briefgen.extract.outlook.wishes.wish_held_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("like", "Later, the trader would like to expand into other markets.", True),
    ("love, reported", "The coach said he would love to take charge of the national side.", True),
    ("object + infinitive", "The chairman said he would love the young striker to join the club.", True),
    ("admitted", "The former captain has admitted he would like to manage the club one day.", True),
    # a wish about the past, a negated one, who wants what, a yardstick, a wish met in the telling, the writer's own
    ("perfect", "The director would have loved to film the story in Scotland.", False),
    ("negated", "The minister would not like to see the scheme abandoned.", False),
    ("relative clause", "There are groups who would like to disrupt the meeting.", False),
    ("yardstick", "The figures are not as strong as the bank would like to claim.", False),
    ("telling", "The airline would like to thank its staff for their hard work.", False),
    ("first person", "Personally I would like to see the old cartoons made into films.", False),
]


def _cue_fires(doc) -> bool:
    from briefgen.extract.outlook.wishes import wish_held_cue

    return any(wish_held_cue(t) is not None for t in doc)


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_wish_held(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    assert _cue_fires(doc) is expected, f"{category}: {sentence!r}"
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
    if expected:
        assert items[0].kind == "plan"
        assert items[0].holder is not None
