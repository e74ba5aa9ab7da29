"""The ``eligo`` command installed with the package: runs the C++ command line shipped
inside it (eligo/bin/eligo), telling it where the bundled packs are."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from ._rules import bundled_rules_dirs, installed_dir


def executable() -> Path:
    return installed_dir() / "bin" / "eligo"


def main() -> None:
    binary = executable()
    if not binary.is_file():
        sys.exit(f"eligo: the command line was not built into this package ({binary} is missing)")
    environment = dict(os.environ)
    folders = [str(folder) for folder in bundled_rules_dirs()]
    if environment.get("ELIGO_RULES_PATH"):
        folders.insert(0, environment["ELIGO_RULES_PATH"])
    if folders:
        environment["ELIGO_RULES_PATH"] = os.pathsep.join(folders)
    os.execve(binary, [str(binary), *sys.argv[1:]], environment)


if __name__ == "__main__":
    main()
