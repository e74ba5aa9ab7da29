"""Peak memory of `eligo.evaluate` on a large DataFrame population, against its input columns.

The claim: evaluating from Python holds at most one copy of the input columns. Measured with
the kernel's peak resident set of this process (VmHWM, reset through /proc/self/clear_refs),
which sees every allocation, C++ and numpy alike:

- input columns: the bytes of the frames' columns that eligo reads (ids, group link, role and
  every input), as pandas holds them;
- peak: the highest resident set during `eligo.evaluate(...)`, above the resident set before;
- kept: the resident set after the call (freed heap given back with malloc_trim), above the
  one before: the results frame returned;
- working: peak minus kept, what the call needed beyond its result (engine columns, ids,
  links, the engine's results with their lists of missing inputs, temporaries);
- the engine's copy: the resident set held by the population built from the frames alone
  (columns, ids, links): copy / input columns is the number of copies of the inputs.

    python benchmarks/python/evaluate_memory.py [--persons 1000000] [--pack fr] [--json]
"""

from __future__ import annotations

import argparse
import ctypes
import gc
import json
import os
import time

# pyarrow (pandas' string columns) keeps freed memory in its own pool unless it allocates
# with malloc, which malloc_trim can then give back: without this, "kept" would include it.
os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")

import eligo  # noqa: E402
from eligo._frames import build_population  # noqa: E402


def _status_bytes(field: str) -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1]) * 1024
    raise RuntimeError(f"no {field} in /proc/self/status")


def release_free_memory() -> None:
    """Gives freed heap pages back to the kernel, so that the resident set after a call is
    what is still in use (glibc keeps freed memory otherwise)."""
    try:
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass


def reset_peak() -> None:
    with open("/proc/self/clear_refs", "w") as clear:
        clear.write("5")


def column_bytes(frame, columns) -> int:
    usage = frame[list(columns)].memory_usage(index=False, deep=True)
    return int(usage.sum())


def measure(persons_wanted: int, pack_name: str, unknown_share: float, threads: int) -> dict:
    pack = eligo.load_pack(pack_name)
    households = max(1, round(persons_wanted / 2.2))
    persons, groups = eligo.sample_population(pack, households, seed=1, unknown_share=unknown_share)
    link = pack.group_id_column
    person_inputs = [c for c in persons.columns if c not in ("id", link, "role")]
    group_inputs = [c for c in groups.columns if c != "id"]
    inputs = column_bytes(persons, person_inputs) + column_bytes(groups, group_inputs)
    ids = column_bytes(persons, ["id", link, "role"]) + column_bytes(groups, ["id"])
    eligo.evaluate(pack, persons.head(100), groups[groups["id"].isin(persons[link].head(100))], "2025-06")

    gc.collect()
    release_free_memory()
    before = _status_bytes("VmRSS")
    reset_peak()
    start = time.perf_counter()
    result = eligo.evaluate(pack, persons, groups, "2025-06", threads=threads)
    seconds = time.perf_counter() - start
    peak = _status_bytes("VmHWM") - before
    release_free_memory()
    kept = _status_bytes("VmRSS") - before
    frame_bytes = int(result.memory_usage(index=False, deep=False).sum())
    rows = len(result)
    working = peak - kept
    del result

    # The engine's copy of the inputs alone: the population, still held after it is built.
    gc.collect()
    release_free_memory()
    before = _status_bytes("VmRSS")
    reset_peak()
    population = build_population(pack, persons, groups)
    build_peak = _status_bytes("VmHWM") - before
    release_free_memory()
    copy = _status_bytes("VmRSS") - before
    del population
    return {
        "pack": pack_name, "persons": len(persons), "groups": len(groups), "rows": rows,
        "threads": threads, "unknown_share": unknown_share, "seconds": seconds,
        "input_bytes": inputs, "id_bytes": ids, "input_and_id_bytes": inputs + ids,
        "peak_bytes": peak, "kept_bytes": kept, "working_bytes": working,
        "result_frame_bytes": frame_bytes, "copy_bytes": copy, "build_peak_bytes": build_peak,
        "copy_ratio": copy / (inputs + ids),
        "peak_ratio": peak / (inputs + ids), "working_ratio": working / (inputs + ids),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--persons", type=int, default=1_000_000)
    ap.add_argument("--pack", default="fr")
    ap.add_argument("--unknown-share", type=float, default=0.02)
    ap.add_argument("--threads", type=int, default=0)
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    a = ap.parse_args()
    m = measure(a.persons, a.pack, a.unknown_share, a.threads)
    if a.json:
        print(json.dumps(m))
        return
    mb = 1e6
    print(f"{m['persons']:,} persons, {m['groups']:,} groups, pack {m['pack']}: "
          f"{m['rows']:,} result rows in {m['seconds']:.2f} s")
    print(f"input columns      {m['input_bytes'] / mb:8.1f} MB (+ ids, links, roles {m['id_bytes'] / mb:.1f} MB "
          f"= {m['input_and_id_bytes'] / mb:.1f} MB)")
    print(f"peak above before  {m['peak_bytes'] / mb:8.1f} MB = {m['peak_ratio']:.2f} x the input columns")
    print(f"kept (the result)  {m['kept_bytes'] / mb:8.1f} MB "
          f"(its columns {m['result_frame_bytes'] / mb:.1f} MB, {m['kept_bytes'] / m['rows']:.0f} bytes a row)")
    print(f"working            {m['working_bytes'] / mb:8.1f} MB = {m['working_ratio']:.2f} x the input columns "
          f"(peak minus the result: the engine's copy, its results, temporaries)")
    print(f"the engine's copy  {m['copy_bytes'] / mb:8.1f} MB = {m['copy_ratio']:.2f} x the input columns "
          f"(the population alone: columns, ids, links; peak while building {m['build_peak_bytes'] / mb:.1f} MB)")


if __name__ == "__main__":
    main()
