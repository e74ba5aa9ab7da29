"""Persons and groups DataFrames to an eligo Population, checked like the CSV reader checks.

The frames follow the CLI's CSV files: the groups frame has an ``id`` column (optionally a
``poids`` survey weight); the persons frame has ``id``, ``<group>_id`` (e.g. ``foyer_id``)
and ``role``. Every other column must be an input of that entity; every input of the pack
needs its column unless ``missing_columns="unknown"``. Every problem (unknown, missing or
ill-typed column, bad value, duplicate or missing id, orphan person, group without members,
unknown role) is collected and raised as one EligoError naming frame, row, id and column;
a message says what was expected, never the value it found (values are personal data).
"""

from __future__ import annotations

import difflib
from typing import Any

import numpy as np
import pandas as pd

from . import _eligo
from ._columns import WrongDtype, convert
from ._errors import frame_diagnostic, raise_if_any

WEIGHT_COLUMN = "poids"
_MAX_ROWS_NAMED = 20


def build_population(pack, persons: pd.DataFrame, groups: pd.DataFrame, *,
                     missing_columns: str = "error") -> _eligo.Population:
    return build_population_and_ids(pack, persons, groups, missing_columns=missing_columns)[0]


def build_population_and_ids(pack, persons: pd.DataFrame, groups: pd.DataFrame, *,
                             missing_columns: str = "error") -> tuple[_eligo.Population, list[str]]:
    """The population and the group ids as strings (the frame's own objects where they are
    already ``str``), which the results frame shows without making them again."""
    if missing_columns not in ("error", "unknown"):
        raise ValueError("missing_columns is 'error' or 'unknown'")
    for frame, name in ((persons, "persons"), (groups, "groups")):
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(f"{name} must be a pandas DataFrame, not {type(frame).__name__}")
    entities = pack.entities
    link = pack.group_id_column
    problems: list[dict[str, Any]] = []

    group_ids = _ids(groups, "groups", problems)
    person_ids = _ids(persons, "persons", problems)
    _check_columns(pack, groups, "groups", entities["group"], {"id", WEIGHT_COLUMN}, missing_columns, problems)
    _check_columns(pack, persons, "persons", entities["person"], {"id", link, "role"}, missing_columns, problems)

    person_group = _links(persons, link, group_ids, person_ids, problems)
    person_role = _roles(persons, entities["roles"], person_ids, problems)
    if person_group is not None:
        _check_members(person_group, group_ids, problems)
    weights = _weights(groups, group_ids, problems)

    group_columns = _columns(pack, groups, "groups", entities["group"], group_ids, missing_columns, problems)
    person_columns = _columns(pack, persons, "persons", entities["person"], person_ids, missing_columns, problems)
    raise_if_any(problems)
    population = _eligo.Population(pack._rule_pack, group_ids, group_columns, person_ids, person_columns,
                                   person_group, person_role, weights)
    return population, group_ids


def _named_rows(rows: np.ndarray) -> np.ndarray:
    return rows[:_MAX_ROWS_NAMED]


def _more(frame: str, field: str | None, total: int, what: str, problems) -> None:
    if total > _MAX_ROWS_NAMED:
        problems.append(frame_diagnostic(frame, None, None, field, f"{total - _MAX_ROWS_NAMED} more rows with {what}"))


def _ids(frame: pd.DataFrame, name: str, problems) -> list[str]:
    if "id" in frame.columns:
        ids = frame["id"]
    elif frame.index.name == "id":
        ids = frame.index.to_series()
    else:
        problems.append(frame_diagnostic(name, None, None, "id", "missing column 'id' (one id per row)"))
        return [str(i) for i in range(len(frame))]
    missing = np.flatnonzero(ids.isna().to_numpy())
    for row in _named_rows(missing):
        problems.append(frame_diagnostic(name, int(row), None, "id", "missing id"))
    texts = _as_texts(ids)
    duplicated = ids.duplicated(keep="first").to_numpy()
    rows = np.flatnonzero(duplicated)
    if len(rows):
        first = {}
        for row, text in enumerate(texts):
            first.setdefault(text, row)
        for row in _named_rows(rows):
            problems.append(frame_diagnostic(name, int(row), texts[row], "id",
                                             f"duplicate id (first at row {first[texts[row]]})"))
        _more(name, "id", len(rows), "duplicate ids", problems)
    return texts


def _as_texts(values: pd.Series) -> list[str]:
    """Ids as a list of str; strings already held by the frame are shared, not copied."""
    if isinstance(values.dtype, pd.StringDtype):
        if not values.hasnans:
            return values.tolist()  # every value of a string dtype is a str
    elif pd.api.types.is_object_dtype(values.dtype):
        if pd.api.types.infer_dtype(values, skipna=False) == "string":  # in C, not per row in Python
            return values.tolist()
    return values.astype(str).tolist()


