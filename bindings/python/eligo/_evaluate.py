"""Evaluation from pandas: persons and groups in, one tidy row per group and benefit out.

Amounts are exact: ``amount_cents`` (nullable Int64) and ``amount`` (Python Decimal objects in
euros, two decimals). Undetermined results have no amount (<NA> / None), never 0.
``amount_period`` says what each amount is per (``month`` or ``year``), so that monthly and
yearly benefits are never added up unawares.
Failed conditions and missing inputs are tuples of names (immutable, so rows share them).
"""

from __future__ import annotations

import warnings
from decimal import Decimal
from typing import Any

import numpy as np
import pandas as pd

from . import _eligo
from ._errors import EligoWarning
from ._frames import build_population, build_population_and_ids
from ._overrides import to_engine

STATUSES = ["not_eligible", "eligible", "undetermined"]  # the codes of eligo::Status
STATUS_DTYPE = pd.CategoricalDtype(STATUSES)
AMOUNT_PERIODS = ["month", "year"]  # what a benefit's amount is per (its pack's amount_period)
AMOUNT_PERIOD_DTYPE = pd.CategoricalDtype(AMOUNT_PERIODS)


def _period_text(period) -> str:
    if isinstance(period, pd.Period):
        return period.strftime("%Y-%m")
    if hasattr(period, "strftime"):
        return period.strftime("%Y-%m")
    return str(period)


def _pack_of(pack):
    from ._pack import Pack, load_pack
    return pack if isinstance(pack, Pack) else load_pack(pack)


def _value_text(value) -> str | None:
    if value is None or value is pd.NA or (isinstance(value, float) and value != value):
        return None  # unknown that month, never 0
    if isinstance(value, bool) or type(value).__name__ == "bool_":
        return "true" if value else "false"
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d")
    return str(value)


def set_monthly(pack, population: _eligo.Population, monthly: pd.DataFrame) -> None:
    """Gives the population the monthly history of `monthly`: a long frame with the columns
    ``id`` (a person's or group's id, after the input's entity), ``month`` ("YYYY-MM" or a
    pandas Period), ``input`` and ``value`` (None/NaN: unknown that month)."""
    missing = [c for c in ("id", "month", "input", "value") if c not in monthly.columns]
    if missing:
        raise ValueError("the monthly frame needs the columns id, month, input and value; missing: " + ", ".join(missing))
    population.set_monthly_values(pack._rule_pack, [str(i) for i in monthly["id"]],
                                  [_period_text(m) for m in monthly["month"]],
                                  [str(i) for i in monthly["input"]],
                                  [_value_text(v) for v in monthly["value"].astype(object)])


def evaluate(pack, persons: pd.DataFrame, groups: pd.DataFrame, period, *, threads: int = 1,
             overrides=None, batch_groups: int | None = None, missing_columns: str = "error",
             missing_inputs: bool = True, monthly: pd.DataFrame | None = None) -> pd.DataFrame:
    """Evaluates every benefit of `pack` for every group at `period` ("YYYY-MM").

    Returns one row per group and benefit (groups in the order of `groups`, benefits in the
    pack's order) with the columns: the group id (named after the pack's group entity, e.g.
    ``foyer_id``), ``benefit``, ``status`` (categorical), ``amount`` (Decimal euros),
    ``amount_cents`` (Int64), ``amount_period`` (categorical, ``month`` or ``year``: what the
    amount is per, as the pack declares the benefit), ``failed_conditions`` and
    ``missing_inputs`` (tuples of names).
    ``threads=0`` uses every core; the GIL is released meanwhile. ``batch_groups`` (groups
    evaluated together) defaults to the C++ library's, ``Program.default_batch_groups``.
    `monthly` is an optional long frame of values that change month by month (columns
    ``id``, ``month``, ``input``, ``value``): each replaces the single value of `persons` or
    `groups` for its month.
    """
    pack = _pack_of(pack)
    period = _period_text(period)
    population, group_ids = build_population_and_ids(pack, persons, groups, missing_columns=missing_columns)
    if monthly is not None:
        set_monthly(pack, population, monthly)
    if batch_groups is None:
        batch_groups = pack.program.default_batch_groups
    results = pack.program.evaluate(population, period, threads, batch_groups,
                                    to_engine(pack, period, overrides), missing_inputs)
    del population  # the engine's copy of the inputs goes before the tidy frame is built
    frame = tidy(results, pack.group_id_column, group_ids)
    warn_of(frame.attrs["warnings"])
    return frame


def warn_of(lines: list[str]) -> None:
    """One EligoWarning for an evaluation's warnings: a pack read past its last check warns
    once per parameter, and a notebook should show one message, not a hundred."""
    if lines:
        shown = "\n".join(lines[:3]) + (f"\n... and {len(lines) - 3} more" if len(lines) > 3 else "")
        warnings.warn(f"{len(lines)} warning{'s' if len(lines) > 1 else ''} from the evaluation "
                      f"(frame.attrs['warnings'] lists them):\n{shown}", EligoWarning, stacklevel=3)


def _amount_of(cents: int) -> Decimal:
    return Decimal(cents).scaleb(-2)  # exact euros, two decimals: 64652 -> 646.52


def _amount_period_column(results: _eligo.Results, benefit_index) -> pd.Categorical:
    """Each row's benefit's amount period, from the codes of the benefit column (no object per row)."""
    codes_by_benefit = np.array([AMOUNT_PERIODS.index(period) for period in results.amount_periods], dtype=np.int8)
    codes = codes_by_benefit[benefit_index] if len(codes_by_benefit) else np.array([], dtype=np.int8)
    return pd.Categorical.from_codes(codes, dtype=AMOUNT_PERIOD_DTYPE)


def tidy(results: _eligo.Results, group_column: str = "group_id", group_ids=None) -> pd.DataFrame:
    """The long frame of a Results: one row per group and benefit.

    Built from columns the C++ side fills: numbers as numpy arrays, categoricals from codes,
    and object columns whose objects are shared (one id string per group, one Decimal per
    distinct amount, one tuple per distinct set of failed conditions or missing inputs), so
    no Python object is made per row. `group_ids` are the id strings to show (by default the
    Results' own)."""
    columns = results.tidy_columns(results.group_ids if group_ids is None else group_ids, _amount_of)
    frame = pd.DataFrame({
        group_column: pd.Series(columns["group_id"], dtype=object, copy=False),
        "benefit": pd.Categorical.from_codes(columns["benefit_index"], categories=list(results.benefit_ids)),
        "status": pd.Categorical.from_codes(columns["status"], dtype=STATUS_DTYPE),
        "amount": pd.Series(columns["amount"], dtype=object, copy=False),
        "amount_cents": pd.arrays.IntegerArray(columns["amount_cents"], columns["amount_missing"]),
        "amount_period": _amount_period_column(results, columns["benefit_index"]),
        "failed_conditions": pd.Series(columns["failed_conditions"], dtype=object, copy=False),
        "missing_inputs": pd.Series(columns["missing_inputs"], dtype=object, copy=False),
    }, copy=False)
    frame.attrs["period"] = results.period
    frame.attrs["warnings"] = list(results.warnings)
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
