"""#16: a key point that opens with a pronoun gives way to an equally central sentence that names its subject."""

from __future__ import annotations

import pytest

from briefgen.extract.docview import body_sentences
from briefgen.extract.summary.extractor import Candidate, named_on_ties, opens_with_pronoun
from briefgen.extract.summary.rank import content_terms


@pytest.mark.parametrize(
    ("text", "opens"),
    [
        ("She said new mothers would get help.", True),
        ("“It is a disgrace,” he said.", True),  # after the quote mark
        ("Its shares fell 5%.", True),
        ("These talks failed.", True),
        ("They refused.", True),
        ("Theresa May said so.", False),  # "Theresa" is not "these"
        ("Heathrow expands.", False),  # "Heathrow" is not "he"
        ("There is no deal.", False),  # existential "there" names nothing and needs nothing named
        ("The minister said so.", False),
        ("", False),
    ],
)
def test_opens_with_pronoun(text, opens):
    assert opens_with_pronoun(text) is opens


TEXT = (
    "Headline\n"
    "She said the plan would cut waiting lists.\n"  # 0: pronoun-led, chosen
    "Health minister Jane Hope said the plan would cut waiting lists by half.\n"  # 1: names its subject
    "It will cost £20m a year.\n"  # 2: pronoun-led
    "The plan was published on Monday.\n"  # 3
    "Nurses welcomed the plan and the money.\n"  # 4
    "Ms Hope told reporters:\n"  # 5: a quotation's lead-in, cannot stand alone
)


@pytest.mark.parametrize(
    ("scores", "chosen", "expected", "why"),
    [
        ({0: 1.0, 1: 0.99, 3: 0.5}, [0, 3], [1, 3], "a naming sentence within 2 % replaces the pronoun-led point"),
        ({0: 1.0, 1: 0.97, 3: 0.5}, [0, 3], [0, 3], "3 % lower is no tie: the point stays"),
        ({0: 1.0, 1: 1.2, 3: 0.5}, [0, 3], [1, 3], "an unchosen naming sentence scoring higher also replaces it"),
        ({0: 1.0, 2: 0.995, 3: 0.5}, [0, 3], [0, 3], "a pronoun-led sentence is no better"),
        ({0: 1.0, 5: 0.999, 3: 0.5}, [0, 3], [0, 3], "a sentence that cannot stand alone is no replacement"),
        ({0: 1.0, 1: 0.99, 4: 0.992, 3: 0.5}, [0, 3], [4, 3], "the best of the tied sentences wins"),
        ({0: 1.0, 1: 0.99, 3: 0.5, 2: 0.6}, [0, 2, 3], [1, 2, 3], "each pronoun-led point looks: the second has no tie"),
        ({3: 1.0, 4: 0.99}, [3], [3], "a point that names its subject is never replaced"),
    ],
)
def test_a_pronoun_led_point_gives_way_only_on_a_tie(parse, scores, chosen, expected, why):
    article, doc = parse(TEXT)
    sents = list(body_sentences(doc))
    assert len(sents) == 6
    standalone = [True, True, True, True, True, False]
    candidates = [Candidate(s, i, scores.get(i, 0.0), standalone[i]) for i, s in enumerate(sents)]
    terms = [content_terms(s) for s in sents]
    picked = named_on_ties([candidates[i] for i in chosen], candidates, terms=terms, text=article.text)
    assert [c.position for c in picked] == expected, why


def test_a_replacement_never_repeats_another_point(parse):
    text = "Headline\nHe said the plan was good.\nThe plan was good, Jane Hope said.\nThe plan was good, said Jane Hope.\n"
    article, doc = parse(text)
    sents = list(body_sentences(doc))
    candidates = [Candidate(s, i, score, True) for i, (s, score) in enumerate(zip(sents, (1.0, 0.5, 0.995)))]
    terms = [content_terms(s) for s in sents]
    picked = named_on_ties([candidates[0], candidates[1]], candidates, terms=terms, text=article.text)
    assert [c.position for c in picked] == [0, 1]  # sentence 2 ties with 0 but says what 1 says
