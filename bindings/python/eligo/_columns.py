"""One pandas column to one eligo Column, whatever the dtype, without losing exactness.

Where copies happen (the C++ Column is at most one copy of an input column, in as few bytes
a value as the type needs; see bindings/python/src/column_conversion.hpp):
- not even that one: integers given as int64 (numpy or Int64), booleans (numpy bool or
  pandas boolean) and categoricals whose categories are the pack's values in its order: the
  engine reads the frame's own buffer, which it keeps alive;
- int64, float64, bool and datetime64 numpy columns otherwise: read in place, written once
  into the Column;
- other integer widths, and pandas masked arrays (Int64, boolean, Float64) whose buffers
  are not reachable: one temporary int64/float64/bool array;
- categoricals: the codes as they are, the categories mapped in Python;
- strings/objects for enumerations: one int64 array of codes (pandas.factorize);
- other object columns (Decimal, str, datetime.date, mixed): one list of texts, parsed in C++
  exactly as the CSV reader parses fields.
Missing values (NaN, None, NaT, pd.NA) are unknown, never 0. Messages about a value say
what was expected and never quote the value: values are personal data.
"""

from __future__ import annotations

import datetime as _dt
import decimal
import math
from typing import Any

import numpy as np
import pandas as pd

from . import _eligo

_NANOSECONDS_PER_DAY = 86_400 * 10**9
_TICKS_PER_DAY = {"D": 1, "h": 24, "m": 1440, "s": 86_400, "ms": 86_400_000, "us": 86_400_000_000,
                  "ns": _NANOSECONDS_PER_DAY}


class WrongDtype(Exception):
    """A column whose dtype cannot hold the input's type at all."""


class Converted:
    """A Column handle and the rows whose values did not fit, as (row, message)."""

    def __init__(self, column: _eligo.Column, bad: list[tuple[int, str]], bad_count: int):
        self.column, self.bad, self.bad_count = column, bad, bad_count


def convert(rule_pack: _eligo.RulePack, spec: dict[str, Any], series: pd.Series) -> Converted:
    name, kind = spec["name"], spec["type"]
    dtype = series.dtype
    try:
        if isinstance(dtype, pd.CategoricalDtype):
            return _from_categorical(rule_pack, spec, series)
        if kind == "enum" and (pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype)):
            return _from_factorized(rule_pack, spec, series)
        if pd.api.types.is_bool_dtype(dtype):
            values, mask = _values_and_mask(series, bool, False)
            return Converted(*_eligo.column_from_booleans(rule_pack, name, values, mask))
        if pd.api.types.is_datetime64_any_dtype(dtype):
            return _from_datetimes(rule_pack, spec, series)
        if pd.api.types.is_integer_dtype(dtype):
            values, mask = _values_and_mask(series, np.int64, 0)
            return Converted(*_eligo.column_from_integers(rule_pack, name, values, mask))
        if pd.api.types.is_float_dtype(dtype):
            # A float64 numpy column is read as it is (to_numpy with na_value would copy it).
            values = series.to_numpy() if series.dtype == np.float64 else series.to_numpy(dtype=np.float64,
                                                                                           na_value=np.nan)
            return Converted(*_eligo.column_from_floats(rule_pack, name, values))
        if pd.api.types.is_object_dtype(dtype) or pd.api.types.is_string_dtype(dtype):
            texts = [_text_of(value, kind) for value in series.array]
            return Converted(*_eligo.column_from_texts(rule_pack, name, texts))
    except _eligo_error() as error:
        raise WrongDtype(f"dtype {dtype} cannot hold {kind}: {error}") from None
    except _BadObject as bad:
        raise WrongDtype(str(bad)) from None
    raise WrongDtype(f"dtype {dtype} cannot hold {kind}")


def _eligo_error():
    from ._errors import EligoError
    return EligoError


def _values_and_mask(series: pd.Series, numpy_type, fill) -> tuple[np.ndarray, np.ndarray | None]:
    array = series.array
    data, mask = getattr(array, "_data", None), getattr(array, "_mask", None)
    if isinstance(data, np.ndarray) and isinstance(mask, np.ndarray):  # pandas masked arrays
        return data.astype(numpy_type, copy=False), mask
    if isinstance(series.dtype, np.dtype):
        return series.to_numpy().astype(numpy_type, copy=False), None
    return series.to_numpy(dtype=numpy_type, na_value=fill), series.isna().to_numpy()


def _from_datetimes(rule_pack, spec, series: pd.Series) -> Converted:
    values = series
    if getattr(series.dtype, "tz", None) is not None:
        values = series.dt.tz_localize(None)  # the local calendar day is the legal one
    array = values.to_numpy()
    unit, _ = np.datetime_data(array.dtype)
    return Converted(*_eligo.column_from_datetimes(rule_pack, spec["name"], array.view(np.int64),
                                                   _TICKS_PER_DAY[unit]))


def _lookup_for(spec: dict[str, Any], labels) -> np.ndarray:
    positions = {value: index for index, value in enumerate(spec["values"])}
    return np.array([positions.get(str(label), -1) for label in labels], dtype=np.int64)


def _from_categorical(rule_pack, spec, series: pd.Series) -> Converted:
    categories = series.cat.categories
    if spec["type"] != "enum":
        texts = [_text_of(value, spec["type"]) for value in series.astype(object).array]
        return Converted(*_eligo.column_from_texts(rule_pack, spec["name"], texts))
    codes = series.cat.codes.to_numpy()  # int8 for a few categories: read in place, never widened
    return _from_codes(rule_pack, spec, codes, categories)


def _from_factorized(rule_pack, spec, series: pd.Series) -> Converted:
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return _from_codes(rule_pack, spec, codes, uniques)


def _from_codes(rule_pack, spec, codes: np.ndarray, labels) -> Converted:
    lookup = _lookup_for(spec, labels)
    converted = Converted(*_eligo.column_from_codes(rule_pack, spec["name"], codes, lookup))
    allowed = ", ".join(spec["values"])
    # What was expected, never the value itself (docs/reliability.md, Privacy).
    converted.bad = [(row, f"not a value of {spec['name']}; allowed values: {allowed}") for row, _ in converted.bad]
    return converted


class _BadObject(Exception):
    pass


def _text_of(value: Any, kind: str) -> str | None:
    """An object as text in the pack's notation; None when missing."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float):
        if math.isnan(value):
            return None
        return repr(value)
    if isinstance(value, (bool, np.bool_)):
        return "true" if value else "false"
    if isinstance(value, decimal.Decimal):
        if value.is_nan():
            return None
        return format(value, "f")
    if isinstance(value, (_dt.datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (int, np.integer, str)):
        return str(value)
    raise _BadObject(f"objects of type {type(value).__name__} cannot hold {kind}")
