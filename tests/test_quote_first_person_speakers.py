"""A name the article has say "I" is a person a "he" or "she" can stand for, however it was typed (#15).

"Parry said: “I sincerely hope …”" then "He said: “…”": the tagger called the surname a body and the actor table
holds it as one, so the "he" went to the next person back or to no one (BBC sport/112, tech/401). Only a person
speaks of himself as "I"; a club or a firm quoted speaks as "we". Made-up articles parsed by the real model; the
table's typing is given through ``kind_of`` and the tagger's by the doc's entities, as the pipeline would give them.
"""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from briefgen.extract import extract_quotes
from briefgen.ingest import parse_article_text
from briefgen.nlp import load_model, parse_article


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def _doc(nlp, text: str, *, as_body: str):
    """The parsed article, with every mention of ``as_body`` tagged an organisation, as the small model may tag it."""
    doc = parse_article(nlp, parse_article_text(text.encode("utf-8"), path="t.txt"))
    kept = [e for e in doc.ents if as_body not in e.text]
    bodies = [Span(doc, t.i, t.i + 1, label="ORG") for t in doc if t.text == as_body]
    taken = {i for span in bodies for i in range(span.start, span.end)}
    doc.ents = sorted([e for e in kept if not any(i in taken for i in range(e.start, e.end))] + bodies, key=lambda s: s.start)
    return doc


def _speaker_of(nlp, text: str, words: str, *, as_body: str) -> str | None:
    doc = _doc(nlp, text, as_body=as_body)

    def kind_of(span: Span) -> str | None:
        return "organisation" if span.text.endswith(as_body) else None  # the actor table holds the name as a body

    quote = next(q for q in extract_quotes(doc, kind_of=kind_of) if q.text.startswith(words))
    return quote.speaker


_OPENING = "Rovers keep their captain\nRovers will not sell their captain Tom Reed, the club has said.\n"

#: (case, the rest of the article, the first words of the "he said" quotation, its speaker or None for not Keel's)
CASES = [
    (
        "a he after a name that said I, the cue before its quotation",
        'Keel said: "I have told the manager nobody is for sale." Keel is also planning a new ground by the river. '
        'He said: "The ground will always be our home."\n',
        "The ground will always",
        "Keel",
    ),
    (
        "a he after a name that said I, the cue after its quotation",
        '"My answer to every bid has been the same," Keel said. Keel is also planning a new ground by the river. '
        'He told the local radio station: "The ground will always be our home."\n',
        "The ground will always",
        "Keel",
    ),
    (
        "a he before the name says I later in the article",
        'Keel is also planning a new ground by the river. He said: "The ground will always be our home."\n'
        '"I have told the manager nobody is for sale," Keel added.\n',
        "The ground will always",
        "Keel",
    ),
    (
        "a name that only said we is still a body",
        'Keel said: "We have told the manager nobody is for sale." Keel is also planning a new ground by the river. '
        'He said: "The ground will always be our home."\n',
        "The ground will always",
        None,
    ),
    (
        "an I in a quotation the name only speaks about",
        '"I will never leave Keel," Reed said. Keel is also planning a new ground by the river. '
        'He said: "The ground will always be our home."\n',
        "The ground will always",
        None,
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("name", "rest", "words", "speaker"), CASES, ids=[c[0] for c in CASES])
def test_a_name_that_says_i_is_a_person_for_a_he(nlp, name, rest, words, speaker) -> None:
    found = _speaker_of(nlp, _OPENING + rest, words, as_body="Keel")
    if speaker is None:
        assert found is None or not found.endswith("Keel"), found
    else:
        assert found is not None and found.endswith(speaker), found


def test_names_speaking_as_i_reads_only_first_person_singular_quotations(nlp) -> None:
    doc = _doc(nlp, _OPENING + '"I am staying," Keel said. "We are staying," Rovers said.\n', as_body="Keel")
    from briefgen.extract.quotes.first_person import names_speaking_as_i, says_i_in
    from briefgen.extract.quotes.runs import QuoteIndex, quote_runs
    from briefgen.extract.quotes.speakers import entity_at, subject_of

    index = QuoteIndex(doc, quote_runs(doc))
    entities = entity_at(doc)
    names = names_speaking_as_i(index.spans, entities=entities, subject_of=lambda cue: subject_of(cue, quoted=index), quoted=index)
    assert "keel" in names
    assert "rovers" not in names
    keel = next(e for e in doc.ents if e.text == "Keel")
    assert says_i_in(keel, names)
    assert not says_i_in(keel, frozenset())
