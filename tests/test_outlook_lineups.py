"""Outlook: the line-up or contents of a thing ahead, told in the sentence after it (#13,
:mod:`briefgen.extract.outlook.lineups`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook

pytestmark = pytest.mark.slow

AHEAD = "The band will play at the festival in Essex on 20 August."
PAST = "The band played at the festival in Essex last August."

# (class, sentence before, sentence, is outlook)
CASES: list[tuple[str, str, str, bool]] = [
    ("other include", AHEAD, "Other bands at the festival include Keane, The Streets and Foo Fighters.", True),
    ("others include", "The council will consider ten new names in March.", "Others include a name for the postal industry.", True),
    ("fellow include", AHEAD, "Fellow acts include Keane and The Streets.", True),
    ("other include gerund", "The Tories will cut taxes if they win.", "Other Tory plans include building more prisons.", True),
    ("among inverted", "Six units would be scrapped under the proposals.", "Among the targets are the health authorities and the regulator.", True),
    ("among", AHEAD, "Keane and The Streets are among the other acts performing at the festival.", True),
    ("among, to-infinitive", AHEAD, "Keane and Athlete are among the acts that had already been lined up to appear at the event.", True),
    # no item before, a past item before, no continuing word, a description, past or perfect members
    ("no item before", PAST, "Other bands at the festival include Keane, The Streets and Foo Fighters.", False),
    ("no continuing word", "The firm will cut 500 jobs next year.", "Its subsidiary brands include Zanussi and Frigidaire.", False),
    ("past include", AHEAD, "Other bands at the festival included Keane and The Streets.", False),
    ("negated", AHEAD, "Other bands at the festival do not include Keane.", False),
    ("already among", "The company is planning to take action against the banks next year.", "Among those already targeted are Bank of America and UBS.", False),
    ("perfect among", "The mayor will make a statement on Monday.", "The prime minister is among those who have called for an apology.", False),
]


def _article(before: str, sentence: str) -> str:
    return f"A Headline About Things\nThe story began as it often does.\n{before} {sentence}\n"


@pytest.mark.parametrize(("category", "before", "sentence", "expected"), CASES, ids=[f"{c}-{i}" for i, (c, _, _, _) in enumerate(CASES)])
def test_a_line_up_after_an_item(parse, category, before, sentence, expected):
    _, doc = parse(_article(before, sentence))
    items = extract_outlook(doc)
    assert any(item.text == before for item in items) is (before != PAST), f"{category}: the sentence before {before!r}"
    found = [item for item in items if item.text == sentence]
    assert bool(found) is expected, f"{category}: {sentence!r} -> {[i.text for i in items]}"


def test_the_line_up_takes_the_kind_of_the_item_before_and_no_holder(parse):
    before = "The Manchester band will play on 9 July at Scotland's biggest festival."
    sentence = "Other bands at the sold-out festival include Queens of the Stone Age and The Killers."
    _, doc = parse(_article(before, sentence))
    items = {item.text: item for item in extract_outlook(doc)}
    assert before in items and sentence in items
    assert items[sentence].kind == items[before].kind
    assert items[sentence].holder is None and items[sentence].when is None


def test_a_quoted_line_up_is_left_to_quotes(parse):
    before = "The band will play at the festival on 20 August."
    sentence = '"Other bands at the festival include Keane and The Streets," the organiser said.'
    _, doc = parse(_article(before, sentence))
    assert not [item for item in extract_outlook(doc) if item.text == sentence]
