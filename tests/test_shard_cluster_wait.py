"""A sharded build on a Dask cluster never waits for ever on a shard no worker builds (#17, #18).

The shard builds went to the cluster and the build then waited in
``client.gather`` with no bound: a LocalCluster that closes its nanny after its
worker died (``lost-worker-timeout``) leaves the shard's task queued for ever,
the hang the extraction engine no longer has (:mod:`briefgen.pipeline.dask_wait`).
Each cluster test runs the build on a thread joined with a limit of its own, so
that on the code before the change it fails instead of hanging the suite.
"""

from __future__ import annotations

from pathlib import Path

import dask
import pytest
import yaml
from distributed import Client
from site_project import make_site_project
from test_dask_stall import run_with_limit
from test_shards_build import EXTRA, LONE

from briefgen.cli import EXIT_CLUSTER, EXIT_OK, main, make_parser
from briefgen.errors import ClusterError
from briefgen.pipeline.dask_engine import local_cluster

#: A hook that kills the process building a shard when that process is a Dask worker (a local build is let be).
KILLER = '''
import os


def on_config(config):
    try:
        from distributed import get_worker

        get_worker()
    except ValueError:  # not on a Dask worker
        return config
    os._exit(1)
'''


def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _briefings(project: Path) -> list:
    from briefgen.records import Settings
    from briefgen.render import Renderer
    from briefgen.site import build_site

    with build_site(project / "seeds", renderer=Renderer(), settings=Settings()) as build:
        return [b for _, b in build.index.briefings()]


def _one_line_naming_a_shard(error: BaseException, address: str) -> None:
    assert isinstance(error, ClusterError), repr(error)
    message = str(error)
    assert message.startswith(f"{address}: ") and "\n" not in message, message
    assert " shard " in message, message


@pytest.mark.slow
@pytest.mark.parametrize(
    ("dask_config", "said"),
    [
        # the nanny is closed before its worker is back (main waited for ever: the shard's task queued, no worker)
        ({"distributed.deploy.lost-worker-timeout": "50ms", "distributed.scheduler.allowed-failures": 10}, "has had no worker for"),
        # the nanny is kept and the worker dies every time (main let Dask's KilledWorker out, a traceback)
        ({"distributed.deploy.lost-worker-timeout": "1 hour", "distributed.scheduler.allowed-failures": 1}, "died, every time"),
    ],
    ids=["nanny-closed", "dies-every-time"],
)
def test_a_worker_that_dies_building_a_shard_ends_the_build_with_one_line_and_publishes_nothing(tmp_path, dask_config, said):
    """The worker dies in the shard build: a ClusterError naming the shard, the published site untouched, and the
    next build publishes a cold build's bytes."""
    from briefgen.render import Renderer
    from briefgen.shard_build import build_sharded_site

    project = tmp_path / "project"
    config = make_site_project(project, {name: text.encode() for name, text in EXTRA.items()})
    (project / "killer.py").write_text(KILLER, encoding="utf-8")
    user = yaml.safe_load(config.read_text(encoding="utf-8"))
    config.write_text(yaml.safe_dump({**user, "hooks": ["killer.py"]}), encoding="utf-8")
    state = tmp_path / "state"
    site = Path(build_sharded_site(_briefings(project), renderer=Renderer(), config_file=config, shard_by="month", state_dir=state).site_dir)
    before = _site_files(site)
    (project / "seeds" / LONE[0]).write_text(LONE[1], encoding="utf-8")
    briefings = _briefings(project)
    with dask.config.set(dask_config):
        with local_cluster(1) as cluster:
            kind, error = run_with_limit(
                lambda: build_sharded_site(
                    briefings, renderer=Renderer(), config_file=config, shard_by="month", state_dir=state,
                    scheduler=cluster.scheduler_address, idle_limit=3.0,
                ),
                limit=120,
            )
            address = cluster.scheduler_address
    assert kind == "raised", error
    _one_line_naming_a_shard(error, address)
    assert said in str(error), error
    assert _site_files(site) == before  # nothing published half-way
    rebuilt = _site_files(Path(build_sharded_site(briefings, renderer=Renderer(), config_file=config, shard_by="month", state_dir=state).site_dir))
    cold = _site_files(Path(build_sharded_site(briefings, renderer=Renderer(), config_file=config, shard_by="month", state_dir=tmp_path / "cold").site_dir))
    assert {k: v for k, v in rebuilt.items() if not k.startswith("pagefind/")} == {k: v for k, v in cold.items() if not k.startswith("pagefind/")}


def _tiny_config(root: Path, name: str) -> str:
    docs = root / name / "docs"
    docs.mkdir(parents=True)
    (docs / "index.md").write_text(f"# {name}\n", encoding="utf-8")
    config = root / f"{name}.yml"
    config.write_text(yaml.safe_dump({"site_name": name, "docs_dir": str(docs), "site_dir": str(root / name / "site")}), encoding="utf-8")
    return str(config)


