"""Issue #19 item 10: the per-article time limit holds off the main thread too (``mkdocs serve`` rebuilds in one).

``SIGPROF`` reaches only a process's main thread, so a build on another
thread parses and extracts in a worker process, which keeps the limit. The
slow article here spins in its extraction (a monkeypatched stage, inherited
by the forked worker) until it is stopped, or for 60 s of wall time at most:
without the limit it would be briefed after that, and the test fail.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
import time

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config

from briefgen.pipeline import Budget, brief_articles, brief_paths
from briefgen.pipeline import brief as brief_module
from briefgen.pipeline.brief import limits_hold_here
from briefgen.records import Briefing
from site_project import make_site_project

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(multiprocessing.get_start_method() != "fork", reason="the slow stage is monkeypatched, which a forked worker inherits"),
]

SLOW_MARK = "Zanzibar spins"
ARTICLES = {
    "fast-one.txt": b"Talks Resume\n\nMinisters met in Geneva on Monday and agreed to meet again.\n",
    "slow.txt": f"Slow Article\n\n{SLOW_MARK} for as long as it is allowed to.\n".encode(),
    "fast-two.txt": b"Budget Passed\n\nThe parliament passed the budget on Tuesday after a long debate.\n",
}


@pytest.fixture
def slow_extraction(monkeypatch):
    real = brief_module.extract_all

    def extract_all(doc, **options):
        if SLOW_MARK in doc.text:
            until = time.monotonic() + 60
            while time.monotonic() < until:
                pass  # CPU time, as a hostile article spends it
        return real(doc, **options)

    monkeypatch.setattr(brief_module, "extract_all", extract_all)


def _in_thread(function):
    """Run ``function`` on a new thread (as ``mkdocs serve`` rebuilds) and return what it returned or raise what it raised."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["value"] = function()
        except BaseException as exc:  # pragma: no cover - re-raised below
            outcome["error"] = exc

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(timeout=300)
    assert not thread.is_alive(), "the build did not end"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome.get("value")


def test_limits_hold_on_the_main_thread_only():
    assert limits_hold_here(Budget(seconds=5))
    assert _in_thread(lambda: limits_hold_here(Budget(seconds=5))) is False
    assert _in_thread(lambda: limits_hold_here(Budget(seconds=0))) is True  # no limit to keep


def test_the_pipeline_on_another_thread_fails_the_slow_article_and_briefs_the_others(tmp_path, slow_extraction):
    for name, data in ARTICLES.items():
        (tmp_path / name).write_bytes(data)
    paths = sorted(tmp_path.iterdir())
    results = _in_thread(lambda: list(brief_paths(paths, budget=Budget(seconds=2))))
    by_path = {r.article.path if isinstance(r, Briefing) else r.path: r for r in results}
    slow = by_path[str(tmp_path / "slow.txt")]
    assert not isinstance(slow, Briefing)
    assert slow.message == f"{tmp_path / 'slow.txt'}: extraction took more than the time limit of 2 s of CPU time per article; not briefed"
    assert all(isinstance(by_path[str(tmp_path / name)], Briefing) for name in ("fast-one.txt", "fast-two.txt"))


def test_a_plugin_build_on_another_thread_keeps_the_time_limit(tmp_path, slow_extraction, caplog):
    """What ``mkdocs serve`` does on a change: the whole build, plugin included, on a non-main thread."""
    config_file = make_site_project(tmp_path / "project", ARTICLES)
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(text.replace("      cache_dir: .cache/briefgen", "      cache_dir: ''\n      time_limit: 2\n      search: false"), encoding="utf-8")
    config = load_config(config_file=str(config_file))
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefgen"):
        _in_thread(lambda: build(config))
    warnings = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen" and r.levelno == logging.WARNING]
    assert any(
        w.endswith("slow.txt: extraction took more than the time limit of 2 s of CPU time per article; not briefed") and "\n" not in w
        for w in warnings
    ), warnings
    site = tmp_path / "project" / "site" / "briefings"
    assert (site / "fast-one" / "index.html").is_file()
    assert (site / "fast-two" / "index.html").is_file()
    assert not (site / "slow").exists()


def test_the_main_thread_still_briefs_in_process(monkeypatch):
    """No worker process where the limit holds anyway: ``mkdocs build`` and the CLI keep their one process."""

    def no_pool(*args, **kwargs):  # pragma: no cover - would fail the test
        raise AssertionError("a worker pool was started on the main thread")

    monkeypatch.setattr(brief_module, "ProcessPoolExecutor", no_pool)
    from briefgen.ingest import parse_article_text

    article = parse_article_text(ARTICLES["fast-one.txt"], path="fast-one.txt", suffix=".txt")
    assert isinstance(next(brief_articles([article], budget=Budget(seconds=30))), Briefing)
