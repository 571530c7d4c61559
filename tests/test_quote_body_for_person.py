"""A described speaker the parser turns inside out: "A Department for Work and Pensions spokeswoman said …" (#15).

The small model makes the body's name the subject ("A Department") and the person noun the object of its "for";
the speaker is the person the whole phrase describes, for the cue itself and for a "she said" after it (quotes20:
politics/023, 156, 211, 315 of the BBC corpus). Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes

#: (case, article, the quotation's first words, its speaker)
CASES = [
    (
        "the cue's own subject",
        "Pension row\nA Department for Work and Pensions spokeswoman said: \"No date was ever given for his departure.\"\n",
        "No date was ever given",
        "A Department for Work and Pensions spokeswoman",
    ),
    (
        "a she after it, past a man it speaks of",
        "Pension row\nMr Smith will stay in post. A Department for Work and Pensions spokeswoman confirmed Mr Smith was "
        'still in post. "No date was ever given for his departure," she said.\n',
        "No date was ever given",
        "A Department for Work and Pensions spokeswoman",
    ),
    (
        "a she after it, past two lords",
        "Courts row\nA Department for Constitutional Affairs spokeswoman said Lord Woolf and Lord Falconer agreed. "
        '"Their disagreement is narrow," she said.\n',
        "Their disagreement is narrow",
        "A Department for Constitutional Affairs spokeswoman",
    ),
    (
        "a body's spokesman parsed right stays as it was",
        'Schools\nA Home Office spokesman said the plan was "ambitious but fair".\n',
        "ambitious but fair",
        "A Home Office spokesman",
    ),
    (
        "a spokesman for a body stays as it was",
        'Schools\nA spokesman for the Treasury said the plan was "ambitious but fair".\n',
        "ambitious but fair",
        "A spokesman for the Treasury",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_misparsed_body_spokesperson_speaks(parse, name, article, words, speaker) -> None:
    quote = next(q for q in extract_quotes(parse(article)[1]) if q.text.startswith(words))
    assert quote.speaker == speaker
