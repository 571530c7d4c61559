"""An outlet's description as a speaker ("the newspaper", "the station") for the outlet the report cited (#15, quotes35).

"However, the Sunday Telegraph report added that …. The newspaper also claimed Mr Seifert was becoming “increasingly
frustrated”" (read 12323's business/421): the body walk (:mod:`briefgen.extract.quotes.body_epithets`) leaves a news
outlet's noun out, so "The newspaper" had no ``speaker_actor``. The outlet is the body the sentences before last gave
as a source (:mod:`briefgen.extract.quotes.outlet_epithets`). A person nearer than the outlet, a body that does not
speak, and a body noun that is no outlet's ("the aid agency") stay as written. Made-up articles, parsed by the real
model.
"""

from __future__ import annotations

import pytest

from quote_speaker_of import speaker_actor_of

#: (case, article, the quotation's first words, its speaker, its speaker actor or None)
CASES = [
    (
        "a newspaper that said before",
        "Bid talks\nThe Guardian said the exchange was ready to sell.\n"
        'The newspaper also claimed the chief executive was "deeply unhappy" with the talks.\n',
        "deeply unhappy",
        "The newspaper",
        "Guardian",
    ),
    (
        "a station that said before, with a sentence between",
        "New DJs\nNorthern Radio said it would hire three new presenters this spring.\nThe shows will start in May.\n"
        '"They all have a deep knowledge of music," the station said.\n',
        "They all have a deep",
        "the station",
        "Northern Radio",
    ),
    (
        "the name on the noun that spoke",
        "Merger\nHowever, the Financial Times report added that the deal was close.\n"
        '"Both boards have agreed the price," the paper said.\n',
        "Both boards have agreed",
        "the paper",
        "Financial Times",
    ),
    (
        "a person who spoke nearer than the outlet",
        "Strike\nThe Guardian said the strike would go ahead.\nUnion leader John Marsh said he was ready to talk.\n"
        '"The union has no choice," the newspaper said.\n',
        "The union has no choice",
        "the newspaper",
        None,
    ),
    (
        "a body that only acts is no source",
        "Sales\nThe Guardian said sales were down.\nTesco opened ten new shops in March.\n"
        '"Shoppers are staying at home," the newspaper said.\n',
        "Shoppers are staying",
        "the newspaper",
        None,
    ),
    (
        "an aid agency is no outlet",
        "Flood\nThe Red Cross said it needed $5m for the flood.\n"
        '"The biggest worry is disease," the aid agency said.\n',
        "The biggest worry",
        "the aid agency",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "speaker", "actor"), CASES, ids=[c[0] for c in CASES])
def test_an_outlet_description_is_the_outlet_cited_before(parse, name, article, words, speaker, actor) -> None:
    assert speaker_actor_of(parse, article, words) == (speaker, actor)
