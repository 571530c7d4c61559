"""A shard build lists the theme's static files without walking its hidden folders (#18), and finds the same files.

MkDocs' ``Files.add_files_from_theme`` lists every file of the theme's folders and drops hidden paths itself;
Material's 14,000 icons in ``.icons`` made that a fixed part of every shard build. ``_list_theme_without_hidden``
skips hidden folders only for a caller whose filter drops hidden paths (probed): the lists must be equal.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from briefgen.shard_build import _list_theme_without_hidden, _visible_files

THEME = ["main.html", "assets/app.js", "assets/.cache.js", ".icons/a/b.svg", ".icons/c.svg", "sub/.dir/y.css", "sub/z.css", ".top"]


class _Theme:
    """What ``_list_theme_without_hidden`` needs of a MkDocs theme: ``get_env``."""

    def __init__(self, dirs: list[str]) -> None:
        self.dirs = dirs

    def get_env(self) -> jinja2.Environment:
        return jinja2.Environment(loader=jinja2.FileSystemLoader(self.dirs))


class _Config:
    def __init__(self, theme: _Theme) -> None:
        self.theme = theme


def _themes(root: Path) -> list[str]:
    dirs = []
    for k, names in enumerate((THEME, ["main.html", "assets/other.js", ".icons/d.svg"])):
        for name in names:
            path = root / f"theme{k}" / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(name, encoding="utf-8")
        dirs.append(str(root / f"theme{k}"))
    return dirs


def _drops_hidden(name: str) -> bool:
    return not (name.startswith(".") or "/." in name)


FILTERS = {
    "drops hidden paths (MkDocs' own filter does)": (lambda name: _drops_hidden(name) and not name.endswith(".html"), True),
    "keeps hidden paths: listed as before": (lambda name: True, False),
    "keeps nested hidden paths only": (lambda name: not name.startswith("."), False),
}


@pytest.mark.parametrize("case", FILTERS)
def test_the_listing_is_the_same_with_or_without_the_walk_of_hidden_folders(tmp_path, case):
    keep, pruned = FILTERS[case]
    dirs = _themes(tmp_path)
    before = _Theme(dirs).get_env().list_templates(filter_func=keep)
    config = _Config(_Theme(dirs))
    _list_theme_without_hidden(config)
    env = config.theme.get_env()
    assert env.list_templates(filter_func=keep) == before
    hidden = [name for name in before if not _drops_hidden(name)]
    assert bool(hidden) is not pruned  # the fallback cases do list hidden files, so the equality above can fail
    assert env.list_templates() == jinja2.Environment(loader=jinja2.FileSystemLoader(dirs)).list_templates()  # no filter: as before


def test_visible_files_are_every_listed_file_without_hidden_parts(tmp_path):
    dirs = _themes(tmp_path)
    every = jinja2.FileSystemLoader(dirs).list_templates()
    assert _visible_files(jinja2.FileSystemLoader(dirs)) == [name for name in every if _drops_hidden(name)]
    assert "assets/other.js" in every and ".icons/d.svg" in every


def test_material_theme_files_are_the_same(tmp_path):
    """The real case: MkDocs' theme files of a Material project, listed both ways."""
    from mkdocs.config import load_config
    from mkdocs.structure.files import Files

    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text("site_name: t\ntheme:\n  name: material\n", encoding="utf-8")

    def files(pruned: bool) -> list[tuple[str, str]]:
        config = load_config(config_file=str(tmp_path / "mkdocs.yml"))
        if pruned:
            _list_theme_without_hidden(config)
        found = Files([])
        found.add_files_from_theme(config.theme.get_env(), config)
        return [(f.src_uri, f.abs_src_path) for f in found]

    plain = files(False)
    assert len(plain) > 20 and not any(uri.startswith(".") for uri, _ in plain)
    assert files(True) == plain
