"""Evaluating from pandas holds at most one copy of the input columns, and the results frame
makes no Python object per row: the peak resident set of a separate process (the memory
benchmark, benchmarks/python/evaluate_memory.py, at 200,000 persons) against its inputs.

RSS, not tracemalloc: the copies that matter are the engine's C++ columns and results, which
tracemalloc does not see. A process of its own, so nothing else moves its peak."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "python" / "evaluate_memory.py"
PERSONS = 200_000


def _peak_resettable() -> bool:
    try:
        with open("/proc/self/clear_refs", "w") as clear:
            clear.write("5")
        return True
    except OSError:
        return False


@pytest.fixture(scope="module")
def measured():
    if not _peak_resettable():
        pytest.skip("the peak resident set cannot be reset here (/proc/self/clear_refs)")
    out = subprocess.run([sys.executable, str(BENCHMARK), "--persons", str(PERSONS), "--threads", "1", "--json"],
                         check=True, capture_output=True, text=True, cwd=os.path.dirname(BENCHMARK),
                         timeout=600).stdout
    return json.loads(out)


def test_evaluation_needs_at_most_one_copy_of_the_input_columns(measured):
    assert measured["persons"] >= PERSONS * 0.95
    # Working memory: the peak during eligo.evaluate minus the results frame it returns.
    # The engine borrows int64, boolean and categorical buffers and stores the rest narrowly,
    # so the copies come to well under one; 0.9 leaves room for allocator noise.
    assert measured["working_bytes"] <= 0.9 * measured["input_and_id_bytes"], measured


def test_the_results_frame_makes_no_python_object_per_row(measured):
    # Per row: the group id, amount, failed conditions and missing inputs pointers (8 bytes
    # each, to shared objects), benefit and status codes (1 each), amount in cents (8 + 1).
    # One list or Decimal per row would add 56 bytes or more.
    per_row = measured["kept_bytes"] / measured["rows"]
    assert per_row <= 60, measured
