"""Parse and extract on a real Dask cluster: same bytes as a local build, shards, the model kept, failures.

Every test runs against a ``LocalCluster`` of two worker processes (one thread
each) that the tests start themselves; nothing is mocked.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from distributed import Client, LocalCluster

from briefgen.cli import EXIT_OK, main
from briefgen.ingest import parse_article_text
from briefgen.pipeline import ExtractionCache, brief_articles
from briefgen.pipeline import cache as cache_module
from briefgen.pipeline.dask_engine import DaskEngine, ShardResult, brief_shard
from briefgen.records import Briefing, Extraction, Settings
from briefgen.render import briefing_json

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

TEXTS: dict[str, str] = {
    "strike.txt": (
        "Dockers Walk Out Over Pay\n\n"
        "Dock workers in Rotterdam began a 48-hour strike on Monday, demanding a 9% pay rise from the port authority.\n\n"
        '"We will not go back until the offer is fair," said union leader Marieke de Vries.\n\n'
        "The port authority said it would meet the union on Thursday. Talks are expected to resume next week."
    ),
    "summit.txt": (
        "Leaders Meet in Nairobi\n\n"
        "Kenya's president William Ruto hosted leaders from Ethiopia and Somalia for a summit on regional security.\n\n"
        "Ruto called on the African Union to send more troops to Somalia. Ethiopia rejected the proposal.\n\n"
        '"Peace is within reach," Ruto told reporters. A joint statement is due on Friday.'
    ),
    "ferry.txt": (
        "Ferry Strike Ends After Three Days\n\n"
        "Crews on the Calais route returned to work on Sunday after P&O Ferries agreed to a 5% rise.\n\n"
        "What happens next\n\n"
        '"We are glad it is over," said Tom Hughes of the RMT union. The company will review rosters next month.'
    ),
    "vote.txt": (
        "Senate Vote Delayed\n\n"
        "The US Senate postponed a vote on the border bill until January, Majority Leader Chuck Schumer said.\n\n"
        "Republicans demanded that the bill include funding for a wall. Democrats refused."
    ),
    "flood.txt": (
        "Floods Hit Valencia\n\n"
        "Heavy rain flooded parts of Valencia on Tuesday, and the Spanish government declared an emergency.\n\n"
        "Prime Minister Pedro Sanchez urged residents to stay at home. More rain is expected on Thursday."
    ),
    "tennis.txt": (
        "Murray Wins in Doha\n\n"
        'Andy Murray beat Roger Federer 6-4 6-3 in Doha. "I played my best tennis," Murray said afterwards.'
    ),
    "budget.md": (
        "---\ntitle: Council Budget Passes\ndate: 2024-03-02\ntags: [local]\n---\n"
        "The city council of Leeds approved a budget of £1.2bn on Tuesday after a six-hour debate.\n\n"
        "Opposition councillors urged the council to reverse cuts to libraries.\n\n"
        "The leader of the council, Judith Blake, said the cuts were unavoidable."
    ),
}


def start_cluster() -> LocalCluster:
    return LocalCluster(n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None)


@pytest.fixture(scope="module")
def cluster():
    with start_cluster() as running:
        yield running


@pytest.fixture(scope="module")
def articles(seed_text):
    texts = {**TEXTS, "seed.txt": seed_text}
    return [parse_article_text(t.encode("utf-8"), path=name, suffix=Path(name).suffix) for name, t in texts.items()]


@pytest.fixture(autouse=True)
def no_memory_between_tests(monkeypatch):
    monkeypatch.setattr(cache_module, "_RECENT", {})


def as_json(results) -> list[str]:
    assert all(isinstance(r, Briefing) for r in results), results
    return [briefing_json(r) for r in results]


@pytest.fixture(scope="module")
def local_json(articles, nlp) -> list[str]:
    return as_json(list(brief_articles(articles, nlp=nlp)))


def test_a_cluster_build_gives_the_bytes_of_a_local_build_in_article_order(cluster, articles, local_json):
    engine = DaskEngine(cluster.scheduler_address, shard_articles=2)  # 4 shards over 2 workers
    assert as_json(list(brief_articles(articles, engine=engine))) == local_json


def test_each_worker_loads_the_model_once_and_keeps_it(cluster, articles):
    engine = DaskEngine(cluster.scheduler_address, shard_articles=1)
    for _ in range(2):
        list(brief_articles(articles, engine=engine))
    with Client(cluster.scheduler_address, set_as_default=False) as client:
        loads = client.run(lambda: __import__("briefgen.nlp").nlp.load_model.cache_info().misses)
    assert len(loads) == 2 and all(n == 1 for n in loads.values()), loads  # 16 shards, two loads


def test_a_shard_sends_back_extraction_records_only(articles, nlp):
    cache = ExtractionCache(None)
    result = brief_shard(articles[:2], settings=Settings(), fingerprint=cache.fingerprint_bytes, cache_location=None, batch_size=16)
    assert isinstance(result, ShardResult)
    assert [type(r) for r in result.results] == [Extraction, Extraction] and result.write_errors == []


def test_a_worker_with_other_code_refuses_the_shard(articles):
    with pytest.raises(Exception, match="other briefgen code, model or libraries"):
        brief_shard(articles[:1], settings=Settings(), fingerprint=b"{}", cache_location=None, batch_size=16)


def test_cli_scheduler_option_and_environment_build_the_same_files_as_jobs(cluster, tmp_path, monkeypatch, capsys):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in TEXTS.items():
        (seeds / name).write_text(text, encoding="utf-8")
    assert main(["build", str(seeds), "--out", str(tmp_path / "local"), "--no-cache", "--jobs", "2"]) == EXIT_OK
    common = ["build", str(seeds), "--cache-dir", str(tmp_path / "cache")]
    assert main([*common, "--out", str(tmp_path / "cluster"), "--scheduler", cluster.scheduler_address]) == EXIT_OK
    assert f"{len(TEXTS)} parsed, 0 from cache" in capsys.readouterr().err
    assert len(list((tmp_path / "cache").glob("*/*.json"))) == len(TEXTS)  # written by the workers
    monkeypatch.setenv("DASK_SCHEDULER_ADDRESS", cluster.scheduler_address)
    (seeds / "late.txt").write_text("Late News\n\nThe ferry to Skye was cancelled on Sunday because of storms.", encoding="utf-8")
    assert main([*common, "--out", str(tmp_path / "env")]) == EXIT_OK
    assert f"1 parsed, {len(TEXTS)} from cache" in capsys.readouterr().err

    def files(folder: Path) -> dict[str, bytes]:
        return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    local, cluster_files = files(tmp_path / "local"), files(tmp_path / "cluster")
    assert local and cluster_files == local
    assert set(files(tmp_path / "env")) > set(local)
