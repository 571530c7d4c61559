"""The demands eval: a regression guard on the dev set, and evaluate() on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.evals.common import shared_dir
from briefgen.evals.demands import evaluate

RECORDED = Path(__file__).parent / "eval_recorded" / "demands.json"
#: How far a figure may fall below the recorded one before the test fails.
TOLERANCE = 0.02


def _scorer_dir() -> Path:
    shared = shared_dir()
    if shared is None or not (shared / "eval" / "demands" / "score.py").is_file():
        pytest.skip("../shared/eval/demands is absent (set BRIEFGEN_SHARED to the shared data folder)")
    return shared / "eval" / "demands"


@pytest.mark.eval
@pytest.mark.slow
def test_dev_figures_hold() -> None:
    result = evaluate(_scorer_dir() / "dev.jsonl", appeal_as_demand=True)
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    for name in ("type_f1", "typed_source_f1"):
        assert result.figures[name] >= recorded[name] - TOLERANCE, f"{name} fell: {result.figures[name]:.2f}\n{result.report}"


def _row(row_id: str, text: str, events: list[dict]) -> dict:
    return {"id": row_id, "source": "test", "text": text, "events": events}


def _event(kind: str, source: str, target: str | None) -> dict:
    return {
        "type": kind,
        "source_actor": source,
        "source_actors": [source],
        "target_actor": target,
        "target_actors": [target] if target else [],
    }


@pytest.mark.slow
def test_evaluate_scores_a_tiny_gold_file(tmp_path: Path) -> None:
    scorer = _scorer_dir() / "score.py"
    (tmp_path / "score.py").write_text(scorer.read_text(encoding="utf-8"), encoding="utf-8")
    rows = [
        _row("d1", "Greece demanded that its partners refuse to recognize the republic.", [_event("demand", "Greece", "partners")]),
        _row("a1", "Oxfam called on the world community to help refugees.", [_event("appeal", "Oxfam", "world community")]),
        _row("r1", "Yemen has rejected a U.S. request to interrogate the detainees.", [_event("reject", "Yemen", "U.S.")]),
        _row("n1", "Thousands of students demonstrated to demand reforms.", [_event("protest", "students", None)]),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"

    result = evaluate(gold, predictions=predictions, appeal_as_demand=True)
    assert result.figures == {"type_f1": 1.0, "typed_source_f1": 1.0}
    assert "typed+source micro" in result.report
    written = {json.loads(line)["id"]: json.loads(line)["events"] for line in predictions.read_text().splitlines()}
    assert [e["type"] for e in written["r1"]] == ["reject"] and written["n1"] == []

    strict = evaluate(gold, appeal_as_demand=False, limit=2)
    assert strict.details["rows"] == 2
    assert strict.figures["type_f1"] < 1.0  # the appeal is a false demand under CAMEO's distinction
