"""A throw-away copy of the repo's MkDocs set-up with its own seeds, built in-process.

Shared by the bad-input, hostile-input and property tests so that they all
exercise the real ``mkdocs.yml`` (theme, plugins, Markdown extensions) that
the site is published with, not a simplified one.
"""

from __future__ import annotations

import re
import shutil
from collections.abc import Mapping
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

REPO = Path(__file__).resolve().parents[1]
_NOT_COPIED = {"seeds", "site", ".cache", ".git", ".venv", "tests"}


def make_site_project(root: Path, articles: Mapping[str, bytes] | Path) -> Path:
    """Copy ``mkdocs.yml`` and every top-level folder it names into ``root``; add ``seeds/``.

    ``articles`` is a folder to copy or ``{file name: bytes}``. Returns the config file.
    """
    config_text = (REPO / "mkdocs.yml").read_text(encoding="utf-8")
    root.mkdir(parents=True, exist_ok=True)
    for entry in REPO.iterdir():
        if entry.name in _NOT_COPIED or not entry.is_dir():
            continue
        if re.search(rf"(?<![\w./-]){re.escape(entry.name)}(?![\w-])", config_text):
            shutil.copytree(entry, root / entry.name, symlinks=True)
    shutil.copy(REPO / "mkdocs.yml", root / "mkdocs.yml")
    seeds = root / "seeds"
    if isinstance(articles, Path):
        shutil.copytree(articles, seeds, symlinks=True)
    else:
        seeds.mkdir()
        for name, data in articles.items():
            (seeds / name).parent.mkdir(parents=True, exist_ok=True)
            (seeds / name).write_bytes(data)
    return root / "mkdocs.yml"


def build_site_dir(config_file: Path, *, strict: bool = False) -> Path:
    """``mkdocs build`` in-process (the spaCy model stays loaded); returns the site folder."""
    config = load_config(config_file=str(config_file), strict=strict)
    build(config)
    return Path(config.site_dir)


def tree(root: Path) -> set[str]:
    """Every path below ``root``, relative, POSIX style."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}
