"""Monthly histories from pandas: eligo.evaluate(..., monthly=frame), and the French pack's
prime d'activité computed month by month over its reference quarter (CSS R843-1)."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import pytest

import eligo


@pytest.fixture(scope="module")
def fr():
    return eligo.load_pack("fr")


def single_worker(salary) -> tuple[pd.DataFrame, pd.DataFrame]:
    """A single tenant without housing aid whose only resource is a salary."""
    groups = pd.DataFrame([{"id": "F1", "residence": "metropole", "residence_stable_france": True,
                            "statut_occupation_logement": "locataire_vide", "aide_logement": 0.0,
                            "prestations_familiales_percues": 0.0}])
    persons = pd.DataFrame([{"id": "P1", "famille_id": "F1", "role": "demandeur", "date_naissance": "1990-01-01",
                             "sexe": "homme", "nationalite": "francaise", "salaire_net": salary, "chomage_net": 0.0,
                             "retraite_nette": 0.0, "pension_invalidite": 0.0, "pensions_alimentaires_percues": 0.0,
                             "revenus_non_salarie": 0.0, "taux_incapacite": 0.0, "etudiant": False}])
    return persons, groups


def ppa(results: pd.DataFrame):
    row = results[results["benefit"] == "ppa"].iloc[0]
    return row["status"], row["amount"], row["missing_inputs"]


def test_ppa_across_the_april_2025_revaluation(fr):
    # June 2025, quarter March to May (tests/unit/fr_ppa_months.cpp shows the arithmetic):
    #   March (622.63, 61%):    622.63 + 732.00 + 181.19 x 0.688690 - 1200 = 279.413741
    #   April (633.21, 59.85%): 633.21 + 897.75 + 184.27 - 1500            = 215.23
    #   May   (633.21, 59.85%): 633.21 + 837.90 + 184.27 x 0.964674 - 1400 = 248.870478
    #   mean 247.838073, paid 247.84.
    persons, groups = single_worker(1366.67)  # the quarter's average, which the conditions read
    monthly = pd.DataFrame({"id": ["P1"] * 3, "month": [pd.Period("2025-03", "M"), "2025-04", "2025-05"],
                            "input": ["salaire_net"] * 3, "value": [1200.0, 1500.0, 1400.0]})
    results = eligo.evaluate(fr, persons, groups, "2025-06", monthly=monthly, missing_columns="unknown")
    assert ppa(results)[:2] == ("eligible", Decimal("247.84"))


def test_a_single_value_holds_every_month(fr):
    # 1500 every month: March under the earlier amounts (218.82), April and May under the
    # new ones (215.23): (218.82 + 215.23 + 215.23) / 3 = 216.4266..., paid 216.43.
    persons, groups = single_worker(1500.0)
    results = eligo.evaluate(fr, persons, groups, "2025-06", missing_columns="unknown")
    assert ppa(results)[:2] == ("eligible", Decimal("216.43"))


def test_a_month_left_unknown_is_never_zero(fr):
    persons, groups = single_worker(1500.0)
    monthly = pd.DataFrame({"id": ["P1"], "month": ["2025-04"], "input": ["salaire_net"], "value": [float("nan")]})
    results = eligo.evaluate(fr, persons, groups, "2025-06", monthly=monthly, missing_columns="unknown")
    status, amount, missing = ppa(results)
    assert status == "undetermined" and amount is None and missing == ("salaire_net",)


def test_a_bad_monthly_frame_names_each_row(fr):
    persons, groups = single_worker(1500.0)
    monthly = pd.DataFrame({"id": ["P9", "P1"], "month": ["2025-04", "2025-04"],
                            "input": ["salaire_net", "salaire_nett"], "value": [1.0, 2.0]})
    with pytest.raises(eligo.EligoError) as error:
        eligo.evaluate(fr, persons, groups, "2025-06", monthly=monthly, missing_columns="unknown")
    message = str(error.value)
    assert "monthly row 0, column `id`: no personne has the id `P9`" in message
    assert "monthly row 1, column `input`: `salaire_nett` is not an input of the pack" in message
    with pytest.raises(ValueError, match="missing: value"):
        eligo.evaluate(fr, persons, groups, "2025-06", monthly=monthly.drop(columns="value"), missing_columns="unknown")
