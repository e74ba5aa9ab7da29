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
    # June 2025, quarter February to April: the fourth, third and second months before (CSS
    # R843-1 as amended by décret n° 2025-185, from March 2025; tests/unit/fr_ppa_months.cpp
    # shows the arithmetic):
    #   February (622.63, 61%):    622.63 + 732.00 + 181.19 x 499.08 / 724.68 - 1200 = 279.413774
    #   March    (622.63, 61%):    622.63 + 915.00 + 181.19 - 1500                = 218.82
    #   April    (633.21, 59.85%): 633.21 + 837.90 + 184.27 x 699.08 / 724.68 - 1400 = 248.870490
    #   mean 747.104264 / 3 = 249.034755, paid 249.03.
    persons, groups = single_worker(1366.67)  # the mean of the history, for the months outside it
    monthly = pd.DataFrame({"id": ["P1"] * 3, "month": [pd.Period("2025-02", "M"), "2025-03", "2025-04"],
                            "input": ["salaire_net"] * 3, "value": [1200.0, 1500.0, 1400.0]})
    results = eligo.evaluate(fr, persons, groups, "2025-06", monthly=monthly, missing_columns="unknown")
    assert ppa(results)[:2] == ("eligible", Decimal("249.03"))


def test_ppa_before_the_decree_reads_the_three_months_before(fr):
    # May 2024, quarter February to April 2024 (M-3 .. M-1, before décret n° 2025-185),
    # across the April 2024 revaluation (595.25 to 622.63; SMIC 11.65, bonus from 687.35 to
    # 1398.00):
    #   February 595.25 + 732 + 173.22 x 512.65 / 710.65 - 1200 = 252.207761
    #   March    595.25 + 915 + 173.22 - 1500                 = 183.47
    #   April    622.63 + 854 + 181.19 - 1400                 = 257.82
    #   mean 693.497761 / 3 = 231.165920, paid 231.17.
    persons, groups = single_worker(1366.67)
    monthly = pd.DataFrame({"id": ["P1"] * 3, "month": ["2024-02", "2024-03", "2024-04"],
                            "input": ["salaire_net"] * 3, "value": [1200.0, 1500.0, 1400.0]})
    results = eligo.evaluate(fr, persons, groups, "2024-05", monthly=monthly, missing_columns="unknown")
    assert ppa(results)[:2] == ("eligible", Decimal("231.17"))


def test_a_single_value_holds_every_month(fr):
    # 1500 every month, June 2025 (quarter February to April): February and March under the
    # earlier amounts (218.82), April under the new ones (215.23):
    # (218.82 + 218.82 + 215.23) / 3 = 652.87 / 3 = 217.6233..., paid 217.62.
    persons, groups = single_worker(1500.0)
    results = eligo.evaluate(fr, persons, groups, "2025-06", missing_columns="unknown")
    assert ppa(results)[:2] == ("eligible", Decimal("217.62"))


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
