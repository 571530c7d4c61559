"""A name in a programme's title after "with" is no actor (#15, actors21).

"She told BBC One's Breakfast with Frost": the tagger tagged the presenter's name in the title a person, listed as
"Frost" in 17 BBC tables (the held-out reads Random(7272) politics/055 and Random(9090) politics/287) and "Adam
Boulton" of "Sky News' Sunday with Adam Boulton" in 2. An owner's possessive, one capitalised word, "with" and the
name make the title; a name after "with" anywhere else stays an actor.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, host, kept",
    [
        ("Ruth Kelly told BBC One's Breakfast with Frost: \"It is right.\"", "Frost", "Ruth Kelly"),
        ("Michael Howard told the BBC's Breakfast with Frost programme that taxes would fall.", "Frost", "Michael Howard"),
        ("Charles Kennedy told Sky News' Sunday with Adam Boulton that he would stand.", "Adam Boulton", "Charles Kennedy"),
    ],
)
def test_a_host_in_a_programme_title_is_no_actor(parse, text, host, kept):
    kinds = kinds_of(parse, text)
    assert host not in kinds and kept in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Tony Blair held talks with Gerhard Schroeder in Berlin on Monday.", "Gerhard Schroeder"),
        ("He wrote the song with June Carter Cash in 1963.", "June Carter Cash"),
        ("Arsenal's match with Chelsea was called off.", "Chelsea"),
    ],
)
def test_a_name_after_with_elsewhere_stays(parse, text, name):
    assert name in kinds_of(parse, text)
