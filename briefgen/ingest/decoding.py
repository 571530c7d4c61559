"""Bytes to text: strict UTF-8, a BOM's encoding or a reported guess; normalised line endings."""

from __future__ import annotations

import html
import re

from ..errors import ArticleError

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


#: A numeric character reference a web export left in plain text: "Jos&#233;", "&#163;5m", "&#xE9;".
_CHARACTER_REFERENCE = re.compile(r"&#(?:[0-9]{2,7}|[xX][0-9a-fA-F]{2,6});")


def decode_character_references(text: str) -> tuple[str, int]:
    """The text with its numeric character references as the characters they name, and how many there were.

    Articles saved from a web page's text keep references such as
    ``Jos&#233; Manuel Barroso`` (25 of the 2,225 BBC articles): the reader
    meant "José", and the parse split the name ("Manuel Barroso" became the
    actor, the summary showed "Jos&amp;#233;"). Only numeric references are
    decoded — named ones ("&amp;", "&lt;") can be meant literally in Markdown
    and plain text alike — and only to visible text: a reference to a control
    character or a surrogate is left as written. The decoded text is the
    article's text from then on, so offsets point into it. Plain text only:
    in Markdown (and in a web page, which arrives as Markdown) a reference is
    the syntax for a character and is left to the renderer, and a hostile
    "&#123;&#123;" must stay the text it was written as. Silent, like line
    endings: nothing the user must mend, so ``--strict`` does not fail on it.
    """
    count = 0

    def character(match: re.Match[str]) -> str:
        nonlocal count
        decoded = html.unescape(match.group(0))
        if len(decoded) != 1 or _CONTROLS.match(decoded) or _LINE_SEPARATORS.match(decoded) or decoded in "\x0b\x0c\r\n\t\ufffd" or "\ud800" <= decoded <= "\udfff":
            return match.group(0)
        count += 1
        return decoded

    return _CHARACTER_REFERENCE.sub(character, text), count
