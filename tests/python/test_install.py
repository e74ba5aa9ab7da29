"""What `pip install .` gives: the package from any directory, the bundled packs, and the
`eligo` command line."""

import shutil
import subprocess
import sys

import pytest

import eligo
from eligo import _cli


def test_import_from_root_finds_bundled_packs():
    shown = subprocess.run([sys.executable, "-c", "import eligo; print(eligo.load_pack('example').id)"],
                           cwd="/", capture_output=True, text=True, check=True).stdout
    assert shown.strip() == "example"


def test_evaluation_runs_in_another_thread():
    """Evaluation runs in a Python thread (without the GIL) while this one keeps running."""
    import threading

    import pandas as pd

    from conftest import DATA

    pack = eligo.load_pack(DATA / "typed_pack")
    size = 200_000
    persons = pd.DataFrame({"id": range(size), "foyer_id": range(size), "role": "demandeur", "heures": 35})
    groups = pd.DataFrame({"id": range(size), "revenu_fiscal_reference": 9000.0})
    population = eligo._frames.build_population(pack, persons, groups, missing_columns="unknown")
    done = threading.Event()
    ticks = 0

    def run():
        for _ in range(5):  # long enough for this thread to be scheduled on a busy machine
            pack.program.evaluate(population, "2025-06")
        done.set()

    worker = threading.Thread(target=run)
    worker.start()
    while not done.is_set():
        ticks += 1
    worker.join()
    assert ticks > 0


@pytest.mark.skipif(not _cli.executable().is_file(), reason="the command line is not built into this install")
def test_command_line_is_installed():
    command = shutil.which("eligo")
    assert command, "pip installs the eligo command"
    shown = subprocess.run([command, "--help"], capture_output=True, text=True, cwd="/")
    assert shown.returncode == 0 and "evaluate" in shown.stdout
