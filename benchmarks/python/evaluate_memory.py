"""Peak memory of evaluating a large DataFrame population from Python.

Measures, with the kernel's peak resident set (VmHWM, reset through /proc/self/clear_refs),
how much memory building the engine's columns from the frames takes, relative to the size
of the input columns: the claim is at most one copy (ratio <= ~1, plus ids and links).

    python benchmarks/python/evaluate_memory.py [persons] [pack]
"""

from __future__ import annotations

import sys
import time

import numpy as np

import eligo
from eligo._frames import build_population


def peak_rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmHWM")


def current_rss_bytes() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("no VmRSS")


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")


def input_bytes(frame) -> int:
    inputs = [c for c in frame.columns if c not in ("id", "role") and not c.endswith("_id")]
    return int(sum(frame[c].array.nbytes if hasattr(frame[c].array, "nbytes") else frame[c].memory_usage(index=False)
                   for c in inputs))


def main(persons_wanted: int = 1_000_000, pack_name: str = "example") -> None:
    pack = eligo.load_pack(pack_name)
    households = max(1, int(persons_wanted / 2.2))
    persons, groups = eligo.sample_population(pack, households, seed=1, unknown_share=0.0)
    size = input_bytes(persons) + input_bytes(groups)
    print(f"{len(persons):,} persons, {len(groups):,} groups; input columns {size / 1e6:.1f} MB")

    baseline = current_rss_bytes()
    reset_peak()
    start = time.perf_counter()
    population = build_population(pack, persons, groups)
    built = time.perf_counter()
    build_peak = peak_rss_bytes() - baseline
    print(f"columns built in {built - start:.2f} s; peak above baseline {build_peak / 1e6:.1f} MB "
          f"= {build_peak / size:.2f} x the input columns (ids and links included)")

    baseline = current_rss_bytes()
    reset_peak()
    start = time.perf_counter()
    results = pack.program.evaluate(population, "2025-06", 0)
    evaluated = time.perf_counter()
    print(f"evaluated on all cores in {evaluated - start:.2f} s "
          f"({len(persons) / (evaluated - start) / 1e6:.2f} M persons/s); "
          f"peak above baseline {(peak_rss_bytes() - baseline) / 1e6:.1f} MB")
    start = time.perf_counter()
    frame = eligo.tidy(results, pack.group_id_column)
    print(f"tidy frame of {len(frame):,} rows in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    main(*(int(a) if a.isdigit() else a for a in sys.argv[1:]))
