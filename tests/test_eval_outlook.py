"""The outlook eval: a regression guard on MEANTIME DEV, evaluate() on a tiny gold file, the split into halves."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.errors import ConfigError
from briefgen.evals.common import shared_dir, split_half
from briefgen.evals.outlook import evaluate

RECORDED = Path(__file__).parent / "eval_recorded" / "outlook.json"
#: How far a figure may fall below the recorded one before the test fails.
TOLERANCE = 0.02


def _scorer_dir() -> Path:
    shared = shared_dir()
    if shared is None or not (shared / "eval" / "outlook" / "score.py").is_file():
        pytest.skip("../shared/eval/outlook is absent (set BRIEFGEN_SHARED to the shared data folder)")
    return shared / "eval" / "outlook"


@pytest.mark.eval
@pytest.mark.slow
def test_dev_figures_hold() -> None:
    result = evaluate(_scorer_dir() / "dev.jsonl")
    recorded = json.loads(RECORDED.read_text(encoding="utf-8"))
    for name in ("f1", "precision_broad"):
        assert result.figures[name] >= recorded[name] - TOLERANCE, f"{name} fell: {result.figures[name]:.3f}\n{result.report}"
    # the baseline is the scorer's own regular expression on the same gold: it moves only if the gold does
    assert result.figures["baseline_f1"] == pytest.approx(recorded["baseline_f1"], abs=0.001)


def _gold_row(row_id: str, title: str, sentences: list[tuple[str, bool]]) -> dict:
    text, rows = title + "\n\n", [{"id": f"{row_id}:s0", "start": 0, "end": len(title), "is_title": True, "label": "non_future", "label_strict": "non_future"}]
    for i, (sentence, future) in enumerate(sentences, start=2):
        label = "future" if future else "non_future"
        rows.append({"id": f"{row_id}:s{i}", "start": len(text), "end": len(text) + len(sentence), "is_title": False, "label": label, "label_strict": label})
        text += sentence + "\n\n"
    return {"id": row_id, "text": text, "sentences": rows}


@pytest.mark.slow
def test_evaluate_scores_a_tiny_gold_file(tmp_path: Path) -> None:
    scorer = _scorer_dir() / "score.py"
    (tmp_path / "score.py").write_text(scorer.read_text(encoding="utf-8"), encoding="utf-8")
    rows = [
        _gold_row("d1", "Port strike looms", [("The union held a vote on Monday.", False), ("Dock workers will strike next week.", True)]),
        _gold_row("d2", "Airline cuts jobs", [("The airline plans to cut 2,000 jobs.", True), ("Its shares fell 3% on Friday.", False)]),
    ]
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    predictions = tmp_path / "pred.jsonl"

    result = evaluate(gold, predictions=predictions)
    assert result.figures["f1"] == 1.0 and result.figures["precision_broad"] == 1.0
    assert "outlook F1=1.000" in result.report
    written = {json.loads(line)["id"]: json.loads(line)["outlook"] for line in predictions.read_text(encoding="utf-8").splitlines()}
    strike = rows[0]["sentences"][2]
    assert [(o["start"], o["end"]) for o in written["d1"]] == [(strike["start"], strike["end"])]

    one_half = evaluate(gold, half="A")
    assert one_half.details["docs"] == 1


def test_split_half_is_fixed_disjoint_and_covers_every_document() -> None:
    ids = [f"doc{i:02d}" for i in range(61)]
    a, b = split_half(ids, "A"), split_half(ids, "B")
    assert a.isdisjoint(b) and a | b == set(ids)
    assert len(a) == 31 and len(b) == 30
    assert split_half(reversed(ids), "A") == a  # the order the ids come in does not matter
    assert a != set(ids[:31])  # shuffled, not the first half of the file
    assert split_half(ids, "A", seed=14) != a
    with pytest.raises(ConfigError, match="half"):
        split_half(ids, "C")
