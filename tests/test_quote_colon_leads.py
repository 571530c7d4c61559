"""A quotation opened by a colon after "told X" is the teller's, wherever the parse hung it (#15).

"Downing Street cited that comment when … claims he had once told Mr Blair: “…”", "The News of the World reports that
Anelka told a French magazine: “…”": the small parser hung the quotation from the sentence's main verb, and the climb
from it gave the words to Downing Street, the paper or the book. The clause that ends at the colon says who speaks:
the subject of the speech cue whose object closes it. Made-up articles, parsed by the real model.
"""

from __future__ import annotations

import pytest

from briefgen.extract import extract_quotes
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _speaker_of(nlp, body: str, words: str) -> str | None:
    text = "Captain stays\n" + body + "\n"
    doc = parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))
    quote = next(q for q in extract_quotes(doc) if q.text.startswith(words))
    return quote.speaker


#: (case, the body, the quotation's first words, a word its speaker must end with, a word it must not end with)
CASES = [
    (
        "a paper reports what a player told a magazine",
        "Tom Reed wants to leave Rovers. The Evening Post reports that Reed told a French magazine: "
        '"I either win titles or I have an easy life."',
        "I either win",
        "Reed",
        "Post",
    ),
    (
        "a book claims what one minister told another",
        'Mr Keel\'s new book claimed that Mr Hale told Mr Reed: "There is nothing you could ever say to me now."',
        "There is nothing",
        "Hale",
        "Keel",
    ),
    (
        "one recalls the advice another gave him",
        'Mr Reed recalls how Tom Hale once advised him: "Always remember what people see of you."',
        "Always remember",
        "Hale",
        "Reed",
    ),
    (
        "the teller is the sentence's own subject",
        'Rovers chairman Tom Hale told reporters: "We will not sell him."',
        "We will not",
        "Hale",
        None,
    ),
    (
        "a passive's subject is whom the words were said to",
        'Tom Reed said he was angry. He said the player was told: "You will not play again this season."',
        "You will not play",
        None,
        "player",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "body", "words", "speaker", "not_speaker"), CASES, ids=[c[0] for c in CASES])
def test_the_clause_before_the_colon_says_who_speaks(nlp, name, body, words, speaker, not_speaker) -> None:
    found = _speaker_of(nlp, body, words)
    if speaker is not None:
        assert found is not None and found.endswith(speaker), found
    if not_speaker is not None:
        assert found is None or not found.endswith(not_speaker), found


def test_the_colon_lead_is_read_only_with_an_object_and_a_subject(nlp) -> None:
    from briefgen.extract.quotes.colon_leads import colon_lead_cue

    def lead(body: str) -> str | None:
        doc = parse_article(nlp, parse_article_text(("Title\n" + body + "\n").encode("utf-8"), path="t.txt"))
        start = next(t.i for t in doc if t.text == '"') + 1
        cue = colon_lead_cue(doc[start : start + 3], quoted=lambda t: False)
        return cue.text if cue is not None else None

    assert lead('The paper says that Reed told a magazine: "I will stay."') == "told"
    assert lead('Reed said: "I will stay."') is None  # no object: the parse's own case
    assert lead('Reed signed a new deal: "I will stay."') is None  # no speech cue
    assert lead('The player was told: "You will stay."') is None  # a passive
    assert lead('It came from a rival who promised lower prices: "I will cut them."') is None  # no one spoken to
