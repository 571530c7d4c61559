"""Reading article files into :class:`~briefgen.records.Article` records.

Bytes are decoded strictly (UTF-8, or the encoding a BOM names, or a guess by
charset-normalizer that is reported in ``Article.notes``), line endings are
normalised to ``\\n`` and the text is cut into line-level blocks: the headline,
subheadings and paragraphs. Nothing here needs spaCy, so it is cheap enough to
run on every build for every article, cached or not.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path

import yaml

from .errors import ArticleError
from .htmlinput import HTML_SUFFIXES, html_to_markdown
from .records import Article, ArticleMeta, Block

#: File suffixes read as articles.
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", *HTML_SUFFIXES)

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
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
)

#: Encodings preferred when charset-normalizer finds them as plausible as its
#: best guess: for short English text with a few accented letters its chaos
#: ranking cannot tell Western from Baltic or Central European code pages
#: (``café`` reads as well in cp1257), and English articles come in cp1252. A
#: preferred encoding must fit the text's language about as well (coherence)
#: and be at most a little more chaotic, so real Lithuanian stays cp1257.
_PREFERRED_GUESSES = ("cp1252",)
_CHAOS_MARGIN = 0.15
_COHERENCE_MARGIN = 0.05

#: Line and paragraph separators other than ``\n`` that exports use (form feed,
#: vertical tab, NEL, U+2028/9); all become ``\n``.
_LINE_SEPARATORS = re.compile("[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: Other control characters (never visible text); removed.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")
#: More than this share of control characters means the bytes are not text.
_MAX_CONTROL_SHARE = 0.05

#: Characters that end a sentence-like line; a line ending otherwise may be a subheading.
_FINAL = ".!?:;,\"'”’»)…]"
_MAX_HEADING_WORDS = 14
_MAX_HEADING_CHARS = 120


def _utf16_without_bom(data: bytes) -> str | None:
    """The codec of UTF-16 text that lacks its BOM: NUL bytes all on one side of each pair."""
    if len(data) < 4 or len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if odd > len(data) // 4 and even == 0:
        return "utf-16-le"
    if even > len(data) // 4 and odd == 0:
        return "utf-16-be"
    return None


def _guess_encoding(data: bytes, *, path: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes  # imported late: only odd files need it

    matches = from_bytes(data)
    best = matches.best()
    if best is None:
        raise ArticleError(path, "not a text article (no text encoding fits its bytes)")
    for match in matches:
        if (
            match.encoding in _PREFERRED_GUESSES
            and match.coherence >= best.coherence - _COHERENCE_MARGIN
            and match.chaos <= best.chaos + _CHAOS_MARGIN
        ):
            return str(match), match.encoding
    return str(best), best.encoding


def decode(data: bytes, *, path: str) -> tuple[str, str, tuple[str, ...]]:
    """Decode article bytes; returns ``(text, encoding, notes)``.

    UTF-8 first, or what a BOM names; otherwise a guess that is reported in the
    notes (UTF-16 without a BOM, then charset-normalizer). Raises
    :class:`ArticleError` for data that is not text.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise ArticleError(path, f"not a text article (looks like {what})")
    notes: tuple[str, ...] = ()
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text, encoding = data.decode(encoding), encoding.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise ArticleError(path, f"invalid {encoding} text ({exc.reason} at byte {exc.start})") from None
            break
    else:
        if b"\x00" in data:
            encoding = _utf16_without_bom(data)
            try:
                text = data.decode(encoding) if encoding else ""
            except UnicodeDecodeError:
                encoding = None
            if not encoding:
                raise ArticleError(path, "not a text article (contains NUL bytes)")
            notes = (f"no byte order mark; decoded as {encoding} (guessed from its NUL bytes)",)
        else:
            try:
                text, encoding = data.decode("utf-8"), "utf-8"
            except UnicodeDecodeError:
                text, encoding = _guess_encoding(data, path=path)
                notes = (f"not UTF-8; decoded as {encoding} (guessed by charset-normalizer)",)
    controls = len(_CONTROLS.findall(text))
    if controls > max(8, _MAX_CONTROL_SHARE * len(text)):
        raise ArticleError(path, f"not a text article ({controls} control characters in {len(text)})")
    return text, encoding, notes


