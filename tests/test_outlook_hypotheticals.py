"""Outlook: a "would" on a condition contrary to the present is no outlook (#13,
:mod:`briefgen.extract.outlook.hypotheticals`)."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # a having, a lack or what a thing is, in a simple past "if" clause, on the "would" or on the verb reporting it
    ("contrary to now", "If there was more competition at home I think that would help the sprinter.", False),
    ("contrary to now", "If the club had a proven striker they would be favourites for the title.", False),
    ("contrary to now", "Some users said the feature would only be fair if websites had to sign up to it.", False),
    ("contrary to now", "If the game did not have the famous name, it would not sell many copies.", False),
    ("contrary to now", "Well if it was a comedy then it would have to star someone famous.", False),
    # an event, a passive, a state that may come ("be" with an adjective or a place), or no condition
    ("contrary to now", "If the single sold 500,000 copies, more than £1m would be raised for charity.", True),
    ("contrary to now", "Account holders would be notified if any unusual activity was detected, the bank said.", True),
    ("contrary to now", "The spokeswoman said if the party was in government again it would repeal the law.", True),
    ("contrary to now", "She said it would worry her a great deal if ministers were hostile to the research.", True),
    ("contrary to now", "The union said the strike would cost the firm millions of pounds.", True),
]


def _article(sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it did.\n{sentence}\n"


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_present_contrary_to_fact_is_no_outlook(parse, category, sentence, expected):
    article, doc = parse(_article(sentence))
    texts = [item.text for item in extract_outlook(doc)]
    assert (sentence in texts) is expected, f"{category}: {sentence!r} -> {texts}"
