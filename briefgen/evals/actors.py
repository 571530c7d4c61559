"""Issue 15: score the actors extractor against MEANTIME-format gold.

The articles go through the real pipeline, the same way a briefing's do:
``parse_article_text`` (the first line is the headline, which gives no
actors) then ``brief_articles``. The predictions are the ``actors`` list of
the briefing's JSON as it is, so what is scored is what a reader sees; the
scorer beside the gold file (or in ``../shared/eval/actors``) does the
matching and its last line gives the figures: recall, precision, merge F1
and kind accuracy.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..ingest import parse_article_text
from ..nlp import load_model
from ..pipeline import Failure, brief_articles
from .common import EvalResult, find_scorer, gold_rows, last_line_figures, run_scorer, scoring_files


def predict(chosen: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Prediction rows ``{"id", "actors": [...]}`` (the briefing JSON's actors) for gold articles."""
    articles = [parse_article_text(row["text"].encode("utf-8"), path=f"{row['id'].rsplit('/', 1)[-1]}.txt") for row in chosen]
    rows = []
    for row, result in zip(chosen, brief_articles(articles, nlp=load_model())):
        actors = [] if isinstance(result, Failure) else result.to_json_dict()["actors"]
        rows.append({"id": row["id"], "actors": actors})
    return rows


def evaluate(
    gold: Path,
    *,
    predictions: Path | None = None,
    limit: int | None = None,
    half: str | None = None,
    errors: Path | None = None,
) -> EvalResult:
    """Run the pipeline over the gold articles (or one fixed half of them) and score it with the gold's scorer."""
    gold = Path(gold)
    rows = gold_rows(gold, half=half, limit=limit)
    scorer = find_scorer(gold, "actors")
    with scoring_files(gold, rows, kind="actors", predict=predict, predictions=predictions) as (gold_path, pred_path, _):
        extra = ("-v", "--errors", str(errors)) if errors is not None else ()
        report = run_scorer(scorer, gold_path, pred_path, *extra)
    # the scorer's last line reads 'actors recall=… precision=… merge_F1=… kind=…'
    figures = {k.removeprefix("actors_"): v for k, v in last_line_figures(report).items()}
    return EvalResult(figures=figures, report=report, details={"predictions": str(pred_path), "documents": len(rows)})
