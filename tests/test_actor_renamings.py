"""A body the article says was renamed is one actor under both names (#15, actors20).

"WorldCom … is now known as MCI", "MCI, which changed its name from Worldcom", "MCI, which was formerly known as
Worldcom", "Sports Entertainment Enterprises, which is to be renamed CFX": the table listed two bodies (BBC: 9
articles; the actors20 held-out read, Random(8484), business/114 and business/251). A verb of naming whose subject
(through "which" or a conjoined verb) is one body's name and whose complement is the other's joins them; a common
noun for the subject ("the company changed its name to MCI") or a person known as a nickname joins nothing.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def _rows(parse, text):
    _, doc = parse(f"Test\n{text}\n")
    return {a.name: set(a.aliases) for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("WorldCom collapsed in 2002. It emerged from bankruptcy in 2004, and WorldCom is now known as MCI. MCI agreed a deal.", "WorldCom", "MCI"),
        ("Verizon made an offer. Shares in MCI, which changed its name from Worldcom last year, rose by 2%.", "MCI", "Worldcom"),
        ("Qwest said the offer for MCI, which was formerly known as Worldcom, was too low.", "MCI", "Worldcom"),
        ("The rights were bought by Sports Entertainment Enterprises, which is to be renamed CFX, last month.", "Sports Entertainment Enterprises", "CFX"),
    ],
)
def test_a_renamed_body_is_one_actor(parse, text, one, other):
    rows = _rows(parse, text)
    merged = [n for n, aliases in rows.items() if {one, other} <= {n, *aliases}]
    assert merged, rows


@pytest.mark.parametrize(
    "text, one, other",
    [
        ("Shares in Verizon rose after the company changed its name to MCI.", "Verizon", "MCI"),  # a common noun's name change
        ("Microsoft and Google said the firms, known as rivals, would work with Yahoo.", "Microsoft", "Yahoo"),
    ],
)
def test_no_naming_clause_joins_nothing(parse, text, one, other):
    rows = _rows(parse, text)
    assert not [n for n, aliases in rows.items() if {one, other} <= {n, *aliases}], rows
