"""Outlook: a will to act made known, "has made no secret of his desire to have another crack at the job", "has
already expressed a willingness to come to England" (#13, :func:`briefgen.extract.outlook.avowals.will_made_known_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("no secret, desire", "The former defender has made no secret of his desire to have another crack at the job.", True),
    ("no secret, wish", "The new president has made no secret of his wish to fight corruption.", True),
    ("expressed willingness", "The Spanish striker has already expressed a willingness to come to England.", True),
    ("indicated willingness", "The developers have indicated their usual willingness to support the game.", True),
    # no act named, play described, a past dated, a negation
    ("no act", "The striker has made no secret of his disappointment at the decision.", False),
    ("shown in play", "The home side were showing more willingness to spread the ball wide.", False),
    ("dated past", "The minister expressed a willingness to help at a meeting last week.", False),
    ("negated", "The club has not expressed any willingness to sell the player.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_will_made_known(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_nouns_come_from_wordnet():
    """The class is the generated list's: willingness, unwillingness and a wish, not a feeling."""
    from briefgen.extract.outlook.avowals import WILLINGNESS_NOUNS

    assert WILLINGNESS_NOUNS >= {"willingness", "unwillingness", "reluctance", "wish", "readiness"}
    assert not {"disappointment", "anger", "pride"} & WILLINGNESS_NOUNS
