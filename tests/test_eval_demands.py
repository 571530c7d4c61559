"""The demands eval: regression guards on both DEV sets, the split into halves, and evaluate() on a tiny gold file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.errors import ConfigError
from briefgen.evals.common import shared_dir
from briefgen.evals.demands import evaluate, select_half, split_halves

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
def test_dev_figures_hold_on_both_sets() -> None:
    result = evaluate(_scorer_dir())
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    guarded = [(s, name, value) for s, figures in recorded.items() if isinstance(figures, dict) for name, value in figures.items()]
    assert {s for s, _, _ in guarded} == {"codebook", "plv"}
    for dev_set, name, value in guarded:
        got = result.figures[f"{dev_set}.{name}"]
        assert got >= value - TOLERANCE, f"{dev_set} {name} fell: {got:.4f} < {value:.4f}\n{result.report}"
    # the baseline runs on the same rows in the same run, and briefgen stays above it
    for dev_set in ("codebook", "plv"):
        assert result.figures[f"{dev_set}.type_f1"] > result.figures[f"baseline.{dev_set}.type_f1"]


def _rows(n: int, source: str = "s") -> list[dict]:
    return [{"id": f"{source}:{i}", "source": source, "text": "x"} for i in range(n)]


def test_halves_are_disjoint_cover_every_row_and_do_not_depend_on_row_order() -> None:
    rows = _rows(9, "gsr") + _rows(4, "cameo")
    half_a, half_b = split_halves(rows)
    assert not half_a & half_b and half_a | half_b == {r["id"] for r in rows}
    assert len(half_a) == 5 + 2 and len(half_b) == 4 + 2  # each source halved, A rounded up
    assert split_halves(list(reversed(rows))) == (half_a, half_b)
    assert split_halves(rows, seed=14) != (half_a, half_b)
    assert [r["id"] for r in select_half(rows, "B")] == [r["id"] for r in rows if r["id"] in half_b]
    with pytest.raises(ConfigError, match="half 'C'"):
        select_half(rows, "C")


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
def test_evaluate_scores_a_tiny_gold_file_with_the_baseline_beside(tmp_path: Path) -> None:
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
    assert result.figures["gold.type_f1"] == 1.0 and result.figures["gold.typed_source_f1"] == 1.0
    assert result.figures["gold.demand_recall"] == 1.0 and result.figures["gold.reject_recall"] == 1.0
    # the baseline reads "demand" in the protest and "refuse" inside Greece's demand
    assert result.figures["baseline.gold.precision"] < 1.0
    assert "typed+source micro" in result.report and "baseline" in result.report
    written = {json.loads(line)["id"]: json.loads(line)["events"] for line in predictions.read_text().splitlines()}
    assert [e["type"] for e in written["r1"]] == ["reject"] and written["n1"] == []

    strict = evaluate(gold, appeal_as_demand=False, limit=2)
    assert strict.details["rows"] == {"gold": 2}
    assert strict.figures["gold.type_f1"] < 1.0  # the appeal is a false demand under CAMEO's distinction

    half = evaluate(gold, half="B")
    assert half.details["rows"]["gold"] == len(split_halves(rows)[1])
