"""What the evals share: locating ``../shared``, JSONL files, and running a scorer."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError

#: Where the project's third-party gold data and corpus live (never copied in).
SHARED_ENV = "BRIEFGEN_SHARED"


def shared_dir() -> Path | None:
    """``$BRIEFGEN_SHARED``, else ``../shared`` beside the repository or the cwd; ``None`` if absent."""
    candidates = []
    if os.environ.get(SHARED_ENV):
        candidates.append(Path(os.environ[SHARED_ENV]))
    repo = Path(__file__).resolve().parents[2]
    candidates += [repo.parent / "shared", Path.cwd().parent / "shared"]
    for c in candidates:
        if (c / "eval").is_dir() or (c / "corpus").is_dir():
            return c
    return None


@dataclass(frozen=True, slots=True)
class EvalResult:
    """Figures by name (e.g. ``{"f1": 0.97}``) and the report printed for people."""

    figures: dict[str, float]
    report: str
    details: dict[str, Any] = field(default_factory=dict)


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def write_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")


def find_scorer(gold: Path, kind: str) -> Path:
    """``score.py`` beside the gold file, else the one in ``../shared/eval/KIND/``."""
    beside = gold.resolve().parent / "score.py"
    if beside.is_file():
        return beside
    shared = shared_dir()
    if shared is not None and (shared / "eval" / kind / "score.py").is_file():
        return shared / "eval" / kind / "score.py"
    raise ConfigError(f"{gold}: no score.py beside it and no ../shared/eval/{kind}/score.py")


def run_scorer(scorer: Path, gold: Path, predictions: Path, *extra: str) -> str:
    """Run a scorer script with this Python; returns what it printed."""
    proc = subprocess.run(
        [sys.executable, str(scorer), str(gold), str(predictions), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise ConfigError(f"{scorer}: scorer failed ({proc.stderr.strip().splitlines()[-1:] or proc.returncode})")
    return proc.stdout


def last_line_figures(output: str) -> dict[str, float]:
    """Parse ``name=0.97 other name=0.5`` pairs from a scorer's last non-empty line."""
    lines = [line for line in output.splitlines() if line.strip()]
    if not lines:
        return {}
    return {k.strip().replace(" ", "_"): float(v) for k, v in re.findall(r"([A-Za-z0-9_+ ]+?)=([0-9.]+)", lines[-1])}


#: The seed of every eval's split into halves; fixed so that half B stays unseen while rules are written on A.
SPLIT_SEED = 13


def split_halves(ids: Iterable[str], *, seed: int = SPLIT_SEED) -> tuple[frozenset[str], frozenset[str]]:
    """Document ids of half A and half B.

    Quality work is developed on half A and kept only if half B improves too
    (a check against fitting DEV one sentence at a time). The ids are sorted,
    shuffled with one ``random.Random(seed)``, and the first half (rounded up)
    is A: the same ids give the same halves on every machine.
    """
    ordered = sorted(set(ids))
    random.Random(seed).shuffle(ordered)
    cut = (len(ordered) + 1) // 2
    return frozenset(ordered[:cut]), frozenset(ordered[cut:])


def select_half(rows: list[dict[str, Any]], half: str | None, *, key: str = "id") -> list[dict[str, Any]]:
    """The rows of half ``"A"`` or ``"B"`` by document (all rows for ``None``), in file order."""
    if half is None:
        return list(rows)
    if half.upper() not in {"A", "B"}:
        raise ConfigError(f"half {half!r}: choose A or B")
    chosen = split_halves(str(r[key]) for r in rows)[0 if half.upper() == "A" else 1]
    return [r for r in rows if str(r[key]) in chosen]


def split_half(ids: Iterable[str], half: str, *, seed: int = SPLIT_SEED) -> set[str]:
    """The document ids of half ``"A"`` or ``"B"`` of :func:`split_halves`."""
    if half not in ("A", "B"):
        raise ConfigError(f"half: expected A or B, got {half!r}")
    return set(split_halves(ids, seed=seed)[0 if half == "A" else 1])


def gold_rows(gold: Path, *, half: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    """The gold file's rows an eval runs: one fixed half by document (all for ``None``), then the first ``limit``."""
    rows = select_half(list(read_jsonl(gold)), half)
    return rows[:limit] if limit is not None else rows


@contextmanager
def scoring_files(
    gold: Path,
    rows: list[dict[str, Any]],
    *,
    kind: str,
    predict: Callable[[list[dict[str, Any]]], Iterable[dict[str, Any]]],
    predictions: Path | None = None,
) -> Iterator[tuple[Path, Path, Path]]:
    """Predict ``rows`` and yield ``(gold_path, predictions_path, tmp_dir)`` for the scorer beside the gold.

    When the rows are a subset (a half, or ``--limit``), the scorer gets a gold
    file of just those rows, so it scores only the articles that were run.
    ``tmp_dir`` lives as long as the ``with`` block, for the scorer's own outputs.
    """
    with tempfile.TemporaryDirectory(prefix=f"briefgen-{kind}-") as tmp:
        tmp_dir = Path(tmp)
        pred_path = Path(predictions) if predictions is not None else tmp_dir / "predictions.jsonl"
        write_jsonl(pred_path, predict(rows))
        gold_path = Path(gold)
        if len(rows) != sum(1 for _ in read_jsonl(gold_path)):
            gold_path = tmp_dir / "gold.jsonl"
            write_jsonl(gold_path, rows)
        yield gold_path, pred_path, tmp_dir
