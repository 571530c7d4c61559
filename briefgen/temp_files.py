"""Temporary files beside their target, made with one ``open`` call each.

Why not :func:`tempfile.mkstemp`: it costs each of a cold build's ~850 files
system calls that write nothing (``getpid``, and ``fchmod`` / ``fstat`` /
``ioctl`` / ``lseek`` once wrapped in a Python file object; #18). The output
folder and the extraction cache both write through a temporary file and a
rename, so both draw their names here.
"""

from __future__ import annotations

import os
import random

#: Characters of a temporary file's random part (``mkstemp``'s alphabet).
TEMP_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_names = random.Random()  # seeded from the system's randomness; a name taken already is just tried again
os.register_at_fork(after_in_child=_names.seed)  # a forked worker draws names of its own


def new_temp_file(folder: str | os.PathLike[str], *, prefix: str, suffix: str, mode: int) -> tuple[int, str]:
    """A new, empty file ``PREFIX + 8 random characters + SUFFIX`` in ``folder``, open for writing: ``(fd, its path)``.

    ``mode`` is handed to ``open`` (the umask applies). Raises
    ``FileNotFoundError`` when ``folder`` does not exist, as ``mkstemp`` does.
    """
    folder = os.fspath(folder)
    for _ in range(10_000):  # as many tries as ``mkstemp``
        tmp = os.path.join(folder, f"{prefix}{''.join(_names.choices(TEMP_CHARACTERS, k=8))}{suffix}")
        try:
            return os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, mode), tmp
        except FileExistsError:
            continue
    raise FileExistsError(f"{folder}: no free temporary file name for {prefix}…{suffix}")
