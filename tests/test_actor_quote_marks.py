"""A quotation's opening mark the tagger ran into a name is no part of it: "Hillary Clinton suggested that Donald
Trump ''doesn't want …" gave the actor "Donald Trump ''", and with it every "Mr. Trump" quotation of the article (a DEV
article of PolNeAR, and sport/354's "Mike Ruddock ''" on the BBC corpus). A name set in marks stays as it was read."""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hillary Clinton suggested that Donald Trump ''doesn't want the people to know. Mr. Trump denied it.", "Donald Trump"),
        ("Wales coach Mike Ruddock ``has done a great job'' with the side, said the captain.", "Mike Ruddock"),
    ],
)
def test_an_opening_mark_glued_to_the_next_word_is_not_in_the_name(parse, text, name):
    kinds = kinds_of(parse, text)
    assert name in kinds and not any(k.endswith(("''", "``")) for k in kinds), kinds
