"""Outlook: a contender told now, "in the running" (#13, :func:`briefgen.extract.outlook.ahead.in_the_running_cue`),
positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("in the running", "The documentary is also in the running for best British film.", True),
    ("in the running", "Also in the running for a handful of prizes are two low-budget thrillers.", True),
    ("in the running", "The rapper, whose debut album sold a million copies, is already in the running for three awards.", True),
    ("in the running", "A rival bank based in Frankfurt was also in the running.", False),  # past: decided since
    ("in the running", "The singer - in the running for best newcomer - performed with her band at the ceremony.", False),
    ("in the running", "The director is not in the running for best picture.", False),  # negated
    ("in the running", "The club is running a campaign to sign new members.", False),  # not the phrase
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_contender_told_now(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
    assert "The story began as it often does." not in texts
