"""eligo.load_model reads the model file of `eligo train` (and of the C++ save_model): the
calibrated probability of non-claim, the expected gain from contact and the model card, with
the values the file's trees and coefficients give by hand."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

import eligo

MODEL = Path(__file__).resolve().parents[1] / "fuzz" / "corpus" / "fuzz_model" / "uplift.json"


def sigmoid(x: float) -> float:
    return 1 / (1 + math.exp(-x))


@pytest.fixture
def features():
    return pd.DataFrame({"revenu": [500.0, 2000.0], "age": [20.0, 50.0]}, index=["p1", "p2"])


def test_probability_follows_the_tree_and_platt_calibration(features):
    model = eligo.load_model(MODEL)
    assert model.kind == "boosted_trees"
    assert model.feature_names == ["age", "revenu"]
    probability = model.non_claimant_probability(features)
    # base score 0.1; age 20 <= 30 takes the leaf -0.2; age 50 > 30 and revenu 2000 > 1000
    # take the leaf 0.4; Platt with a = 1, b = 0 is the logistic function.
    assert list(probability.index) == ["p1", "p2"]
    assert probability["p1"] == pytest.approx(sigmoid(-0.1), abs=1e-12)
    assert probability["p2"] == pytest.approx(sigmoid(0.5), abs=1e-12)


def test_expected_gain_is_the_contacted_arm_less_the_control_arm(features):
    model = eligo.load_model(MODEL)
    assert model.has_uplift
    gain = model.expected_gain(features.loc[["p2"]])
    # contacted arm: -0.5 + 0.3 x (50 - 40) / 12 - 0.2 x (0 - 0.1) / 0.3 (revenu is present)
    contacted = sigmoid(-0.5 + 0.3 * 10 / 12 - 0.2 * (0 - 0.1) / 0.3)
    control = sigmoid(0.1 + 0.4)
    assert gain["p2"] == pytest.approx(contacted - control, abs=1e-12)


def test_card_and_round_trip(tmp_path, features):
    model = eligo.load_model(MODEL)
    assert model.card["title"] == "Non-claimants"
    assert model.card["metrics"] == {"auc": 0.8}
    model.save(tmp_path / "copy.json")
    again = eligo.load_model(tmp_path / "copy.json")
    assert again.to_json() == model.to_json()
    assert np.array_equal(again.non_claimant_probability(features).to_numpy(),
                          model.non_claimant_probability(features).to_numpy())


def test_a_missing_file_and_a_model_without_uplift_are_refused(tmp_path, features):
    with pytest.raises(eligo.EligoError, match="nowhere.json"):
        eligo.load_model(tmp_path / "nowhere.json")
    plain = MODEL.with_name("logistic.json")
    model = eligo.load_model(plain)
    assert not model.has_uplift
    with pytest.raises(eligo.EligoError, match="no uplift model"):
        model.expected_gain(features)
