"""A cue after a quotation that closed its sentence, with words of its own, is new prose, not the quotation's report (#15).

"… Ellis told BBC Sport: “… a project that is bound to fail?” Becker has also signed up to commentate …": the
parser hung the quotation from the later verb, or the post-posed route read "Becker has also signed up" as its
speaker's clause. A verb whose subject comes first and which has a complement of its own (an infinitive, a
clause, an object that is no hearer) reports something else; "“…?” Becker asked reporters." (a hearer) and
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


_HEAD = "Becker joins academy\nBoris Becker spent a week at the academy's spring camp in Seville this month.\n"

#: (case, body paragraph, the quotation's first words, its speaker's last word)
CASES = [
    (
        "an infinitive after a question",
        'Coaching director Mark Ellis told BBC Sport: "He was generous with the juniors and the staff. '
        '"And why would he risk his name on a project that is bound to fail?" '
        "Becker has also agreed to commentate for the BBC at next year's Open.\n",
        "He was generous",
        "Ellis",
    ),
    (
        "an object after a full stop",
        '"We need the coach to remain here, nobody else should come in," said captain Rob Hale.\n'
        '"With luck he will now be allowed to remain." Goalkeeper Dan Pike shared Hale\'s view. '
        '"The whole squad supports the coach," said Pike.\n',
        "With luck",
        "Hale",
    ),
    (
        "a hearer after a question",
        '"Why would he risk his name on a project that is bound to fail?" Becker asked reporters.\n',
        "Why would he",
        "Becker",
    ),
    (
        "an inverted cue after a question",
        '"Who would pay for a song that stops working next month?" asked the magazine.\n',
        "Who would pay",
        "magazine",
    ),
    (
        "a cue with no words of its own",
        '"It was a fine week for all of us and the juniors enjoyed it," Becker said.\n',
        "It was a fine week",
        "Becker",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_cue_with_its_own_words_reports_something_else(nlp, name, body, words, speaker) -> None:
    got = _speaker(nlp, _HEAD + body, words)
    assert got is not None and got.split()[-1] == speaker, got
