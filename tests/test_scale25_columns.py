"""The outlook's and quotes' cheaper walks give what the walks they replaced gave (#18, scale25: speed only).

Each row compares the new answer with the old walk, kept here as the oracle, over articles built to hold the
constructions (positive rows) and to hold none of them (negative rows).
"""

from __future__ import annotations

import pytest

from briefgen.extract.outlook.cues import is_past_clause
from briefgen.extract.outlook.dated import _year, latest_past_year, year_positions

TEXTS = [
    # years told in past clauses and ahead, a deadline year, a number that is no year, a four-digit amount
    "Bank news\n\nIn 2002, the bank sold 3000 shares. It met the Swiss in their Euro 2004 qualifier.\n\n"
    "The firm will double its sales by 2010 and expects to hire 1500 people next year.\n\n"
    "Analysts expect the bank will raise rates, and the talks are due to resume in June 2005.\n",
    # no year at all; future cues only
    "Talks\n\nThe talks will resume next week and both sides have agreed to meet again in the spring.\n",
    # a year only in a clause that is not past, years out of range
    "Targets\n\nThe target for 2099 is clear. The year 1066 and the year 2100 are not read as years here.\n",
]


@pytest.fixture(scope="module")
def docs(parse):
    return [parse(text)[1] for text in TEXTS]


def _old_year_tokens(doc):
    return [token.i for token in doc if _year(token) is not None]


def _old_latest_past_year(doc):
    latest = None
    for token in doc:
        year = _year(token)
        if year is not None and is_past_clause(token) and (latest is None or year > latest):
            latest = year
    return latest


@pytest.mark.parametrize("k", range(len(TEXTS)))
def test_year_positions_as_the_word_walk(docs, k):
    assert year_positions(docs[k]) == _old_year_tokens(docs[k])


@pytest.mark.parametrize(("k", "expected"), [(0, 2004), (1, None), (2, None)])
def test_latest_past_year_as_the_word_walk(docs, k, expected):
    doc = docs[k]
    doc.user_data.pop("briefgen_outlook_latest_past_year", None)
    assert latest_past_year(doc) == _old_latest_past_year(doc) == expected


def test_year_positions_found_and_not(docs):
    assert [docs[0][i].text for i in year_positions(docs[0])] == ["2002", "2004", "2010", "2005"]
    assert year_positions(docs[1]) == []
    assert [docs[2][i].text for i in year_positions(docs[2])] == ["2099"]
