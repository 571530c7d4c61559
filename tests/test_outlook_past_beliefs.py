"""Outlook: a belief the writer tells as held then, "it was thought he would …", is a past future (#13,
:func:`briefgen.extract.outlook.past_beliefs.belief_held_then`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    # the impersonal past of a verb of belief or hope: a past future
    ("was thought", "News of the review was released because it was thought the minister would announce it on Wednesday.", False),
    ("widely expected", "It was widely expected that gamers would get a preview of the console at the conference.", False),
    ("widely believed", "When the coach was appointed, it was widely believed he would rely on his former players.", False),
    ("was hoped", "It was hoped she would be able to return this summer, but the wound has been slow to heal.", False),
    ("past perfect", "It had been expected that one of the smaller banks would be sold first.", False),
    # a belief held now, a holder named, a verb of saying, a belief reported by a speaker
    ("present", "It is thought that the machine may be unveiled at the trade show in May.", True),
    ("holder", "Analysts thought the bank would raise rates again in the spring.", True),
    ("announced", "Last month it was announced that 37 offices would close in the first wave of cuts.", True),
    ("reported", "The minister said it was expected that the review would begin next year.", True),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_belief_held_then(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"


def test_the_filter_is_its_own(parse):
    """The filter answers for the modal of the clause the impersonal past reports, and not for a named believer's."""
    from briefgen.extract.outlook.past_beliefs import belief_held_then

    _, doc = parse(_article("It was thought the minister would announce it on Wednesday."))
    assert any(belief_held_then(t) for t in doc if t.lower_ == "would")
    _, doc = parse(_article("Analysts thought the bank would raise rates again in the spring."))
    assert not any(belief_held_then(t) for t in doc if t.lower_ == "would")
