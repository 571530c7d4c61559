"""Issue #19 item 7 and the per-article budget of item 10: a build always ends.

A worker process killed mid-build (as the OOM killer does) loses its batch;
the batch is run again in a fresh pool and, if its worker dies again, its
articles are reported as failures. An article past the size or time budget
fails with a one-line message and the others are briefed.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
import time

import pytest

import briefgen.pipeline.brief as pipeline
from briefgen.ingest import parse_article_text
from briefgen.pipeline import Budget, Failure, brief_articles
from briefgen.pipeline.brief import OverBudget, time_limit
from briefgen.records import Briefing
from briefgen.render import briefing_json

pytestmark = pytest.mark.slow

TOPICS = ["ferries", "tariffs", "floods", "elections", "vaccines", "railways", "pensions", "wildfires"]


def _article(n: int, topic: str, extra: str = ""):
    text = (
        f"Talks On {topic.title()} Resume\n\n"
        f"Ministers met in Geneva on Monday to discuss {topic}, officials said. {extra}\n\n"
        f'"We expect progress next week," said Anna Lindqvist, who chairs the talks.'
    )
    return parse_article_text(text.encode("utf-8"), path=f"{n:02d}_{topic}.txt", suffix=".txt")


@pytest.fixture(scope="module")
def articles():
    return [_article(n, topic) for n, topic in enumerate(TOPICS)]


def _in_thread(work, *, patience: float = 300):
    """Run ``work`` in a thread; a hang fails the test instead of stalling the suite."""
    box: dict[str, object] = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", work()), daemon=True)
    thread.start()
    thread.join(patience)
    assert not thread.is_alive(), "the build hung"
    return box["result"]


def _json(results) -> list[str]:
    return [briefing_json(r) if isinstance(r, Briefing) else r.message for r in results]


def test_a_worker_killed_mid_build_loses_nothing(articles, nlp):
    """The fix's test: multiprocessing.Pool waited forever for the killed worker's batch."""
    expected = _json(brief_articles(articles, nlp=nlp, n_process=1))

    def build():
        results = []
        stream = brief_articles(articles, nlp=nlp, n_process=2, batch_size=1)
        results.append(next(stream))
        victims = [p for p in multiprocessing.active_children() if p.is_alive()]
        assert victims, "the pool has worker processes"
        os.kill(victims[0].pid, signal.SIGKILL)
        results.extend(stream)
        return results

    assert _json(_in_thread(build)) == expected


def test_a_batch_that_kills_its_worker_every_time_fails_alone(articles, nlp, monkeypatch):
    """An article whose worker dies on every try (too big for memory) is a failure; the rest are briefed."""
    real_extract = pipeline.extract_all

    def extract_or_die(doc, **options):
        if "wildfires" in doc.text:
            os.kill(os.getpid(), signal.SIGKILL)  # what the OOM killer does to the worker
        return real_extract(doc, **options)

    monkeypatch.setattr(pipeline, "extract_all", extract_or_die)  # inherited by the forked workers
    results = _in_thread(lambda: list(brief_articles(articles, nlp=nlp, n_process=2, batch_size=1)))
    assert [r.article.path if isinstance(r, Briefing) else None for r in results] == [
        a.path if "wildfires" not in a.path else None for a in articles
    ]
    failure = results[TOPICS.index("wildfires")]
    assert isinstance(failure, Failure)
    assert failure.message.startswith("07_wildfires.txt: ") and "\n" not in failure.message
    assert "died twice" in failure.message


def test_an_article_over_the_size_budget_fails_in_one_line_and_the_others_are_briefed(articles, nlp):
    big = _article(9, "budgets", extra="More was said. " * 200)
    results = list(brief_articles([articles[0], big, articles[1]], nlp=nlp, budget=Budget(max_chars=2_000)))
    assert [type(r) for r in results] == [Briefing, Failure, Briefing]
    assert results[1].message == f"09_budgets.txt: too long to brief ({len(big.text):,} characters; the limit is 2,000)"


def test_an_article_over_the_time_budget_fails_and_only_it(articles, nlp, monkeypatch):
    """The group parsed together ran out of time: each article is retried alone, so only the slow one fails."""
    real_extract = pipeline.extract_all

    def slow_on_one(doc, **options):
        if "pensions" in doc.text:
            while True:  # a runaway loop in an extractor
                pass
        return real_extract(doc, **options)

    monkeypatch.setattr(pipeline, "extract_all", slow_on_one)
    results = list(brief_articles(articles, nlp=nlp, budget=Budget(seconds=2)))
    failed = [r for r in results if isinstance(r, Failure)]
    assert [f.path for f in failed] == ["06_pensions.txt"]
    assert failed[0].message == "06_pensions.txt: extraction took more than the time limit of 2 s of CPU time per article; not briefed"
    assert sum(isinstance(r, Briefing) for r in results) == len(articles) - 1


def _spin(seconds: float) -> None:
    started = time.process_time()
    while time.process_time() - started < seconds:
        pass


def test_time_limit_counts_cpu_time_not_waiting():
    """A loaded machine must not fail an article an idle one builds: sleeping spends no budget."""
    with time_limit(0.2):
        time.sleep(0.5)
    with pytest.raises(OverBudget):
        with time_limit(0.05):
            _spin(2)


def test_time_limit_restores_an_outer_timer():
    fired = []
    previous = signal.signal(signal.SIGPROF, lambda *_: fired.append(True))
    try:
        signal.setitimer(signal.ITIMER_PROF, 5)
        with pytest.raises(OverBudget):
            with time_limit(0.05):
                _spin(1)
        remaining, _ = signal.getitimer(signal.ITIMER_PROF)
        assert 3 < remaining <= 5
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
    assert fired == []


def test_the_mkdocs_plugin_takes_the_budget_options(tmp_path, caplog):
    """``max_chars`` in mkdocs.yml: the long article is a warning naming it, the short one a page."""
    import logging

    from site_project import build_site_dir, make_site_project

    short = "Talks Resume\n\nMinisters met in Geneva on Monday, officials said.\n"
    long = "Talks Drag On\n\n" + "Ministers met again in Geneva on Monday, officials said. " * 20 + "\n"
    config = make_site_project(tmp_path / "project", {"short.txt": short.encode(), "long.txt": long.encode()})
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      cache_dir: .cache/briefgen\n", "      cache_dir: ''\n      max_chars: 500\n      time_limit: 120\n"), encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="mkdocs.plugins.briefgen"):
        site = build_site_dir(config)
    warnings = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen"]
    assert [w for w in warnings if "long.txt" in w] == [
        f"briefgen: {config.parent / 'seeds' / 'long.txt'}: too long to brief (1,156 characters; the limit is 500)"
    ]
    assert (site / "briefings" / "short" / "index.html").is_file()
    assert not (site / "briefings" / "long").exists()


def test_parse_groups_end_where_parse_batches_end_so_timing_them_changes_no_parse(nlp):
    """Each group is timed on its own; parsing group by group must batch (hence parse) exactly as before."""
    from briefgen.nlp import parse_articles, parse_groups

    sizes = [3, 40, 1, 7, 25, 2, 60, 5, 5, 9]
    many = [_article(n, TOPICS[n % len(TOPICS)], extra="Talks went on. " * k) for n, k in enumerate(sizes)]
    groups = list(parse_groups(many, batch_size=3, batch_chars=1_500, piece_chars=600))
    assert [a for g in groups for a in g] == many
    assert 2 < len(groups) < len(many)  # some groups hold several articles, some pieces span batches

    def tokens(docs):
        return [[(t.text, t.tag_, t.dep_, t.head.i, t.ent_type_, t.is_sent_start) for t in d] for d in docs]

    whole = tokens(parse_articles(nlp, many, batch_size=3, batch_chars=1_500, piece_chars=600))
    grouped = tokens(d for g in groups for d in parse_articles(nlp, g, batch_size=3, batch_chars=1_500, piece_chars=600))
    assert grouped == whole
