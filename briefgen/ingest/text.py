"""Plain text to blocks: the headline, title-like subheadings and paragraphs, one per line."""

from __future__ import annotations

from collections.abc import Iterable

from ..records import Block

#: Characters that end a sentence-like line; a line ending otherwise may be a subheading.
_FINAL = ".!?:;,\"'”’»)…]"


_MAX_HEADING_WORDS = 14


_MAX_HEADING_CHARS = 120


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
