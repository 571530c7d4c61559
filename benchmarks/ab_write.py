"""Writing a built site's files, two checkouts' ``OutputFolder.write_all`` in one process, rounds alternated.

Why (#18, scale29): the write of a cold build (about 850 files for 300 articles) costs a few tenths of a CPU second,
mostly the kernel's, and two build processes one after the other meet different load on the shared host. Here both
versions write the same files, read once from a built output folder, into a fresh empty folder in turn, the order
swapped from one round to the next; each checkout's ``briefgen/site/output.py`` (and ``flush.py`` when it has one) is
copied under a package of its own (``bw_a``, ``bw_b``; the errors, file names and temporary files it imports are the
running ``briefgen``'s)::

    .venv/bin/python benchmarks/ab_write.py /tmp/cold/out --a ../main --b . --rounds 30

Per version: the CPU of this process (every thread, user + system, ``getrusage``) and the wall time of each
``write_all``, and the host's busy CPU over it (``/proc/stat``: every process, the kernel's flusher threads included,
so only meaningful on a quiet host). Before each write the last folder is removed and the host's dirty pages are
written back (``os.sync()``, outside the clock), so no write pays for the one before.
"""

from __future__ import annotations

import argparse
import importlib
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

_SHIM = '''"""{name}: a renamed copy of one checkout's briefgen/site/output.py (benchmarks/ab_write.py)."""
import sys
import briefgen.errors
import briefgen.ingest
import briefgen.ingest.files
import briefgen.temp_files

for _part in ("errors", "ingest", "ingest.files", "temp_files"):
    sys.modules[__name__ + "." + _part] = sys.modules["briefgen." + _part]
'''


def _copy(checkout: Path, name: str, into: Path) -> None:
    """``checkout/briefgen/site/output.py`` (and ``flush.py``) as ``name.site.output`` under ``into``."""
    site = into / name / "site"
    site.mkdir(parents=True)
    (site / "__init__.py").write_text("", encoding="utf-8")
    for module in ("output.py", "flush.py"):
        if (checkout / "briefgen" / "site" / module).is_file():
            shutil.copyfile(checkout / "briefgen" / "site" / module, site / module)
    (into / name / "__init__.py").write_text(_SHIM.format(name=name), encoding="utf-8")


def _busy_seconds() -> float:
    """The host's CPU seconds spent not idle nor waiting on I/O, from boot (``/proc/stat``'s first line)."""
    with open("/proc/stat", encoding="ascii") as fh:
        ticks = [int(v) for v in fh.readline().split()[1:]]
    return (sum(ticks) - ticks[3] - ticks[4]) / os.sysconf("SC_CLK_TCK")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("built", type=Path, help="a built output folder (briefgen build --out), whose files are written again")
    parser.add_argument("--a", type=Path, required=True, help="the first checkout (main)")
    parser.add_argument("--b", type=Path, required=True, help="the second checkout (the branch)")
    parser.add_argument("--rounds", type=int, default=20, help="rounds; each writes once with each version")
    args = parser.parse_args(argv)

    files = {
        p.relative_to(args.built).as_posix(): p.read_text(encoding="utf-8")
        for p in sorted(args.built.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }
    with tempfile.TemporaryDirectory(prefix="ab_write_") as tmp:
        for name, checkout in (("bw_a", args.a), ("bw_b", args.b)):
            _copy(checkout.resolve(), name, Path(tmp))
        sys.path.insert(0, tmp)
        versions = {key: importlib.import_module(f"bw_{key}.site.output") for key in "ab"}
        work = Path(tmp) / "out"
        runs: dict[str, list[tuple[float, float, float]]] = {"a": [], "b": []}
        for r in range(args.rounds):
            for key in "ab" if r % 2 == 0 else "ba":
                shutil.rmtree(work, ignore_errors=True)
                os.sync()
                before, wall, busy = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter(), _busy_seconds()
                versions[key].OutputFolder(work).write_all(files)
                after = resource.getrusage(resource.RUSAGE_SELF)
                cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
                runs[key].append((cpu, time.perf_counter() - wall, _busy_seconds() - busy))
        shutil.rmtree(work, ignore_errors=True)
    print(f"{len(files)} files, {sum(len(t.encode()) for t in files.values()) / 1e6:.1f} MB, {args.rounds} rounds, load {os.getloadavg()[0]:.1f}")
    for key in "ab":
        cpu, wall, busy = (sorted(column) for column in zip(*runs[key]))
        print(
            f"{key}: CPU mean {statistics.mean(cpu):.3f} s, min {cpu[0]:.3f}, median {statistics.median(cpu):.3f}; "
            f"wall median {statistics.median(wall):.3f} s; host busy median {statistics.median(busy):.3f} s"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
