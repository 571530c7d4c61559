"""A player's noun as a bare epithet ("the striker", "the winger") is the person the sports report is about (#15).

"Jose Antonio Reyes has added to speculation …. The striker joined the Gunners …. “If I'm not …,” he added":
a contestant's noun from WordNet (``contestant_nouns.txt``) refers back like an age or a nationality does, by the
main subjects of the sentences before it, to a named person; an office ("the prime minister") still picks out its
holder, and a main subject that names a body stops the search. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.extract.quotes.epithets import bare_epithet
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _parse(nlp, text: str):
    return parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))


#: (case, article, the quotation's first words, the person its speaker stands for, or None)
CASES = [
    (
        "the striker as the speaker",
        "Bellini joins Leeds\nMarco Bellini has completed his move from Turin to Leeds. "
        'He joined the Italian side in 2001. "I am very happy to be here," the striker said.\n',
        "I am very happy",
        "Marco Bellini",
    ),
    (
        "a he whose antecedent is the striker",
        "Bellini joins Leeds\nMarco Bellini has completed his move from Turin to Leeds. "
        'The striker joined the Italian side in 2001. "I am very happy to be here," he said.\n',
        "I am very happy",
        "Marco Bellini",
    ),
    (
        "the winger after a sentence about the club",
        "Bellini joins Leeds\nMarco Bellini has completed his move from Turin to Leeds. "
        'The club paid five million pounds for him. "I am very happy to be here," the winger said.\n',
        "I am very happy",
        None,
    ),
    (
        "an office",
        "Tax row grows\nJohn Fields has criticised the plan. "
        'He wrote to every MP on Monday. "We will not raise taxes," the prime minister said.\n',
        "We will not raise",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "article", "words", "person"), CASES, ids=[c[0] for c in CASES])
def test_a_players_epithet_refers_back(nlp, name, article, words, person) -> None:
    quote = next(q for q in extract_quotes(_parse(nlp, article)) if q.text.startswith(words))
    actor = quote.speaker_actor.name if quote.speaker_actor else None
    if person is None:
        assert actor is None, (quote.speaker, actor)
    else:
        assert person in (actor, quote.speaker), (quote.speaker, actor)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("phrase", "epithet"),
    [("the striker", True), ("the winger", True), ("the champion", True), ("the singer", False), ("the prime minister", False), ("the 21-year-old", True)],
)
def test_bare_epithet_heads(nlp, phrase, epithet) -> None:
    doc = _parse(nlp, f"Headline\n{phrase.capitalize()} said nothing.\n")
    start = doc.text.index("\n") + 1
    mention = doc.char_span(start, start + len(phrase))
    assert (bare_epithet(mention) is not None) is epithet, mention.text
