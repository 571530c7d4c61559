"""The actors eval: a regression guard on MEANTIME DEV, the split into halves, and evaluate() on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.evals.actors import evaluate
from briefgen.evals.common import select_half, shared_dir, split_halves

RECORDED = Path(__file__).parent / "eval_recorded" / "actors.json"
#: How far a figure may fall below the recorded one before the test fails.
TOLERANCE = 0.02


def _scorer_dir() -> Path:
    shared = shared_dir()
    if shared is None or not (shared / "eval" / "actors" / "score.py").is_file():
        pytest.skip("../shared/eval/actors is absent (set BRIEFGEN_SHARED to the shared data folder)")
    return shared / "eval" / "actors"


@pytest.mark.eval
@pytest.mark.slow
def test_dev_figures_hold() -> None:
    result = evaluate(_scorer_dir() / "dev.jsonl")
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    for name in ("recall", "precision", "merge_F1", "kind"):
        assert result.figures[name] >= recorded[name] - TOLERANCE, f"{name} fell: {result.figures[name]:.3f}\n{result.report}"


def test_halves_are_fixed_disjoint_and_cover_every_document() -> None:
    ids = [f"doc{i:02d}" for i in range(11)]
    a, b = split_halves(ids)
    assert a.isdisjoint(b) and a | b == set(ids)
    assert len(a) == 6 and len(b) == 5
    assert split_halves(reversed(ids)) == (a, b)  # order of the file does not matter
    assert split_halves(ids, seed=14) != (a, b)
    rows = [{"id": i} for i in ids]
    assert [r["id"] for r in select_half(rows, "B")] == [i for i in ids if i in b]
    assert select_half(rows, None) == rows


def _entity(text: str, name: str, kind: str, instance: str) -> dict:
    mentions = []
    start = text.find(name)
    while start >= 0:
        mentions.append({"text": name, "start": start, "end": start + len(name), "syntactic_type": "NAM", "sentence": 1})
        start = text.find(name, start + 1)
    return {"instance_id": instance, "type": kind, "tag": name, "names": [name], "premod_names": [], "mentions": mentions}


@pytest.mark.slow
def test_evaluate_scores_a_tiny_gold_file(tmp_path: Path) -> None:
    scorer = _scorer_dir() / "score.py"
    (tmp_path / "score.py").write_text(scorer.read_text(encoding="utf-8"), encoding="utf-8")
    text = "Carmaker Cuts Jobs\n\nThe carmaker General Motors will cut 3,000 jobs, its chief executive Mary Barra said on Monday.\n"
    row = {"id": "t1", "doc": "t1", "text": text, "entities": [_entity(text, "General Motors", "ORG", "o1"), _entity(text, "Mary Barra", "PER", "p1")], "unlinked_mentions": []}
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(row) + "\n", encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"

    result = evaluate(gold, predictions=predictions)
    assert result.figures == {"recall": 1.0, "precision": 1.0, "merge_F1": 1.0, "kind": 1.0}
    written = json.loads(predictions.read_text(encoding="utf-8"))
    assert {a["name"]: a["kind"] for a in written["actors"]} == {"General Motors": "organisation", "Mary Barra": "person"}
