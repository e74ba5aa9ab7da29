"""Plots of evaluation results with matplotlib: what analysts would rather look at than read.

Each function takes the tidy frame of :func:`eligo.evaluate` and returns the Axes it drew on.
"""

from __future__ import annotations

import pandas as pd

from ._evaluate import STATUSES

_COLOURS = {"eligible": "#2a9d8f", "not_eligible": "#c9c9c9", "undetermined": "#e9c46a"}


def _axes(ax):
    if ax is None:
        import matplotlib.pyplot as plt

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
