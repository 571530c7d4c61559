"""The example GitHub Actions workflow: what triggers it, cache, strict build, Pages deploy only from main."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

WORKFLOW = Path(__file__).resolve().parents[1] / ".github" / "workflows" / "site.yml"
#: The oldest major version of each action the workflow may use (#16: v4 of checkout runs on a retired Node).
CURRENT_MAJORS = {
    "actions/checkout": 6,
    "actions/setup-python": 6,
    "actions/cache": 5,
    "actions/configure-pages": 6,
    "actions/upload-pages-artifact": 5,
    "actions/deploy-pages": 5,
}


def flow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def test_workflow_builds_strictly_with_the_cache_and_deploys_pages():
    f = flow()
    steps = f["jobs"]["build"]["steps"]
    uses = [s.get("uses", "") for s in steps]
    runs = [s.get("run", "") for s in steps]
    cache = next(s for s in steps if s.get("uses", "").startswith("actions/cache@"))
    assert cache["with"]["path"] == ".cache/briefgen"
    build_at = next(i for i, r in enumerate(runs) if "mkdocs build --strict" in r)
    assert uses.index(cache["uses"]) < build_at
    upload = next(s for s in steps if s.get("uses", "").startswith("actions/upload-pages-artifact@"))
    assert upload["with"]["path"] == "site"
    deploy = f["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert any(s.get("uses", "").startswith("actions/deploy-pages@") for s in deploy["steps"])
    assert f["permissions"] == {"contents": "read"}  # only the deploy job may write Pages
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}


def test_code_templates_and_dependencies_redeploy_and_pull_requests_only_build():
    """#16: a change to the code, the templates or pyproject.toml changes every page, not only seeds/ does."""
    triggers = flow()[True]  # YAML 1.1 reads the key "on" as true
    for path in ("seeds/**", "site_src/**", "templates/**", "briefgen/**", "pyproject.toml", "mkdocs.yml"):
        assert path in triggers["push"]["paths"], path
        assert path in triggers["pull_request"]["paths"], path
    jobs = flow()["jobs"]
    assert jobs["deploy"]["if"] == "github.event_name != 'pull_request'"
    for step in jobs["build"]["steps"]:
        if re.match(r"actions/(configure-pages|upload-pages-artifact)@", step.get("uses", "")):
            assert step["if"] == "github.event_name != 'pull_request'", step["uses"]


def test_every_job_has_a_timeout_and_actions_are_current_majors():
    jobs = flow()["jobs"]
    for name, job in jobs.items():
        assert 0 < job["timeout-minutes"] <= 60, name
    used = [s["uses"] for job in jobs.values() for s in job["steps"] if "uses" in s]
    assert {u.split("@")[0] for u in used} == set(CURRENT_MAJORS)
    for action in used:
        name, version = action.split("@")
        assert int(version.removeprefix("v").split(".")[0]) >= CURRENT_MAJORS[name], action
