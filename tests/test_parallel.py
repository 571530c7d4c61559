"""Parsing in several processes, in pieces, or with fewer components: what changes and what must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from briefgen.extract import extract_all
from briefgen.ingest import parse_article_text
from briefgen.nlp import UNUSED_COMPONENTS, parse_articles
from briefgen.pipeline import brief_articles
from briefgen.records import Briefing
from briefgen.render import briefing_json

from conftest import SAMPLE_ARTICLES

pytestmark = pytest.mark.slow

TEXTS: dict[str, str] = {k: SAMPLE_ARTICLES[k] for k in ('ferry.txt', 'vote.txt', 'flood.txt', 'tennis.txt')}


@pytest.fixture(scope="module")
def articles():
    return [parse_article_text(t.encode("utf-8"), path=name, suffix=".txt") for name, t in TEXTS.items()]


def briefings(articles, nlp: Language, **options) -> list[str]:
    results = list(brief_articles(articles, nlp=nlp, **options))
    assert all(isinstance(r, Briefing) for r in results), results
    return [briefing_json(r) for r in results]


def test_two_processes_give_the_same_bytes_as_one(articles, nlp):
    one = briefings(articles, nlp, n_process=1)
    two = briefings(articles, nlp, n_process=2, batch_size=1)  # batch 1: articles really spread over both workers
    assert two == one


def test_long_articles_parsed_in_pieces_keep_text_offsets_and_structure(articles, nlp):
    long_text = "\n\n".join(TEXTS.values()) * 3
    article = parse_article_text(long_text.encode("utf-8"), path="long.txt", suffix=".txt")
    whole = next(parse_articles(nlp, [article], piece_chars=10**6))
    pieces = next(parse_articles(nlp, [article], piece_chars=300))
    assert pieces.text == whole.text == article.text
    assert [(p.start_char, p.end_char) for p in pieces.spans["briefgen_paragraphs"]] == [
        (p.start_char, p.end_char) for p in whole.spans["briefgen_paragraphs"]
    ]
    # cuts fall at line breaks, where sentences already break: same sentences and entities
    assert [s.text for s in pieces.sents] == [s.text for s in whole.sents]
    assert [(e.text.strip(), e.label_) for e in pieces.ents] == [(e.text.strip(), e.label_) for e in whole.ents]


def _extractions(nlp: Language, articles) -> list[dict]:
    return [extract_all(doc).to_dict() for doc in parse_articles(nlp, articles)]


@pytest.mark.filterwarnings("ignore::UserWarning")  # W108: without a tagger the lemmatizer warns, as it should
@pytest.mark.parametrize("component", ["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner"])
def test_every_loaded_component_changes_the_output_so_none_is_disabled(component, articles, nlp):
    """Why :data:`briefgen.nlp.UNUSED_COMPONENTS` is empty: without any one of them the briefings differ."""
    assert component in nlp.pipe_names and component not in UNUSED_COMPONENTS
    reference = _extractions(nlp, articles)
    with nlp.select_pipes(disable=[component]):
        try:
            reduced = _extractions(nlp, articles)
        except Exception:  # noqa: BLE001 - a component others listen to cannot go at all
            reduced = None
    assert reduced != reference


def test_the_model_keeps_senter_disabled(nlp):
    """The parser sets sentences; the disabled ``senter`` would only add cost."""
    assert "senter" not in nlp.pipe_names and "senter" in nlp.disabled


@pytest.mark.parametrize(("to_parse", "batch_size", "jobs", "expected"), [(1, 16, 2, 1), (20, 16, 2, 1), (40, 16, 2, 2), (4, 1, 2, 2), (400, 16, 1, 1)])
def test_worker_processes_are_started_only_for_whole_batches(to_parse, batch_size, jobs, expected, articles, nlp, monkeypatch):
    import briefgen.pipeline.brief as pipeline

    seen: list[int] = []

    def fake_extract(items, *, nlp, settings, n_process, batch_size, budget):
        seen.append(n_process)
        return iter(())  # nothing extracted: only the decision is under test

    monkeypatch.setattr(pipeline, "extract_articles", fake_extract)
    many = [articles[i % len(articles)] for i in range(to_parse)]
    generator = brief_articles(many, nlp=nlp, batch_size=batch_size, n_process=jobs)
    with pytest.raises(RuntimeError):  # the fake yields nothing, so the generator stops short
        next(generator)
    assert seen == [expected]


def test_worker_processes_parse_and_extract_so_the_main_process_does_no_nlp(articles, nlp, monkeypatch, tmp_path):
    """With --jobs 2 the main process only hands out batches; extraction runs beside the parse in each worker."""
    import os

    import briefgen.pipeline.brief as pipeline

    real_extract = pipeline.extract_all
    log = tmp_path / "pids"

    def logging_extract(doc, *, settings):
        with log.open("a") as handle:  # appends of one short line are atomic: workers may write at once
            handle.write(f"{os.getpid()}\n")
        return real_extract(doc, settings=settings)

    monkeypatch.setattr(pipeline, "extract_all", logging_extract)  # forked workers inherit the patch
    strings_before = len(nlp.vocab.strings)
    results = list(brief_articles(articles, nlp=nlp, n_process=2, batch_size=1))
    assert all(isinstance(r, Briefing) for r in results)
    pids = log.read_text().split()
    assert len(pids) == len(articles)
    assert str(os.getpid()) not in pids
    assert len(nlp.vocab.strings) == strings_before  # nothing was parsed here


def test_memory_zones_free_new_words_and_do_not_change_the_briefings(articles, nlp, monkeypatch):
    """Articles go through spaCy memory zones: words first seen in a zone leave the vocabulary at its end."""
    import briefgen.pipeline.brief as pipeline

    invented = parse_article_text(
        "Zorblat Quexum Vintragal\n\nThe minister Zorblat Quexum said the vintragal plan would cost 5 flarnics.".encode(),
        path="invented.txt",
        suffix=".txt",
    )
    batch = [*articles, invented]
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 0)  # a full vocabulary: every chunk in a zone
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 1000)
    one_zone = briefings(batch, nlp)
    strings_after_one = len(nlp.vocab.strings)
    monkeypatch.setattr(pipeline, "ZONE_ARTICLES", 1)
    zone_per_article = briefings(batch, nlp)
    assert zone_per_article == one_zone
    assert len(nlp.vocab.strings) == strings_after_one
    assert "zorblat" not in nlp.vocab.strings and "flarnics" not in nlp.vocab.strings


def _invented(word: str):
    return parse_article_text(
        f"{word.title()} Plan\n\nThe minister {word.title()} Quexum said the {word} plan would cost 5 flarnics.".encode(),
        path=f"{word}.txt",
        suffix=".txt",
    )


@pytest.mark.parametrize(
    ("keep_lexemes", "keep_chars", "kept"),
    [
        (10**9, 10**9, True),  # vocabulary not full, chunk small: no zone, the words stay (the tokenizer caches them)
        (0, 10**9, False),  # vocabulary full: a zone
        (10**9, 10, False),  # a chunk of more characters than KEEP_CHARS: a zone, whatever the vocabulary
    ],
)
def test_words_stay_in_the_vocabulary_only_until_it_is_full(keep_lexemes, keep_chars, kept, articles, nlp, monkeypatch):
    """Outside a zone spaCy's tokenizer caches words and keeps their lexemes; a zone caches nothing (RESULTS §13)."""
    import briefgen.pipeline.brief as pipeline

    word = {True: "glarbnic", False: "snorvath"}[kept] + str(keep_chars)[:2]
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", keep_lexemes)
    monkeypatch.setattr(pipeline, "KEEP_CHARS", keep_chars)
    assert word not in nlp.vocab.strings
    briefings([*articles, _invented(word)], nlp)
    assert (word in nlp.vocab.strings) is kept


def test_a_chunk_kept_in_the_vocabulary_gives_the_same_bytes_as_one_in_a_zone(articles, nlp, monkeypatch):
    import briefgen.pipeline.brief as pipeline

    batch = [*articles, _invented("plornyx")]
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 0)
    zoned = briefings(batch, nlp)  # first, so that the new words are new to both
    monkeypatch.setattr(pipeline, "KEEP_LEXEMES", 10**9)
    kept = briefings(batch, nlp)
    assert "plornyx" in nlp.vocab.strings
    assert kept == zoned


def test_workers_started_by_spawn_as_on_macos_and_windows_give_the_same_bytes(articles, nlp, monkeypatch):
    """Where processes cannot fork, the pipeline is pickled to each worker; its custom component must survive."""
    import multiprocessing

    import briefgen.pipeline.brief as pipeline

    spawn = multiprocessing.get_context("spawn")
    monkeypatch.setattr(pipeline.multiprocessing, "get_context", lambda *args: spawn)
    assert briefings(articles, nlp, n_process=2, batch_size=1) == briefings(articles, nlp, n_process=1)
