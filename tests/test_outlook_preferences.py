"""Outlook: "would be better spent on …" prefers another use of a resource and foresees nothing (#13, :mod:`briefgen.extract.outlook.preferences`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # a modal on the passive of a verb of using or spending, graded by "better"/"best"
    ("spent", "He said the money spent each year on the trust would be better spent on boiler jackets for homes.", False),
    ("used", "Critics of the takeover have complained that the money could be better used by returning cash to shareholders.", False),
    ("much better", "The efforts going into copy protection would be much better spent building good distribution services.", False),
    ("invested", "Campaigners argue the funds would be better invested in local schools.", False),
    # other verbs, a question of method, no grading, keep their outlook
    ("placed", "Lord Kinnock said the chancellor would be best placed to take over from Mr Blair.", True),
    ("hope", "The director hoped the film might be better appreciated in Europe next year.", True),
    ("question", "Scientists are now studying how the technology could be better used during an emergency.", True),
    ("plain passive", "The money will be spent on new hospitals over the next five years.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_preferred_use_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
