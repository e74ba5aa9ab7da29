"""The packages only some parts of eligo need, and the error that says what to install.

``import eligo`` needs numpy and pandas only. The estimators need scikit-learn, the plots
matplotlib, the Dask evaluation dask: each is an extra of the package
(``pip install 'eligo[sklearn]'``, ``eligo[plot]``, ``eligo[dask]``), imported when that part
is used, so a missing one is an ImportError naming what to install, never a failed
``import eligo``.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# module -> (the pip requirement, the extra of eligo that brings it)
_PACKAGES = {
    "sklearn": ("scikit-learn", "sklearn"),
    "matplotlib": ("matplotlib", "plot"),
    "dask": ("dask[dataframe]", "dask"),
}


def missing_message(module: str, feature: str) -> str:
    requirement, extra = _PACKAGES[module.split(".")[0]]
    return (f"{feature} needs {requirement}, which is not installed: "
            f"pip install 'eligo[{extra}]' (or pip install '{requirement}')")


def require(module: str, feature: str) -> ModuleType:
    """The module, imported; an ImportError saying what to install when it is missing."""
    try:
        return importlib.import_module(module)
    except ImportError as missing:
        raise ImportError(missing_message(module, feature), name=module) from missing
