"""Packs pickle by value: a process without the pack's files gets the same pack."""

import pickle
import shutil
import subprocess
import sys

import pandas as pd

import eligo
from conftest import case_frames


def test_pack_round_trips_and_evaluates_the_same(example):
    again = pickle.loads(pickle.dumps(example))
    assert again.id == example.id and list(again.benefits["id"]) == list(example.benefits["id"])
    case = example.tests[0]
    persons, groups = case_frames(example, case)
    pd.testing.assert_frame_equal(
        eligo.evaluate(again, persons, groups, case["period"], missing_columns="unknown"),
        eligo.evaluate(example, persons, groups, case["period"], missing_columns="unknown"))


def test_pack_unpickles_where_its_folder_no_longer_exists(example, tmp_path):
    copy = tmp_path / "example_copy"
    shutil.copytree(example.root, copy)
    pack = eligo.load_pack(copy)
    payload = tmp_path / "pack.pickle"
    payload.write_bytes(pickle.dumps(pack))
    shutil.rmtree(copy)
    script = ("import pickle, sys; pack = pickle.load(open(sys.argv[1], 'rb')); "
              "print(pack.id, len(pack.benefits), pack.program is not None)")
    shown = subprocess.run([sys.executable, "-c", script, str(payload)], cwd="/", capture_output=True, text=True,
                           check=True).stdout
    assert shown.split() == [example.id, str(len(example.benefits)), "True"]
