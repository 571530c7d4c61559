"""Compiled templates kept between processes, compiled again when a template or Jinja changes (#18)."""

from __future__ import annotations

import os

import jinja2
import pytest

from briefgen.records import Article, ArticleMeta, Block, Briefing, Extraction, KeyPoint
from briefgen.render import Renderer
from briefgen.render import markdown as render_markdown


def _briefing() -> Briefing:
    text = "The talks resume on Monday."
    article = Article(path="talks.txt", name="talks", title="Talks resume", text=text, blocks=(Block("paragraph", 0, len(text)),), meta=ArticleMeta(date="2025-06-02"))
    return Briefing(article, Extraction(summary=(KeyPoint(text, 0, len(text)),)))


def _render(renderer: Renderer) -> str:
    return renderer.briefing_markdown(_briefing())


def _no_compiling(monkeypatch):
    def refuse(self, *args, **kwargs):
        raise AssertionError("a template was compiled again")

    monkeypatch.setattr(jinja2.Environment, "compile", refuse)


def test_a_second_renderer_loads_the_compiled_templates_and_renders_the_same_bytes(tmp_path, monkeypatch):
    first = _render(Renderer(compiled_templates=tmp_path))
    assert any(p.name.startswith("briefgen-") for p in tmp_path.iterdir())
    _no_compiling(monkeypatch)
    assert _render(Renderer(compiled_templates=tmp_path)) == first  # a fresh environment, nothing compiled


def test_without_the_cache_every_renderer_compiles(tmp_path, monkeypatch):
    _render(Renderer(compiled_templates=tmp_path))
    _no_compiling(monkeypatch)
    with pytest.raises(AssertionError, match="compiled again"):
        _render(Renderer(compiled_templates=False))


def test_the_same_bytes_with_and_without_compiled_templates(tmp_path):
    plain = _render(Renderer(compiled_templates=False))
    assert _render(Renderer(compiled_templates=tmp_path)) == plain  # compiled now
    assert _render(Renderer(compiled_templates=tmp_path)) == plain  # loaded


def test_a_sites_own_template_is_compiled_again_when_it_changes(tmp_path):
    own, cache = tmp_path / "own", tmp_path / "cache"
    own.mkdir()
    shipped = _render(Renderer(compiled_templates=cache))
    template = own / "briefing.md.j2"
    template.write_text("# {{ article.title }} (first)\n", encoding="utf-8")
    assert _render(Renderer(templates_dir=own, compiled_templates=cache)) == "# Talks resume (first)\n"
    template.write_text("# {{ article.title }} (second)\n", encoding="utf-8")
    os.utime(template, (1, 1))  # even with an older time stamp: the source's checksum decides
    assert _render(Renderer(templates_dir=own, compiled_templates=cache)) == "# Talks resume (second)\n"
    template.unlink()
    assert _render(Renderer(templates_dir=own, compiled_templates=cache)) == shipped  # back to the shipped one


def test_another_jinja_version_compiles_again(tmp_path, monkeypatch):
    _render(Renderer(compiled_templates=tmp_path))
    monkeypatch.setattr(jinja2, "__version__", jinja2.__version__ + ".other")
    compiled = []
    original = jinja2.Environment.compile

    def counting(self, *args, **kwargs):
        compiled.append(args[1] if len(args) > 1 else kwargs.get("name"))
        return original(self, *args, **kwargs)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    _render(Renderer(compiled_templates=tmp_path))
    assert "briefing.md.j2" in compiled


def test_a_cache_folder_that_cannot_be_made_means_no_cache(monkeypatch):
    def unsafe(self):
        raise RuntimeError("Cannot determine safe temp directory.")

    monkeypatch.setattr(jinja2.FileSystemBytecodeCache, "_get_default_cache_dir", unsafe)
    renderer = Renderer()
    assert renderer.env.bytecode_cache is None
    assert _render(renderer) == _render(Renderer(compiled_templates=False))


def test_the_default_is_jinjas_private_per_user_folder():
    cache = render_markdown._compiled_templates(True)
    assert cache is not None and os.stat(cache.directory).st_mode & 0o777 == 0o700


def test_a_cache_folder_that_cannot_be_written_only_means_compiling(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    renderer = Renderer(compiled_templates=cache)
    cache.rmdir()  # gone before the first template is compiled
    plain = _render(Renderer(compiled_templates=False))
    assert _render(renderer) == plain
    assert not cache.exists()
