"""Issue 3: score the quotes extractor against PolNeAR-format gold.

The articles go through the real pipeline, the same way a briefing's do:
``parse_article_text`` (so the first line is the headline and is ignored, as
in the product) then ``brief_articles`` (so speakers are resolved by the
actor table). The predictions are written in the scorer's format and the
scorer beside the gold file (or in ``../shared/eval/quotes``) does the
matching; the figures returned are the ones it reports.

The gold cuts a quotation that runs over paragraphs into one segment per
paragraph, while the product keeps it as one :class:`~briefgen.records.Quote`;
:func:`scorer_quotes` cuts ours the same way so that like is compared with
like. A paragraph the source glued onto the line before (BBC style: the
line break is lost and only the reopening mark is left, ``… public. "The
expectations …``) is cut the same way, by the test the quote marks are paired
with (:func:`~briefgen.extract.quotes.marks.glued_paragraphs`).

The scorer compares a speaker's last word with the gold speaker's, taking the last word for the surname; a
generational suffix ("Harry B. Harris Jr.", "Luther Stan Pate IV") is none, so the speaker is handed over
without it. The briefing keeps the full name.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..extract.quotes.marks import glued_paragraphs
from ..ingest import parse_article_text
from ..nlp import load_model
from ..pipeline import Failure, brief_articles
from ..records import Quote
from .common import EvalResult, find_scorer, gold_rows, run_scorer, scoring_files

#: A generational suffix ending a person's name: no surname, which the scorer's last-word comparison expects.
_GENERATIONAL_SUFFIX = re.compile(r",?\s+(?:Jr|Jnr|Sr|Snr|II|III|IV)\.?$")

#: Quote marks left at the edges of a paragraph piece of a run-on quotation.
_EDGE_MARKS = re.compile(r"^(?:''|``|[“”\"„«»])+|(?:''|``|[“”\"„«»])+$")


def scorer_quotes(quote: Quote) -> list[dict[str, Any]]:
    """One scorer row per paragraph of a quotation (a glued one too), marks at the joins removed.

    The scorer compares ``speaker``, the speaker as written ("the Lions coach"), as PolNeAR's gold keeps it;
    a row whose speaker is a role tied to one named person also carries that person as ``speaker_actor``,
    which the scorer ignores, for a gold that names the person (the BBC held-out reads) to be scored with.
    """
    rows = []
    speaker = _GENERATIONAL_SUFFIX.sub("", quote.speaker) if quote.speaker else quote.speaker
    actor = _GENERATIONAL_SUFFIX.sub("", quote.speaker_actor.name) if quote.speaker_actor else None
    for line in quote.text.split("\n"):
        for piece in glued_paragraphs(line.strip()):
            words = _EDGE_MARKS.sub("", piece).strip()
            if words:
                rows.append({"quote": words, "speaker": speaker} | ({"speaker_actor": actor} if actor else {}))
    return rows


def _articles(chosen: list[dict[str, Any]]) -> list:
    return [parse_article_text(row["text"].encode("utf-8"), path=f"{row['id'].rsplit('/', 1)[-1]}.txt") for row in chosen]


def predict(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prediction rows ``{"id", "quotes": [{"quote", "speaker"}]}`` for gold articles."""
    articles = _articles(chosen)
    rows = []
    for row, result in zip(chosen, brief_articles(articles, nlp=load_model())):
        quotes = [] if isinstance(result, Failure) else [r for q in result.extraction.quotes for r in scorer_quotes(q)]
        rows.append({"id": row["id"], "quotes": quotes})
    return rows


def _figures(scores: dict[str, Any]) -> dict[str, float]:
    return {
        "f1": scores["f1"],
        "precision": scores["precision"],
        "recall": scores["recall"],
        "attribution": scores["attribution"],
        "e2e_recall": scores["end_to_end_recall"],
        "attribution_literal_all": scores["attribution_literal_all"],
    }


def evaluate(gold: Path, *, predictions: Path | None = None, limit: int | None = None, half: str | None = None) -> EvalResult:
    """Run the pipeline over the gold articles (or one fixed half of them) and score it with the gold's scorer."""
    gold = Path(gold)
    rows = gold_rows(gold, half=half, limit=limit)
    scorer = find_scorer(gold, "quotes")
    with scoring_files(gold, rows, kind="quotes", predict=predict, predictions=predictions) as (gold_path, pred_path, tmp_dir):
        scores_path = tmp_dir / "scores.json"
        report = run_scorer(scorer, gold_path, pred_path, "--json", str(scores_path))
        scores = json.loads(scores_path.read_text(encoding="utf-8"))
    return EvalResult(figures=_figures(scores), report=report, details={"scores": scores, "predictions": str(pred_path)})
