"""A peer the article never gives a first name is named with the title: "Lord Falconer", not "Falconer" (#15).

"Falconer", "Strathclyde" and "Goldsmith" are the names of the peers' titles; readers, and the article itself, know
them as "Lord Falconer". The BBC corpus had 80 such actors in 55 articles shown by the bare title name. With a given
name the full name stays ("Robin Butler", as "Sir Alan Budd" is "Alan Budd"), and "Mr Hale" stays "Hale".
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors, extract_demands

#: (case, article body, a name the table must hold, a name it must not hold)
CASES = [
    ("a peer named only by the title", "Lord Strathclyde said ministers would lose the vote. Strathclyde spoke on Monday.",
     "Lord Strathclyde", "Strathclyde"),
    ("a woman peer", "Lady Hale said the appeal would be heard in May.", "Lady Hale", "Hale"),
    ("a peer the article also names in full", "Robin Butler led the inquiry. Lord Butler said it would report in May.",
     "Robin Butler", "Lord Butler"),
    ("a knight keeps the given name", "Sir Alan Budd will lead the inquiry. Sir Alan said it would take weeks.",
     "Alan Budd", "Sir Alan Budd"),
    ("no peer, no title", "Mr Hale said the club would not sell the ground.", "Hale", "Mr Hale"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "present", "absent"), CASES, ids=[c[0] for c in CASES])
def test_a_peer_is_named_by_the_title(parse, name, body, present, absent) -> None:
    _, doc = parse(f"Test\n{body}\n")
    names = {a.name for a in extract_actors(doc).actors}
    assert present in names, names
    assert absent not in names, names


@pytest.mark.slow
def test_a_demand_gives_no_role_the_name_already_opens_with(parse) -> None:
    _, doc = parse("Test\nLord Dubs urged the government to think again at a later stage.\n")
    (demand,) = extract_demands(doc)
    assert (demand.by, demand.by_role) == ("Lord Dubs", None)
