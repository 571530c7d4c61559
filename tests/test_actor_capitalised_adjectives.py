"""A common adjective capitalised only by its sentence's opening names no actor, whatever its part of speech (#15, actors35).

``places._capital_of_the_sentence`` dropped such a word only where the small model tagged it an adjective; it often
reads it as a proper noun, and "Urban" (held-out read Random(10404), entertainment/256: "Urban is a nonsense term")
and "Digital" (the lead's reading of Random(11616), entertainment/179: "Digital multi-channel TV", a noun in
capitals) were listed as organisations, as "Digital" was in six more BBC texts ("Digital cameras tend to be used …",
"Digital music downloads are …"). The sentences here are made up; made-up sentences with a lower-case noun after
the adjective ("Digital cameras …") or "Urban is …" are not tagged a name on main at all, so the cases here are the
capitals' noun, which main also kept.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word",
    [
        # modifying a common noun written in capitals, the small model reading the adjective as a proper noun
        ("Digital multi-channel TV is now in more than half of all homes, the report said.", "Digital"),
        ("Digital satellite TV reached eight million homes last year.", "Digital"),
        ("Digital cable TV is growing more slowly than expected, analysts said.", "Digital"),
    ],
)
def test_a_capitalised_common_adjective_opening_its_sentence_is_no_actor(parse, text, word):
    kinds = kinds_of(parse, text)
    assert word not in kinds, kinds


@pytest.mark.parametrize(
    "text, name",
    [
        # a body named by an adjective that acts: a subject of its own verb
        ("Creative said its new player would go on sale in Europe in May.", "Creative"),
        # a name inside the sentence is capitalised wherever it stands
        ("Shares in Digital rose after the firm said profits would double.", "Digital"),
    ],
)
def test_a_name_that_acts_or_stands_inside_its_sentence_stays(parse, text, name):
    kinds = kinds_of(parse, text)
    assert name in kinds, kinds
