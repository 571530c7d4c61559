"""A name after a preposition a title capitalises is the title's tail, no actor (#15, actors21).

"Maroon 5's album Songs About Jane has moved up": the tagger cut the title at "About" and tagged "Jane" a person (the
held-out read Random(9090), entertainment/109; 4 BBC tables: "Songs About Jane", "The News From Paraguay", "The
Rise And Fall Of Taylor Kennedy", "View From Great Edinburgh …"). A preposition that opens the sentence or follows
punctuation is capitalised by the sentence, and the name there stays an actor.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, tail",
    [
        ("The band's album Songs About Jane has moved up to number seven.", "Jane"),
        ("Matthew Perry starred in The Rise And Fall Of Taylor Kennedy last year.", "Taylor Kennedy"),
    ],
)
def test_a_name_after_a_title_s_preposition_is_no_actor(parse, text, tail):
    assert tail not in kinds_of(parse, text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("From Paris, Jacques Chirac said the talks had failed.", "Jacques Chirac"),
        ("He spoke to reporters. For Tony Blair, it was a good day.", "Tony Blair"),
        ("The minister met Tony Blair in London.", "Tony Blair"),
    ],
)
def test_a_name_after_a_sentence_s_preposition_stays(parse, text, name):
    assert name in kinds_of(parse, text)
