"""Model files written by ``eligo train`` (or the C++ ``save_model``), read from Python.

    model = eligo.load_model("model.json")
    model.card["metrics"]                       # what the model card says
    model.non_claimant_probability(features)   # calibrated, one per row
    model.expected_gain(features)               # when the file has the uplift model

A damaged, truncated or newer-format file raises :class:`eligo.EligoError` naming the file
and what is wrong. Features are found by name, as in ``eligo rank``.
"""

from __future__ import annotations

import os
from typing import Any

import numpy as np
import pandas as pd

from . import _eligo
from .estimators import _features


class ModelFile:
    """Both outputs of a saved model, its calibration and its model card."""

    def __init__(self, saved: "_eligo.SavedModel", path: str):
        self._saved = saved
        self.path = path

    @property
    def feature_names(self) -> list[str]:
        return list(self._saved.non_claimant.feature_names)

    @property
    def kind(self) -> str:
        return self._saved.non_claimant.kind

    @property
    def has_uplift(self) -> bool:
        return self._saved.has_uplift

    @property
    def card(self) -> dict[str, Any]:
        return self._saved.card

    def _call(self, method, X, names):
        values, columns = _features(X, names)
        result = method(values, columns)
        return pd.Series(result, index=X.index) if isinstance(X, pd.DataFrame) else np.asarray(result)

    def non_claimant_probability(self, X, names=None):
        """Calibrated probability that each row is a non-claimant."""
        return self._call(self._saved.non_claimant_probability, X, names)

    def expected_gain(self, X, names=None):
        """Expected gain from contact per row; EligoError when the file has no uplift model."""
        return self._call(self._saved.expected_gain, X, names)

    def to_json(self) -> str:
        return self._saved.to_json()

    def save(self, path: str | os.PathLike[str]) -> None:
        """Writes the file whole or not at all."""
        self._saved.save(os.fspath(path))


def load_model(path: str | os.PathLike[str]) -> ModelFile:
    """Reads a model file (see the module's documentation)."""
    text = os.fspath(path)
    return ModelFile(_eligo.load_model(text), text)
