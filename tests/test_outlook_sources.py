"""A "will" with a time that the sentence credits to a source with "according to" is the source's forecast, not a
schedule (#13, the lead's reading of Random(9595): business/172; on the BBC corpus nine such items in eight articles).

Without "according to" the "will" with a time stays scheduled; "is to" keeps its kind.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

CASES = [
    ("India's mobile gaming market will bring in about $336m by 2009, according to the report.", "expected"),
    ("By 2008, according to Gartner, 95% of all mobiles sold there will have cameras on them.", "expected"),
    ("The browser, due out next month, will be the fastest on the market in 2006, according to its author.", "expected"),
    ("According to analysts IDC, a fifth of all hard drives produced will be used in consumer electronics by 2007.", "expected"),
    ("The newest members will bolster Europe's economic growth in 2005, according to a new report.", "expected"),
    # no source: a schedule
    ("Dock workers will strike next week over the new contracts.", "scheduled"),
    ("The new rules will come into force on Monday.", "scheduled"),
]


@pytest.mark.parametrize(("sentence", "kind"), CASES)
def test_according_to_makes_a_forecast(parse, sentence, kind) -> None:
    _, doc = parse(f"Test\n{sentence}\n")
    (item,) = [o for o in extract_all(doc).outlook if o.text == sentence]
    assert item.kind == kind
