"""Shared fixtures: the bundled example pack, a small pack with one input of each type, and
frames built from the example pack's own test cases (so expected values come from the
pack, to the cent)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

import eligo

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="session")
def example():
    return eligo.load_pack("example")


@pytest.fixture(scope="session")
def typed():
    return eligo.load_pack(DATA / "typed_pack")


def case_frames(pack: eligo.Pack, case: dict) -> tuple[pd.DataFrame, pd.DataFrame]:
    """The persons and groups frames of one test case of a pack, values as written (text)."""
    group_id = "g-" + case["name"]
    groups = pd.DataFrame([{"id": group_id, **case["group"]}], dtype=object)
    persons = pd.DataFrame([{"id": f"{group_id}-{i}", pack.group_id_column: group_id, **member}
                            for i, member in enumerate(case["members"])], dtype=object)
    return persons, groups


def cases_frames(pack: eligo.Pack) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Every test case of the pack as one group each, in two frames."""
    pairs = [case_frames(pack, case) for case in pack.tests]
    return (pd.concat([p for p, _ in pairs], ignore_index=True),
            pd.concat([g for _, g in pairs], ignore_index=True))


def cases_of_period(pack: eligo.Pack) -> dict[str, list[dict]]:
    by_period: dict[str, list[dict]] = {}
    for case in pack.tests:
        by_period.setdefault(case["period"], []).append(case)
    return by_period
