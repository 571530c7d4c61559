"""Outlook: confidence held now over a clause in the present expects an outcome still to come: "is confident his young
players are up to the task" (#13, :func:`briefgen.extract.outlook.confidence.confident_of_present_cue`), positives and
negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("simple present, no that", "The coach is confident his young side are up to the task.", True),
    ("simple present, that", "But the manager is confident that the club have a bright future.", True),
    ("present passive", "The record industry is confident that the days of the compact disc are numbered.", True),
    ("remains", "The striker remains confident the title is theirs for the taking.", True),
    # the past, a perfect clause, negated, another stance adjective, a modal on the copula
    ("past copula", "The coach was confident his young side were up to the task.", False),
    ("perfect clause", "The runner is confident she has made the right decision to retire.", False),
    ("negated", "The coach is not confident his young side are up to the task.", False),
    ("sure", "The coach is sure his young side are happy at the club.", False),
    ("convinced", "The minister is convinced that pop music needs no public money.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_confidence_over_the_present(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_one_who_is_confident_holds_the_view(parse):
    sentence = "But the manager is confident that the club have a bright future."
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items and items[0].kind == "expected" and items[0].holder is not None and items[0].holder.name == "manager"
