"""Saved web pages (``.html``) as articles.

A saved page is mostly not the article: navigation, "most read" lists,
cookie banners and footers would become actors and summary points. The
article body, title, publication date and source URL are taken out with
trafilatura, a maintained boilerplate remover, and turned into the Markdown
article form the rest of briefgen already reads (YAML front matter + one
paragraph per line). Going through that one form keeps a single code path for
offsets, headings and metadata.
"""

from __future__ import annotations

import yaml

from ..errors import ArticleError
from .text import looks_like_heading

#: File suffixes read as saved web pages.
HTML_SUFFIXES = (".html", ".htm")


def _decode_for_parser(data: bytes) -> str | bytes:
    """trafilatura guesses encodings itself from bytes; only strip a UTF-8 BOM."""
    return data[3:] if data.startswith(b"\xef\xbb\xbf") else data


#: A line of article prose has at least this many words.
MIN_PROSE_WORDS = 4


def _reads_as_prose(line: str) -> bool:
    """Whether a line trafilatura kept reads as article text, not a leftover menu item or heading.

    On a page with no article (a section front, a saved menu) trafilatura
    still returns whatever text it can find — "menu", "Home World Sport" —
    which would be briefed with that as its summary. Prose has a few words
    and is not title-like (:func:`~briefgen.ingest.text.looks_like_heading`,
    the test plain-text articles use for subheadings).
    """
    return len(line.split()) >= MIN_PROSE_WORDS and not looks_like_heading(line)


def html_to_markdown(data: bytes, *, path: str) -> bytes:
    """The article in a saved web page as a Markdown article with front matter.

    Raises :class:`ArticleError` when the page holds no article text.
    """
    import trafilatura  # imported late: only .html inputs need it

    document = trafilatura.bare_extraction(
        _decode_for_parser(data),
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        # De-duplication keeps a cache of text already seen for the whole process: under
        # ``mkdocs serve`` the same page read again (every rebuild) would lose its paragraphs
        # and then be "no article text found". A saved page is one article; nothing to de-duplicate.
        deduplicate=False,
    )
    if document is None:
        raise ArticleError(path, "no article text found in the web page")
    found = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = (found.get("text") or "").strip()
    if not text:
        raise ArticleError(path, "no article text found in the web page")
    title = " ".join((found.get("title") or "").split())
    lines = [" ".join(line.split()) for line in text.split("\n")]
    lines = [line for line in lines if line]
    if title and lines and lines[0] == title:
        lines = lines[1:]  # trafilatura keeps the page's <h1>; the title is in the front matter
    if not any(_reads_as_prose(line) for line in lines):
        raise ArticleError(path, "no article text found in the web page (only navigation, links or headings)")
    meta = {
        "title": title or None,
        "date": found.get("date") or None,
        "source": found.get("sitename") or found.get("hostname") or None,
        "url": found.get("url") or None,
    }
    meta = {k: v for k, v in meta.items() if v}
    front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=10_000) if meta else ""
    body = "\n\n".join(lines)
    document_text = (f"---\n{front}---\n" if front else "") + body + "\n"
    return document_text.encode("utf-8")
