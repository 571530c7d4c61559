"""A royal title named by its place is one person, and its place no actor (#15, actors31).

The held-out read of Random(11010) (politics/104) listed a person "Duke" for "The Queen and Duke of Edinburgh
said" and the country Wales for "Diana, princess of Wales"; the BBC corpus typed "the Prince of Wales" an
organisation in two more articles and "HRH Duchess of Cornwall" one. The sentences are made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name, gone",
    [
        ("The Queen and Duke of Edinburgh said the news had made them very happy.", "Duke of Edinburgh", "Duke"),
        ("However, the Prince of Wales did not answer questions about the estate.", "Prince of Wales", ""),
        ("There were 22 members of the family in the line of succession after the Prince of Wales, the minister said.", "Prince of Wales", ""),
        ("She will take the title HRH Duchess of Cornwall after the ceremony.", "Duchess of Cornwall", "HRH Duchess of Cornwall"),
    ],
)
def test_a_royal_title_is_one_person(parse, text, name, gone):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "person" and (not gone or gone not in kinds), kinds


def test_the_place_of_a_title_after_a_name_is_no_actor(parse):
    kinds = kinds_of(parse, "The book was written by Ros Coward, who wrote a biography of Diana, princess of Wales.")
    assert kinds.get("Diana") == "person" and "Wales" not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        ("Prince of Persia sold well on the Commodore Amiga, the company said.", "Prince of Persia"),
        ("The show opens at Toronto's Princess of Wales Theatre in March.", "Princess of Wales"),
        ("Robin Hood: Prince of Thieves was shown on ITV on Sunday.", "Prince of Thieves"),
    ],
)
def test_a_title_of_a_thing_or_a_longer_name_is_no_person(parse, text, name):
    assert name not in kinds_of(parse, text), kinds_of(parse, text)


def test_a_peer_s_title_is_still_the_peer_s(parse):
    kinds = kinds_of(parse, "Lord Roberts of Conwy said the plan was wrong.")
    assert kinds.get("Lord Roberts") == "person" and "Conwy" not in kinds, kinds
