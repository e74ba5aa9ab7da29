"""The same population evaluated from Python (DataFrames) and by `eligo evaluate` (CSV files)
gives identical results: statuses, amounts to the cent, failed conditions, missing inputs."""

import json
import subprocess

import numpy as np
import pandas as pd
import pytest

import eligo
from eligo import _cli

pytestmark = pytest.mark.skipif(not _cli.executable().is_file(), reason="the command line is not built in")


def as_csv_frame(pack: eligo.Pack, frame: pd.DataFrame) -> pd.DataFrame:
    """The frame written in the pack's notation, as the CSV reader expects it."""
    out = frame.copy()
    for spec in pack._rule_pack.inputs:
        name = spec["name"]
        if name not in out.columns:
            continue
        column = out[name]
        if spec["type"] == "money":
            text = column.map(lambda v: "" if pd.isna(v) else f"{v:.2f}")
        elif spec["type"] == "decimal":
            text = column.map(lambda v: "" if pd.isna(v) else repr(float(v)))
        elif spec["type"] == "bool":
            text = column.map(lambda v: "" if pd.isna(v) else ("true" if v else "false"))
        elif spec["type"] == "date":
            text = column.dt.strftime("%Y-%m-%d")
        else:
            text = column.astype(object).map(lambda v: "" if pd.isna(v) else str(v))
        out[name] = text.fillna("")
    return out


@pytest.mark.parametrize("pack_name", ["example", "fr"])
def test_python_and_command_line_agree(pack_name, tmp_path):
    if pack_name not in eligo.bundled_packs():
        pytest.skip(f"pack {pack_name} is not bundled")
    pack = eligo.load_pack(pack_name)
    persons, groups = eligo.sample_population(pack, groups=300, seed=3, unknown_share=0.05)
    as_csv_frame(pack, persons).to_csv(tmp_path / "persons.csv", index=False)
    as_csv_frame(pack, groups).to_csv(tmp_path / "groups.csv", index=False)

    from_python = eligo.evaluate(pack, persons, groups, "2025-06")
    shown = subprocess.run([str(_cli.executable()), "evaluate", str(pack.root), "--period", "2025-06",
                            "--groups", str(tmp_path / "groups.csv"), "--persons", str(tmp_path / "persons.csv"),
                            "--format", "json"], capture_output=True, text=True, cwd="/")
    assert shown.returncode == 0, shown.stderr
    from_cli = pd.DataFrame(json.loads(shown.stdout)["results"])

    assert len(from_cli) == len(from_python)
    assert list(from_cli["group_id"]) == list(from_python[pack.group_id_column])
    assert list(from_cli["benefit"]) == list(from_python["benefit"].astype(str))
    assert list(from_cli["status"]) == list(from_python["status"].astype(str))
    python_amounts = [None if a is None else str(a) for a in from_python["amount"]]
    cli_amounts = [None if pd.isna(a) or a == "" else a for a in from_cli["amount"]]
    assert cli_amounts == python_amounts
    assert list(from_cli["amount_period"]) == list(from_python["amount_period"].astype(str))
    assert list(map(sorted, from_cli["failed_conditions"])) == list(map(sorted, from_python["failed_conditions"]))
    assert list(map(sorted, from_cli["missing_inputs"])) == list(map(sorted, from_python["missing_inputs"]))
    assert np.all(from_python["status"].notna())
