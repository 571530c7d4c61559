"""Ingest: article files to :class:`~briefgen.records.Article` records, with no NLP.

Bytes are decoded strictly (:mod:`.decoding`), plain text is cut into a headline,
subheadings and paragraphs (:mod:`.text`), Markdown front matter is read
(:mod:`.frontmatter`), saved web pages go through trafilatura first (:mod:`.html`),
and :mod:`.files` finds the articles below a seeds folder. It is cheap enough to
run on every build for every article, cached or not.
"""

from __future__ import annotations

from .article import parse_article_text, read_article, unique_names
from .files import SeedScan, find_articles, is_url, read_seed, scan_articles, seeds_location, skipped_entries

__all__ = ["SeedScan", "find_articles", "is_url", "parse_article_text", "read_article", "read_seed", "scan_articles", "seeds_location", "skipped_entries", "unique_names"]
