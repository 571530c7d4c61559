"""Sharded publishing never deletes or replaces a file of the site's own docs that no generated page claims (#18).

The portal's build holds the site's own docs, some of which may sit in a
period's folder (``docs/briefings/2025-06/notes.txt``). ``briefgen build
--shard-by`` publishes the portal's build too, so such a file stayed; with the
plugin, ``mkdocs build`` writes the portal into ``site/`` itself, and publishing
the periods made each period's folder hold its own build alone: the user's
file was deleted. Real builds, both paths; the ``mkdocs build`` twice (the
second one rebuilds over the first's ``site/``).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from site_project import build_site_dir, make_site_project

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
#: Two months: 2025-05 and 2025-06.
ARTICLES = ("2025-05-20-rubio-senate.md", "2025-06-02-istanbul-second-round.md")
#: Hand-written files of the site's docs (``site_src``) in a period's folder, at the root, and in a sub-folder.
OWN = {"briefings/2025-06/notes.txt": b"notes by hand\n", "briefings/2025-06/data/table.csv": b"a,b\n1,2\n", "mine.txt": b"mine\n"}


def _project(root: Path, *, plugin: bool) -> Path:
    config = make_site_project(root, {name: (FIXTURES / name).read_bytes() for name in ARTICLES})
    for rel, data in OWN.items():
        (root / "site_src" / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / "site_src" / rel).write_bytes(data)
    if plugin:
        text = config.read_text(encoding="utf-8")
        assert "      cache_dir: .cache/briefgen\n" in text
        config.write_text(text.replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      shard_by: month\n"), encoding="utf-8")
    return config


def _own(site: Path) -> dict[str, bytes | None]:
    return {rel: (site / rel).read_bytes() if (site / rel).is_file() else None for rel in OWN}


def test_mkdocs_build_with_shard_by_keeps_own_files_in_a_periods_folder(tmp_path):
    config = _project(tmp_path / "project", plugin=True)
    site = build_site_dir(config, strict=True)
    assert (site / "briefings" / "2025-06" / "2025-06-02-istanbul-second-round" / "index.html").is_file()  # the period is there
    assert _own(site) == OWN
    build_site_dir(config, strict=True)
    assert _own(site) == OWN


def test_briefgen_build_with_shard_by_keeps_own_files_in_a_periods_folder(tmp_path):
    config = _project(tmp_path / "project", plugin=False)
    args = ["build", str(config.parent / "seeds"), "--out", str(tmp_path / "out"), "--shard-by", "month", "--mkdocs-config", str(config)]
    assert main(args) == EXIT_OK
    site = config.parent / "site"
    assert (site / "briefings" / "2025-06" / "2025-06-02-istanbul-second-round" / "index.html").is_file()
    assert _own(site) == OWN
    assert main(args) == EXIT_OK
    assert _own(site) == OWN


#: A hand-written file at a path a period's build publishes too (its tags page): the period's wins, with a warning.
CLASH = "briefings/2025-06/tags/index.html"


@pytest.mark.parametrize("plugin", [False, True], ids=["briefgen build", "mkdocs build"])
def test_a_periods_file_replacing_an_own_file_is_said(tmp_path, caplog, plugin):
    config = _project(tmp_path / "project", plugin=plugin)
    mine = b"<html><body>my own page</body></html>\n"
    (config.parent / "site_src" / CLASH).parent.mkdir(parents=True, exist_ok=True)
    (config.parent / "site_src" / CLASH).write_bytes(mine)
    with caplog.at_level("WARNING", logger="mkdocs.plugins.briefgen"):
        if plugin:
            site = build_site_dir(config)
        else:
            assert main(["build", str(config.parent / "seeds"), "--out", str(tmp_path / "out"), "--shard-by", "month", "--mkdocs-config", str(config)]) == EXIT_OK
            site = config.parent / "site"
    published = (site / CLASH).read_bytes()
    assert published != mine and b"2025-06-02" in published  # the period's tags page, listing its briefing
    assert _own(site) == OWN
    warned = [r.getMessage() for r in caplog.records if r.name == "mkdocs.plugins.briefgen" and "own docs" in r.getMessage()]
    assert warned == [f"{site / CLASH}: a file of the site's own docs is published here, and so is period 2025-06's build; the latter is published"]
