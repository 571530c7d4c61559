"""A sharded rebuild through the state folder gives, file for file, the site a build from scratch gives (#18).

The rebuild reuses what it can: the stored site index, the plan's link records and the page digests they give,
each shard's digest and docs listing, MkDocs' dirty builds. Each step below changes something one of those could
miss: a briefing's date moves it to another month (two period shards and their lists change), an actor named in one
briefing gains a second (its entry, its links and the briefings naming it change), an article is deleted (its page
and period leave, its actors' counts fall), an article is edited (its title, on its page, the lists and its actors'
pages). After each step the rebuilt ``site/`` must equal a fresh build's.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest

from briefgen.render import Renderer
from briefgen.shard_build import build_sharded_site

from test_site_index_db import briefing, org, person

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]

ARCHIVE = [
    briefing("a", person("Marco Rubio", "US"), person("Rubio"), org("Tories"), date="2025-01-02"),
    briefing("b", person("Donald Trump", "US"), person("Marco Rubio"), org("Tories"), date="2025-01-03"),
    briefing("c", person("Donald Trump"), person("Zelda Quorn"), org("Lib Dems"), date="2025-02-04"),
    briefing("d", person("Marco Rubio"), person("Donald Trump"), org("Lib Dems"), date="2025-02-05"),
    briefing("e", person("Donald Trump"), org("Tories"), date="2025-03-06"),
]


def _project(root: Path) -> Path:
    """The repository's ``mkdocs.yml`` and own docs in ``root``, without search (Pagefind's delta index is by design
    not a fresh index's files; its own tests compare what it finds)."""
    root.mkdir(parents=True)
    shutil.copytree(REPO / "site_src", root / "site_src")
    text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    assert "      cache_dir: .cache/briefgen\n" in text
    (root / "mkdocs.yml").write_text(text.replace("      cache_dir: .cache/briefgen\n", "      cache_dir: .cache/briefgen\n      search: false\n"), encoding="utf-8")
    return root / "mkdocs.yml"


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def _build(items, root: Path, config: Path) -> dict[str, bytes]:
    built = build_sharded_site(items, renderer=Renderer(), config_file=config, shard_by="month", state_dir=root / "state", jobs=2)
    return _files(Path(built.site_dir))


def _moved(items, name: str, date: str):
    return [dataclasses.replace(b, article=dataclasses.replace(b.article, meta=dataclasses.replace(b.article.meta, date=date))) if b.article.name == name else b for b in items]


STEPS = {
    # "b" leaves January for April: both months, the timeline and the lists change
    "a date moves a briefing to another month": lambda items: _moved(items, "b", "2025-04-07"),
    # "Zelda Quorn" was named in "c" alone; a new briefing in March names her again
    "an actor gains a second briefing": lambda items: [*items, briefing("f", person("Zelda Quorn"), org("Tories"), date="2025-03-08")],
    # "d" deleted: its page goes, February keeps "c" alone, its actors are named once less
    "an article is deleted": lambda items: [b for b in items if b.article.name != "d"],
    # "c" edited: a new title on its page, its month's and the portal's lists and its actors' pages
    "an article is edited": lambda items: [
        dataclasses.replace(b, article=dataclasses.replace(b.article, title="C, corrected")) if b.article.name == "c" else b for b in items
    ],
}


def test_each_rebuild_equals_a_build_from_scratch(tmp_path):
    kept = tmp_path / "kept"
    config = _project(kept / "project")
    items = list(ARCHIVE)
    first = _build(items, kept, config)
    for k, (step, change) in enumerate(STEPS.items()):
        items = change(items)
        rebuilt = _build(items, kept, config)
        fresh_root = tmp_path / f"fresh-{k}"
        fresh = _build(items, fresh_root, _project(fresh_root / "project"))
        assert sorted(rebuilt) == sorted(fresh), step
        differing = [path for path in fresh if rebuilt[path] != fresh[path]]
        assert differing == [], step
        assert rebuilt != first, step  # the step changed the site
        first = rebuilt
