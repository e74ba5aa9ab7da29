"""Evaluation from pandas, checked against the expected results written in the example
pack's own test cases (statuses, amounts to the cent, failed conditions, missing inputs)."""

from decimal import Decimal

import numpy as np
import pandas as pd
import pytest

import eligo
from conftest import case_frames, cases_of_period


def expectations(pack):
    for case in pack.tests:
        for expected in case["expect"]:
            yield case, expected


def test_every_case_of_the_example_pack(example):
    assert example.tests, "the example pack has test cases"
    checked = 0
    for case, expected in expectations(example):
        persons, groups = case_frames(example, case)
        results = eligo.evaluate(example, persons, groups, case["period"], missing_columns="unknown")
        row = results[results["benefit"] == expected["benefit"]].iloc[0]
        where = f"{case['name']} / {expected['benefit']}"
        if expected["status"] is not None:
            assert row["status"] == expected["status"], where
        if expected["amount"] is not None:
            assert row["amount"] == Decimal(expected["amount"]), where
            assert row["amount_cents"] == int(Decimal(expected["amount"]) * 100), where
        if expected["failed"] is not None:
            assert sorted(row["failed_conditions"]) == sorted(expected["failed"]), where
        if expected["missing"] is not None:
            assert sorted(row["missing_inputs"]) == sorted(expected["missing"]), where
        checked += 1
    assert checked > 0


def test_all_cases_of_a_period_in_one_frame_give_the_same_results(example):
    for period, cases in cases_of_period(example).items():
        pairs = [case_frames(example, case) for case in cases]
        persons = pd.concat([p for p, _ in pairs], ignore_index=True)
        groups = pd.concat([g for _, g in pairs], ignore_index=True)
        together = eligo.evaluate(example, persons, groups, period, missing_columns="unknown", threads=2)
        one_by_one = pd.concat([eligo.evaluate(example, p, g, period, missing_columns="unknown") for p, g in pairs],
                               ignore_index=True)
        pd.testing.assert_frame_equal(together, one_by_one, check_categorical=False)


def test_tidy_frame_columns_and_types(example):
    case = example.tests[0]
    persons, groups = case_frames(example, case)
    results = eligo.evaluate(example, persons, groups, case["period"], missing_columns="unknown")
    assert list(results.columns) == [example.group_id_column, "benefit", "status", "amount", "amount_cents",
                                     "amount_period", "failed_conditions", "missing_inputs"]
    # Each row says what its amount is per, as the pack declares the benefit: the energy
    # allowance is yearly, the two others monthly.
    assert isinstance(results["amount_period"].dtype, pd.CategoricalDtype)
    assert dict(zip(results["benefit"], results["amount_period"])) == {
        "aide_energie": "year", "aide_logement_simple": "month", "allocation_enfants": "month"}
    assert isinstance(results["status"].dtype, pd.CategoricalDtype)
    assert list(results["status"].cat.categories) == list(eligo.STATUSES)
    assert str(results["amount_cents"].dtype) == "Int64"
    assert len(results) == len(example.benefits)
    for amount, status in zip(results["amount"], results["status"]):
        if status == "undetermined":
            assert amount is None
        else:
            assert isinstance(amount, Decimal) and amount.as_tuple().exponent == -2
    assert all(isinstance(v, tuple) for v in results["failed_conditions"])
    assert all(isinstance(v, tuple) for v in results["missing_inputs"])


def test_wide_view_has_one_row_per_group(example):
    for period, cases in cases_of_period(example).items():
        pairs = [case_frames(example, case) for case in cases]
        persons = pd.concat([p for p, _ in pairs], ignore_index=True)
        groups = pd.concat([g for _, g in pairs], ignore_index=True)
        results = eligo.evaluate(example, persons, groups, period, missing_columns="unknown")
        wide = results.eligo.wide()
        assert list(wide.index) == list(groups["id"])
        first = example.benefits["id"][0]
        assert (first, "status") in wide.columns and (first, "amount") in wide.columns
        tidy_first = results[results["benefit"] == first].set_index(example.group_id_column)
        assert list(wide[(first, "status")]) == list(tidy_first["status"])


