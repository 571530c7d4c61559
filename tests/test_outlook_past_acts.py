"""Outlook: a time phrase that dates a past act beside the outlook is not its ``when`` (#13,
:mod:`briefgen.extract.outlook.past_acts`), positives and negatives."""

from __future__ import annotations

import pytest

from briefgen.extract import extract_outlook
from outlook_article import article as _article

pytestmark = pytest.mark.slow

# (class, sentence, the item's when or None): every sentence is outlook
CASES: list[tuple[str, str, str | None]] = [
    # a perfect participle, a simple past beside the outlook, a past report's own time
    ("perfect participle", "The Spanish group has been keen to snap up more UK assets, having bought Amey in 2003.", None),
    ("perfect participle", "The firm plans to expand into Asia, having opened a plant in Spain in 2002.", None),
    ("perfect participle", "The Swiss player, seeded one, is the hot favourite having won three of the four titles in 2004.", None),
    ("simple past", "And on Monday, it negotiated a deal to defer about $135m in debt which was due next year, until 2007.", "until 2007"),
    ("report", "The Conservatives said in November they would increase maternity pay.", None),
    ("report", "The minister said on Tuesday the new rules would come into force.", None),
    # the outlook's own time: in its clause, after "that", a report's backshift, a forecast verb in the past
    ("own clause", "The Conservatives said they would increase maternity pay in November.", "in November"),
    ("after that", "He added that in the coming weeks the future of the company would be decided.", "in the coming weeks"),
    ("own clause", "The distributor said production will begin next year.", "next year"),
    ("forecast verb", "Looking ahead, the company forecast sales growth of between 3% and 5% over the next three years.", "next three years"),
    (
        "backshift",
        "It said TV companies faced a major long-term threat over the next five years, with broadband predicted to grow "
        "from 19% to 37% of households by 2009.",
        "next five years",
    ),
    ("backshift", "And he insisted there was no limit to his party's ambitions in the coming poll.", "in the coming poll"),
    ("own clause", "Analysts expect the bank to raise rates again in March, having held them in February.", "in March"),
]


@pytest.mark.parametrize(("category", "sentence", "when"), CASES, ids=[f"{c}-{i}" for i, (c, _, _) in enumerate(CASES)])
def test_a_time_of_a_past_act_is_not_when(parse, category, sentence, when):
    _, doc = parse(_article(sentence))
    items = [item for item in extract_outlook(doc) if item.text == sentence]
    assert items, f"{category}: {sentence!r} is no longer outlook"
    found = items[0].when.text if items[0].when is not None else None
    assert found == when, f"{category}: {sentence!r} -> when {found!r}"
