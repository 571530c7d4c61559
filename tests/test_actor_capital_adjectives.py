"""A common adjective that opens a sentence is no actor, whether the tagger reads it an adjective or a proper noun
(#15, actors34).

`places._capital_of_the_sentence` dropped a word WordNet never capitalises when it opens every sentence it is in
and modifies a lower-case noun there (or is a plural, or a copula's subject) — for an adjective, only when the tagger
read it an adjective ("Controversial new casinos"). Inside a name it tagged, the small model reads the same word a
proper noun, and "Digital" stood as an organisation in seven BBC tables ("Digital cameras tend to be used …",
"Digital technology brings this story to life"), "Urban" in a reader's comments on the genre ("Urban is a nonsense
term"): the held-out read Random(10404) (entertainment/256) and Random(11313) (tech/040) list such rows. A firm named
by an adjective keeps its row where it acts or names its people, or stands inside a sentence. The sentences are
made up.
"""

from __future__ import annotations

import pytest

from actor_kinds_of import kinds_of

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    "text, word",
    [
        ("The photos were lost. Digital cameras are used at weddings, the survey found.", "Digital"),
        ("The children were delighted. Digital technology brings the story to life, said the head teacher.", "Digital"),
        ("Sales rose in January. Digital radios are now in one home in ten, the group said.", "Digital"),
        ("Urban music is a broad term. Urban is a nonsense term, she said.", "Urban"),
    ],
)
def test_an_opening_common_adjective_read_as_a_name_is_no_actor(parse, text, word):
    kinds = kinds_of(parse, text)
    assert word not in kinds, kinds


@pytest.mark.parametrize(
    "text, word",
    [
        ("The company was founded in 1957. Digital said on Monday it would hire 200 engineers.", "Digital"),
        ("The deal was signed. Digital executives said the firm would hire 200 engineers.", "Digital"),
        ("Digital music downloads are counted. Shares in Digital rose 5% on Monday.", "Digital"),
    ],
)
def test_a_firm_named_by_an_adjective_that_acts_or_stands_inside_a_sentence_stays(parse, text, word):
    kinds = kinds_of(parse, text)
    assert kinds.get(word) == "organisation", kinds
