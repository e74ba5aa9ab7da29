"""Where the bundled packs (``fr``, ``example``) live, registered once at import.

In a wheel they are installed inside the package (``eligo/rules``); in an editable install
or a source checkout the package is ``bindings/python/eligo`` and they are the repository's
``rules/`` folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from . import _eligo

_package_dir = Path(__file__).resolve().parent


def installed_dir() -> Path:
    """Where pip put the compiled parts (the package itself, except in an editable install,
    where the Python files stay in the source tree)."""
    return Path(os.path.abspath(_eligo.__file__)).parent


def bundled_rules_dirs() -> list[Path]:
    candidates = [_package_dir / "rules", installed_dir() / "rules", _package_dir.parents[2] / "rules"]
    unique = dict.fromkeys(folder for folder in candidates if folder.is_dir())
    return list(unique)


def register_bundled_rules() -> None:
    for folder in bundled_rules_dirs():
        _eligo.add_rules_search_path(folder)


def bundled_packs() -> list[str]:
    """Names of the packs shipped with eligo, e.g. ["example", "fr"]."""
    return sorted({pack.name for folder in bundled_rules_dirs() for pack in folder.iterdir()
                   if (pack / "pack.yaml").is_file()})
