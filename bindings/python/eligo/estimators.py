"""scikit-learn-style estimators over eligo's two ranking models, and the fairness audit.

    from eligo.estimators import LogisticRanker, TreeRanker
    model = TreeRanker(objective="binary", n_trees=60).fit(features, labels)
    model.predict_proba(features)[:, 1]      # probability of being a non-claimant
    model.explain(features)                  # per-feature contributions; + bias = score

Both follow the scikit-learn estimator contract (``get_params``, ``set_params``, ``fit``,
``predict``, ``predict_proba``, ``decision_function``), so ``sklearn.base.clone`` and
``sklearn.model_selection.cross_val_score`` work with them. They need scikit-learn
(``pip install 'eligo[sklearn]'``): without it this module still imports, and
:func:`audit_fairness` works, but making an estimator raises an ImportError saying what to
install. Training happens in C++: the
same models, seeds and contributions as the command line. Columns named in ``protected``
are refused with an :class:`eligo.EligoError` naming them: a protected attribute may serve
the fairness audit, never the model.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
from . import _eligo
from ._errors import EligoError
from ._optional import missing_message

try:
    from sklearn.base import BaseEstimator, ClassifierMixin
    from sklearn.exceptions import NotFittedError
except ImportError as _sklearn_missing:
    _SKLEARN_MISSING: ImportError | None = _sklearn_missing

    class BaseEstimator:  # type: ignore[no-redef]
        """Stands in for scikit-learn's: an estimator cannot be made (nor unpickled) without it."""

        def __new__(cls, *args, **kwargs):
            raise ImportError(missing_message("sklearn", f"eligo.estimators.{cls.__name__}"),
                              name="sklearn") from _SKLEARN_MISSING

    class ClassifierMixin:  # type: ignore[no-redef]
        pass

    class NotFittedError(ValueError, AttributeError):  # type: ignore[no-redef]
        pass
else:
    _SKLEARN_MISSING = None


def _not_numeric(column: str, values) -> EligoError:
    """The error for a feature column that is not numbers, naming the first bad row but not
    its value (pandas' and numpy's own errors would quote it: values are personal data)."""
    numbers = pd.to_numeric(pd.Series(values), errors="coerce")
    bad = np.flatnonzero(numbers.isna().to_numpy() & ~pd.Series(values).isna().to_numpy())
    row = f", row {int(bad[0])}" if len(bad) else ""
    return EligoError(f"features column {column!r}{row}: expected a number (missing values are NaN or None)")


def _features(X, names=None) -> tuple[np.ndarray, list[str]]:
    """float64 values (NaN for missing) and column names of X."""
    if isinstance(X, pd.DataFrame):
        try:
            values = X.apply(pd.to_numeric, errors="raise").to_numpy(dtype="float64", na_value=np.nan)
        except (TypeError, ValueError):
            for position, column in enumerate(X.columns):
                try:
                    pd.to_numeric(X.iloc[:, position], errors="raise")
                except (TypeError, ValueError):
                    raise _not_numeric(str(column), X.iloc[:, position]) from None
            raise EligoError("features must be numbers") from None
        return np.ascontiguousarray(values), [str(c) for c in X.columns]
    try:
        values = np.ascontiguousarray(np.asarray(X, dtype="float64"))
    except (TypeError, ValueError):
        given = np.asarray(X, dtype=object)
        columns = given.reshape(len(given), -1).T if given.ndim else [given]
        for position, column in enumerate(columns):
            try:
                np.asarray(column, dtype="float64")
            except (TypeError, ValueError):
                name = list(names)[position] if names is not None else f"x{position}"
                raise _not_numeric(name, column) from None
        raise EligoError("features must be numbers") from None
    if values.ndim != 2:
        raise EligoError(f"features must be two-dimensional, not {values.ndim}-dimensional")
    return values, list(names) if names is not None else [f"x{i}" for i in range(values.shape[1])]


def _labels(y) -> np.ndarray:
    return np.ascontiguousarray(np.asarray(y, dtype="float64").ravel())


class _Ranker(ClassifierMixin, BaseEstimator):
    """What both estimators share: scores, probabilities, contributions, pickling."""

    def _check_fitted(self):
        if not hasattr(self, "model_"):
            raise NotFittedError(f"this {type(self).__name__} is not fitted yet: call fit first")

    def _record(self, names):
        self.feature_names_in_ = np.array(names, dtype=object)
        self.n_features_in_ = len(names)
        self.classes_ = np.array([0, 1])

    def _values(self, X):
        values, names = _features(X, None if isinstance(X, pd.DataFrame) else list(self.feature_names_in_))
        return values, names

    def decision_function(self, X) -> np.ndarray:
        """The raw score: a logit (logistic, binary trees) or a LambdaRank score."""
        self._check_fitted()
        return np.asarray(self.model_.score(*self._values(X)))

    def predict_proba(self, X) -> np.ndarray:
        """Columns: P(0), P(1 = non-claimant), calibrated."""
        positive = self._probability(self.decision_function(X))
        return np.column_stack([1.0 - positive, positive])

    def predict(self, X) -> np.ndarray:
        return (self.predict_proba(X)[:, 1] >= 0.5).astype(int)

    def explain(self, X) -> pd.DataFrame:
        """One row per row of X: ``bias`` then one contribution per model feature, in the
        score's units; ``bias`` plus the contributions is the score (exact: TreeSHAP for
        the trees, coefficient x standardised value for the logistic model)."""
        self._check_fitted()
        values, names = self._values(X)
        bias, contributions = self.model_.explain(values, names)
        frame = pd.DataFrame(np.asarray(contributions), columns=list(self.model_.feature_names))
        frame.insert(0, "bias", np.asarray(bias))
        if isinstance(X, pd.DataFrame):
            frame.index = X.index
        return frame

    def model_json(self) -> str:
        """The versioned, human-readable model file's text (without calibration)."""
        self._check_fitted()
        return self.model_.to_json()

    def __getstate__(self):
        state = self.__dict__.copy()
        if "model_" in state:
            state["model_"] = self.model_.to_json()
        return state

    def __setstate__(self, state):
        if isinstance(state.get("model_"), str):
            state["model_"] = _eligo.model_from_json(state["model_"])
        self.__dict__.update(state)


