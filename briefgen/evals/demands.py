"""Eval of the demands extractor on the DEMAND/REJECT sentence set (issue 3).

Every gold row's text goes through the briefing's own path: a headline-less
article (every line is body), one ``nlp.pipe`` parse, the actor table and
:func:`briefgen.extract.demands.extract_events`. Demand events become type
``demand``; rejections (answers or not) become ``reject``; acceptances are not
scored. A demand that a response names in the same sentence ("rejected North
Korea's demand to …") is part of that response event, so it is not scored as a
demand of its own: the sentence reports the rejection. The shared ``score.py``
then scores the predictions; its last line gives the headline figures.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..extract import extract_actors, extract_events
from ..extract.demands import DemandEvent
from ..ingest.text import _line_spans
from ..nlp import load_model, parse_articles
from ..records import Article, Block
from .common import EvalResult, find_scorer, last_line_figures, read_jsonl, run_scorer, write_jsonl

#: Event kinds of the extractor and the eval type each is scored as.
SCORED_TYPES: dict[str, str] = {"demand": "demand", "reject": "reject"}


def scored_events(events: Iterable[DemandEvent]) -> list[dict[str, Any]]:
    """Prediction events in the scorer's format, one per extracted event that is scored."""
    return [
        {"type": SCORED_TYPES[e.kind], "source_actor": e.by, "target_actor": e.of}
        for e in events
        if e.kind in SCORED_TYPES
    ]


def events_of_doc(doc: Doc) -> list[DemandEvent]:
    """What the briefing extracts from one parsed text, resolved by its actor table."""
    actors = extract_actors(doc)
    return extract_events(doc, resolve=actors.resolve)


def body_article(row_id: str, text: str) -> Article:
    """A gold sentence as an article with no headline: every line is body."""
    blocks = tuple(Block("paragraph", s, e) for s, e in _line_spans(text))
    return Article(path=row_id, name=row_id, title="", text=text, blocks=blocks)


def predict(rows: Sequence[dict[str, Any]], *, docs: Iterable[Doc] | None = None) -> list[dict[str, Any]]:
    """Prediction rows for gold rows; ``docs`` are their parses when already at hand."""
    if docs is None:
        docs = parse_articles(load_model(), [body_article(r["id"], r["text"]) for r in rows])
    return [{"id": row["id"], "events": scored_events(events_of_doc(doc))} for row, doc in zip(rows, docs)]


def evaluate(
    gold: Path,
    *,
    predictions: Path | None = None,
    appeal_as_demand: bool = True,
    limit: int | None = None,
    docs: Iterable[Doc] | None = None,
) -> EvalResult:
    """Run the demands extractor over ``gold`` and score it with the set's ``score.py``.

    ``predictions`` keeps the prediction file (a temporary one otherwise);
    ``limit`` scores only the first rows (the scorer sees only those rows);
    ``docs`` reuses parses of the rows, in order, for quick iterations.
    Figures: ``type_f1`` and ``typed_source_f1`` (micro over demand and reject).
    """
    gold = Path(gold)
    scorer = find_scorer(gold, "demands")
    rows = list(islice(read_jsonl(gold), limit))
    predicted = predict(rows, docs=docs)
    with tempfile.TemporaryDirectory(prefix="briefgen-demands-") as tmp:
        scored_gold = gold
        if limit is not None:
            scored_gold = Path(tmp) / "gold.jsonl"
            write_jsonl(scored_gold, rows)
        out = predictions or Path(tmp) / "predictions.jsonl"
        write_jsonl(out, predicted)
        extra = ["--appeal-as-demand"] if appeal_as_demand else []
        report = run_scorer(scorer, scored_gold, out, *extra)
        errors = run_scorer(scorer, scored_gold, out, "--errors", *extra)
    raw = last_line_figures(report)
    figures = {
        "type_f1": raw.get("demands_F1", raw.get("F1", 0.0)),
        "typed_source_f1": raw.get("typed+source_F1", 0.0),
    }
    return EvalResult(figures=figures, report=report, details={"rows": len(rows), "errors": errors, "predictions": predicted})
