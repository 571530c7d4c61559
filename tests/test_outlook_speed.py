"""Outlook's per-token reads and its time-phrase matcher made cheaper without changing an answer (#18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.matcher import Matcher
from spacy.util import filter_spans

from briefgen.extract.docview import body_sentences
from briefgen.extract.outlook import cues, extractor
from briefgen.extract.outlook.cues import future_time_spans, lemma_of
from briefgen.extract.outlook.first_tests import FirstTest, admitted_bits
from briefgen.ingest import parse_article_text
from briefgen.nlp import parse_articles

WITH_TIMES = [
    "The ministers will meet next week in Brussels.",
    "Talks resume later this year, and a vote comes in the coming months.",
    "A decision is expected soon, officials said, possibly as soon as Friday.",
    "The plant closes later on Monday; in the near future prices will rise.",
    "Sales will rise over the next 3 years.",
    "He arrived a lap too soon and will race again tomorrow or shortly after.",
]
WITHOUT = [
    "The talks ended on Friday after a long night.",
    "Shares fell 3% in London as investors sold banks.",
]


def _plain_matches(doc):
    """The matcher over the pattern table as written, every match."""
    matcher = Matcher(doc.vocab)
    matcher.add("FUTURE_TIME", cues._FUTURE_TIME_PATTERNS)
    return sorted((start, end) for _, start, end in matcher(doc))


@pytest.mark.parametrize("text", WITH_TIMES + WITHOUT)
def test_the_matcher_with_first_words_apart_finds_the_same_matches(nlp, text):
    doc = nlp(text)
    found = sorted((start, end) for _, start, end in cues._future_time_matcher(doc.vocab)(doc))
    assert found == _plain_matches(doc)


@pytest.mark.parametrize("text", WITH_TIMES)
def test_time_phrases_are_the_longest_matches_as_before(nlp, text):
    doc = nlp(text)
    spans = future_time_spans(doc)
    assert spans  # each sentence holds one
    longest = filter_spans([doc[s:e] for s, e in _plain_matches(doc)])
    assert {(s.start, s.end) for s in spans} <= {(s.start, s.end) for s in longest}


@pytest.mark.parametrize("text", WITHOUT)
def test_a_text_without_the_words_a_pattern_needs_is_not_matched(nlp, text, monkeypatch):
    doc = nlp(text)

    def no_matcher(vocab):
        raise AssertionError("the matcher ran over a text no pattern can match")

    monkeypatch.setattr(cues, "_future_time_matcher", no_matcher)
    assert future_time_spans(doc) == []
    assert future_time_spans(doc[2:]) == []


def test_a_span_is_gated_on_its_own_words(nlp, monkeypatch):
    doc = nlp("Prices rose. They will fall next week.")
    first = next(iter(doc.sents))
    monkeypatch.setattr(cues, "_future_time_matcher", lambda vocab: pytest.fail("matched a sentence without the words"))
    assert future_time_spans(first) == []


@pytest.mark.parametrize(("text", "word", "lemma"), [("She is hoping to win.", "hoping", "hope"), ("It was slated for June.", "slated", "slate"), ("Monday comes.", "Monday", "monday")])
def test_lemma_of_reads_the_docs_word_columns(nlp, text, word, lemma):
    doc = nlp(text)
    token = next(t for t in doc if t.text == word)
    assert lemma_of(token) == lemma


# --- each cue function's first test, and the outlook asking only the functions whose test admits a word (#18) ---

BBC = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "bbc_news_summary"


def _constructions() -> str:
    """Every sentence of tests/test_outlook.py's tables (and the quoted ones above), as one article."""
    from test_outlook import CASES, KINDS, TABLE_HOLDERS

    sentences = [s for _, s, _ in CASES] + [k[0] for k in KINDS] + [s for s, _ in TABLE_HOLDERS] + WITH_TIMES + WITHOUT
    return "Outlook Constructions\n" + "\n".join(sentences) + '\nHe said: "We will win." They may not.\n'


@pytest.fixture(scope="module")
def docs(nlp):
    """The constructions, and the first six articles of each BBC section when the corpus is beside the repo."""
    texts = [_constructions()]
    if BBC.is_dir():
        texts += [p.read_text(encoding="utf-8") for section in sorted(BBC.iterdir()) if section.is_dir() for p in sorted(section.glob("*.txt"))[:6]]
    articles = [parse_article_text(text.encode("utf-8"), path=f"a{i}.txt", suffix=".txt") for i, text in enumerate(texts)]
    return list(parse_articles(nlp, articles))


@pytest.mark.slow
def test_every_cue_function_asked_declares_its_first_test():
    for cue in extractor.ASKED_CUES:
        assert isinstance(cue.first_test, FirstTest), cue.__name__


