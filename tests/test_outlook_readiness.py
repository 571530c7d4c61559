"""Outlook: a readiness or an unwillingness to act, reported in the present, "has said he is willing to soften the
rules", is a plan or a refusal ahead (#13, :func:`briefgen.extract.outlook.readiness.readiness_reported_cue`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("willing", "The regulator's chairman has said he is willing to soften the new rules for foreign firms.", True),
    ("prepared", "The campaigners say they are prepared to take their case to the European Court.", True),
    ("ready", "The former manager revealed he is now ready to return to the game.", True),
    ("unwilling", "A newspaper report claims the minister is unwilling to allow any new role for his rival.", True),
    # told by the writer, the past, a feeling, a condition
    ("writer", "The rebels are willing to do things their predecessors did not.", False),
    ("past", "The former finance chief admitted to jurors he was willing to commit fraud.", False),
    ("feeling", "The party leader says he is glad to see the back of the former presenter.", False),
    ("condition", "The union says talks always fail if the company is unwilling to compromise.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_readiness_reported(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_adjectives_come_from_wordnet():
    """The class is the generated list's: willingness and readiness, not a feeling."""
    from briefgen.extract.outlook.readiness import READINESS_ADJECTIVES

    assert READINESS_ADJECTIVES >= {"willing", "unwilling", "ready", "prepared", "reluctant"}
    assert not {"glad", "happy", "keen"} & READINESS_ADJECTIVES
