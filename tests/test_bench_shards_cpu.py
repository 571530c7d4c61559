"""benchmarks/bench_shards.py reports CPU time beside wall time (#18): the linearity figure apart from the host's noise."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "benchmarks"))

import bench_shards  # noqa: E402


def _result(n: int, *, wall: float, cpu: float, stage_cpu: dict[str, float]) -> dict[str, object]:
    stages = {"assemble": wall * 0.2, "builds": wall * 0.6, "pagefind": wall * 0.2}
    return {
        "n": n, "seconds": wall, "cpu": cpu, "size": n * 48_000, "build_rss": 44_000, "incremental_seconds": wall * 0.04,
        "full_stages": stages, "full_cpu_stages": stage_cpu, "incremental_cpu": 2.0, "incremental_cpu_stages": {"assemble": 0.7},
    }  # fmt: skip


def test_cpu_ratio_beside_the_wall_ratio() -> None:
    # wall 1.20 x linear at 10x the briefings (a loaded host), CPU 1.05 x: both shown, the wall figure kept
    small = _result(2_000, wall=30.0, cpu=60.0, stage_cpu={"assemble": 10.0, "builds": 40.0, "pagefind": 10.0})
    large = _result(20_000, wall=360.0, cpu=630.0, stage_cpu={"assemble": 130.0, "builds": 400.0, "pagefind": 100.0})
    table = bench_shards.ratios_table([small, large], seconds=60.0)
    header, _, first, second = table.split("\n\n")[1].splitlines()[:4]
    assert "time ÷ linear (≤ 1.1)" in header and "CPU time ÷ linear" in header
    assert header.count("|") == first.count("|") == second.count("|")
    cells = [c.strip() for c in second.split("|")[1:-1]]
    assert cells[2] == "1.20 ✗" and cells[3] == "1.05"


def test_stage_table_names_the_stage_that_grows() -> None:
    small = _result(2_000, wall=30.0, cpu=60.0, stage_cpu={"assemble": 10.0, "builds": 40.0, "pagefind": 10.0})
    large = _result(20_000, wall=330.0, cpu=630.0, stage_cpu={"assemble": 130.0, "builds": 400.0, "pagefind": 100.0})
    table = bench_shards.stage_ratios_table([small, large])
    row = next(line for line in table.splitlines() if line.startswith("| 20,000"))
    header = next(line for line in table.splitlines() if line.startswith("| briefings"))
    cells = dict(zip([c.strip() for c in header.split("|")[1:-1]], [c.strip() for c in row.split("|")[1:-1]]))
    assert cells["assemble"].endswith("130.0 CPU s (1.30)")  # 13x the CPU for 10x the briefings
    assert cells["builds"].endswith("400.0 CPU s (1.00)")
    assert cells["whole build"] == "330.0 s (1.10) / 630.0 CPU s (1.05)"
    assert cells["plan"].endswith("(–)")  # a stage the smallest size did not time has no ratio


def test_without_cpu_figures_the_table_is_as_before() -> None:
    small = _result(2_000, wall=30.0, cpu=0.0, stage_cpu={})
    large = _result(20_000, wall=330.0, cpu=0.0, stage_cpu={})
    assert "CPU" not in bench_shards.ratios_table([small, large], seconds=1.0)


def test_cpu_seconds_counts_ended_children() -> None:
    before = bench_shards.cpu_seconds()
    subprocess.run([sys.executable, "-c", "import time\nt = time.process_time()\nwhile time.process_time() - t < 0.3: pass"], check=True)
    assert bench_shards.cpu_seconds() - before >= 0.25

