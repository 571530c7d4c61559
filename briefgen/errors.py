"""Every error briefgen raises, in one place.

Messages are one line and start with the file they concern, so a build log
reads ``seeds/x.txt: not text (NUL bytes)``. The CLI maps these classes to
exit codes; the MkDocs plugin turns :class:`ArticleError` into a warning on the
``mkdocs.plugins.briefgen`` logger so that ``--strict`` decides.
"""

from __future__ import annotations

import re


class BriefgenError(Exception):
    """Base class: anything briefgen reports to a user."""


class ConfigError(BriefgenError):
    """A bad option or path given by the user (exit code 2)."""


class ModelError(BriefgenError):
    """The spaCy model could not be loaded."""


class ArticleError(BriefgenError):
    """One article cannot be briefed; the others still can."""

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class OutputError(BriefgenError):
    """Writing an output would lose or clobber a file briefgen did not create."""


class SearchIndexError(BriefgenError):
    """Pagefind could not index the built site (the site itself is built; a warning)."""


#: Bidirectional controls: printed raw, they reorder the rest of a terminal line.
_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff" + "".join(sorted(_BIDI)) + "]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(char: str) -> str:
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def one_line(message: str) -> str:
    """``message`` made safe to print as one line of a log or terminal.

    File names and article text reach messages, and they may hold newlines
    (which would split one problem over several lines), terminal controls
    (ESC clears the screen or sets the window title, CR and BEL overwrite or
    ring), bidirectional overrides (which reorder what follows), or lone
    surrogates from undecodable file names (which cannot be written as UTF-8
    at all). Each such character is shown as an escape (``\\x1b``, ``\\n``,
    ``\\u202e``); everything else, accents and emoji included, is kept.
    """
    return _UNSAFE.sub(lambda m: _escape(m.group()), message)


class ClusterError(BriefgenError):
    """The Dask scheduler could not be reached, or was lost during a build (exit code 4).

    Raised by the cluster adapter (:mod:`briefgen.pipeline.dask_engine`); the
    message starts with the scheduler's address, as an article error starts
    with its file.
    """


__all__ = ["ArticleError", "BriefgenError", "ClusterError", "ConfigError", "ModelError", "OutputError", "SearchIndexError", "one_line"]