@pytest.mark.slow
def test_the_doc_columns_give_each_first_test_the_answer_it_gives_the_token(docs):
    """``admitted_bits`` from the arrays is ``FirstTest.admits`` on each token: every word of the docs, every test."""
    tests = [cue.first_test for cue in extractor.ASKED_CUES]
    admitted = 0
    for doc in docs:
        bits = admitted_bits(doc, tests)
        for token in doc:
            expected = sum(1 << k for k, test in enumerate(tests) if test.admits(token))
            assert bits[token.i] == expected, (token.text, token.pos_, token.tag_, token.dep_)
            admitted += expected != 0
    assert 0 < admitted < sum(len(doc) for doc in docs) / 4  # the point of it: most words are admitted by none


def _every_word_asked(sent, *, quoted, times):
    """The chain as it was before the first tests were evaluated per doc: every cue function on every unquoted word."""
    last = next((t for t in reversed(sent) if not t.is_space), None)
    if last is not None and last.text == "?" and last.idx not in quoted:
        return
    has_future_time = bool(times)
    for token in sent:
        if token.is_space or token.idx in quoted or token.is_punct:
            continue
        kind = next(
            (k for cue in extractor.CLAUSE_CUES if (k := cue(token, future_time_in_sentence=has_future_time) if cue is cues.modal_cue else cue(token))),
            None,
        )
        if kind:
            yield extractor.Cue(kind, token)
        elif kind := next((k for cue in extractor.PLACING_CUES if (k := cue(token))), None):
            yield extractor.Cue(kind, token, placing=True)
    for span in times:
        if kind := cues.future_time_cue(span):
            yield extractor.Cue(kind, span.root, placing=True)


@pytest.mark.slow
def test_the_outlook_finds_the_cues_it_would_find_asking_every_word(docs):
    """Skipping the words no first test admits loses no cue: the same cues, kinds and order over the
    constructions of tests/test_outlook.py and BBC articles."""
    found = 0
    for doc in docs:
        quoted = extractor.QuotedText(doc)
        times = extractor.unquoted_times(cues.future_time_spans(doc), quoted)
        for sent in body_sentences(doc):
            own = [span for span in times if sent.start <= span.start and span.end <= sent.end]
            fast = [(c.kind, c.token.i, c.placing) for c in extractor.outlook_cues(sent, quoted=quoted, times=own)]
            plain = [(c.kind, c.token.i, c.placing) for c in _every_word_asked(sent, quoted=quoted, times=own)]
            assert fast == plain, sent.text
            found += len(fast)
    assert found > 50


@pytest.mark.slow
def test_a_word_no_first_test_admits_is_asked_by_no_cue_function(nlp, monkeypatch):
    asked = []
    bodies = [(bit, lambda token, cue=cue: asked.append(token.text) or cue(token)) for bit, cue in extractor._CLAUSE_BODIES]
    monkeypatch.setattr(extractor, "_CLAUSE_BODIES", tuple(bodies))
    doc = nlp("The talks ended on Friday, and the ministers are expected to meet again from Monday.")
    quoted = extractor.QuotedText(doc)
    kinds = [(c.kind, c.token.text) for c in extractor.outlook_cues(doc[:], quoted=quoted, times=[])]
    assert kinds == [("expected", "expected")]
    # "are" (a frame head's lemma), "expected" (a frame head, a present passive), "from" (a date's start), "meet"
    # (an infinitive complement, which a calendar day could place: "to face Wales on Saturday"): no "talks",
    # "ended" (past), "on", "Monday", ...
    assert sorted(set(asked)) == ["are", "expected", "from", "meet"]


def _fired_where_refused(docs) -> list[tuple[str, str]]:
    """(function, word) wherever a cue function answers for a word its declared first test refuses."""
    fired = []
    for doc in docs:
        for token in doc:
            for cue in extractor.ASKED_CUES:
                if cue.first_test.admits(token):
                    continue
                answers = [cue(token, future_time_in_sentence=f) for f in (False, True)] if cue is cues.modal_cue else [cue(token)]
                if any(answers):
                    fired.append((cue.__name__, token.text))
    return fired


@pytest.mark.slow
def test_no_cue_function_fires_on_a_word_its_first_test_refuses(docs):
    """Each function asked about every word of the constructions and the BBC articles: where its declared first
    test says no, it says no. A cue added to a function without widening its test fails here."""
    assert _fired_where_refused(docs) == []


@pytest.mark.slow
def test_a_first_test_narrower_than_its_function_is_caught(nlp, monkeypatch):
    """The check above can fail: plan_cue's test declared without "expect" refuses a word the function fires on."""
    doc = nlp("The bill is expected to pass the Senate.")
    test = cues.plan_cue.first_test
    monkeypatch.setattr(cues.plan_cue, "first_test", FirstTest(pos=test.pos, lowers=test.lowers - {"expected"}, lemmas=test.lemmas - {"expect"}))
    assert _fired_where_refused([doc]) == [("plan_cue", "expected")]
