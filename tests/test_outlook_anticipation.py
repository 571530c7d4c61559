"""Outlook: looking forward to something, told now or reported, puts that thing ahead (#13,
:func:`briefgen.extract.outlook.anticipation.looked_forward_to_cue`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, is outlook)
CASES: list[tuple[str, str, bool]] = [
    ("progressive", "The club captain is looking forward to the semi-final against the holders.", True),
    ("present, reported", "The prime minister has said he looks forward to working with the new president.", True),
    ("backshifted", "The organiser said he looked forward to seeing pupils across the country taking part in the vote.", True),
    ("backshifted progressive", "The coach said his players were looking forward to returning to the stadium.", True),
    ("with a modal", "After two away wins the side can now look forward to welcoming the champions to Dublin.", True),
    # past narration, looking elsewhere, looking back
    ("past narration", "We spoke before the final and she was really looking forward to the start.", False),
    ("no forward", "The inspectors looked at the accounts of the charity in great detail.", False),
    ("looking back", "The chairman is looking back to the club's early years with some affection.", False),
]


@pytest.mark.parametrize(("category", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_looking_forward_to_a_thing_ahead(parse, category, sentence, expected):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert bool(items) is expected, f"{category}: {sentence!r} -> {[i.text for i in extract_outlook(doc)]}"
