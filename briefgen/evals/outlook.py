"""Issue 13: score the Outlook section against MEANTIME sentence labels.

Each gold row is one article (``title\\n\\nsentence\\n\\n…``) and goes through
the real pipeline like a briefing's: :func:`parse_article_text` (the first
line is the headline, so it is never outlook) and :func:`brief_articles`
(the same parse and extractors as ``briefgen build``). The predictions are the
briefing's outlook items' offsets, ``{"id", "outlook": [{"start", "end"}]}``,
which is the scorer's format; the scorer beside the gold file counts a body
sentence as predicted when an item overlaps it and prints strict P/R/F1,
broad-label precision and its regular-expression baseline from the same run.

``half="A"`` or ``"B"`` scores one half of the fixed-seed split by document
(:func:`.common.split_half`): rules are developed on A and kept only if B
agrees.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..ingest import parse_article_text
from ..nlp import load_model
from ..pipeline import Failure, brief_articles
from .common import EvalResult, find_scorer, gold_rows, run_scorer, scoring_files


def predict(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prediction rows ``{"id", "outlook": [{"start", "end", "kind"}]}`` for gold articles."""
    articles = [
        parse_article_text(row["text"].encode("utf-8"), path=f"{row['id']}.txt") for row in chosen
    ]
    rows = []
    for row, result in zip(chosen, brief_articles(articles, nlp=load_model())):
        items = [] if isinstance(result, Failure) else result.extraction.outlook
        rows.append({"id": row["id"], "outlook": [_item_row(item) for item in items]})
    return rows


def _item_row(item: Any) -> dict[str, Any]:
    row = {"start": item.start, "end": item.end}
    kind = getattr(item, "kind", None)
    if kind is not None:
        row["kind"] = kind
    return row


def _figures(scores: dict[str, Any]) -> dict[str, float]:
    system, baseline = scores["system"], scores["baseline"]
    return {
        "f1": system["f1"],
        "precision": system["precision"],
        "recall": system["recall"],
        "precision_broad": system["precision_broad"],
        "baseline_f1": baseline["f1"],
    }


def evaluate(
    gold: Path,
    *,
    predictions: Path | None = None,
    limit: int | None = None,
    half: str | None = None,
) -> EvalResult:
    """Run the pipeline over the gold articles (or one half of them) and score it with the gold's scorer.

    The scorer's ``--errors`` listing (missed and false sentences) is kept in
    ``details["errors"]``, for sorting errors into classes.
    """
    gold = Path(gold)
    rows = gold_rows(gold, half=half, limit=limit)
    scorer = find_scorer(gold, "outlook")
    with scoring_files(gold, rows, kind="outlook", predict=predict, predictions=predictions) as (gold_path, pred_path, tmp_dir):
        scores_path = tmp_dir / "scores.json"
        report = run_scorer(scorer, gold_path, pred_path, "--json", str(scores_path))
        errors = run_scorer(scorer, gold_path, pred_path, "--errors")
        scores = json.loads(scores_path.read_text(encoding="utf-8"))
    return EvalResult(
        figures=_figures(scores),
        report=report,
        details={"scores": scores, "errors": errors, "predictions": str(pred_path), "docs": len(rows)},
    )
