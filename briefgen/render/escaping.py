"""Escaping article text for Markdown pages and for HTML-valued page fields.

Article text is data, never markup. Whatever an article says — ``<script>``,
``[x](javascript:…)``, ``{: onclick=…}``, ``{{ jinja }}``, ``!!! note`` — must
render as the same characters a reader of the article would see, and nothing
else. Two contexts need two escapers:

* :func:`md_escape` for text placed inline in a Markdown page (the Jinja
  templates apply it to every value through ``finalize``);
* :func:`html_text` for values a site generator prints into HTML *without*
  escaping them. MkDocs treats a page's front-matter ``title`` as HTML: Material
  prints ``page.meta.title`` raw into ``<title>``, the header and the nav, so a
  title must reach the front matter already HTML-escaped.
"""

from __future__ import annotations

import html
import re
from functools import lru_cache

#: Characters with a meaning in Markdown (Python-Markdown's own escapable set) -> backslash escape.
_BACKSLASH = set("\\`*_{}[]#!")
#: Characters that HTML or Markdown extensions would read -> character references.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;"}
#: One ``str.translate`` table for both: escaping runs on every value of every page.
_INLINE_ESCAPES = {ord(ch): "\\" + ch for ch in _BACKSLASH} | {ord(ch): ref for ch, ref in _ENTITIES.items()}
#: Control characters: invisible in an article, but Python-Markdown uses STX/ETX
#: (``\x02``/``\x03``) to delimit its own placeholders, so they must never reach it.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: Block markers that only count at the start of a line: list items (``-``, ``+``,
#: ``1.``, ``1)``), thematic breaks (``---``) and pymdownx.details' ``???``.
_LINE_START = re.compile(r"^(?:([-+])|(\d+)([.)])(?=\s|$)|(\?))")


def _escape_line_start(match: re.Match[str]) -> str:
    sign, digits, delimiter, question = match.groups()
    if sign:
        return "\\" + sign
    if question:
        return "&#63;"
    return digits + "\\" + delimiter


def clean_text(value: object) -> str:
    """One line of visible text: controls dropped, whitespace runs (line breaks too) made one space."""
    return " ".join(_CONTROLS.sub("", str(value)).split())


def md_escape(value: object) -> str:
    """Make any text safe to place inline in Markdown: it renders as itself, never as markup.

    Line breaks become spaces (items are one line); a leading list, rule or
    details marker is escaped so an item never turns into a block of its own.
    """
    text = value if type(value) is str else str(value)
    return _kept_md_escape(text) if len(text) <= _KEPT_LENGTH else _md_escape_text(text)


def _md_escape_text(text: str) -> str:
    escaped = clean_text(text).translate(_INLINE_ESCAPES)
    return _LINE_START.sub(_escape_line_start, escaped, count=1)


#: Texts up to this long are escaped once per distinct text and kept (at most 16,384 of them, so a few MB at most).
#: Why (#18): a cold build of 300 BBC articles escapes 32,274 values, 9,096 of them distinct: actor names,
#: roles, tags and dates come back on every page. The article's own paragraphs (longer, each escaped once)
#: are not kept.
_KEPT_LENGTH = 200
_kept_md_escape = lru_cache(maxsize=16384)(_md_escape_text)


def html_text(value: object) -> str:
    """Text for a field that a site generator prints as HTML (a page title): tags become entities."""
    return html.escape(clean_text(value), quote=True)
