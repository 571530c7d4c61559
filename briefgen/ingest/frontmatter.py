"""Markdown articles: YAML front matter (title, date, source, url, tags) and ``#`` headings."""

from __future__ import annotations

import datetime as _dt

import yaml

from ..records import Block
from .text import _line_spans


def _meta_date(value: object, path: str, notes: list[str]) -> str | None:
    """An ISO date (``2025-01-01``) or a whole ISO timestamp (``2025-01-01T10:30:00+02:00``), as its date.

    The whole value must parse: ``2025-01-01T25:99:99garbage`` is not read as
    2025-01-01 (a timestamp with an impossible time is a sign the date is
    wrong too), it is ignored with a note.
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if not isinstance(value, _SCALARS) or isinstance(value, bool):
        notes.append(f"front matter 'date' is a {type(value).__name__}, not a date; ignored")
        return None
    text = str(value).strip()
    try:
        if len(text) <= 10:
            return _dt.date.fromisoformat(text).isoformat()
        return _dt.datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        notes.append(f"date {text[:40]!r} is not an ISO date (YYYY-MM-DD) or timestamp; ignored")
        return None


_SCALARS = (str, int, float, _dt.date)


def _meta_text(meta: dict[str, object], key: str, notes: list[str]) -> str | None:
    """A front-matter field that must be one line of text (numbers and dates are written out)."""
    value = meta.get(key)
    if value is None or isinstance(value, bool):
        return None
    if not isinstance(value, _SCALARS):
        notes.append(f"front matter '{key}' is a {type(value).__name__}, not text; ignored")
        return None
    text = " ".join(str(value).split())
    return text or None


#: At most this many tags per article, each at most this long. Every tag is
#: printed on its briefing page and in the feed, and lists the briefing on the
#: site's tags page: 10,000 tags made a 6 MB page. Real articles carry a handful.
MAX_TAGS = 20
MAX_TAG_CHARS = 100


def _meta_tags(value: object, notes: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        items: list[object] = value.split(",")
    elif isinstance(value, list):
        items = value
    elif isinstance(value, _SCALARS):
        items = [value]
    else:
        notes.append(f"front matter 'tags' is a {type(value).__name__}, not a list; ignored")
        return ()
    if any(not isinstance(t, _SCALARS) for t in items):
        notes.append("front matter 'tags' holds items that are not text; they are ignored")
    tags = list(dict.fromkeys(" ".join(str(t).split()) for t in items if isinstance(t, _SCALARS) and str(t).strip()))
    if any(len(t) > MAX_TAG_CHARS for t in tags):
        notes.append(f"front matter 'tags' holds tags over {MAX_TAG_CHARS} characters; they are ignored")
        tags = [t for t in tags if len(t) <= MAX_TAG_CHARS]
    if len(tags) > MAX_TAGS:
        notes.append(f"front matter has {len(tags)} tags; only the first {MAX_TAGS} are kept")
        tags = tags[:MAX_TAGS]
    return tuple(sorted(tags))


class _FrontMatterLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that keeps dates as strings: a bad date is then one
    ignored field with a note, not a YAML error that loses the whole front matter."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str, *, path: str) -> tuple[dict[str, object], str, int, tuple[str, ...]]:
    """``(meta, body, body_offset, notes)``; bad front matter is reported, not fatal."""
    if not text.startswith("---\n"):
        return {}, text, 0, ()
    end = text.find("\n---", 4)
    while end != -1 and text[end + 4 : end + 5] not in ("\n", ""):
        end = text.find("\n---", end + 4)
    if end == -1:
        return {}, text, 0, ("front matter has no closing '---' line; read as text",)
    raw = text[4:end]
    body_offset = end + 4 + (1 if text[end + 4 : end + 5] == "\n" else 0)
    body = text[body_offset:]
    try:
        meta = yaml.load(raw, Loader=_FrontMatterLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return {}, body, body_offset, (f"malformed YAML front matter{where}; metadata ignored",)
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:  # raised by constructors
        return {}, body, body_offset, (f"malformed YAML front matter ({type(exc).__name__}); metadata ignored",)
    if meta is None:
        return {}, body, body_offset, ()
    if not isinstance(meta, dict):
        return {}, body, body_offset, (f"front matter is a {type(meta).__name__}, not a mapping; ignored",)
    return {str(k): v for k, v in meta.items()}, body, body_offset, ()


def _markdown_blocks(body: str, *, title_from_meta: bool) -> tuple[tuple[Block, ...], str | None]:
    """Blocks of a Markdown body: ``#`` lines are headings, the first one the headline."""
    blocks: list[Block] = []
    title: str | None = None
    for start, end in _line_spans(body):
        line = body[start:end]
        hashes = len(line) - len(line.lstrip("#"))
        if 0 < hashes <= 6 and line[hashes : hashes + 1] in (" ", ""):
            inner_start = start + hashes + (len(line[hashes:]) - len(line[hashes:].lstrip()))
            if inner_start >= end:
                continue
            kind = "headline" if (title is None and not title_from_meta and not blocks) else "heading"
            if kind == "headline":
                title = body[inner_start:end].strip().rstrip("#").strip() or None
            blocks.append(Block(kind, inner_start, end))
        else:
            blocks.append(Block("paragraph", start, end))
    return tuple(blocks), title
