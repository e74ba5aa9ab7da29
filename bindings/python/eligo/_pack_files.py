"""The files of a pack folder carried by value, so a pack pickles to machines without them.

On unpickling, the files are written once per process into a temporary folder named after
their digest, then loaded from there; a second pack with the same digest reuses it.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path

_materialized: dict[str, Path] = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class PackFiles:
    folder_name: str
    files: tuple[tuple[str, bytes], ...]  # (path relative to the folder, content), sorted

    @classmethod
    def read(cls, folder: Path) -> "PackFiles":
        entries = []
        for path in sorted(folder.rglob("*")):
            relative = path.relative_to(folder)
            if path.is_file() and not any(part.startswith(".") or part == "__pycache__" for part in relative.parts):
                entries.append((relative.as_posix(), path.read_bytes()))
        return cls(folder.name, tuple(entries))

    @property
    def digest(self) -> str:
        sha = hashlib.sha256()
        for name, content in self.files:
            sha.update(name.encode() + b"\0" + len(content).to_bytes(8, "little") + content)
        return sha.hexdigest()

    def materialize(self) -> Path:
        """A folder holding these files, written at most once per process."""
        digest = self.digest
        with _lock:
            if digest in _materialized and _materialized[digest].is_dir():
                return _materialized[digest]
            base = Path(tempfile.mkdtemp(prefix=f"eligo-pack-{digest[:12]}-"))
            folder = base / self.folder_name
            for name, content in self.files:
                target = folder / name
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(content)
            os.chmod(base, 0o755)
            _materialized[digest] = folder
            return folder
