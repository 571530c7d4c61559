"""Saved web pages as input: the article without the page's boilerplate, with title, date and URL."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefgen.errors import ArticleError
from briefgen.ingest import find_articles, parse_article_text, read_article
from briefgen.ingest.html import html_to_markdown

FIXTURE = Path(__file__).parent / "fixtures" / "articles" / "vatican-offer.html"


def test_saved_page_keeps_article_title_date_and_url_and_drops_boilerplate():
    article = read_article(FIXTURE)
    assert article.title == "Pope Leo Offers Vatican as Venue for Peace Talks"
    assert article.meta.date == "2025-06-14"
    assert article.meta.url == "https://example.org/world/pope-leo-vatican-talks"
    assert article.text.startswith("Pope Leo XIV offered on Saturday")
    for boilerplate in ("Subscribe", "Most read", "recipes", "Cookie settings", "All rights reserved"):
        assert boilerplate not in article.text
    paragraphs = [article.text[b.start : b.end] for b in article.body_blocks()]
    assert len(paragraphs) == 6
    assert paragraphs[-1].startswith("Secretary of State Marco Rubio")


def test_html_files_are_found_as_articles(tmp_path):
    (tmp_path / "page.html").write_bytes(FIXTURE.read_bytes())
    (tmp_path / "page.htm").write_bytes(FIXTURE.read_bytes())
    (tmp_path / "style.css").write_text("body{}")
    assert [p.name for p in find_articles(tmp_path)] == ["page.htm", "page.html"]


def test_markup_in_the_page_is_text_not_markup():
    html = b"""<html><head><title>Talks &lt;b&gt;resume&lt;/b&gt;</title></head><body><article>
    <p>The envoy said the talks would resume on Monday in Geneva, after a pause of two weeks, according to officials.</p>
    <p>Officials said &lt;script&gt;alert(1)&lt;/script&gt; was written on a placard outside the venue in Geneva.</p>
    <p>Both delegations are expected to arrive on Sunday evening and to meet for three days in the old palace.</p>
    </article></body></html>"""
    article = parse_article_text(html, path="t.html", suffix=".html")
    assert "<script>alert(1)</script>" in article.text  # entities decoded to the text a reader sees
    assert article.title == "Talks <b>resume</b>"


def test_a_page_without_article_text_is_an_article_error():
    with pytest.raises(ArticleError, match="no article text"):
        html_to_markdown(b"<html><head><title>Nothing</title></head><body><div></div></body></html>", path="empty.html")


def test_the_same_page_converts_every_time_in_one_process():
    """#16: trafilatura's de-duplication cache lives for the whole process, so under ``mkdocs serve`` a page
    read for the fourth time came back as "no article text found". Six conversions must give six equal results."""
    data = FIXTURE.read_bytes()
    results = [html_to_markdown(data, path="vatican-offer.html") for _ in range(6)]
    assert all(r == results[0] for r in results)
    assert b"Pope Leo XIV offered on Saturday" in results[0]
