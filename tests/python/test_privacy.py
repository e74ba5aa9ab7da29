"""Errors about data name the frame, the row (and its id) and the column, and say what was
expected; they never quote a value, which may be personal (as tests/unit/privacy.cpp for
the C++ readers). Each value below is distinctive and sits in a cell that is wrong, through
every way a column is converted (float, integer, text, factorized and categorical enums),
and through the outreach tables and the estimators' features."""

import numpy as np
import pandas as pd
import pytest

import eligo

PERSONAL_VALUES = ["98765", "locatairz", "1985-02-30", "fils_aine", "987654321", "4.25", "quarante",
                   "2718281828", "chateau_fort", "douze", "beaucoup", "12,34", "cent-sept"]


def error_text(call) -> str:
    with pytest.raises(eligo.EligoError) as raised:
        call()
    text = str(raised.value) + "\n" + repr(raised.value.diagnostics)
    for value in PERSONAL_VALUES:
        assert value not in text, f"{value!r} is quoted in: {text}"
    return str(raised.value)


def test_frame_errors_name_the_place_never_the_value(typed):
    groups = pd.DataFrame({"id": ["f1", "f2", "f3"],
                           "revenu_fiscal_reference": [-98765.43, 98765.417, 1000.0],
                           "statut_occupation_logement": ["locatairz", "locataire", "heberge"]})
    persons = pd.DataFrame({"id": ["p1", "p2", "p3"], "foyer_id": ["f1", "f2", "f3"],
                            "role": ["demandeur", "fils_aine", "demandeur"],
                            "date_naissance": ["1985-02-30", "1990-01-01", None],
                            "handicap": np.array([7, 0, 1], dtype=np.int64),
                            "taux_incapacite": [0.987654321, 4.25, 0.5],
                            "heures": pd.Series(["quarante", 35, 2718281828], dtype=object)})
    message = error_text(lambda: eligo.evaluate(typed, persons, groups, "2025-06"))
    expected = [
        "groups row 0 (id 'f1'), column 'revenu_fiscal_reference': error: value below the minimum 0.00 of "
        "revenu_fiscal_reference",
        "groups row 1 (id 'f2'), column 'revenu_fiscal_reference': error: value is not money",
        "groups row 0 (id 'f1'), column 'statut_occupation_logement': error: not a value of statut_occupation_logement",
        "persons row 1 (id 'p2'), column 'role': error: unknown role; roles are demandeur, conjoint, enfant",
        "persons row 0 (id 'p1'), column 'date_naissance': error: not a valid date for date_naissance",
        "persons row 0 (id 'p1'), column 'handicap': error: value is not a boolean",
        "persons row 0 (id 'p1'), column 'taux_incapacite': error: value is not a decimal",
        "persons row 1 (id 'p2'), column 'taux_incapacite': error: value above the maximum 1.000000 of taux_incapacite",
        "persons row 0 (id 'p1'), column 'heures': error: not a whole number for heures",
    ]
    for line in expected:
        assert line in message, f"{line!r} is not in: {message}"


def test_categorical_and_integer_errors_never_quote_the_value(typed):
    groups = pd.DataFrame({"id": ["f1", "f2"],
                           "revenu_fiscal_reference": np.array([98765_0000_0000_0000, 10], dtype=np.int64),
                           "statut_occupation_logement": pd.Categorical(["chateau_fort", "heberge"])})
    persons = pd.DataFrame({"id": ["p1", "p2"], "foyer_id": ["f1", "f2"], "role": "demandeur"})
    message = error_text(lambda: eligo.evaluate(typed, persons, groups, "2025-06", missing_columns="unknown"))
    assert ("groups row 0 (id 'f1'), column 'revenu_fiscal_reference': error: value too large for "
            "revenu_fiscal_reference") in message
    assert "groups row 0 (id 'f1'), column 'statut_occupation_logement': error: not a value of" in message


def test_outreach_table_errors_never_quote_the_value(example):
    candidates = pd.DataFrame({"person_id": ["P1"], "benefit": ["aide_energie"], "expected_gain": [0.5],
                               "amount": [10.0]})
    profiles = pd.DataFrame({"person_id": ["P1"], "age": ["quarante"]})
    assert error_text(lambda: eligo.plan_outreach(example, candidates, profiles, {"letter": 1})) == (
        "profiles row 0, column 'age': expected a whole number >= 0")
    profiles = pd.DataFrame({"person_id": ["P1"]})
    candidates["expected_gain"] = ["beaucoup"]
    assert error_text(lambda: eligo.plan_outreach(example, candidates, profiles, {"letter": 1})) == (
        "candidates row 0, column 'expected_gain': expected a number")
    candidates["expected_gain"] = [0.5]
    candidates["amount"] = ["12,34"]
    assert error_text(lambda: eligo.plan_outreach(example, candidates, profiles, {"letter": 1})) == (
        "candidates row 0, column 'amount': expected euros with at most two decimals")


def test_feature_errors_never_quote_the_value():
    pytest.importorskip("sklearn")
    from eligo.estimators import LogisticRanker

    features = pd.DataFrame({"age": [30, 40, 50], "salaire": ["1200", "douze", "1500"]})
    assert error_text(lambda: LogisticRanker().fit(features, [0, 1, 0])) == (
        "features column 'salaire', row 1: expected a number (missing values are NaN or None)")
    array = np.array([[1.0, 2.0], [3.0, "cent-sept"]], dtype=object)
    assert error_text(lambda: LogisticRanker().fit(array, [0, 1])) == (
        "features column 'x1', row 1: expected a number (missing values are NaN or None)")
