"""A bad DataFrame raises one EligoError naming each problem, its frame, row, id and column."""

import pandas as pd
import pytest

import eligo


def good_frames():
    persons = pd.DataFrame({"id": ["p1", "p2", "p3"], "foyer_id": ["f1", "f1", "f2"],
                            "role": ["demandeur", "enfant", "demandeur"],
                            "date_naissance": pd.to_datetime(["1980-01-01", "2015-06-01", "1990-03-04"]),
                            "handicap": [False, False, True], "taux_incapacite": [0.0, 0.0, 0.5],
                            "heures": [35, 0, 20]})
    groups = pd.DataFrame({"id": ["f1", "f2"], "revenu_fiscal_reference": [9000.0, 15000.5],
                           "statut_occupation_logement": ["locataire", "heberge"]})
    return persons, groups


def problems_of(typed, persons, groups):
    with pytest.raises(eligo.EligoError) as raised:
        eligo.evaluate(typed, persons, groups, "2025-06")
    return str(raised.value), raised.value.diagnostics


def test_good_frames_evaluate(typed):
    persons, groups = good_frames()
    assert len(eligo.evaluate(typed, persons, groups, "2025-06")) == 2 * len(typed.benefits)


def test_unknown_column_is_named_with_a_suggestion(typed):
    persons, groups = good_frames()
    groups["revenu_fiscal_referenc"] = 1.0
    message, diagnostics = problems_of(typed, persons, groups)
    assert "unknown column 'revenu_fiscal_referenc'" in message
    assert "did you mean 'revenu_fiscal_reference'" in message
    assert diagnostics[0]["frame"] == "groups" and diagnostics[0]["field"] == "revenu_fiscal_referenc"


def test_input_of_the_other_entity_is_named(typed):
    persons, groups = good_frames()
    groups["heures"] = 3
    message, _ = problems_of(typed, persons, groups)
    assert "'heures'" in message and "personne" in message


def test_wrong_dtype_names_the_column(typed):
    persons, groups = good_frames()
    groups["revenu_fiscal_reference"] = pd.to_datetime(["2024-01-01", "2024-01-02"])
    message, diagnostics = problems_of(typed, persons, groups)
    assert "column 'revenu_fiscal_reference'" in message and "datetime64" in message
    assert diagnostics[0]["field"] == "revenu_fiscal_reference"


def test_bad_value_names_column_row_and_id(typed):
    persons, groups = good_frames()
    groups["revenu_fiscal_reference"] = [9000.0, 12.345]
    message, diagnostics = problems_of(typed, persons, groups)
    assert ("groups row 1 (id 'f2'), column 'revenu_fiscal_reference': error: "
            "value is not money (euros, at most 2 decimals)") in message
    assert "12.345" not in message  # what was expected, never the value
    assert diagnostics[0]["row"] == 1 and diagnostics[0]["id"] == "f2"


def test_text_that_is_not_money_names_column_and_row(typed):
    persons, groups = good_frames()
    groups["revenu_fiscal_reference"] = ["9000", "beaucoup"]
    message, _ = problems_of(typed, persons, groups)
    assert ("groups row 1 (id 'f2'), column 'revenu_fiscal_reference': error: "
            "not an amount in euros with at most 2 decimals for revenu_fiscal_reference") in message
    assert "beaucoup" not in message


def test_duplicate_ids_are_named(typed):
    persons, groups = good_frames()
    persons.loc[2, "id"] = "p1"
    message, diagnostics = problems_of(typed, persons, groups)
    assert "persons row 2 (id 'p1'), column 'id': error: duplicate id (first at row 0)" in message
    assert diagnostics[0]["row"] == 2


def test_orphan_persons_are_named(typed):
    persons, groups = good_frames()
    persons.loc[1, "foyer_id"] = "f9"
    message, _ = problems_of(typed, persons, groups)
    assert "persons row 1 (id 'p2'), column 'foyer_id'" in message and "'f9'" in message and "orphan" in message


def test_group_without_members_is_named(typed):
    persons, groups = good_frames()
    persons.loc[2, "foyer_id"] = "f1"
    message, _ = problems_of(typed, persons, groups)
    assert "groups row 1 (id 'f2')" in message and "no member" in message


def test_unknown_enum_value_and_role_are_named(typed):
    persons, groups = good_frames()
    groups["statut_occupation_logement"] = ["locataire", "chateau"]
    persons.loc[0, "role"] = "roi"
    message, _ = problems_of(typed, persons, groups)
    assert ("groups row 1 (id 'f2'), column 'statut_occupation_logement': error: not a value of "
            "statut_occupation_logement; allowed values: locataire, proprietaire, heberge") in message
    assert ("persons row 0 (id 'p1'), column 'role': error: unknown role; roles are demandeur, conjoint, enfant"
            in message)
    assert "chateau" not in message and "roi" not in message


def test_missing_column_is_an_error_unless_asked_unknown(typed):
    persons, groups = good_frames()
    groups = groups.drop(columns=["statut_occupation_logement"])
    message, _ = problems_of(typed, persons, groups)
    assert "missing columns statut_occupation_logement" in message
    results = eligo.evaluate(typed, persons, groups, "2025-06", missing_columns="unknown")
    assert len(results) == 2 * len(typed.benefits)


def test_every_problem_is_reported_at_once(typed):
    persons, groups = good_frames()
    groups["extra"] = 1
    persons.loc[1, "foyer_id"] = "f9"
    groups["revenu_fiscal_reference"] = [-5.0, 1.0]
    _, diagnostics = problems_of(typed, persons, groups)
    fields = {d["field"] for d in diagnostics}
    assert {"extra", "foyer_id", "revenu_fiscal_reference"} <= fields


def test_eligo_error_pickles_with_its_diagnostics():
    import pickle

    error = eligo.EligoError("groups row 1: bad", [{"message": "bad"}])
    again = pickle.loads(pickle.dumps(error))
    assert str(again) == "groups row 1: bad" and again.diagnostics == [{"message": "bad"}]
