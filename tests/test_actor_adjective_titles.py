"""A body noun the tagger read as an adjective right before a name still titles it (#15, actors16's read of
Random(7272): "blog analysis firm Technorati" was no actor).

The small model tags "firm" and "giant" JJ in "messaging firm Mblox", "telecoms giant Verizon", and
``kinds.titled_as_a_body`` took only NN nouns as titles, so the name stayed a product's or a town's and was dropped
(BBC: 7 names in 6 articles). The adjective counts when it is the word right before the name and modifies it.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("The text service is run by messaging firm Mblox, which handles a billion messages.", "Mblox"),
        ("According to blog analysis firm Technorati, the number of blogs has doubled.", "Technorati"),
        ("The deal was agreed by telecoms giant Verizon on Monday.", "Verizon"),
        ("The offer from telecoms giant BT was rejected.", "BT"),
    ],
)
def test_a_body_noun_read_as_an_adjective_before_a_name_titles_it(parse, text, name):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation", kinds


def test_an_adjective_that_modifies_another_noun_titles_nothing(parse):
    kinds = kinds_of(parse, "He was a firm favourite of the fans, and Tiger Woods agreed.")
    assert kinds.get("Tiger Woods") == "person", kinds
