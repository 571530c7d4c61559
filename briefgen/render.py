"""Rendering briefings to Markdown (Jinja2 templates) and JSON.

Article text is data, never markup: every value a template prints goes through
:func:`md_escape` automatically (the environment's ``finalize`` hook), so a
template cannot forget to escape and a headline such as
``<img src=x onerror=alert(1)>`` or ``[x](javascript:…)`` stays literal text in
the page. Only values the renderer builds itself (the YAML front matter, made
by ``yaml.safe_dump``) are marked safe. Templates are looked up first in a
site's own folder, then in the ones shipped with briefgen, so a site can
override one template and keep the rest.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup

from .escaping import html_text, md_escape
from .records import Actor, Briefing

def _finalize(value: object) -> object:
    if value is None:
        return ""
    if isinstance(value, Markup | int | float):
        return value
    return md_escape(value)


def _template_loader(templates_dir: Path | None) -> jinja2.BaseLoader:
    shipped = jinja2.FileSystemLoader(str(resources.files("briefgen.templates")))
    if templates_dir is None:
        return shipped
    return jinja2.ChoiceLoader([jinja2.FileSystemLoader(str(templates_dir)), shipped])


def front_matter(data: dict[str, Any]) -> Markup:
    """YAML front matter block; ``safe_dump`` quotes whatever needs quoting."""
    clean = {k: v for k, v in data.items() if v not in (None, [], "")}
    body = yaml.safe_dump(clean, allow_unicode=True, sort_keys=False, default_flow_style=False, width=10_000)
    return Markup("---\n" + body + "---\n")


def page_tags(briefing: Briefing, *, limit: int = 8) -> list[str]:
    """Tags of a briefing page: the article's own, then its main countries, people and organisations."""
    tags = list(briefing.article.meta.tags)
    for actor in briefing.extraction.actors:
        if len(tags) >= limit:
            break
        if actor.kind in ("country", "person", "organisation") and actor.name not in tags and actor.mentions >= 1:
            tags.append(actor.name)
    return tags


def _plain_tag(tag: str) -> str:
    """Tags go to YAML and to Material's tag index: keep them plain words."""
    return re.sub(r"[<>\"'`{}\[\]|\\]", "", tag).strip()


class Renderer:
    """Renders briefings with Jinja2 templates (a site's own folder first, then the shipped ones)."""

    def __init__(self, *, templates_dir: Path | str | None = None) -> None:
        self.templates_dir = Path(templates_dir) if templates_dir else None
        self.env = jinja2.Environment(
            loader=_template_loader(self.templates_dir),
            autoescape=False,  # Markdown, not HTML: escaping is md_escape via finalize
            finalize=_finalize,
            keep_trailing_newline=True,
            trim_blocks=True,
            lstrip_blocks=True,
            undefined=jinja2.StrictUndefined,
        )
        self.env.filters["md"] = md_escape

    def template_files(self) -> list[Path]:
        """Template folders to watch during ``mkdocs serve``."""
        return [self.templates_dir] if self.templates_dir else []

    def briefing_markdown(self, briefing: Briefing, *, extra: dict[str, Any] | None = None) -> str:
        article = briefing.article
        tags = [t for t in (_plain_tag(t) for t in page_tags(briefing)) if t]
        meta = front_matter({"title": html_text(article.title), "date": article.meta.date, "tags": tags})
        x = briefing.extraction
        people = [a for a in x.actors if a.kind == "person"]
        others = [a for a in x.actors if a.kind != "person"]
        return self.env.get_template("briefing.md.j2").render(
            front_matter=meta,
            article=article,
            meta=article.meta,
            x=x,
            actors=[*people, *others],
            paragraphs=_source_blocks(briefing),
            describe_actor=_describe_actor,
            **(extra or {}),
        )

    def index_markdown(self, entries: Sequence[tuple[str, Briefing]], *, title: str = "Briefings") -> str:
        """An index of briefings, newest first; ``entries`` are ``(link, briefing)`` pairs."""
        ordered = newest_first(entries, key=lambda e: e[1])
        return self.env.get_template("index.md.j2").render(
            front_matter=front_matter({"title": html_text(title)}), title=title, entries=ordered
        )


def newest_first(items: Sequence[Any], *, key: Callable[[Any], Briefing] = lambda b: b) -> list[Any]:
    """Dated briefings newest first, then undated ones; ties by title, then page name."""
    by_title = sorted(items, key=lambda i: (key(i).article.title, key(i).article.name))
    dated = [i for i in by_title if key(i).article.meta.date]
    undated = [i for i in by_title if not key(i).article.meta.date]
    return sorted(dated, key=lambda i: key(i).article.meta.date, reverse=True) + undated


def _describe_actor(actor: Actor) -> str:
    parts = [actor.kind]
    if actor.affiliation:
        parts.append(actor.affiliation)
    return ", ".join(parts)


def _source_blocks(briefing: Briefing) -> list[dict[str, Any]]:
    text = briefing.article.text
    return [{"kind": b.kind, "text": text[b.start : b.end], "start": b.start, "end": b.end} for b in briefing.article.blocks]


def briefing_json(briefing: Briefing) -> str:
    """The public JSON of a briefing: stable key order, so equal inputs give equal bytes."""
    return json.dumps(briefing.to_json_dict(), ensure_ascii=False, indent=2, sort_keys=True) + "\n"
