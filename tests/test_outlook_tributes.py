"""A tribute to someone who has died is no outlook: "will be remembered for", "would be sorely missed" (#13, the
lead's reading of Random(9595): politics/119's obituary gave a plan and an expectation; on the BBC corpus six such
items in three obituaries).

The same verbs stay outlook with a thing as subject (a forecast of how an event will be named), or with a person in
an article that tells no death (a side that will miss an injured player).
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_all

pytestmark = pytest.mark.slow

DEATH = "The former judge, who has died aged 93, led the inquiry into the 1981 riots. "

CASES = [
    (DEATH + "Lord Scarman will be remembered for the public inquiry he led.", "Lord Scarman will", False),
    (DEATH + "His nephew George Ritchie said the peer would be sadly missed.", "His nephew", False),
    (DEATH + "Michael Howard said he would be remembered with affection and respect.", "Michael Howard", False),
    (DEATH + "Her daughter Jill said her father would be sorely missed.", "Her daughter", False),
    # ahead: a thing remembered, or no death told
    ("Gordon Brown said the meeting would be remembered as the debt relief summit.", "Gordon Brown", True),
    ("The coach says that Thomas will be badly missed in next week's match against Italy.", "The coach", True),
]


@pytest.mark.parametrize(("article", "words", "outlook"), CASES)
def test_a_tribute_to_the_dead_is_no_outlook(parse, article, words, outlook) -> None:
    _, doc = parse(f"Test\n{article}\n")
    items = [o for o in extract_all(doc).outlook if o.text.startswith(words)]
    assert bool(items) is outlook, [o.text for o in extract_all(doc).outlook]
