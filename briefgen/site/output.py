"""Writing generated files without ever losing or clobbering one.

Each file is written to a temporary file in the same folder and renamed into
place, so a reader (or a build killed half-way) sees the old file or the new
one, never half of one. A manifest (``.briefgen-manifest.json``, itself
replaced atomically) records what briefgen wrote:

* files it did not write are never overwritten;
* files it wrote for articles that are gone are removed on the next build, but
  only while they still hold what briefgen wrote (an edited file is the
  user's now and is left alone);
* before the first file of a build is replaced, the manifest records every
  file the build is *about to* write (``pending``), so a build killed at any
  moment leaves a manifest that owns everything on disk it may have written,
  and the next build takes over from there instead of refusing.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import OutputError

MANIFEST = ".briefgen-manifest.json"

#: Names :func:`atomic_write` gives its temporary files (``mkstemp`` adds 8 characters).
_TEMP_NAME = re.compile(r"^\..+\.[a-z0-9_]{8}\.tmp$")


def _file_mode() -> int:
    """Mode a plain ``open()`` would give (mkstemp's 0600 would hide pages from a web server)."""
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def atomic_write(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _file_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _disk_digest(path: Path) -> str | None:
    try:
        return _digest(path.read_bytes())
    except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
        return None


@dataclass(slots=True)
class Manifest:
    """What briefgen owns in a folder: ``files`` it finished writing, ``pending`` ones it may have."""

    files: dict[str, str] = field(default_factory=dict)
    pending: dict[str, str] = field(default_factory=dict)

    def owns(self, rel: str) -> bool:
        return rel in self.files or rel in self.pending

    def digests(self, rel: str) -> set[str]:
        """Contents of ``rel`` that briefgen may have written (and so may remove)."""
        return {d for d in (self.files.get(rel), self.pending.get(rel)) if d}

    def to_bytes(self) -> bytes:
        data = {"files": self.files, "pending": self.pending} if self.pending else {"files": self.files}
        return (json.dumps(data, indent=1, sort_keys=True) + "\n").encode("utf-8")


class OutputFolder:
    """A folder briefgen writes into and keeps a manifest of."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def manifest(self) -> Manifest:
        """The folder's manifest (empty when there is none yet)."""
        try:
            data = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return Manifest()
        except (OSError, ValueError) as exc:
            raise OutputError(f"{self.root / MANIFEST}: unreadable manifest ({exc}); remove it to start afresh") from None

        def table(key: str) -> dict[str, str]:
            value = data.get(key) if isinstance(data, dict) else None
            return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}

        return Manifest(files=table("files"), pending=table("pending"))

    def _target(self, rel: str) -> Path:
        """``root/rel``, checked to lead (through any links) to a file inside the folder."""
        target = self.root / rel
        real = target.resolve()
        if not real.is_relative_to(self.root.resolve()) or real == (self.root / MANIFEST).resolve():
            raise OutputError(f"{rel}: would be written outside {self.root} (or over its manifest)")
        return target

    def write_all(self, files: dict[str, str]) -> None:
        """Write ``{relative path: text}``; remove what the last build wrote and this one did not."""
        try:
            self._write_all(files)
        except OSError as exc:
            raise OutputError(f"{self.root}: cannot write the output ({exc})") from None

    def _write_all(self, files: dict[str, str]) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        previous = self.manifest()
        encoded = {rel: text.encode("utf-8") for rel, text in sorted(files.items())}
        targets = {rel: self._target(rel) for rel in encoded}
        for rel, target in targets.items():
            if os.path.lexists(target) and not previous.owns(rel):
                raise OutputError(f"{target}: exists and was not written by briefgen; refusing to overwrite it")
            if target.is_dir():
                raise OutputError(f"{target}: is a folder; refusing to replace it with a file")
        new = {rel: _digest(data) for rel, data in encoded.items()}
        self._remove_leftover_temp_files({t.parent for t in targets.values()} | {self.root})
        # claim everything this build may write before touching any of it
        self._save(Manifest(files=previous.files, pending={**previous.pending, **new}))
        for rel, data in encoded.items():
            if _disk_digest(targets[rel]) != new[rel]:
                atomic_write(targets[rel], data)
        for rel in sorted(set(previous.files) | set(previous.pending)):
            if rel in new:
                continue
            target = self._target(rel)
            if _disk_digest(target) in previous.digests(rel):
                target.unlink()
        self._save(Manifest(files=new))

    def _remove_leftover_temp_files(self, folders: set[Path]) -> None:
        """Temporary files of a killed build (only names :func:`atomic_write` makes)."""
        for folder in sorted(folders):
            if not folder.is_dir():
                continue
            for entry in folder.iterdir():
                if _TEMP_NAME.match(entry.name) and entry.is_file() and not entry.is_symlink():
                    entry.unlink(missing_ok=True)

    def _save(self, manifest: Manifest) -> None:
        atomic_write(self.root / MANIFEST, manifest.to_bytes())
