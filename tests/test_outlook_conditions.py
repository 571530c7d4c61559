"""Outlook: an act said now to hang on a condition still to be met, "The takeover is subject to approval by the
shareholders" (#13, :func:`briefgen.extract.outlook.conditions.condition_pending_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("subject to", "The takeover is subject to approval by the bank's shareholders and regulators.", True),
    ("dependent on", "The appointment is dependent on the party's re-election.", True),
    ("owner", "The club's loan move is subject to him passing a medical.", True),
    ("remains", "The merger remains conditional on a deal with the unions.", True),
    ("reported", "The company said the acquisition is contingent on regulatory clearance.", True),
    # a rule, a quantifier, a plural, a thing or a person, a perfect, a past state, a negation
    ("rule", "Interest earned by children is subject to income tax.", False),
    ("quantifier", "All e-mails are subject to the freedom of information laws.", False),
    ("plural", "Sales of alcohol are subject to strict rules.", False),
    ("thing", "The engine is dependent on a steady supply of fuel.", False),
    ("perfect", "The directive has been subject to several previous delays.", False),
    ("past", "The sale was subject to approval by the board.", False),
    ("negated", "The transfer is not subject to the usual fee.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_condition_still_to_be_met(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_words_come_from_wordnet():
    """Both classes are the generated list's: the condition adjectives and the first-sense act nouns."""
    from briefgen.extract.lexicon import CONDITION_WORDS

    assert {w for w, kind in CONDITION_WORDS.items() if kind == "condition"} >= {"subject", "dependent", "contingent", "conditional"}
    assert all(CONDITION_WORDS.get(w) == "act" for w in ("takeover", "appointment", "move", "merger", "purchase"))
    assert not {"interest", "engine", "e-mail", "policy"} & {w for w, kind in CONDITION_WORDS.items() if kind == "act"}