def test_unknown_is_never_zero(typed):
    """NaN, None and pd.NA leave an input unknown: a benefit depending on it is undetermined."""
    persons = pd.DataFrame({"id": ["a", "b", "c"], "foyer_id": ["1", "2", "3"], "role": "demandeur",
                            "date_naissance": pd.to_datetime(["1980-01-01"] * 3), "handicap": False,
                            "taux_incapacite": 0.0, "heures": 35})
    for missing in (np.nan, None, pd.NA):
        groups = pd.DataFrame({"id": ["1", "2", "3"],
                               "revenu_fiscal_reference": pd.array([1000.0, missing, 20000.0], dtype=object),
                               "statut_occupation_logement": "locataire"})
        results = eligo.evaluate(typed, persons, groups, "2025-06")
        statuses = list(results["status"])
        assert statuses[1] == "undetermined", missing
        assert results["missing_inputs"][1] == ("revenu_fiscal_reference",)
        assert pd.isna(results["amount_cents"][1])


def test_overrides_change_a_parameter_for_one_evaluation(typed):
    persons = pd.DataFrame({"id": ["a"], "foyer_id": ["1"], "role": "demandeur",
                            "date_naissance": pd.to_datetime(["1980-01-01"]), "handicap": False,
                            "taux_incapacite": 0.0, "heures": 35})
    groups = pd.DataFrame({"id": ["1"], "revenu_fiscal_reference": [9000.0], "statut_occupation_logement": "locataire"})
    before = eligo.evaluate(typed, persons, groups, "2025-06")
    parameter = typed.parameters["name"][0]
    after = eligo.evaluate(typed, persons, groups, "2025-06", overrides={parameter: Decimal("5000.00")})
    assert before["status"][0] == "eligible"
    assert after["status"][0] == "not_eligible"
    assert after["failed_conditions"][0] == ("ressources",)


def test_bad_period_is_an_eligo_error(typed):
    persons = pd.DataFrame({"id": ["a"], "foyer_id": ["1"], "role": "demandeur"})
    groups = pd.DataFrame({"id": ["1"]})
    with pytest.raises(eligo.EligoError, match="2025-13"):
        eligo.evaluate(typed, persons, groups, "2025-13", missing_columns="unknown")


def test_trace_lists_values_and_parameters(example):
    case = example.tests[0]
    persons, groups = case_frames(example, case)
    trace = eligo.trace(example, persons, groups, case["period"], groups["id"][0], missing_columns="unknown")
    assert trace["group_id"] == groups["id"][0]
    assert {"name", "kind", "value", "reference"} <= set(trace["values"].columns)
    assert len(trace["values"]) > 0
    assert {"name", "value", "start", "reference"} <= set(trace["parameters"].columns)


def test_a_parameter_read_past_its_last_check_warns_once_and_lists_each(example):
    """The example pack's parameters were last checked on 2026-11-01: an evaluation of 2027-01
    goes on, says so in one EligoWarning, and lists each parameter in frame.attrs."""
    case = next(c for c in example.tests if c["name"] == "one person under the ceiling")
    persons, groups = case_frames(example, case)
    with pytest.warns(eligo.EligoWarning, match=r"warnings? from the evaluation") as caught:
        results = eligo.evaluate(example, persons, groups, "2027-01", missing_columns="unknown")
    assert len([w for w in caught if issubclass(w.category, eligo.EligoWarning)]) == 1
    lines = results.attrs["warnings"]
    assert lines and all(": warning: " in line and "2026-11-01" in line for line in lines)
    assert any("energie.plafond_par_unite" in line for line in lines)


def test_an_evaluation_within_the_checked_dates_warns_nothing(example):
    case = next(c for c in example.tests if c["name"] == "one person under the ceiling")
    persons, groups = case_frames(example, case)
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error", eligo.EligoWarning)
        results = eligo.evaluate(example, persons, groups, "2025-06", missing_columns="unknown")
    assert results.attrs["warnings"] == []


def test_batches_default_to_the_librarys_and_never_change_the_results():
    """The binding takes the C++ library's batch size when none is given, and any batch size
    (here 7 groups, the last batch shorter) gives the same frame."""
    pack = eligo.load_pack("fr")
    assert pack.program.default_batch_groups == 256
    persons, groups = eligo.sample_population(pack, 300, seed=4, unknown_share=0.02)
    default = eligo.evaluate(pack, persons, groups, "2025-06")
    small = eligo.evaluate(pack, persons, groups, "2025-06", batch_groups=7)
    pd.testing.assert_frame_equal(default, small)
    assert (default["status"] == "eligible").sum() > 0