def _check_columns(pack, frame: pd.DataFrame, name: str, entity: str, reserved: set[str], missing_columns: str,
                   problems) -> None:
    inputs = {i["name"]: i for i in pack._rule_pack.inputs}
    own = {n for n, i in inputs.items() if i["entity"] == entity}
    for column in frame.columns:
        if not isinstance(column, str):
            problems.append(frame_diagnostic(name, None, None, str(column), "column names must be text"))
            continue
        if column in reserved or column in own:
            continue
        if column in inputs:
            message = (f"unknown column {column!r}: it is an input of {inputs[column]['entity']}, "
                       f"give it in the other frame")
        else:
            close = difflib.get_close_matches(column, sorted(own | reserved), n=1)
            message = f"unknown column {column!r}: not an input of {entity}" + (
                f"; did you mean {close[0]!r}?" if close else "")
        problems.append(frame_diagnostic(name, None, None, column, message))
    if missing_columns == "error":
        absent = sorted(own - set(frame.columns))
        if absent:
            problems.append(frame_diagnostic(
                name, None, None, None,
                f"missing columns {', '.join(absent)} (inputs of {entity}; pass missing_columns='unknown' "
                "to treat them as unknown)"))


def _links(persons: pd.DataFrame, link: str, group_ids: list[str], person_ids: list[str], problems):
    if link not in persons.columns:
        problems.append(frame_diagnostic("persons", None, None, link, f"missing column {link!r} (each person's group)"))
        return None
    targets = persons[link]
    known = ~targets.isna().to_numpy()
    # Each distinct group id is looked up once (factorize, then the codes), so no string is
    # made per person.
    codes, distinct = pd.factorize(targets, use_na_sentinel=True)
    index = pd.Index(group_ids)
    if not index.is_unique:
        index = index.drop_duplicates()
        positions = pd.Index(group_ids).get_indexer_for(index)
        looked_up = index.get_indexer(_as_texts(pd.Series(distinct)))
        looked_up = np.where(looked_up >= 0, positions[looked_up], -1)
    else:
        looked_up = index.get_indexer(_as_texts(pd.Series(distinct)))
    found = np.where(codes >= 0, looked_up[np.maximum(codes, 0)] if len(looked_up) else -1, -1)
    orphans = np.flatnonzero((found < 0) | ~known)
    for row in _named_rows(orphans):
        value = targets.iloc[row]
        message = "missing group id" if pd.isna(value) else f"no group has id {str(value)!r} (orphan person)"
        problems.append(frame_diagnostic("persons", int(row), person_ids[row], link, message))
    _more("persons", link, len(orphans), "orphan persons", problems)
    return found.astype(np.uint32) if not len(orphans) else None


def _roles(persons: pd.DataFrame, roles: list[str], person_ids: list[str], problems):
    if "role" not in persons.columns:
        problems.append(frame_diagnostic("persons", None, None, "role", f"missing column 'role' ({', '.join(roles)})"))
        return None
    codes, uniques = pd.factorize(persons["role"].astype(object), use_na_sentinel=True)
    positions = {role: index for index, role in enumerate(roles)}
    lookup = np.array([positions.get(str(u), -1) for u in uniques], dtype=np.int64)
    result = np.where(codes >= 0, lookup[np.maximum(codes, 0)] if len(lookup) else -1, -1)
    bad = np.flatnonzero(result < 0)
    for row in _named_rows(bad):
        value = persons["role"].iloc[row]
        message = "missing role" if pd.isna(value) else f"unknown role; roles are {', '.join(roles)}"
        problems.append(frame_diagnostic("persons", int(row), person_ids[row], "role", message))
    _more("persons", "role", len(bad), "bad roles", problems)
    return result.astype(np.uint16) if not len(bad) else None


def _check_members(person_group: np.ndarray, group_ids: list[str], problems) -> None:
    counts = np.bincount(person_group, minlength=len(group_ids))
    empty = np.flatnonzero(counts == 0)
    for row in _named_rows(empty):
        problems.append(frame_diagnostic("groups", int(row), group_ids[row], None, "group has no member"))
    _more("groups", None, len(empty), "groups without members", problems)


def _weights(groups: pd.DataFrame, group_ids: list[str], problems):
    if WEIGHT_COLUMN not in groups.columns:
        return None
    weights = pd.to_numeric(groups[WEIGHT_COLUMN], errors="coerce").to_numpy(dtype=np.float64, na_value=np.nan)
    bad = np.flatnonzero(~np.isfinite(weights) | (weights < 0))
    for row in _named_rows(bad):
        problems.append(frame_diagnostic("groups", int(row), group_ids[row], WEIGHT_COLUMN,
                                         "a weight is a finite number >= 0"))
    return weights


def _columns(pack, frame: pd.DataFrame, name: str, entity: str, ids: list[str], missing_columns: str, problems):
    columns: dict[str, _eligo.Column] = {}
    rule_pack = pack._rule_pack
    for spec in rule_pack.inputs:
        if spec["entity"] != entity:
            continue
        field = spec["name"]
        if field in frame.columns:
            series = frame[field]
        elif missing_columns == "unknown":
            series = pd.Series(np.full(len(frame), np.nan))
            series = series.astype(object) if spec["type"] in ("enum", "date") else series
            if spec["type"] == "bool":
                series = pd.Series(pd.array([None] * len(frame), dtype="boolean"))
        else:
            continue  # reported by _check_columns
        try:
            converted = convert(rule_pack, spec, series)
        except WrongDtype as error:
            problems.append(frame_diagnostic(name, None, None, field, str(error)))
            continue
        for row, message in converted.bad:
            problems.append(frame_diagnostic(name, row, ids[row] if row < len(ids) else None, field, message))
        _more(name, field, converted.bad_count, "bad values", problems)
        columns[field] = converted.column
    return columns
