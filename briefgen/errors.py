"""Every error briefgen raises, in one place.

Messages are one line and start with the file they concern, so a build log
reads ``seeds/x.txt: not text (NUL bytes)``. The CLI maps these classes to
exit codes; the MkDocs plugin turns :class:`ArticleError` into a warning on the
``mkdocs.plugins.briefgen`` logger so that ``--strict`` decides.
"""

from __future__ import annotations


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


class ClusterError(BriefgenError):
    """The Dask scheduler could not be reached, or was lost during a build (exit code 4).

    Raised by the cluster adapter (:mod:`briefgen.pipeline.dask_engine`); the
    message starts with the scheduler's address, as an article error starts
    with its file.
    """
