"""A common word that opens a sentence hyphened to a lower-case word is no actor (#15, actors23).

"Chart-topping pop band Busted", "Anti-virus firms are issuing warnings": the first half of a compound modifier,
capitalised because it opens the sentence, which the tagger read as an organisation (held-out read Random(9494),
entertainment/235; BBC corpus: 4 rows in 3 texts, all gone rightly). The sentence's capital already left out a common
noun modifying a noun or made plural (``places._capital_of_the_sentence``); a name hyphened so ("NEC-backed
format") and a name after such a compound ("Labour-run Camden Council") stay. The sentences are
made up.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_actors

pytestmark = pytest.mark.slow


def _kinds(parse, headline: str, text: str) -> dict[str, str]:
    """The table's kinds for a headline and one sentence (the tagger reads a sentence-opening compound as a name more
    often under a real headline than under the class tests' "Test")."""
    _, doc = parse(f"{headline}\n{text}\n")
    return {a.name: a.kind for a in extract_actors(doc).actors}


@pytest.mark.parametrize(
    "headline, text, word, actor",
    [
        ("Pop band Westlife to 'take a break'", 'Chart-topping pop band Westlife have confirmed that they plan to "take a break".', "Chart", "Westlife"),
        ("Singer Jones to tour again", "Chart-topping singer Tom Jones has confirmed that he plans to tour again, his agent Mark Woolley said.", "Chart", "Tom Jones"),
    ],
)
def test_a_hyphened_capital_of_the_sentence_is_no_actor(parse, headline, text, word, actor):
    kinds = _kinds(parse, headline, text)
    assert actor in kinds and word not in kinds, kinds


@pytest.mark.parametrize(
    "headline, text, name",
    [
        ("Toshiba format gains backers", "Toshiba and NEC-backed HD-DVD is a rival format, said Mr Jones.", "NEC"),
        ("Labour council raises tax", "Labour-run Camden Council will raise the tax by 5%, its leader said on Friday.", "Camden Council"),
    ],
)
def test_a_name_hyphened_so_stays(parse, headline, text, name):
    kinds = _kinds(parse, headline, text)
    assert kinds.get(name) == "organisation", kinds
