"""The Python path: the same evaluation from pandas DataFrames through `eligo`, against the C++
path (`eligo_bench evaluate`) on the same households, same pack, same month, in the same run.

The CSV files are read into typed DataFrames as an analyst would hold them (not timed):
money and decimals as float64, booleans as pandas' nullable boolean, dates as datetime64,
enumerations as categoricals, ids as strings. Then, median of --runs:
- `eligo.evaluate(...)`: frames to engine columns, evaluation, tidy DataFrame (the whole call);
- its parts: building the population from the frames, the evaluation alone, the tidy frame;
- `eligo_bench evaluate` on the CSV files: the evaluation alone, in C++.
The binding's overhead is the whole call over the C++ evaluation; the evaluation alone from
Python over the C++ one should be about 1 (the same engine, GIL released). Both paths give
the same statuses and amounts, checked here. Prints one JSON object.

  python python_path.py --bench build/benchmarks/eligo_bench --pack rules/fr \
      --groups familles.csv --persons personnes.csv --period 2025-03 [--runs 5] [--threads 1]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

import eligo
from eligo._frames import build_population
from eligo._evaluate import tidy

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def typed_frame(pack, path, entity):
    """A CSV file of the command line as a DataFrame with the dtypes of the pack's inputs."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    specs = {spec["name"]: spec for spec in pack._rule_pack.inputs if spec["entity"] == entity}
    for name, spec in specs.items():
        if name not in frame.columns:
            continue
        text = frame[name].replace("", None)
        kind = spec["type"]
        if kind in ("money", "decimal"):
            frame[name] = pd.to_numeric(text).astype(np.float64)
        elif kind == "integer":
            frame[name] = pd.to_numeric(text).astype("Int64")
        elif kind == "bool":
            frame[name] = text.map({"true": True, "false": False, "1": True, "0": False}).astype("boolean")
        elif kind == "date":
            frame[name] = pd.to_datetime(text)
        else:
            frame[name] = pd.Categorical(text, categories=spec["values"])
    return frame


def median_time(function, runs):
    times, value = [], None
    for _ in range(runs):
        start = time.perf_counter()
        value = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times, value


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bench", default=os.path.join(ROOT, "build", "benchmarks", "eligo_bench"))
    ap.add_argument("--pack", default=os.path.join(ROOT, "rules", "fr"))
    ap.add_argument("--groups", required=True)
    ap.add_argument("--persons", required=True)
    ap.add_argument("--period", default="2025-03")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--threads", type=int, default=1)
    a = ap.parse_args()

    pack = eligo.load_pack(a.pack)
    persons = typed_frame(pack, a.persons, pack.entities["person"])
    groups = typed_frame(pack, a.groups, pack.entities["group"])

    whole_s, whole_all, frame = median_time(
        lambda: eligo.evaluate(pack, persons, groups, a.period, threads=a.threads), a.runs)
    build_s, _, population = median_time(lambda: build_population(pack, persons, groups), a.runs)
    evaluate_s, _, results = median_time(lambda: pack.program.evaluate(population, a.period, a.threads), a.runs)
    tidy_s, _, _ = median_time(lambda: tidy(results, pack.group_id_column), a.runs)

    with tempfile.TemporaryDirectory() as work:
        out = os.path.join(work, "cpp.csv")
        cpp = json.loads(subprocess.run(
            [a.bench, "evaluate", "--pack", a.pack, "--groups", a.groups, "--persons", a.persons, "--period",
             a.period, "--runs", str(a.runs), "--threads", str(a.threads), "--output", out],
            check=True, capture_output=True, text=True).stdout)
        expected = pd.read_csv(out, dtype={"group_id": str, "amount": str}, keep_default_na=False)

    # Same statuses and amounts as the C++ path (its file lists benefit by benefit).
    got = frame.assign(group_id=frame[pack.group_id_column].astype(str), benefit=frame["benefit"].astype(str),
                       status=frame["status"].astype(str))
    merged = got.merge(expected, on=["group_id", "benefit"], suffixes=("", "_cpp"), validate="one_to_one")
    decided = merged["status"] != "undetermined"
    same = (merged["status"] == merged["status_cpp"]) & (
        ~decided | (merged["amount_cents"].fillna(0).astype(np.int64)
                    == (pd.to_numeric(merged["amount_cpp"]) * 100).round().astype(np.int64)))

    print(json.dumps({
        "command": "python_path", "groups": len(groups), "persons": len(persons), "threads": a.threads,
        "rows": len(frame), "runs": a.runs,
        "wall_median_s": whole_s, "wall_s": whole_all,
        "build_median_s": build_s, "evaluate_median_s": evaluate_s, "tidy_median_s": tidy_s,
        "cpp_wall_median_s": cpp["wall_median_s"], "cpp_wall_s": cpp["wall_s"],
        "overhead_ratio": whole_s / cpp["wall_median_s"],
        "evaluate_ratio": evaluate_s / cpp["wall_median_s"],
        "same_results": int(same.sum()), "compared": len(merged),
        "python": sys.version.split()[0], "pandas": pd.__version__,
    }))


if __name__ == "__main__":
    main()
