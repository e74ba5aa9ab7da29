"""Evaluation from pandas: persons and groups in, one tidy row per group and benefit out.

Amounts are exact: ``amount_cents`` (nullable Int64) and ``amount`` (Python Decimal objects in
euros, two decimals). Undetermined results have no amount (<NA> / None), never 0.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from . import _eligo
from ._frames import build_population
from ._overrides import to_engine

STATUSES = ["not_eligible", "eligible", "undetermined"]  # the codes of eligo::Status
STATUS_DTYPE = pd.CategoricalDtype(STATUSES)


def _period_text(period) -> str:
    if isinstance(period, pd.Period):
        return period.strftime("%Y-%m")
    if hasattr(period, "strftime"):
        return period.strftime("%Y-%m")
    return str(period)


def _pack_of(pack):
    from ._pack import Pack, load_pack
    return pack if isinstance(pack, Pack) else load_pack(pack)


def evaluate(pack, persons: pd.DataFrame, groups: pd.DataFrame, period, *, threads: int = 1,
             overrides=None, batch_groups: int = 1024, missing_columns: str = "error",
             missing_inputs: bool = True) -> pd.DataFrame:
    """Evaluates every benefit of `pack` for every group at `period` ("YYYY-MM").

    Returns one row per group and benefit (groups in the order of `groups`, benefits in the
    pack's order) with the columns: the group id (named after the pack's group entity, e.g.
    ``foyer_id``), ``benefit``, ``status`` (categorical), ``amount`` (Decimal euros),
    ``amount_cents`` (Int64), ``failed_conditions`` and ``missing_inputs`` (lists).
    ``threads=0`` uses every core; the GIL is released meanwhile.
    """
    pack = _pack_of(pack)
    period = _period_text(period)
    population = build_population(pack, persons, groups, missing_columns=missing_columns)
    results = pack.program.evaluate(population, period, threads, batch_groups,
                                    to_engine(pack, period, overrides), missing_inputs)
    return tidy(results, pack.group_id_column)


def _decimal_amounts(cents: np.ndarray, missing: np.ndarray) -> np.ndarray:
    # Amounts repeat a lot (0, the flat rates): build one Decimal per distinct value.
    distinct, inverse = np.unique(cents, return_inverse=True)
    decimals = np.empty(len(distinct), dtype=object)
    decimals[:] = [Decimal(int(c)).scaleb(-2) for c in distinct]
    amounts = decimals[inverse.reshape(-1)] if len(cents) else np.empty(0, dtype=object)
    amounts[missing] = None
    return amounts


def tidy(results: _eligo.Results, group_column: str = "group_id") -> pd.DataFrame:
    """The long frame of a Results: one row per group and benefit."""
    columns = results.tidy_columns()
    group_ids = np.asarray(results.group_ids, dtype=object)
    benefit_ids = np.asarray(results.benefit_ids, dtype=object)
    cents = columns["amount_cents"]
    missing = columns["amount_missing"]
    frame = pd.DataFrame({
        group_column: group_ids[columns["group_index"]] if len(group_ids) else np.empty(0, dtype=object),
        "benefit": pd.Categorical.from_codes(columns["benefit_index"], categories=list(benefit_ids))
        if len(benefit_ids) else pd.Categorical([]),
        "status": pd.Categorical.from_codes(columns["status"], dtype=STATUS_DTYPE),
        "amount": _decimal_amounts(cents, missing),
        "amount_cents": pd.arrays.IntegerArray(cents, missing),
        "failed_conditions": columns["failed_conditions"],
        "missing_inputs": columns["missing_inputs"],
    })
    frame.attrs["period"] = results.period
    return frame


def wide(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per group, two columns per benefit: ``(benefit, "status")`` and
    ``(benefit, "amount")`` (Decimal euros)."""
    group_column = frame.columns[0]
    benefits = list(frame["benefit"].cat.categories) if hasattr(frame["benefit"], "cat") else list(
        pd.unique(frame["benefit"]))
    pivot = frame.pivot(index=group_column, columns="benefit", values=["status", "amount"])
    pivot = pivot.swaplevel(0, 1, axis=1)
    ordered = [(b, field) for b in benefits for field in ("status", "amount") if (b, field) in pivot.columns]
    pivot = pivot[ordered]
    for b in benefits:
        if (b, "status") in pivot.columns:
            pivot[(b, "status")] = pivot[(b, "status")].astype(STATUS_DTYPE)
    pivot = pivot.reindex(pd.unique(frame[group_column]))
    pivot.columns.names = ["benefit", None]
    return pivot


def trace(pack, persons: pd.DataFrame, groups: pd.DataFrame, period, group_id, *, overrides=None,
          missing_columns: str = "error") -> dict[str, Any]:
    """Every value that led to the results of one group: ``values`` (a DataFrame in evaluation
    order: name, kind, entity, member_id, value, reference, formula) and ``parameters`` (a
    DataFrame: name, value, start, reference), plus ``group_id`` and ``period``."""
    pack = _pack_of(pack)
    period = _period_text(period)
    population = build_population(pack, persons, groups, missing_columns=missing_columns)
    group = population.find_group(str(group_id))
    if group is None:
        from ._errors import EligoError
        raise EligoError(f"groups: no group has id {str(group_id)!r}")
    raw = pack.program.trace(population, group, period, to_engine(pack, period, overrides))
    return {
        "group_id": raw["group_id"],
        "period": raw["period"],
        "values": pd.DataFrame(raw["values"], columns=["name", "kind", "entity", "member_id", "value", "reference",
                                                       "formula"]),
        "parameters": pd.DataFrame(raw["parameters"], columns=["name", "value", "start", "reference"]),
    }


@pd.api.extensions.register_dataframe_accessor("eligo")
class EligoAccessor:
    """``results.eligo.wide()`` on a frame returned by :func:`eligo.evaluate`."""

    def __init__(self, frame: pd.DataFrame):
        self._frame = frame

    def wide(self) -> pd.DataFrame:
        return wide(self._frame)
