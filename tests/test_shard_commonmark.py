"""``briefgen build --commonmark --shard-by month`` end to end (#18): what a user gets in OUT, and the site beside it.

Under ``--shard-by`` OUT's Markdown follows the config's layout
(``OUT/briefings/NAME.md``, JSON at ``OUT/NAME.json``) and the shards are
made from the same index; ``--commonmark`` asks for OUT's pages in plain
CommonMark for another site builder, while the published site stays MkDocs'.
"""

from __future__ import annotations

import json
import posixpath
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from site_project import make_site_project

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "articles"
#: Two months: 2025-05 and 2025-06.
ARTICLES = ("2025-05-20-rubio-senate.md", "2025-06-02-istanbul-second-round.md")
#: Added for the rebuild: another May article.
LATER = ("2025-05-28-blair-rubio.txt", "Blair meets Rubio\n\nTony Blair met Marco Rubio in London on Wednesday.\n\n"
         '"The talks must go on," Marco Rubio said after the meeting.\n')
#: What only Python-Markdown / Material reads: admonitions, collapsible blocks, the comments that keep quotes apart.
MATERIAL = ("!!! ", "???", "<!--")


def _out(out: Path) -> dict[str, str]:
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file() and not p.relative_to(out).parts[0].startswith(".")}


def _check_commonmark(files: dict[str, str]) -> int:
    """Every Markdown page of OUT: no Material syntax, and every link (CommonMark's own reading) leads to a file of OUT."""
    markdown_it = pytest.importorskip("markdown_it")
    md = markdown_it.MarkdownIt("commonmark")
    followed = 0
    for rel, text in files.items():
        if not rel.endswith(".md"):
            continue
        for material in MATERIAL:
            assert material not in text, (rel, material)
        for href in re.findall(r'<a href="([^"]*)"', md.render(text)):
            path = unquote(urlsplit(href).path)
            if not path or urlsplit(href).scheme:
                continue
            target = posixpath.normpath(posixpath.join(posixpath.dirname(rel), path))
            assert target in files, (rel, href)
            followed += 1
    return followed


def test_commonmark_with_shard_by_month(tmp_path, capsys):
    config = make_site_project(tmp_path / "project", {name: (FIXTURES / name).read_bytes() for name in ARTICLES})
    out, site = tmp_path / "out", tmp_path / "project" / "site"
    args = ["build", str(config.parent / "seeds"), "--out", str(out), "--shard-by", "month", "--mkdocs-config", str(config)]
    args += ["--cache-dir", str(tmp_path / "cache"), "--commonmark"]

    assert main(args) == EXIT_OK
    assert "shards: 4 built (portal, actors-1-of-1, 2025-05, 2025-06)" in capsys.readouterr().err  # the actor pages: one actor shard (#18)
    first = _out(out)
    names = [name.rsplit(".", 1)[0] for name in ARTICLES]
    for name in names:
        assert f"briefings/{name}.md" in first and f"{name}.json" in first  # the config's layout; JSON as without shards
        assert json.loads(first[f"{name}.json"])["title"]
    assert {"index.md", "briefings/index.md", "timeline/index.md", "actors/index.md"} <= set(first)
    assert _check_commonmark(first) > 20
    # the published site is MkDocs' (Material's admonitions), each briefing in its month
    page = site / "briefings" / "2025-06" / names[1] / "index.html"
    assert 'class="admonition' in page.read_text(encoding="utf-8")
    assert (site / "briefings" / "2025-05" / names[0] / "index.html").is_file()

    # again, nothing changed: the pages come from the last build's stores, OUT stays CommonMark and unchanged
    assert main(args) == EXIT_OK
    assert "shards: 0 built" in capsys.readouterr().err
    assert _out(out) == first

    # one more article in May: its page, and the pages that now link it, are CommonMark too
    (config.parent / "seeds" / LATER[0]).write_text(LATER[1], encoding="utf-8")
    assert main(args) == EXIT_OK
    capsys.readouterr()
    after = _out(out)
    assert "briefings/2025-05-28-blair-rubio.md" in after and after != first
    assert _check_commonmark(after) > 20
    # and the site's pages, made from the same index after OUT's CommonMark ones, are still MkDocs'
    assert 'class="admonition' in page.read_text(encoding="utf-8")
    assert (site / "briefings" / "2025-05" / "2025-05-28-blair-rubio" / "index.html").is_file()
    assert "!!! " in (out / ".briefgen-shards" / "docs" / "2025-06" / f"{names[1]}.md").read_text(encoding="utf-8")


def _site_files(site: Path) -> dict[str, bytes]:
    """The published site but its search index (Pagefind's file names are not byte-identical between runs)."""
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file() and not p.relative_to(site).parts[0].startswith(("pagefind", "."))}


def test_alternating_commonmark_renders_nothing_anew(tmp_path, monkeypatch, capsys):
    """#18: ``--commonmark``, then without, then with again: the third build renders no page it could keep (counted at the
    renderer: only the pages no store keeps, the home page and the actors index, which read the site index while they
    render, as in any unchanged rebuild), and OUT and the site are the bytes of a clean ``--commonmark`` build. The
    stored index kept one page per path, so the two flavours evicted each other, and OUT's pages had no page store."""
    from briefgen.render import Renderer

    rendered: list[str] = []
    for method in ("briefing_markdown", "list_markdown", "page_markdown"):
        real = getattr(Renderer, method)

        def counting(self, *args, _real=real, _name=method, **kwargs):
            rendered.append(f"{_name}:{'commonmark' if self.portable else 'material'}")
            return _real(self, *args, **kwargs)

        monkeypatch.setattr(Renderer, method, counting)

    def project(root: Path) -> tuple[list[str], Path, Path]:
        config = make_site_project(root / "project", {name: (FIXTURES / name).read_bytes() for name in ARTICLES})
        args = ["build", str(config.parent / "seeds"), "--out", str(root / "out"), "--shard-by", "month", "--mkdocs-config", str(config)]
        return [*args, "--cache-dir", str(tmp_path / "cache")], root / "out", root / "project" / "site"

    args, out, site = project(tmp_path / "a")
    for flavour in (["--commonmark"], [], ["--commonmark"]):
        rendered.clear()
        assert main([*args, *flavour]) == EXIT_OK
    third = sorted(rendered)
    rendered.clear()
    capsys.readouterr()
    assert main([*args, "--commonmark"]) == EXIT_OK  # the same flavour again: what an unchanged rebuild renders at least
    assert "shards: 0 built" in capsys.readouterr().err
    assert third == sorted(rendered)
    assert len(third) <= 6 and not [r for r in third if r.startswith("briefing_markdown")], third

    clean_args, clean_out, clean_site = project(tmp_path / "b")
    assert main([*clean_args, "--commonmark"]) == EXIT_OK
    assert _out(out) == _out(clean_out)
    assert _check_commonmark(_out(out)) > 20
    assert _site_files(site) == _site_files(clean_site)
