"""Issue 3: score the key points with ROUGE on the BBC News Summary corpus.

Every article goes through the code path of a briefing: ``parse_article_text``
(the first line is the headline, which a key point may never be), one
``parse_articles`` stream, then :func:`briefgen.extract.extract_all` with
``summary_sentences`` set to the number of points asked for. The key points are
scored against the reference summary with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1
(``rouge-score`` with its Porter stemmer), averaged over the articles;
``half`` scores one half of the fixed-seed split by article (as the other
evals' ``--half``), the check every change to the key points is held to.

In the same run, over the same parsed body sentences, three ``sumy``
baselines pick as many sentences: Lead-k, LexRank-k and TextRank-k. They get
our sentence split rather than their own so that the table compares the
ranking alone. ``sumy`` normally splits and tokenises with NLTK's ``punkt``
data, which is often absent offline; :class:`_PreSplitTokenizer` stands in for
it (see there), so no NLTK data is needed.

``rouge-score`` and ``sumy`` are test-only dependencies, imported inside
:func:`evaluate`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..extract import extract_all
from ..extract.docview import body_sentences, doc_text, sentence_text_bounds
from ..ingest import parse_article_text
from ..nlp import load_model, parse_articles
from ..records import Settings
from .common import EvalResult, read_jsonl, select_half, write_jsonl

#: The systems of the report, ours first.
SYSTEMS: tuple[str, ...] = ("briefgen", "lead", "lexrank", "textrank")

_ROUGE_TYPES: tuple[str, ...] = ("rouge1", "rouge2", "rougeLsum")

_INSTALL_HINT = "pip install 'briefgen[test]'"


@dataclass(frozen=True, slots=True)
class CorpusArticle:
    """One article of the corpus and its reference sentences."""

    id: str
    text: str
    reference: tuple[str, ...]


def reference_sentences(row: dict[str, Any]) -> tuple[str, ...]:
    """The reference as sentences: ``summary_sentences`` when the corpus has them, else the raw summary."""
    sentences = row.get("summary_sentences")
    if sentences:
        return tuple(sentences)
    return (row["summary"],)


def read_corpus(corpus_dir: Path, *, limit: int | None = None, half: str | None = None) -> list[CorpusArticle]:
    """Articles listed in ``summaries.jsonl``, read from the files beside it, in the listed order.

    ``half`` ("A" or "B") keeps one half of the fixed-seed split by article id
    (:func:`~.common.split_halves`), then ``limit`` the first that many.
    """
    corpus_dir = Path(corpus_dir)
    index = corpus_dir / "summaries.jsonl"
    if not index.is_file():
        raise ConfigError(f"{index}: no summaries.jsonl in the corpus folder")
    rows = select_half(list(read_jsonl(index)), half)
    if limit is not None:
        rows = rows[:limit]
    articles = []
    for row in rows:
        path = corpus_dir / row["id"]
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise ConfigError(f"{path}: cannot read the article ({exc.strerror})") from None
        articles.append(CorpusArticle(id=row["id"], text=text, reference=reference_sentences(row)))
    return articles


class _PreSplitTokenizer:
    """What ``sumy`` asks of a tokenizer, without NLTK's ``punkt`` data.

    Sentences are never asked for, because the documents are built from our
    own sentence split (:func:`_sumy_document`). Words come from NLTK's
    Treebank-style word tokenizer, which is what ``nltk.word_tokenize`` runs
    after its punkt sentence split and which needs no data files, filtered by
    the same word pattern as ``sumy.nlp.tokenizers.Tokenizer``.
    """

    _WORD = re.compile(r"^[^\W\d_](?:[^\W\d_]|['-])*$", re.UNICODE)
    language = "english"

    def __init__(self) -> None:
        from nltk.tokenize import NLTKWordTokenizer

        self._words = NLTKWordTokenizer()

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:  # pragma: no cover - never called
        return (paragraph,)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return tuple(w for w in self._words.tokenize(sentence) if self._WORD.match(w))


def _sumy_document(sentences: Sequence[str], tokenizer: _PreSplitTokenizer) -> Any:
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence

    return ObjectDocumentModel([Paragraph([Sentence(s, tokenizer) for s in sentences])])


def _baselines(k: int) -> dict[str, Callable[[Sequence[str]], list[str]]]:
    """Lead-k, LexRank-k and TextRank-k over pre-split sentences (sumy, English stemmer and stop words)."""
    from sumy.nlp.stemmers import Stemmer
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    tokenizer = _PreSplitTokenizer()
    stemmer = Stemmer("english")
    stop_words = get_stop_words("english")

    def ranked(summarizer_class: type) -> Callable[[Sequence[str]], list[str]]:
        summarizer = summarizer_class(stemmer)
        summarizer.stop_words = stop_words

        def run(sentences: Sequence[str]) -> list[str]:
            if not sentences:
                return []
            return [str(s) for s in summarizer(_sumy_document(sentences, tokenizer), k)]

        return run

    return {
        "lead": lambda sentences: list(sentences[:k]),
        "lexrank": ranked(LexRankSummarizer),
        "textrank": ranked(TextRankSummarizer),
    }


def _imports_or_config_error() -> None:
    try:
        import nltk.tokenize  # noqa: F401  (comes with sumy)
        import rouge_score  # noqa: F401
        import sumy  # noqa: F401
    except ImportError as exc:
        raise ConfigError(f"the summary eval needs rouge-score and sumy ({exc.name} is missing): {_INSTALL_HINT}") from None


def _table(means: dict[str, dict[str, float]], *, sentences: int, articles: int) -> str:
    lines = [
        f"ROUGE F1 x 100 at {sentences} sentences, mean over {articles} articles",
        f"{'system':<12} {'R-1':>6} {'R-2':>6} {'R-Lsum':>7}",
    ]
    for system in SYSTEMS:
        m = means[system]
        name = system if system == "briefgen" else f"{system}-{sentences}"
        lines.append(f"{name:<12} {100 * m['rouge1']:>6.2f} {100 * m['rouge2']:>6.2f} {100 * m['rougeLsum']:>7.2f}")
    return "\n".join(lines)


def evaluate(
    corpus_dir: Path, *, predictions: Path | None = None, sentences: int = 3, limit: int | None = None, half: str | None = None
) -> EvalResult:
    """Brief every corpus article and score its key points and the baselines' with ROUGE.

    ``figures`` are briefgen's mean F1s (0..1); ``details["systems"]`` holds
    every system's. ``predictions``, when given, receives one JSONL row per
    article: ``{"id", "summary": [key point texts]}``.
    """
    _imports_or_config_error()
    from rouge_score import rouge_scorer

    if sentences < 1:
        raise ConfigError(f"sentences must be at least 1 (got {sentences})")
    corpus = read_corpus(Path(corpus_dir), limit=limit, half=half)
    scorer = rouge_scorer.RougeScorer(list(_ROUGE_TYPES), use_stemmer=True)
    baselines = _baselines(sentences)
    settings = Settings(summary_sentences=sentences)
    articles = [parse_article_text(a.text.encode("utf-8"), path=a.id) for a in corpus]

    totals = {system: dict.fromkeys(_ROUGE_TYPES, 0.0) for system in SYSTEMS}
    rows: list[dict[str, Any]] = []
    failures: list[str] = []
    for item, doc in zip(corpus, parse_articles(load_model(), articles)):
        text = doc_text(doc)
        body = [text[s:e] for s, e in map(sentence_text_bounds, body_sentences(doc))]
        try:
            ours = [point.text for point in extract_all(doc, settings=settings).summary]
        except Exception as exc:  # as in a briefing: one article's failure scores 0, the run goes on
            failures.append(f"{item.id}: {type(exc).__name__}: {exc}")
            ours = []
        picks = {"briefgen": ours, **{name: run(body) for name, run in baselines.items()}}
        target = "\n".join(item.reference)
        for system, picked in picks.items():
            scores = scorer.score(target, "\n".join(picked))
            for rouge_type in _ROUGE_TYPES:
                totals[system][rouge_type] += scores[rouge_type].fmeasure
        rows.append({"id": item.id, "summary": ours})

    count = max(len(corpus), 1)
    means = {system: {t: v / count for t, v in by_type.items()} for system, by_type in totals.items()}
    if predictions is not None:
        write_jsonl(Path(predictions), rows)
    report = _table(means, sentences=sentences, articles=len(corpus))
    if failures:
        report += f"\n{len(failures)} article(s) failed extraction and scored 0, first: {failures[0]}"
    return EvalResult(
        figures=dict(means["briefgen"]),
        report=report,
        details={"systems": means, "articles": len(corpus), "sentences": sentences, "failures": failures},
    )


def recorded_figures(path: Path) -> dict[str, float]:
    """The figures a test guards, from a file like ``tests/eval_recorded/summary.json``."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return {t: float(data[t]) for t in _ROUGE_TYPES}
