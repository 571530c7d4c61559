"""Render: a briefing to Markdown and JSON.

:mod:`.markdown` fills the Jinja2 templates, :mod:`.escaping` makes every printed
value inert, :mod:`.provenance` anchors items to their source sentences and
:mod:`.relations` draws the relation map as SVG.
"""

from __future__ import annotations

from .escaping import clean_text, html_text, md_escape
from .markdown import BriefingContext, Renderer, briefing_json, page_link, relative_path
from .relations import relation_graph, render_svg

__all__ = ["BriefingContext", "Renderer", "briefing_json", "clean_text", "html_text", "md_escape", "page_link", "relation_graph", "relative_path", "render_svg"]
