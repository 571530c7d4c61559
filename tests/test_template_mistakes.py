"""A mistake in a site's own template is one line naming the template's file and line, never a traceback
(:mod:`briefgen.render.template_errors`).

Found trying the README's ``templates:`` option as a new user: a typo in ``my_templates/briefing.md.j2`` ended
``briefgen build`` and ``mkdocs build`` with a 40- to 60-line Jinja traceback. A template is configuration: the CLI
exits with 2 (usage or configuration error) and MkDocs aborts with its one-line plugin error.
"""

from __future__ import annotations

import contextlib
import io
import logging
from pathlib import Path

import pytest
from mkdocs.exceptions import Abort
from site_project import build_site_dir, make_site_project

from briefgen.cli import EXIT_USAGE, main

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

#: (the site's briefing template, the problem its message must say). The mistake is on the template's third line.
MISTAKES = [
    pytest.param("{{ front_matter }}\n# {{ article.title }}\n{% if %}\n", "Expected an expression", id="syntax"),
    pytest.param("{{ front_matter }}\n# {{ article.title }}\n{{ undefined_thing.x }}\n", "'undefined_thing' is undefined", id="undefined"),
    pytest.param("{{ front_matter }}\n# {{ article.title }}\n{{ x.quotes | no_such_filter }}\n", "no_such_filter", id="filter"),
    pytest.param("{{ front_matter }}\n# {{ article.title }}\n{% include 'missing.md.j2' %}\n", "no template named 'missing.md.j2'", id="include"),
    pytest.param("{{ front_matter }}\n# {{ article.title }}\n{{ x.quotes + 1 }}\n", "can only concatenate", id="python-error"),
]


def _site_templates(root: Path, briefing: str) -> Path:
    templates = root / "my_templates"
    templates.mkdir()
    (templates / "briefing.md.j2").write_text(briefing, encoding="utf-8")
    return templates


@pytest.mark.parametrize("briefing, problem", MISTAKES)
def test_the_cli_names_the_template_line_and_exits_2(tmp_path, briefing, problem):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_bytes((REPO / "seeds" / "000_254a3b9810478911.txt").read_bytes())
    templates = _site_templates(tmp_path, briefing)
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["build", str(seeds), "--out", str(tmp_path / "out"), "--no-cache", "--templates", str(templates)])
    assert code == EXIT_USAGE
    lines = [line for line in err.getvalue().splitlines() if line.strip()]
    assert not any("Traceback" in line for line in lines), err.getvalue()
    message = next(line for line in lines if "briefing.md.j2" in line)
    assert f"{templates / 'briefing.md.j2'}:3: " in message
    assert problem in message
    assert "a.txt" in message  # the article the template failed on


@pytest.mark.parametrize("briefing, problem", MISTAKES[:2])
def test_mkdocs_aborts_with_one_line_naming_the_template(tmp_path, caplog, briefing, problem):
    config = make_site_project(tmp_path, {"a.txt": (REPO / "seeds" / "000_254a3b9810478911.txt").read_bytes()})
    _site_templates(tmp_path, briefing)
    text = config.read_text(encoding="utf-8").replace("      seeds: seeds\n", "      seeds: seeds\n      templates: my_templates\n")
    config.write_text(text, encoding="utf-8")
    with caplog.at_level(logging.ERROR), pytest.raises(Abort):
        build_site_dir(config)
    errors = [r.getMessage() for r in caplog.records if r.levelno >= logging.ERROR]
    assert any("briefing.md.j2:3: " in m and problem in m and "\n" not in m for m in errors), errors
