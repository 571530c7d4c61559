"""A mistake in a site's own template, told in one line that names the template file and its line.

A site may give its own templates (``templates:`` in ``mkdocs.yml``, ``--templates`` on the command line). A typo
there — ``{% if %}``, a variable the renderer does not pass, a filter that does not exist — raised Jinja's exception
through MkDocs or the CLI: a 40- to 60-line Python traceback, and the one line that said what was wrong at its
bottom. A template is the user's configuration, so its mistake is a :class:`~briefgen.errors.ConfigError` (exit
code 2 from the CLI, MkDocs' one-line plugin error under ``mkdocs build``): ``my_templates/briefing.md.j2:12:
'undefined_thing' is undefined (rendering seeds/talks.txt)``.

Only mistakes of a template are reported so: a Jinja error (syntax, an undefined name, a missing template) wherever
it comes from, and any other exception raised from a line of a template in the site's own folder (``{{ x.quotes +
1 }}``). An exception from briefgen's own code keeps its traceback: it is a bug to report, not the user's to fix.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

import jinja2

from ..errors import ConfigError
from ..ingest.files import short_path


@contextmanager
def template_mistakes_reported(templates_dir: Path | None, *, rendering: str | None = None) -> Iterator[None]:
    """Turn a template's mistake raised inside the block into a one-line :class:`ConfigError`.

    ``templates_dir`` is the site's own template folder (None: only the shipped templates, whose errors are
    briefgen's); ``rendering`` names what was being rendered (an article's path), added to the message because a
    template can fail on one article's data only.
    """
    try:
        yield
    except ConfigError:
        raise
    except Exception as exc:
        where = _template_line(exc, templates_dir)
        if where is None and not isinstance(exc, jinja2.TemplateError):
            raise
        problem = exc.message if isinstance(exc, jinja2.TemplateError) and exc.message else str(exc) or type(exc).__name__
        if isinstance(exc, jinja2.TemplateNotFound):
            problem = f"no template named {exc.name!r}"
        place = where or "template"
        suffix = f" (rendering {short_path(rendering)})" if rendering else ""
        raise ConfigError(f"{place}: {problem}{suffix}") from None


def _template_line(exc: BaseException, templates_dir: Path | None) -> str | None:
    """``FILE:LINE`` of the template line the mistake is on, or None when none of the site's templates is to blame.

    A syntax error carries its file and line; any other exception is placed by the innermost frame of the traceback
    that runs a template file (Jinja rewrites its tracebacks so that a template's frames show the template's file and
    line).
    """
    if isinstance(exc, jinja2.TemplateSyntaxError) and exc.filename:
        return f"{short_path(exc.filename)}:{exc.lineno}"
    line = None
    tb: TracebackType | None = exc.__traceback__
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if filename.endswith(".j2") and _in_folder(filename, templates_dir, jinja_error=isinstance(exc, jinja2.TemplateError)):
            line = f"{short_path(filename)}:{tb.tb_lineno}"
        tb = tb.tb_next
    return line


def _in_folder(filename: str, templates_dir: Path | None, *, jinja_error: bool) -> bool:
    """A Jinja error is placed in any template; another exception only in one of the site's own."""
    if jinja_error:
        return True
    if templates_dir is None:
        return False
    try:
        Path(filename).resolve().relative_to(templates_dir.resolve())
    except ValueError:
        return False
    return True
