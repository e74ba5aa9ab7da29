"""Runs every case of the bad-input catalogue through the eligo package and prints, as JSON,
each case's error text (empty when every stage succeeded). Run in a child process by
test_bad_inputs.py, so that a crash or a hang fails the test instead of killing pytest.

Usage: python bad_inputs_runner.py CATALOGUE WORK_FOLDER
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import eligo
from eligo import _eligo

EXAMPLE = "example"


def grow(work: Path) -> None:
    """Pads each file named in grow.txt with comment lines of `#` up to its size."""
    padding = "#" * 1023 + "\n"
    for line in (work / "grow.txt").read_text().splitlines():
        if not line.strip():
            continue
        name, size = line.split()
        path = work / name
        missing = int(size) - path.stat().st_size
        if missing > 0:
            with path.open("a") as out:
                out.write(padding * (missing // len(padding) + 1))


def error_text(error: eligo.EligoError) -> str:
    if error.diagnostics:
        return "".join(d["text"] + "\n" for d in error.diagnostics if d.get("severity", "error") == "error")
    return str(error) + "\n"


def run_case(case: Path, work: Path) -> str | None:
    """The case's error text: a model file through eligo.load_model, else the pack, the data and
    an evaluation."""
    shutil.copytree(case, work)
    if (work / "model.json").exists():
        try:
            eligo.load_model(work / "model.json")
            return ""
        except eligo.EligoError as error:
            return error_text(error)
    if (work / "grow.txt").exists():
        grow(work)
    pack_folder = work / "pack" if (work / "pack").is_dir() else EXAMPLE
    try:
        pack = eligo.load_pack(pack_folder)
        program = pack.program
        if not (work / "foyers.csv").exists():
            return ""
        population = _eligo.read_population_csv(pack._rule_pack, str(work / "foyers.csv"),
                                                str(work / "personnes.csv"))
        if not (work / "period.txt").exists():
            return ""
        program.evaluate(population, (work / "period.txt").read_text().strip())
        return ""
    except eligo.EligoError as error:
        return error_text(error)


def main() -> None:
    catalogue, work = Path(sys.argv[1]), Path(sys.argv[2])
    results = {case.name: run_case(case, work / case.name)
               for case in sorted(catalogue.iterdir()) if case.is_dir()}
    json.dump(results, sys.stdout)


if __name__ == "__main__":
    main()
