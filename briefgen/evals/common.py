"""What the evals share: locating ``../shared``, JSONL files, and running a scorer."""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
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


#: The seed of the fixed split of a DEV set into halves (see :func:`split_half`).
SPLIT_SEED = 13


def split_half(ids: Iterable[str], half: str, *, seed: int = SPLIT_SEED) -> set[str]:
    """The document ids of half ``"A"`` or ``"B"`` of a fixed-seed split by document.

    Quality work is developed on half A only and a change is kept only if it
    also helps half B, the project's check that a rule generalises rather than
    fits DEV sentences. The split shuffles the *sorted* ids with
    ``random.Random(seed)``, so it depends on the set of ids alone, never on
    file order; A gets the first ``ceil(n / 2)``.
    """
    if half not in ("A", "B"):
        raise ConfigError(f"half: expected A or B, got {half!r}")
    order = sorted(set(ids))
    random.Random(seed).shuffle(order)
    cut = (len(order) + 1) // 2
    return set(order[:cut] if half == "A" else order[cut:])
