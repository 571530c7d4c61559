"""A cue after a quotation that closed its sentence, with words of its own, is new prose, not the quotation's report (#15).

"… Felgate told BBC Sport: “… something that's not going to be successful?” Connors has also agreed to commentate
for the BBC …": the parser hung the quotation from "agreed", or the post-posed route read "Connors has also agreed"
as its speaker's clause. A verb whose subject comes first and which has a complement of its own (an infinitive, a
clause, an object that is no hearer) reports something else; "“…?” Connors asked reporters." (a hearer) and
"“…?” asked the magazine." (inverted) still sign the quotation. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _speaker(nlp, text: str, words: str) -> str | None:
    doc = parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))
    quote = next(q for q in extract_quotes(doc) if q.text.startswith(words))
    return quote.speaker


_HEAD = "Connors to help LTA\nJimmy Connors spent three days at the LTA's winter camp in La Manga this week.\n"

#: (case, body paragraph, the quotation's first words, its speaker's last word)
CASES = [
    (
        "an infinitive after a question",
        'Performance director David Felgate told BBC Sport: "He was fantastic with the players and the coaches. '
        '"And why would he stake his reputation on something that is not going to be successful?" '
        "Connors has also agreed to commentate for the BBC at next year's Wimbledon Championships.\n",
        "He was fantastic",
        "Felgate",
    ),
    (
        "an object after a full stop",
        '"We want the boss to stay, we do not want someone else coming in," said captain Jim McIntyre.\n'
        '"Hopefully now he gets the chance to stay." Keeper Tony Bullock echoed McIntyre\'s sentiments. '
        '"I think all the boys are behind the manager," said Bullock.\n',
        "Hopefully now",
        "McIntyre",
    ),
    (
        "a hearer after a question",
        '"Why would he stake his reputation on something that is not going to be successful?" Connors asked reporters.\n',
        "Why would he",
        "Connors",
    ),
    (
        "an inverted cue after a question",
        '"Who wants to download a track that will not play next month?" asked the magazine.\n',
        "Who wants",
        "magazine",
    ),
    (
        "a cue with no words of its own",
        '"It was a great week for all of us and the kids loved it," Connors said.\n',
        "It was a great week",
        "Connors",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_cue_with_its_own_words_reports_something_else(nlp, name, body, words, speaker) -> None:
    got = _speaker(nlp, _HEAD + body, words)
    assert got is not None and got.split()[-1] == speaker, got
