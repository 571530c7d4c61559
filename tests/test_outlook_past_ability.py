"""A "could" its clause limits ("only", "hardly", "barely", "scarcely", or "do nothing") tells a past ability, not a
possibility ahead (#13, the lead's reading of Random(9191): sport/106's "the keeper could do nothing about Riggott's
equaliser" a warning; on the BBC corpus 5 such items in 5 articles, none looking ahead).

A "could" ahead stays: unlimited, under a condition ("could only go ahead if …"), or reported.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

CASES = [
    ("Former Olympic 100m champion Maurice Greene could only finish second to Leonard Scott.", False),
    ("But the Addicks keeper could do nothing about Riggott's equaliser in the 74th minute.", False),
    ("The shop stewards could barely suppress their anger at the minister's speech.", False),
    ("The injured striker could hardly walk after the match on Saturday.", False),
    # ahead: no limiting word, a condition, a report
    ("The merger could collapse if regulators object to the price.", True),
    ("The takeover could only go ahead if shareholders backed it.", True),
    ("Analysts said the company could only recover with a new owner.", True),
]


@pytest.mark.parametrize(("sentence", "outlook"), CASES)
def test_a_limited_could_is_a_past_ability(parse, sentence, outlook):
    _, doc = parse(f"Test\n{sentence}\n")
    assert bool(extract_all(doc).outlook) is outlook