def normalise_newlines(text: str) -> str:
    """``\r\n``, lone ``\r`` and other line separators become ``\n``; invisible controls go."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROLS.sub("", _LINE_SEPARATORS.sub("\n", text))


def slugify(text: str) -> str:
    """A stable ASCII page name: ``"Putin's Talks (2)"`` -> ``"putin-s-talks-2"``.

    A name with no ASCII letters or digits (``"北京.txt"``) gets ``article-``
    and a short hash of the name, so different such names stay different.
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:80].strip("-")
    if slug:
        return slug
    if not text.strip():
        return "article"
    return "article-" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]


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
    if not isinstance(value, _SCALARS):
        notes.append(f"front matter 'date' is a {type(value).__name__}, not a date; ignored")
        return None
    text = str(value).strip()
    try:
        return _dt.date.fromisoformat(text[:10]).isoformat()
    except ValueError:
        notes.append(f"date {text!r} is not an ISO date (YYYY-MM-DD); ignored")
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
    return tuple(sorted({" ".join(str(t).split()) for t in items if isinstance(t, _SCALARS) and str(t).strip()}))


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
        title = stem.lstrip(".").replace("_", " ").replace("-", " ").strip() or "Untitled article"
        notes.append(f"no headline found; titled {title!r} after the file name")
    if not any(b.kind == "paragraph" for b in blocks):
        raise ArticleError(path, "no body text (only a title or headings)")
    meta = ArticleMeta(
        date=_meta_date(meta_raw.get("date"), path, notes),
        source=_meta_text(meta_raw, "source", notes),
        url=_meta_text(meta_raw, "url", notes),
        tags=_meta_tags(meta_raw.get("tags"), notes),
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


def printable_path(path: Path | str) -> str:
    """A path as text that can always be printed (undecodable bytes of a file name as ``\\x..``)."""
    return os.fsdecode(path).encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def scan_articles(root: Path | str) -> tuple[list[Path], list[str]]:
    """Article files below ``root`` (or ``root`` itself), sorted, and why others were skipped.

    Files and folders whose names start with a dot are hidden: hidden folders
    (``.git``) are not searched, but a hidden article file is read. Symbolic
    links are followed only to files inside ``root``; a link that leads out of
    it, to a folder, or nowhere is skipped with a message (``"path: why"``), as
    is anything with an article suffix that is not a regular file (a FIFO would
    block the build). Files with other suffixes are ignored without a word.
    """
    root = Path(root)
    if root.is_file():
        return [root], []
    found: list[Path] = []
    skipped: list[str] = []
    base = root.resolve()
    for path in sorted(root.rglob("*")):
        rel = path.relative_to(root)
        if any(part.startswith(".") and part not in (".", "..") for part in rel.parts[:-1]):
            continue
        if path.is_symlink():
            reason = _symlink_problem(path, base)
            if reason is not None:
                if path.suffix.lower() in ARTICLE_SUFFIXES or reason.startswith("link to a folder"):
                    skipped.append(f"{printable_path(path)}: {reason}; skipped")
                continue
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            continue
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            skipped.append(f"{printable_path(path)}: cannot be read ({exc.strerror or exc}); skipped")
            continue
        if stat.S_ISDIR(mode):
            continue  # a folder named like an article: its contents are searched
        if not stat.S_ISREG(mode):
            skipped.append(f"{printable_path(path)}: not a regular file; skipped")
            continue
        found.append(path)
    return found, skipped


def _symlink_problem(path: Path, base: Path) -> str | None:
    try:
        target = path.resolve(strict=True)
    except (OSError, RuntimeError):  # dangling, or a loop
        return "symbolic link to nothing (dangling or a loop)"
    if target.is_dir():
        return "link to a folder, not followed"
    if not target.is_relative_to(base):
        return "symbolic link to a file outside the seeds folder"
    return None


def find_articles(root: Path | str) -> list[Path]:
    """Article files below ``root`` (see :func:`scan_articles`), sorted."""
    return scan_articles(root)[0]


def skipped_entries(root: Path | str) -> list[str]:
    """One warning per entry below ``root`` that looks like an article but is not read."""
    return scan_articles(root)[1] if Path(root).exists() else []


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
