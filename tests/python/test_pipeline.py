"""The chain from Python: synthesize -> detect -> train -> rank -> plan, each a DataFrame in and
out; the contact list is the one `eligo rank` writes from the same files, and the plan takes it
as it is, with an undetermined right's amount unknown and no gain of 0 or less first."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pandas as pd
import pytest

import eligo
from eligo import _cli

PERIOD = "2026-05"

pytestmark = pytest.mark.skipif("fr" not in eligo.bundled_packs(), reason="the French pack is not bundled")


@pytest.fixture(scope="module")
def fr():
    return eligo.load_pack("fr")


@pytest.fixture(scope="module")
def today(fr, tmp_path_factory):
    folder = tmp_path_factory.mktemp("today")
    return eligo.synthesize(fr, households=800, seed=6, period=PERIOD, folder=folder), folder


@pytest.fixture(scope="module")
def model(fr, tmp_path_factory):
    past = eligo.synthesize(fr, households=800, seed=5, period=PERIOD)
    detection = eligo.detect(fr, past.persons, past.groups, past.receipts, PERIOD, accessibility=past.accessibility)
    trained = eligo.train(detection, past.campaign, seed=3)
    path = tmp_path_factory.mktemp("model") / "model.json"
    trained.save(path)
    return trained, path


@pytest.fixture(scope="module")
def detection(fr, today):
    synthetic, _ = today
    return eligo.detect(fr, synthetic.persons, synthetic.groups, synthetic.receipts, PERIOD,
                        accessibility=synthetic.accessibility)


@pytest.fixture(scope="module")
def ranked(detection, model):
    return eligo.rank(detection, model[0], capacity=50)


def test_synthesize_is_the_same_for_the_same_seed(fr, today):
    synthetic, folder = today
    assert len(synthetic.groups) == 800
    assert list(synthetic.groups.columns[:1]) == ["id"]
    again = eligo.synthesize(fr, households=800, seed=6, period=PERIOD, threads=2)
    pd.testing.assert_frame_equal(again.persons, synthetic.persons)
    pd.testing.assert_frame_equal(again.receipts, synthetic.receipts)
    other = eligo.synthesize(fr, households=800, seed=7, period=PERIOD)
    assert not other.persons.equals(synthetic.persons)
    # The files are those `eligo synth` writes, kept in the folder given.
    assert (folder / "famille.csv").is_file() and (folder / "accessibility.csv").is_file()
    assert set(synthetic.accessibility.columns) >= {"person_id", "digital_access", "travel_minutes_france_services"}


def test_detect_keeps_unknown_amounts_unknown(detection):
    candidates = detection.candidates
    assert len(candidates) == len(detection) > 0
    undetermined = candidates[candidates["status"] == "undetermined"]
    eligible = candidates[candidates["status"] == "eligible"]
    assert len(undetermined) > 0 and len(eligible) > 0
    assert undetermined["monthly_amount"].map(lambda a: a is None).all()
    assert undetermined["missing_inputs"].map(len).gt(0).all()  # each says what would decide it
    assert eligible["monthly_amount"].map(lambda a: isinstance(a, Decimal) and a >= 0).all()


def test_rank_orders_every_candidate_by_expected_gain(detection, ranked, model):
    assert model[0].has_uplift
    assert len(ranked) == len(detection)
    assert list(ranked["rank"]) == list(range(1, len(ranked) + 1))
    gains = ranked["expected_gain"].tolist()
    assert gains == sorted(gains, reverse=True)
    assert ranked["within_capacity"].sum() == 50
    assert ranked["non_claimant_probability"].between(0, 1).all()
    assert ranked.loc[ranked["status"] == "undetermined", "monthly_amount"].map(lambda a: a is None).all()
    assert ranked["reason_1"].notna().all()


@pytest.mark.skipif(not _cli.executable().is_file(), reason="the command line is not built in")
def test_rank_is_the_list_of_the_command_line(fr, today, model, ranked, tmp_path):
    _, folder = today
    output = tmp_path / "ranked.csv"
    shown = subprocess.run([str(_cli.executable()), "rank", "--pack", "fr", "--data", str(folder), "--period", PERIOD,
                            "--model", str(model[1]), "--output", str(output), "--capacity", "50"],
                           capture_output=True, text=True)
    assert shown.returncode == 0, shown.stderr
    from_cli = pd.read_csv(output, dtype=str, keep_default_na=False)
    assert list(from_cli["person_id"]) == list(ranked["person_id"])
    assert list(from_cli["benefit"]) == list(ranked["benefit"])
    assert list(from_cli["monthly_amount"]) == ["" if a is None else str(a) for a in ranked["monthly_amount"]]
    assert list(from_cli["expected_gain"]) == [f"{g:.6f}" for g in ranked["expected_gain"]]


def test_plan_takes_the_ranked_list_as_it_is(fr, today, ranked):
    synthetic, _ = today
    gains = ranked.groupby("person_id")["expected_gain"].sum()
    people, positive = len(gains), int((gains > 0).sum())
    undetermined = int((ranked["status"] == "undetermined").sum())
    assert 0 < positive < people  # the list has both, so the tiers below mean something

    everyone = eligo.plan(fr, ranked, synthetic.accessibility, {channel: None for channel in eligo._outreach.CHANNELS})
    lines = everyone.lines()
    assert len(lines) == people and everyone.not_contacted == []
    assert list(lines["tier"]) == ["positive_gain"] * positive + ["no_gain"] * (people - positive)
    assert lines["unknown_amounts"].sum() == undetermined
    known = sum(a for a in ranked["monthly_amount"] if a is not None)
    assert lines["known_amount"].sum() == known  # to the cent

    letters = positive // 2
    short = eligo.plan(fr, ranked, synthetic.accessibility, {"letter": letters}, objective="euros")
    assert len(short.lines()) == letters
    assert set(short.lines()["tier"]) == {"positive_gain"}
    assert short.expected_rights > 0
