"""A body's name the tagger cut before its "of" or "for" is one name, and its complement no actor (#15, actors31).

The nine actor reads' largest construction class of wrong rows is names cut or run together; the BBC corpus held
bodies cut at their seat or remit: "Royal Bank" beside the country Scotland, "UN Office" beside an organisation
"Coordination of Humanitarian Affairs", "UN Economic Commission" for Latin America, "Directors Guild" of Great
Britain. The sentences are made up, each checked to be cut by the tagger.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, name, gone",
    [
        ("The UN Office for the Coordination of Humanitarian Affairs said aid was arriving.",
         "UN Office for the Coordination of Humanitarian Affairs", "Coordination of Humanitarian Affairs"),
        ("Jan Egeland, head of the UN Office for the Coordination of Humanitarian Affairs, said aid was arriving.",
         "UN Office for the Coordination of Humanitarian Affairs", "Coordination of Humanitarian Affairs"),
        ("The UN Economic Commission for Latin America said growth would slow in 2005.",
         "UN Economic Commission for Latin America", "UN Economic Commission"),
    ],
)
def test_a_body_cut_at_its_complement_is_one_name(parse, text, name, gone):
    kinds = kinds_of(parse, text)
    assert kinds.get(name) == "organisation" and gone not in kinds, kinds


@pytest.mark.parametrize(
    "text, names",
    [
        ("Mr Blunkett entered Parliament for Sheffield Brightside in 1987.", ("Parliament", "Sheffield Brightside")),
        ("The Board of Deputies of British Jews said it was shocked.", ("Board of Deputies",)),
        ("The poll was carried out by ICM for BBC News last week.", ("ICM", "BBC News")),
    ],
)
def test_a_seat_s_member_a_nationality_or_a_client_stays_apart(parse, text, names):
    kinds = kinds_of(parse, text)
    assert all(n in kinds for n in names), kinds
