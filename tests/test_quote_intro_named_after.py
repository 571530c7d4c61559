"""An intro's described speaker is the person the next sentence names as its subject (#15, quotes24).

News stories withhold the name in the intro and give it at the start of the next sentence: "…, its chief has said.
Werner Seifert met …", "according to his former chief economic adviser. Formerly one of Mr Brown's closest
Treasury aides, Ed Balls hinted …", "A PR expert has told the trial … Ann Kite told the court …". The look-back
routes never found a name given after the description, so the quotation had no ``speaker_actor`` (12 BBC
quotations in 11 articles; business/279 of read 7171 and business/106 of read 9393). The speaker stays the
description as written; ``speaker_actor`` names the person
(:func:`briefgen.extract.quotes.named_after.intro_named_after`). A description after the intro, a body's
description, and a person named before are left alone. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, its speaker, its speaker actor or None)
CASES = [
    (
        "an owner's description, named in the next sentence",
        'Exchange talks\nGerman bosses have held "constructive and friendly" talks with the exchange, its chief has '
        "said.\nWerner Seifert met the exchange's chief executive amid rumours of a higher bid.\n",
        "constructive",
        "its chief",
        "Werner Seifert",
    ),
    (
        "according to a description, the name after a fronted apposition",
        'Budget rule\nThe chancellor will meet his rule "with a margin to spare", according to his former chief '
        "economic adviser.\nFormerly one of the Treasury's closest aides, Ed Balls hinted at a giveaway in March.\n",
        "with a margin",
        "his former chief economic adviser",
        "Ed Balls",
    ),
    (
        "an indefinite description, named as the next subject",
        'Trial\nA PR expert has told the trial that the documentary was an "absolute disaster".\nAnn Kite told the '
        "court she was hired to manage the fallout.\n",
        "absolute disaster",
        "A PR expert",
        "Ann Kite",
    ),
    (
        "a backbencher named after the intro",
        'Campaign\nThe Conservatives have been "a lot smarter" in the campaign, a Labour backbencher has said.\n'
        "Derek Wyatt said the long campaign had turned off voters.\n",
        "a lot smarter",
        "a Labour backbencher",
        "Derek Wyatt",
    ),
    (
        "a description after the intro introduces someone else",
        "Hospital plans\nThe health trust will close two wards next year.\nThe plans are \"a disgrace\", a local "
        "doctor said.\nJohn Moss, the trust's chairman, said the wards were too costly.\n",
        "a disgrace",
        "a local doctor",
        None,
    ),
    (
        "a body's description is no person",
        'Council tax\nCouncils should set their taxes at "reasonable levels", says the assembly government.\nFinance '
        "Minister Sue Essex said it was a good deal.\n",
        "reasonable levels",
        "the assembly government",
        None,
    ),
    (
        "the next subject was named in the intro",
        'Budget\nGordon Brown\'s plans are "sound", a senior economist has said.\nGordon Brown will present the '
        "Budget in March.\n",
        "sound",
        "a senior economist",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker", "actor"), CASES, ids=[c[0] for c in CASES])
def test_an_intro_description_is_the_person_named_next(parse, name, article, words, speaker, actor) -> None:
    assert speaker_actor_of(parse, article, words) == (speaker, actor)
