"""``briefgen build --commonmark`` and ``--with-text``: output for any other site builder (#16)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from briefgen.cli import EXIT_OK, main

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures" / "articles"


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("seeds")
    for name in ("2025-05-20-rubio-senate.md", "2025-06-02-istanbul-second-round.md", "vatican-offer.html"):
        (folder / name).write_bytes((FIXTURES / name).read_bytes())
    return folder


def build(seeds: Path, out: Path, *options: str) -> dict[str, str]:
    assert main(["build", str(seeds), "--out", str(out), "--no-cache", *options]) == EXIT_OK
    return {p.name: p.read_text(encoding="utf-8") for p in out.rglob("*") if p.is_file()}


def test_commonmark_pages_have_no_material_syntax_and_keep_every_quote_apart(seeds, tmp_path):
    markdown_it = pytest.importorskip("markdown_it")
    rich = build(seeds, tmp_path / "rich")
    plain = build(seeds, tmp_path / "plain", "--commonmark")
    page = plain["2025-06-02-istanbul-second-round.md"]
    assert "!!! " in rich["2025-06-02-istanbul-second-round.md"]  # the MkDocs form keeps its admonitions
    for name, text in plain.items():
        if name.endswith(".md"):
            for material in ("!!! ", "???", "<!--"):
                assert material not in text, (name, material)
    assert "**Story thread**" in page
    html = markdown_it.MarkdownIt("commonmark").render(page)
    quotes = json.loads(plain["2025-06-02-istanbul-second-round.json"])["quotes"]
    assert html.count("<blockquote>") == len(quotes) > 1  # one blockquote per quote, none merged
    assert "<pre><code>" not in html  # the source article is text, not an indented code block
    assert "Russian and Ukrainian delegations met" in html


def test_json_with_text_carries_the_text_its_offsets_point_into(seeds, tmp_path):
    plain = build(seeds, tmp_path / "without")
    assert "text" not in json.loads(plain["vatican-offer.json"])
    data = json.loads(build(seeds, tmp_path / "with", "--with-text")["vatican-offer.json"])
    items = [*data["summary"], *data["outlook"]]
    assert items
    for item in items:
        assert data["text"][item["start"] : item["end"]] == item["text"]
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(data, json.loads((REPO / "briefgen" / "briefing.schema.json").read_text(encoding="utf-8")))
