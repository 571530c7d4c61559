"""Per-doc views computed once (#18): body sentences and entities, the same answers as spaCy's."""

from __future__ import annotations

import pytest

from briefgen.extract.docview import (
    body_sentences,
    doc_text,
    entities,
    per_span,
    quick_sentences,
    sentence_at,
    span_entities,
    spaces,
    trimmed,
    words,
)

TEXT = (
    "# Talks in Geneva\n\n"
    "The United Nations said on Monday that talks between Russia and Ukraine would resume in Geneva next week.\n\n"
    "Secretary-General Antonio Guterres told reporters in New York that both sides had agreed.\n\n"
    "The European Union and NATO welcomed the news on Tuesday, and Kyiv said it would send Dmytro Kuleba.\n"
)


@pytest.fixture(scope="module")
def doc(parse):
    return parse(TEXT)[1]


def test_body_sentences_are_built_once_per_doc(doc):
    first, second = list(body_sentences(doc)), list(body_sentences(doc))
    assert len(first) == 3
    assert all(a is b for a, b in zip(first, second, strict=True))  # spaCy builds new Spans on every doc.sents


def test_body_sentences_skip_the_heading(doc):
    assert [s.text.split()[0] for s in body_sentences(doc)] == ["The", "Secretary-General", "The"]


def test_entities_are_spacys_built_once(doc):
    assert entities(doc) == doc.ents and len(entities(doc)) >= 6
    assert entities(doc) is entities(doc)


def test_span_entities_are_span_ents_for_every_span(doc):
    """Every span of up to 12 tokens, including spans that cut an entity (where spaCy stops looking)."""
    for start in range(len(doc)):
        for end in range(start, min(len(doc), start + 12) + 1):
            span = doc[start:end]
            assert span_entities(span) == list(span.ents), (start, end)


def test_span_entities_of_each_sentence(doc):
    for sent in doc.sents:
        assert span_entities(sent) == list(sent.ents)


def test_the_parse_leaves_the_checked_text_with_the_doc(parse):
    article, doc = parse(TEXT)
    assert doc_text(doc) is article.text  # not rebuilt from every token: the parse compared it already


def test_a_doc_made_otherwise_gets_its_text_built(nlp):
    doc = nlp.make_doc("Plain text, never parsed by briefgen.")
    assert doc_text(doc) == doc.text


def test_words_are_every_tokens_lower_and_lower_cased_lemma(doc):
    lowers, lemmas = words(doc)
    assert lowers == [t.lower_ for t in doc]
    assert lemmas == [t.lemma_.lower() for t in doc]
    assert "monday" in lemmas and "Monday" not in lemmas  # the lemma keeps the lemmatiser's case; the column is lowered
    assert words(doc) is words(doc)


def test_words_of_an_empty_doc(nlp):
    assert words(nlp.make_doc("")) == ([], [])


def test_per_span_answers_once_per_doc_and_range(doc, nlp):
    calls: list[tuple[int, int]] = []

    def text_of(span):
        calls.append((span.start, span.end))
        return span.text.upper()

    memo = per_span(text_of)
    spans = [doc[start : start + 3] for start in range(0, len(doc) - 3)]
    first = [memo(span) for span in spans]
    assert first == [span.text.upper() for span in spans]  # the function's own answers
    assert [memo(doc[s.start : s.end]) for s in spans] == first  # a new Span over the same range: the same answer
    assert len(calls) == len(spans)  # each range asked once
    other = nlp.make_doc("Quite another text with words enough to slice.")
    assert memo(other[0:3]) == other[0:3].text.upper()  # kept per doc: another doc's range 0-3 is asked again
    assert len(calls) == len(spans) + 1


def test_spaces_are_every_tokens_is_space_and_trimmed_drops_only_them(parse, nlp):
    _, doc = parse("# Title\n\nOne line.  \n\n  Another  line with\u00a0spaces.\n\n\n")
    assert spaces(doc) == [t.is_space for t in doc] and any(spaces(doc))
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = trimmed(doc[start:end])
            words = [t for t in doc[start:end] if not t.is_space]
            assert (span.start, span.end) == ((words[0].i, words[-1].i + 1) if words else (span.start, span.start)), (start, end)
            assert not any(t.is_space for t in (span[:1], span[-1:]) for t in t)
    assert spaces(nlp.make_doc("")) == []


def _sentences_of_every_token_and_span(doc):
    """``(start, end)`` of ``.sent`` of every token and of every span of up to 4 tokens, empty ones (the doc's end too) included."""
    found = [(t.sent.start, t.sent.end, t.sent.label) for t in doc]
    for start in range(len(doc) + 1):
        for end in range(start, min(len(doc), start + 4) + 1):
            sent = doc[start:end].sent
            found.append((sent.start, sent.end, sent.label))
    return found


@pytest.mark.parametrize("text", [TEXT, "Title\n\nShe said it would rain, and it did, all day long, over the whole of the town and its hills", "Title\n\nA. B. C.", "Title\n\nMr. Smith said: \"Go.\" Then he left.\n\nNext one."])
def test_quick_sentences_answer_what_spacys_sent_answers(parse, text):
    doc = parse(text)[1]
    spacys = _sentences_of_every_token_and_span(doc)
    with quick_sentences(doc):
        assert doc.user_token_hooks["sent"] and doc.user_span_hooks["sent"]  # the quick path is what is asked
        assert _sentences_of_every_token_and_span(doc) == spacys
        assert all(sentence_at(doc, t.i) == t.sent for t in doc)
    assert "sent" not in doc.user_token_hooks and "sent" not in doc.user_span_hooks  # handed back as spaCy made it


def test_quick_sentences_leave_a_doc_without_sentence_starts_to_spacy(nlp):
    doc = nlp.make_doc("No parser ran over these words")
    with quick_sentences(doc):
        assert not doc.user_token_hooks and not doc.user_span_hooks
        with pytest.raises(ValueError):
            doc[0].sent  # spaCy's own error (E030), not a made-up sentence


def test_quick_sentences_keep_a_hook_of_the_docs_own(parse):
    doc = parse(TEXT)[1]
    own = lambda token: token.doc[:]  # noqa: E731
    doc.user_token_hooks["sent"] = own
    try:
        with quick_sentences(doc):
            assert doc.user_token_hooks["sent"] is own and "sent" not in doc.user_span_hooks
        assert doc.user_token_hooks["sent"] is own
    finally:
        del doc.user_token_hooks["sent"]
