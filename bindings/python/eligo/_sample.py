"""A synthetic population drawn from a pack's input schema, for notebooks, demos and
benchmarks: random but plausible values of every input, a few of them left unknown."""

from __future__ import annotations

import numpy as np
import pandas as pd

_DEFAULT_MONEY_MAX = {"EUR/year": 40_000, "EUR/month": 3_500}


def _draw(spec: dict, size: int, rng: np.random.Generator, unknown_share: float) -> pd.Series:
    kind = spec["type"]
    numeric = kind in ("money", "decimal", "integer")
    low = float(spec["minimum"]) if numeric and spec["minimum"] is not None else 0.0
    if kind == "money":
        high = float(spec["maximum"]) if spec["maximum"] is not None else _DEFAULT_MONEY_MAX.get(spec["unit"], 10_000)
        values = pd.Series(np.round(rng.uniform(low, min(high, low + 60_000), size), 2))
    elif kind == "decimal":
        high = float(spec["maximum"]) if spec["maximum"] is not None else 1.0
        values = pd.Series(np.round(rng.uniform(low, high, size), 2))
    elif kind == "integer":
        high = int(float(spec["maximum"])) if spec["maximum"] is not None else 40
        values = pd.Series(rng.integers(int(low), high + 1, size), dtype="Int64")
    elif kind == "bool":
        values = pd.Series(pd.array(rng.random(size) < 0.15, dtype="boolean"))
    elif kind == "date":
        days = rng.integers(-30 * 365, 54 * 365, size)  # born 1940 to 2024
        values = pd.Series(pd.to_datetime(days, unit="D"))
    else:
        values = pd.Series(pd.Categorical.from_codes(rng.integers(0, len(spec["values"]), size),
                                                     categories=spec["values"]))
    if unknown_share > 0:
        values = values.mask(rng.random(size) < unknown_share)
    return values


def sample_population(pack, groups: int = 1000, seed: int = 0, unknown_share: float = 0.02):
    """Returns (persons, groups) DataFrames for `pack` with `groups` households of 1 to 5
    members (a demandeur, often a conjoint, then enfants) and every input of the schema."""
    from ._evaluate import _pack_of

    pack = _pack_of(pack)
    rng = np.random.default_rng(seed)
    roles = pack.entities["roles"]
    sizes = rng.choice([1, 2, 3, 4, 5], size=groups, p=[0.35, 0.3, 0.18, 0.12, 0.05])
    group_ids = np.array([f"g{i}" for i in range(groups)], dtype=object)
    person_group = np.repeat(np.arange(groups), sizes)
    rank = np.arange(len(person_group)) - np.repeat(np.cumsum(sizes) - sizes, sizes)
    has_partner = np.repeat(rng.random(groups) < 0.5, sizes)
    role_index = np.where(rank == 0, 0, np.where((rank == 1) & has_partner, 1, 2))
    role_index = np.minimum(role_index, len(roles) - 1)
    group_frame = pd.DataFrame({"id": group_ids})
    person_frame = pd.DataFrame({"id": [f"p{i}" for i in range(len(person_group))],
                                 pack.group_id_column: group_ids[person_group],
                                 "role": pd.Categorical.from_codes(role_index, categories=roles)})
    for spec in pack._rule_pack.inputs:
        if spec["entity"] == pack.entities["group"]:
            group_frame[spec["name"]] = _draw(spec, groups, rng, unknown_share)
        else:
            person_frame[spec["name"]] = _draw(spec, len(person_frame), rng, unknown_share)
    return person_frame, group_frame
