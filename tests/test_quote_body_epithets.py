"""A definite description of a body ("the company", "the firm", "the club") is the body the report is about (#15).

"Halden Foods has said it will close two plants. The company said the move was “painful but necessary”": the speaker
stays "The company" as written, and ``speaker_actor`` names the body that the main subject of a sentence before it
names (quotes20). A state's body ("the government", "the ministry") and a news outlet ("the newspaper") are left: their
antecedent is a country or the reporter. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.extract.quotes.body_epithets import body_head


#: (case, article, the quotation's first words, the body its speaker stands for, or None)
CASES = [
    (
        "the company after the firm's statement",
        "Plants to close\nMicrosoft has said it will close two plants in Ohio next year. "
        'The company said the move was "painful but necessary" for its future.\n',
        "painful but necessary",
        "Microsoft",
    ),
    (
        "the firm through an 'it' sentence",
        "Coal profits fall\nUK Coal said it was making progress in shaking up the business. "
        'It had introduced new wage structures at its mines. "We expect a better year," the firm said.\n',
        "We expect a better year",
        "Coal",
    ),
    (
        "the club past one sentence about a thing",
        "Stadium plan\nArsenal has agreed to sell its old ground to a developer. "
        'The sale will raise money for a new stadium. "This is a good deal for the fans," the club said.\n',
        "This is a good deal",
        "Arsenal",
    ),
    (
        "a body owning the thing a sentence is about",
        "Adverts cut\nKraft's new advertising policy is aimed at young children. "
        '"We will keep advertising to parents," the firm said.\n',
        "We will keep advertising",
        "Kraft",
    ),
    (
        "a person's sentence ends the walk",
        "Stadium plan\nArsenal has agreed to sell its old ground to a developer. "
        'Chief executive Keith Edelman met the council on Monday. "This is a good deal for the fans," the club said.\n',
        "This is a good deal",
        None,
    ),
    (
        "a document that speaks ends the walk",
        "Spam row\nNetcraft measured the sites on Monday. "
        'The statement issued by the campaign also said its database was safe. "The idea was simply to slow them," the company said.\n',
        "The idea was simply",
        None,
    ),
    (
        "a state's body is left",
        "Tax plan\nMicrosoft has criticised the new tax on software sales. "
        '"The tax will raise money for schools," the government said.\n',
        "The tax will raise",
        None,
    ),
    (
        "a news outlet is the outlet cited, not the body reported on (quotes35's outlet_epithets)",
        "Bid talk\nMicrosoft is said to be planning a bid, the Financial Times reports. "
        '"Talks are at an early stage," the newspaper said.\n',
        "Talks are at an early stage",
        "the Financial Times",
    ),
    (
        "no body named before",
        "Jobs cut\nHundreds of workers will lose their jobs in the spring. "
        '"We regret the losses," the company said.\n',
        "We regret the losses",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "body"), CASES, ids=[c[0] for c in CASES])
def test_a_body_description_refers_back(parse, name, article, words, body) -> None:
    quote = next(q for q in extract_quotes(parse(article)[1]) if q.text.startswith(words))
    actor = quote.speaker_actor.name if quote.speaker_actor else None
    assert actor == body, (quote.speaker, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "body"),
    [
        ("the company", True),
        ("the firm", True),
        ("the Canada-based company", True),
        ("the football club", True),
        ("the government", False),
        ("the newspaper", False),
        ("the Delta subsidiary", False),
        ("the companies", False),
        ("a company", False),
    ],
)
def test_body_description_heads(parse, phrase, body) -> None:
    _, doc = parse(f"Headline\n{phrase[0].upper() + phrase[1:]} said nothing.\n")
    start = doc.text.index("\n") + 1
    mention = doc.char_span(start, start + len(phrase))
    assert (body_head(mention) is not None) is body, mention.text