class LogisticRanker(_Ranker):
    """Regularised logistic regression (Newton, L2 on standardised coefficients, an
    indicator per column with missing values)."""

    def __init__(self, l2: float = 1.0, max_iterations: int = 50, tolerance: float = 1e-10, protected=()):
        self.l2 = l2
        self.max_iterations = max_iterations
        self.tolerance = tolerance
        self.protected = protected

    def fit(self, X, y):
        values, names = _features(X)
        self.model_ = _eligo.train_logistic(values, names, list(self.protected), _labels(y), float(self.l2),
                                            int(self.max_iterations), float(self.tolerance))
        self._record(names)
        return self

    def _probability(self, scores):
        return 1.0 / (1.0 + np.exp(-scores))


class TreeRanker(_Ranker):
    """Small gradient-boosted trees (depth at most 4): LambdaRank (``objective="lambdarank"``,
    calibrated on the training scores by ``calibration``) or binary log-loss
    (``objective="binary"``, whose score is already a logit)."""

    def __init__(self, objective: str = "lambdarank", n_trees: int = 100, max_depth: int = 4,
                 learning_rate: float = 0.1, min_child_weight: float = 1e-3, min_child_rows: int = 5,
                 l2: float = 1.0, subsample: float = 1.0, max_bins: int = 64, ndcg_at: int = 0,
                 sigma: float = 1.0, random_state: int = 1, calibration: str = "automatic", protected=()):
        self.objective = objective
        self.n_trees = n_trees
        self.max_depth = max_depth
        self.learning_rate = learning_rate
        self.min_child_weight = min_child_weight
        self.min_child_rows = min_child_rows
        self.l2 = l2
        self.subsample = subsample
        self.max_bins = max_bins
        self.ndcg_at = ndcg_at
        self.sigma = sigma
        self.random_state = random_state
        self.calibration = calibration
        self.protected = protected

    def fit(self, X, y, group=None):
        """``group``: optional list id per row (one ranked list per territory or batch)."""
        values, names = _features(X)
        labels = _labels(y)
        query_ids = [] if group is None else [int(g) for g in pd.factorize(np.asarray(group))[0]]
        self.model_ = _eligo.train_trees(values, names, list(self.protected), labels, query_ids, self.objective,
                                         int(self.n_trees), int(self.max_depth), float(self.learning_rate),
                                         float(self.min_child_weight), int(self.min_child_rows), float(self.l2),
                                         float(self.subsample), int(self.max_bins), int(self.ndcg_at),
                                         float(self.sigma), int(self.random_state))
        self._record(names)
        if self.objective == "lambdarank":
            self.calibration_data_ = (np.asarray(self.model_.score(values, names)), labels)
            self.calibrator_ = _eligo.calibrate(self.calibration, *self.calibration_data_)
        return self

    def _probability(self, scores):
        if self.objective == "lambdarank":
            return np.asarray(self.calibrator_(np.ascontiguousarray(scores, dtype="float64")))
        return 1.0 / (1.0 + np.exp(-scores))

    def __getstate__(self):
        state = super().__getstate__()
        state.pop("calibrator_", None)  # a C++ function: fitted again on load, from the same scores
        return state

    def __setstate__(self, state):
        super().__setstate__(state)
        if "calibration_data_" in state:
            self.calibrator_ = _eligo.calibrate(self.calibration, *self.calibration_data_)


@dataclass
class FairnessAudit:
    """The audit's verdict, its JSON report as a dict, and its text."""

    passed: bool
    report: dict[str, Any]
    text: str

    def groups(self) -> pd.DataFrame:
        """One row per attribute and group, with the report's figures."""
        rows = [{"attribute": a["attribute"], **g} for a in self.report["attributes"] for g in a["groups"]]
        return pd.DataFrame(rows)


def audit_fairness(scores, labels, groups, k: int, probabilities=None, bootstrap_samples: int = 200,
                   seed: int = 1) -> FairnessAudit:
    """The fairness audit of a ranking (the k best-scored are contacted): per group of each
    column of ``groups`` (a DataFrame or a dict of label lists; missing is unknown),
    recall@k among true non-claimants (``labels`` = 1), precision@k, selection against
    need and, with ``probabilities``, calibration; bootstrap intervals; the rules that
    make it fail. See docs/ranking-and-fairness.md."""
    columns = groups.items() if isinstance(groups, dict) else ((c, groups[c]) for c in groups.columns)
    attributes = {str(name): ["" if pd.isna(v) else str(v) for v in values] for name, values in columns}
    probabilities = np.empty(0) if probabilities is None else probabilities
    passed, report, text = _eligo.audit_fairness(_labels(scores), _labels(labels), _labels(probabilities),
                                                 attributes, int(k), int(bootstrap_samples), int(seed))
    return FairnessAudit(passed, json.loads(report), text)
