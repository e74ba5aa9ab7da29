"""Reforms: parameter overrides given in euros, rates or dates, turned into the exact
representation of the parameter (cents, millionths, days) that the engine takes."""

from __future__ import annotations

import datetime as _dt
import decimal
from typing import Any, Iterable, Mapping

from . import _eligo
from ._errors import EligoError

_DIGITS = {"money": 2, "decimal": 6, "integer": 0}


def _exact(value: Any, kind: str, name: str) -> int:
    if kind == "bool":
        return int(bool(value))
    if kind == "date":
        day = _dt.date.fromisoformat(str(value)[:10])
        return (day - _dt.date(1970, 1, 1)).days
    if kind not in _DIGITS:
        raise EligoError(f"parameter {name!r} of type {kind} cannot be overridden")
    text = format(value, "f") if isinstance(value, decimal.Decimal) else (repr(value) if isinstance(value, float) else str(value))
    scaled = _eligo.parse_scaled(text, _DIGITS[kind])
    if scaled is None:
        raise EligoError(f"override of {name!r}: {text} is not {kind} with at most {_DIGITS[kind]} decimals")
    return scaled


def to_engine(pack, period: str, overrides: Mapping[str, Any] | Iterable[Any] | None) -> list[tuple[str, str, int]]:
    """Accepts ``{"rsa.montant": 650.00}`` (in force from the evaluated month),
    ``{"rsa.montant": ("2026-04-01", 650.00)}``, or a list of such (name, start, value)."""
    if not overrides:
        return []
    items = overrides.items() if isinstance(overrides, Mapping) else ((o[0], o[1:]) for o in overrides)
    result = []
    for name, given in items:
        spec = pack.parameter_spec(name)
        if spec is None:
            raise EligoError(f"override of unknown parameter {name!r}")
        if isinstance(given, tuple) and len(given) == 2:
            start, value = given
        elif isinstance(given, tuple) and len(given) == 1:
            start, value = f"{period}-01", given[0]
        else:
            start, value = f"{period}-01", given
        result.append((name, str(start)[:10], _exact(value, spec["type"], name)))
    return result
