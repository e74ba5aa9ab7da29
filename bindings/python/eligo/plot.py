"""Plots of evaluation results with matplotlib: what analysts would rather look at than read.

Each function returns the Axes it drew on. The first ones take the tidy frame of
:func:`eligo.evaluate`; the last three show a ranking model: its calibration curve, its
cumulative gain at the contact capacity k, and the fairness audit by group. They need
matplotlib (``pip install 'eligo[plot]'``), imported on first use.
"""

from __future__ import annotations

import pandas as pd

from ._evaluate import STATUSES
from ._optional import require

_COLOURS = {"eligible": "#2a9d8f", "not_eligible": "#c9c9c9", "undetermined": "#e9c46a"}


def _axes(ax):
    if ax is None:
        plt = require("matplotlib.pyplot", "eligo.plot")

        _, ax = plt.subplots(figsize=(8, 4))
    return ax


def eligibility_by_benefit(results: pd.DataFrame, ax=None):
    """Groups by benefit and status, as stacked horizontal bars."""
    ax = _axes(ax)
    counts = (results.groupby(["benefit", "status"], observed=False).size().unstack("status")
              .reindex(columns=STATUSES, fill_value=0))
    counts.plot.barh(stacked=True, ax=ax, color=[_COLOURS[s] for s in counts.columns])
    ax.set_xlabel("groups")
    ax.set_ylabel("")
    ax.set_title("Eligibility by benefit")
    return ax


def monthly_stakes_by_benefit(results: pd.DataFrame, pack=None, ax=None):
    """Total monthly amount of the eligible groups per benefit, in euros (yearly amounts are
    divided by 12 when the pack is given)."""
    ax = _axes(ax)
    eligible = results[results["status"] == "eligible"]
    euros = eligible.groupby("benefit", observed=False)["amount_cents"].sum().astype("float64") / 100
    if pack is not None:
        per_year = set(pack.benefits.loc[pack.benefits["amount_period"] == "year", "id"])
        euros = euros.where(~euros.index.isin(per_year), euros / 12)
    euros.sort_values().plot.barh(ax=ax, color=_COLOURS["eligible"])
    ax.set_xlabel("euros per month")
    ax.set_ylabel("")
    ax.set_title("Monthly stakes by benefit")
    return ax


def amount_distribution(results: pd.DataFrame, benefit: str | None = None, bins: int = 30, ax=None):
    """Histogram of the amounts of eligible groups (one benefit, or each benefit overlaid)."""
    ax = _axes(ax)
    eligible = results[results["status"] == "eligible"]
    benefits = [benefit] if benefit else [b for b in eligible["benefit"].unique()]
    for name in benefits:
        amounts = eligible.loc[eligible["benefit"] == name, "amount_cents"].astype("float64") / 100
        if len(amounts):
            ax.hist(amounts, bins=bins, alpha=0.6, label=str(name))
    ax.set_xlabel("amount (euros)")
    ax.set_ylabel("groups")
    ax.set_title("Distribution of amounts")
    if len(benefits) > 1:
        ax.legend()
    return ax


def calibration_curve(labels, probabilities, bins: int = 10, ax=None):
    """Mean predicted probability against the observed share of non-claimants, per bin of
    equal size (by predicted probability), with the diagonal of perfect calibration."""
    import numpy as np

    ax = _axes(ax)
    labels = np.asarray(labels, dtype="float64")
    probabilities = np.asarray(probabilities, dtype="float64")
    order = np.argsort(probabilities, kind="stable")
    chunks = [c for c in np.array_split(order, bins) if len(c)]
    predicted = [probabilities[c].mean() for c in chunks]
    observed = [labels[c].mean() for c in chunks]
    ax.plot([0, 1], [0, 1], linestyle="--", color="#888888", label="perfect calibration")
    ax.plot(predicted, observed, marker="o", color="#3a6ea5", label="model")
    ax.set_xlabel("mean predicted probability")
    ax.set_ylabel("observed share of non-claimants")
    ax.set_title("Calibration curve")
    ax.legend()
    return ax


def gain_curve(labels, scores, k: int | None = None, ax=None):
    """Cumulative gain: the share of all true non-claimants reached against the number of
    people contacted in the model's order, with a random order and the contact capacity k."""
    import numpy as np

    ax = _axes(ax)
    labels = np.asarray(labels, dtype="float64")
    order = np.lexsort((np.arange(len(scores)), -np.asarray(scores, dtype="float64")))
    reached = np.concatenate([[0.0], np.cumsum(labels[order])]) / max(labels.sum(), 1.0)
    contacted = np.arange(len(labels) + 1)
    ax.plot(contacted, reached, color="#3a6ea5", label="model order")
    ax.plot([0, len(labels)], [0, 1], linestyle="--", color="#888888", label="random order")
    if k is not None:
        ax.axvline(k, color="#e76f51", label=f"capacity k = {k} (recall {reached[min(k, len(labels))]:.2f})")
    ax.set_xlabel("people contacted")
    ax.set_ylabel("share of true non-claimants reached")
    ax.set_title("Cumulative gain")
    ax.legend()
    return ax


def fairness_by_group(audit, attribute: str | None = None, ax=None):
    """Recall@k per group of one audited attribute (the first when not given), with the
    bootstrap intervals and the four-fifths threshold; small groups are hatched.
    ``audit`` is what :func:`eligo.estimators.audit_fairness` returns."""
    ax = _axes(ax)
    groups = audit.groups()
    attribute = attribute or groups["attribute"].iloc[0]
    rows = groups[groups["attribute"] == attribute].reset_index(drop=True)
    def bound(side):  # a group without need has no interval (None in the report)
        return rows["recall_interval"].map(lambda i: float("nan") if i[side] is None else i[side])

    recall = rows["recall_at_k"].astype("float64")
    low, high = (recall - bound(0)).fillna(0), (bound(1) - recall).fillna(0)
    bars = ax.barh(rows["group"], recall.fillna(0), xerr=[low, high], color="#3a6ea5", capsize=3)
    for bar, small in zip(bars, rows["small"]):
        if small:
            bar.set_hatch("//")
            bar.set_alpha(0.5)
    best = recall[~rows["small"].astype(bool)].max()
    ratio = audit.report["thresholds"]["minimum_recall_ratio"]
    ax.axvline(ratio * best, color="#e76f51", linestyle="--", label=f"{ratio:g} x best group")
    ax.set_xlabel(f"recall@{audit.report['k']} among true non-claimants")
    ax.set_title(f"Fairness by group: {attribute} ({'passed' if audit.passed else 'FAILED'})")
    ax.legend()
    return ax

