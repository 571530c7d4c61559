"""Reading article files into :class:`~briefgen.records.Article` records.

Bytes are decoded strictly (UTF-8, or the encoding a BOM names, or a guess by
charset-normalizer that is reported in ``Article.notes``), line endings are
normalised to ``\\n`` and the text is cut into line-level blocks: the headline,
subheadings and paragraphs. Nothing here needs spaCy, so it is cheap enough to
run on every build for every article, cached or not.
"""

from __future__ import annotations

import datetime as _dt
import re
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from .errors import ArticleError
from .records import Article, ArticleMeta, Block

#: File suffixes read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\x1f\x8b", "a gzip archive"),
)

#: Characters that end a sentence-like line; a line ending otherwise may be a subheading.
_FINAL = ".!?:;,\"'”’»)…]"
_MAX_HEADING_WORDS = 14
_MAX_HEADING_CHARS = 120


def decode(data: bytes, *, path: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode article bytes; returns ``(text, encoding, notes)``.

    Raises :class:`ArticleError` for data that is not text.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(path, f"not a text article (looks like {what})")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding.replace("-sig", ""), ()
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"invalid {encoding} text ({exc.reason} at byte {exc.start})") from None
    if b"\x00" in data:
        raise ArticleError(path, "not a text article (contains NUL bytes)")
    try:
        return data.decode("utf-8"), "utf-8", ()
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # imported late: only odd files need it

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(path, "not a text article (no text encoding fits its bytes)")
    encoding = best.encoding
    return str(best), encoding, (f"not UTF-8; decoded as {encoding} (guessed by charset-normalizer)",)


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def slugify(text: str) -> str:
    """A stable ASCII page name: ``"Putin's Talks (2)"`` -> ``"putin-s-talks-2"``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or "article"


def looks_like_heading(line: str) -> bool:
    """Short, title-like lines without final punctuation are subheadings."""
    stripped = line.strip()
    if not stripped or stripped[-1] in _FINAL or stripped[0] in "\"“‘'«-–—*•":
        return False
    words = stripped.split()
    if len(words) > _MAX_HEADING_WORDS or len(stripped) > _MAX_HEADING_CHARS:
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    if not alpha or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    capitalised = sum(1 for w in alpha if w[0].isupper())
    return len(words) <= 4 or capitalised / len(alpha) >= 0.5


def _line_spans(text: str, offset: int = 0) -> Iterable[tuple[int, int]]:
    """``(start, end)`` of each non-blank line, without surrounding whitespace."""
    pos = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            lead = len(line) - len(line.lstrip())
            yield offset + pos + lead, offset + pos + lead + len(stripped)
        pos += len(line) + 1


def text_blocks(text: str, *, has_headline: bool) -> tuple[Block, ...]:
    """Cut plain text into blocks; the first line is the headline when ``has_headline``."""
    blocks: list[Block] = []
    for start, end in _line_spans(text):
        line = text[start:end]
        if has_headline and not blocks:
            blocks.append(Block("headline", start, end))
        elif looks_like_heading(line):
            blocks.append(Block("heading", start, end))
        else:
            blocks.append(Block("paragraph", start, end))
    return tuple(blocks)


def _first_line(text: str) -> str:
    for start, end in _line_spans(text):
        return text[start:end]
    return ""


def _is_headline(line: str) -> bool:
    """A first line that reads like a full paragraph is not a headline."""
    return len(line) <= 200 and not (len(line.split()) > 25 and line[-1] in ".!?")


def _meta_date(value: object, path: str, notes: list[str]) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        notes.append(f"date {text!r} is not an ISO date (YYYY-MM-DD); ignored")
        return None


def _meta_tags(value: object) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value.split(",") if isinstance(value, str) else value if isinstance(value, list) else [value]
    return tuple(sorted({str(t).strip() for t in items if str(t).strip()}))


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
        meta = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        return {}, body, body_offset, (f"malformed YAML front matter{where}; metadata ignored",)
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
                title = body[inner_start:end].strip().rstrip("#").strip()
            blocks.append(Block(kind, inner_start, end))
        else:
            blocks.append(Block("paragraph", start, end))
    return tuple(blocks), title


def read_article(path: Path | str, *, data: bytes | None = None, display: str | None = None) -> Article:
    """Read one article file. Raises :class:`ArticleError` naming the file."""
    path = Path(path)
    shown = display or str(path)
    if data is None:
        try:
            data = path.read_bytes()
        except IsADirectoryError:
            raise ArticleError(shown, "is a directory, not an article") from None
        except FileNotFoundError:
            raise ArticleError(shown, "no such file (missing, or removed during the build)") from None
        except OSError as exc:
            raise ArticleError(shown, f"cannot be read ({exc.strerror or exc})") from None
    return parse_article_text(data, path=shown, suffix=path.suffix.lower(), stem=path.stem)


def parse_article_text(data: bytes, *, path: str, suffix: str = ".txt", stem: str | None = None) -> Article:
    """Build an :class:`Article` from raw bytes (the testable core of :func:`read_article`)."""
    text, encoding, decode_notes = decode(data, path=path)
    text = normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    notes = list(decode_notes)
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    stem = stem if stem is not None else Path(path).stem
    meta_raw: dict[str, object] = {}
    if suffix in (".md", ".markdown"):
        meta_raw, body, _, fm_notes = split_front_matter(text, path=path)
        notes.extend(fm_notes)
        meta_title = meta_raw.get("title")
        meta_title = str(meta_title).strip() if meta_title not in (None, "") else None
        blocks, md_title = _markdown_blocks(body, title_from_meta=meta_title is not None)
        title = meta_title or md_title
        text = body
        if title is None:
            first = _first_line(body)
            if first and _is_headline(first) and len(blocks) > 1:
                blocks = (Block("headline", blocks[0].start, blocks[0].end), *blocks[1:])
                title = first
    else:
        first = _first_line(text)
        has_headline = _is_headline(first) and len(list(_line_spans(text))) > 1
        blocks = text_blocks(text, has_headline=has_headline)
        title = first if has_headline else None
    if title is None:
        title = stem.lstrip(".").replace("_", " ").replace("-", " ").strip() or "Untitled article"
        notes.append(f"no headline found; titled {title!r} after the file name")
    if not any(b.kind == "paragraph" for b in blocks):
        raise ArticleError(path, "no body text (only a title or headings)")
    meta = ArticleMeta(
        date=_meta_date(meta_raw.get("date"), path, notes),
        source=str(meta_raw["source"]) if meta_raw.get("source") is not None else None,
        url=str(meta_raw["url"]) if meta_raw.get("url") is not None else None,
        tags=_meta_tags(meta_raw.get("tags")),
    )
    return Article(
        path=path,
        name=slugify(stem.lstrip(".")),
        title=" ".join(title.split()),
        text=text,
        blocks=blocks,
        meta=meta,
        encoding=encoding,
        notes=tuple(notes),
    )


def find_articles(root: Path | str) -> list[Path]:
    """Article files below ``root`` (or ``root`` itself), sorted; hidden folders skipped.

    Symlinks to files are followed only when they point inside ``root``.
    """
    root = Path(root)
    if root.is_file():
        return [root]
    found: list[Path] = []
    base = root.resolve()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") and part not in (".", "..") for part in rel.parts[:-1]):
            continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES or not path.is_file():
            continue
        if path.is_symlink() and not path.resolve().is_relative_to(base):
            continue
        found.append(path)
    return found


def unique_names(articles: Sequence[Article]) -> list[Article]:
    """Give articles distinct, stable page names (``x``, ``x-2``, … in path order)."""
    from dataclasses import replace

    seen: dict[str, int] = {}
    out: list[Article] = []
    for article in sorted(articles, key=lambda a: a.path):
        count = seen.get(article.name, 0) + 1
        seen[article.name] = count
        out.append(article if count == 1 else replace(article, name=f"{article.name}-{count}"))
    order = {a.path: i for i, a in enumerate(articles)}
    return sorted(out, key=lambda a: order[a.path])
