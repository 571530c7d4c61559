"""Escaping article text for Markdown pages.

Article text is data, never markup. Whatever an article says — ``<script>``,
``[x](javascript:…)``, ``{: onclick=…}``, ``{{ jinja }}`` — must render as the
same characters a reader of the article would see, and nothing else.
"""

from __future__ import annotations

import re

#: Characters with a meaning in Markdown (Python-Markdown's own escapable set) -> backslash escape.
_BACKSLASH = set("\\`*_{}[]#")
#: Characters that HTML or Markdown extensions would read -> character references.
_ENTITIES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "|": "&#124;", "~": "&#126;", "^": "&#94;", "=": "&#61;"}
_LINE_START = re.compile(r"^(\s*)([-+]|\d+[.)])(\s)")


def md_escape(value: object) -> str:
    """Make any text safe to place inline in Markdown: it renders as itself, never as markup.

    Line breaks become spaces (items are one line); leading list markers are
    escaped so an item never turns into a list or heading.
    """
    text = " ".join(str(value).split())
    out = []
    for ch in text:
        if ch in _BACKSLASH:
            out.append("\\" + ch)
        else:
            out.append(_ENTITIES.get(ch, ch))
    escaped = "".join(out)
    return _LINE_START.sub(lambda m: m.group(1) + m.group(2).replace(".", "\\.").replace(")", "\\)").replace("-", "\\-").replace("+", "\\+") + m.group(3), escaped)
