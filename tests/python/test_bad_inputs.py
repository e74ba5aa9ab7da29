"""The bad-input catalogue (tests/bad_inputs) through the eligo package: each case raises
EligoError holding every fragment of its expected.txt (file and line:column, or row:field).
The cases run in one child process with a time limit, so a crash or a hang fails here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

CATALOGUE = Path(__file__).resolve().parents[1] / "bad_inputs"
CASES = sorted(case.name for case in CATALOGUE.iterdir() if case.is_dir())


@pytest.fixture(scope="module")
def errors(tmp_path_factory):
    work = tmp_path_factory.mktemp("bad_inputs")
    child = subprocess.run([sys.executable, str(Path(__file__).parent / "bad_inputs_runner.py"),
                            str(CATALOGUE), str(work)],
                           capture_output=True, text=True, timeout=600)
    assert child.returncode == 0, f"the runner failed ({child.returncode}):\n{child.stderr[-4000:]}"
    return json.loads(child.stdout)


def test_the_catalogue_has_at_least_40_cases():
    assert len(CASES) >= 40


@pytest.mark.parametrize("case", CASES)
def test_bad_input_raises_its_expected_error(errors, case):
    text = errors[case]
    assert text, f"{case}: accepted without error"
    for fragment in (CATALOGUE / case / "expected.txt").read_text().splitlines():
        if fragment:
            assert fragment in text, f"{case}: expected {fragment!r} in:\n{text}"