@pytest.mark.slow
def test_a_shard_task_no_worker_runs_is_sent_once_more_then_the_build_ends_naming_it(tmp_path, monkeypatch):
    """The scheduler keeps shard b's task unrun (pinned to a worker that does not exist) beside an idle worker."""
    from briefgen import shard_cluster
    from briefgen.shard_build import _run_builds

    configs = [_tiny_config(tmp_path, "a"), _tiny_config(tmp_path, "b")]
    sent: list[str] = []
    real = shard_cluster._submit

    def submit(client, config, epoch, dirty):
        if Path(config).stem == "b":
            sent.append("b")
            return client.submit(len, [config], workers=["tcp://127.0.0.1:9"], allow_other_workers=False, pure=False)
        return real(client, config, epoch, dirty)

    monkeypatch.setattr(shard_cluster, "_submit", submit)
    with local_cluster(1) as cluster:
        kind, error = run_with_limit(
            lambda: _run_builds(configs, epochs=["0", "0"], jobs=1, scheduler=cluster.scheduler_address, idle_limit=2.0), limit=90
        )
        address = cluster.scheduler_address
    assert kind == "raised", error
    assert sent == ["b", "b"]  # sent once more, never a third time
    _one_line_naming_a_shard(error, address)
    assert "no Dask worker ran the build of shard b " in str(error)
    assert (tmp_path / "a" / "site" / "index.html").is_file()  # the other shard was built


@pytest.mark.slow
def test_the_command_exits_4_with_one_line_when_the_cluster_has_no_worker_for_the_shards(tmp_path, capsys):
    """``briefgen build --shard-by --scheduler --idle-limit``: every article from the cache, every shard for the cluster,
    which has no worker: exit code 4 (the engine's), one error line, the site left as the last build published it."""
    project = tmp_path / "project"
    config = make_site_project(project, {name: text.encode() for name, text in EXTRA.items()})
    common = [str(project / "seeds"), "--shard-by", "month", "--mkdocs-config", str(config), "--cache-dir", str(tmp_path / "cache")]
    assert main(["build", *common, "--out", str(tmp_path / "out")]) == EXIT_OK
    site = project / "site"
    before = _site_files(site)
    capsys.readouterr()
    with local_cluster(1) as cluster, Client(cluster.scheduler_address, set_as_default=False) as client:
        cluster.scale(0)
        for _ in range(600):
            if not client.scheduler_info()["workers"]:
                break
            import time

            time.sleep(0.1)
        args = ["build", *common, "--out", str(tmp_path / "fresh"), "--scheduler", cluster.scheduler_address, "--idle-limit", "3"]
        kind, code = run_with_limit(lambda: main(args), limit=120)
        address = cluster.scheduler_address
    assert (kind, code) == ("ok", EXIT_CLUSTER), code
    errors = [line for line in capsys.readouterr().err.splitlines() if line.startswith("error: ")]
    assert len(errors) == 1 and errors[0].startswith(f"error: {address}: the Dask cluster has had no worker for "), errors
    assert " shard " in errors[0]
    assert _site_files(site) == before


def test_idle_limit_is_an_option_of_the_command_and_of_the_plugin():
    from briefgen.cli import _idle_limit
    from briefgen.mkdocs_plugin import BriefgenConfig
    from briefgen.pipeline.dask_wait import IDLE_LIMIT
    from briefgen.shard_build import IDLE_LIMIT as SHARD_IDLE_LIMIT

    assert SHARD_IDLE_LIMIT == IDLE_LIMIT  # shard_build keeps a copy of the number: it may not import briefgen.pipeline
    parse = make_parser().parse_args
    assert _idle_limit(parse(["build", "--out", "o"])) == IDLE_LIMIT
    assert _idle_limit(parse(["build", "--out", "o", "--idle-limit", "5"])) == 5.0
    assert _idle_limit(parse(["build", "--out", "o", "--idle-limit", "0"])) is None  # wait for ever
    for given, expected in [({}, IDLE_LIMIT), ({"idle_limit": 5}, 5), ({"idle_limit": 0}, 0)]:
        options = BriefgenConfig()
        options.load_dict(given)
        failed, _ = options.validate()
        assert not failed and options.idle_limit == expected
    options = BriefgenConfig()
    options.load_dict({"idle_limit": "soon"})
    assert options.validate()[0]


def test_the_shard_build_processes_still_import_neither_spacy_nor_dask():
    import subprocess
    import sys

    code = "import sys, briefgen.shard_build; print(sorted(m for m in ('spacy', 'distributed', 'briefgen.pipeline') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_the_cluster_code_of_the_shard_builds_is_not_part_of_the_extraction_fingerprint():
    """Like shard_build.py and dask_wait.py: publishing code must not invalidate every cached extraction."""
    import briefgen
    from briefgen.pipeline.cache import _digest_files

    names = {p.name for p in _digest_files(Path(briefgen.__file__).parent)}
    assert "shard_cluster.py" not in names and "shard_build.py" not in names and "brief.py" in names
