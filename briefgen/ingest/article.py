"""One article file to an :class:`~briefgen.records.Article`: decode, cut into blocks, read its metadata."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import ArticleError
from ..records import Article, ArticleMeta, Block
from .dates import article_date, front_matter_year
from .decoding import decode, decode_character_references, normalise_newlines
from .files import printable_path
from .frontmatter import _markdown_blocks, _meta_date, _meta_tags, _meta_text, split_front_matter
from .html import HTML_SUFFIXES, html_to_markdown
from .text import _first_line, _is_headline, _line_spans, text_blocks


#: Names the site's own pages and folders take (``index.md``, ``actors/``,
#: ``timeline/``, ``feed.xml``, ``tags.md``, ``search/``, ``assets/``, ``404.html``).
#: ``briefgen build`` puts briefings next to them, so an article may never be
#: given one of these as its page name: it would overwrite or shadow a page of
#: the site. A test (``tests/test_robust_io.py``) checks every top-level name the site generates is here.
RESERVED_NAMES = frozenset({"index", "actors", "timeline", "feed", "tags", "search", "assets", "404", "sitemap"})


def readable_name(name: str) -> str:
    """A file name as text: bytes that were not UTF-8 (lone surrogates from ``os.fsdecode``) become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def slugify(text: str) -> str:
    """A stable ASCII page name: ``"Putin's Talks (2)"`` -> ``"putin-s-talks-2"``.

    A name with no ASCII letters or digits (``"北京.txt"``) gets ``article-``
    and a short hash of the name, so different such names stay different.
    Bytes of the name that were not UTF-8 count as a separator (``na\\xefve`` ->
    ``na-ve``), as does any other character with no ASCII form.
    """
    text = readable_name(text)
    ascii_text = "".join(
        unicodedata.normalize("NFKD", ch).encode("ascii", "ignore").decode("ascii") or (" " if ch == "\ufffd" else "")
        for ch in text
    )
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")
    if slug:
        return slug
    if not text.strip():
        return "article"
    return "article-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


def read_article(path: Path | str, *, data: bytes | None = None, display: str | None = None) -> Article:
    """Read one article file. Raises :class:`ArticleError` naming the file."""
    path = Path(path)
    shown = display or printable_path(path)
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
    if suffix in HTML_SUFFIXES:  # a saved web page: its article, as Markdown with front matter
        data, suffix = html_to_markdown(data, path=path), ".md"
    text, encoding, decode_notes = decode(data, path=path)
    text = normalise_newlines(text)
    if text.startswith("\ufeff"):
        text = text[1:]
    notes = list(decode_notes)
    if suffix not in (".md", ".markdown"):  # in Markdown a reference is the syntax for a character, kept as written
        text, _ = decode_character_references(text)
    if not text.strip():
        raise ArticleError(path, "empty article (no text)")
    stem = stem if stem is not None else Path(path).stem
    meta_raw: dict[str, object] = {}
    if suffix in (".md", ".markdown"):
        meta_raw, body, _, fm_notes = split_front_matter(text, path=path)
        notes.extend(fm_notes)
        meta_title = _meta_text(meta_raw, "title", notes)
        blocks, md_title = _markdown_blocks(body, title_from_meta=meta_title is not None)
        title = meta_title or md_title
        text = body
        if title is None and len(blocks) > 1 and blocks[0].kind == "paragraph":
            first = body[blocks[0].start : blocks[0].end]
            if _is_headline(first):
                blocks = (Block("headline", blocks[0].start, blocks[0].end), *blocks[1:])
                title = first
    else:
        first = _first_line(text)
        has_headline = _is_headline(first) and len(list(_line_spans(text))) > 1
        blocks = text_blocks(text, has_headline=has_headline)
        title = first if has_headline else None
    if title is None:
        title = readable_name(stem).lstrip(".").replace("_", " ").replace("-", " ").strip() or "Untitled article"
        notes.append(f"no headline found; titled {title!r} after the file name")
        if readable_name(stem) != stem:
            notes.append("the file name is not valid UTF-8; its undecodable bytes are shown as \ufffd")
    if not any(b.kind == "paragraph" for b in blocks):
        raise ArticleError(path, "no body text (only a title or headings)")
    year = front_matter_year(meta_raw.get("date"))  # "date: 2005": the year of a dateline, not a date
    meta = ArticleMeta(
        date=None if year else _meta_date(meta_raw.get("date"), path, notes),
        year=year,
        source=_meta_text(meta_raw, "source", notes),
        url=_meta_text(meta_raw, "url", notes),
        tags=_meta_tags(meta_raw.get("tags"), notes),
    )
    article = Article(
        path=path,
        name=slugify(stem.lstrip(".")),
        title=" ".join(title.split()),
        text=text,
        blocks=blocks,
        meta=meta,
        encoding=encoding,
        notes=tuple(notes),
    )
    if year is not None and article_date(article).date is None:
        note = f"date '{year}' is a year, not a day, and no dateline names the day; the briefing is undated"
        article = replace(article, notes=(*article.notes, note))
    return article


def unique_names(articles: Sequence[Article], *, reserved: frozenset[str] = RESERVED_NAMES) -> list[Article]:
    """Give articles distinct, stable page names, whatever order they come in and whatever their files are called.

    Each article wants the slug of its file name. Names are settled in path
    order: the first article to want a name gets it, unless the name is
    ``reserved`` for a page of the site. Every other article gets the first
    ``NAME-K`` (K = 2, 3, …) that no article wants as its own slug and nothing
    has taken yet — so ``A.txt``, ``a-2.txt`` and ``a.txt`` become ``a``,
    ``a-2`` and ``a-3``, and a file literally named ``a-2`` keeps its name.
    Unique by construction: a name is handed out only after checking the set
    of names taken. Input order is kept in the result.
    """

    order = sorted(range(len(articles)), key=lambda i: articles[i].path)
    wanted = {a.name for a in articles}
    taken: set[str] = set(reserved)
    renamed: dict[int, str] = {}
    next_suffix: dict[str, int] = {}
    for i in order:
        name = articles[i].name
        if name not in taken:
            taken.add(name)
            continue
        k = next_suffix.get(name, 2)
        while f"{name}-{k}" in taken or f"{name}-{k}" in wanted:
            k += 1
        next_suffix[name] = k + 1
        renamed[i] = f"{name}-{k}"
        taken.add(renamed[i])
    return [replace(a, name=renamed[i]) if i in renamed else a for i, a in enumerate(articles)]
