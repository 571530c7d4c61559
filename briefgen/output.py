"""Writing generated files without ever losing or clobbering one.

Each file is written to a temporary file in the same folder and renamed into
place, so a reader (or a build killed half-way) sees the old file or the new
one, never half of one. A manifest records what briefgen wrote; files it did
not write are never overwritten, and files it wrote for articles that are
gone are removed on the next build.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .errors import OutputError

MANIFEST = ".briefgen-manifest.json"


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


class OutputFolder:
    """A folder briefgen writes into and keeps a manifest of."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def _manifest(self) -> dict[str, str]:
        try:
            data = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}
        except (OSError, ValueError) as exc:
            raise OutputError(f"{self.root / MANIFEST}: unreadable manifest ({exc}); remove it to start afresh") from None
        files = data.get("files") if isinstance(data, dict) else None
        return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}

    def _target(self, rel: str) -> Path:
        target = (self.root / rel).resolve()
        if not target.is_relative_to(self.root.resolve()):
            raise OutputError(f"{rel}: would be written outside {self.root}")
        return target

    def write_all(self, files: dict[str, str]) -> None:
        """Write ``{relative path: text}``; remove what the last build wrote and this one did not."""
        self.root.mkdir(parents=True, exist_ok=True)
        previous = self._manifest()
        encoded = {rel: text.encode("utf-8") for rel, text in sorted(files.items())}
        for rel in encoded:
            target = self._target(rel)
            if target.exists() and rel not in previous:
                raise OutputError(f"{target}: exists and was not written by briefgen; refusing to overwrite it")
        written: dict[str, str] = {}
        for rel, data in encoded.items():
            target = self._target(rel)
            digest = _digest(data)
            if not (target.exists() and previous.get(rel) == digest and _digest(target.read_bytes()) == digest):
                atomic_write(target, data)
            written[rel] = digest
            # record progress as we go so a killed build still knows what it wrote
            if len(written) % 200 == 0:
                self._save({**previous, **written})
        self._save({**previous, **written})
        for rel, digest in previous.items():
            if rel in written:
                continue
            target = self._target(rel)
            try:
                if _digest(target.read_bytes()) == digest:
                    target.unlink()
            except FileNotFoundError:
                pass
        self._save(written)

    def _save(self, files: dict[str, str]) -> None:
        atomic_write(self.root / MANIFEST, (json.dumps({"files": files}, indent=1, sort_keys=True) + "\n").encode("utf-8"))
