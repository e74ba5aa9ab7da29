"""The cross-check's salaries that change over the reference quarter
(households.vary_salaries, crosscheck.py --monthly-incomes): what OpenFisca reads month by
month and eligo reads from its --monthly history."""
import csv
import json
import datetime
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "tools", "crosscheck"))
import crosscheck  # noqa: E402
import households as hh  # noqa: E402


def test_salaries_change_over_the_quarter_and_keep_their_mean(tmp_path):
    start = datetime.date(2025, 6, 1)
    households = hh.generate(200, start, 3)
    hh.vary_salaries(households, start, 3, 0.5)
    earners = [p for _, members in households for p in members if p["salaire_net"] > 0]
    varied = [p for p in earners if p["salaire_mois"]]
    assert 0.3 * len(earners) < len(varied) < 0.7 * len(earners)
    for p in varied:
        months = p["salaire_mois"]
        assert sorted(months) == ["2025-03", "2025-04", "2025-05"]
        assert len(set(months.values())) > 1
        # three times the single value, to the cent: the quarter's mean is unchanged
        assert round(sum(months.values()) * 100) == round(3 * p["salaire_net"] * 100)
    assert all(p["salaire_mois"] is None for _, members in households for p in members if p["salaire_net"] <= 0)

    path = crosscheck.write_monthly_csv(str(tmp_path / "mois.csv"), households)
    with open(path) as f:
        rows = list(csv.DictReader(f))
    # the net pay and the gross one (the ASPA's, equal in the harness), each month
    assert len(rows) == 2 * 3 * len(varied)
    assert {r["input"] for r in rows} == {"salaire_net", "salaire_de_base"}
    net = {(r["id"], r["month"]): r["value"] for r in rows if r["input"] == "salaire_net"}
    assert net == {(r["id"], r["month"]): r["value"] for r in rows if r["input"] == "salaire_de_base"}
    assert crosscheck.write_monthly_csv(str(tmp_path / "none.csv"), hh.generate(5, start, 3)) is None


# The four checks of OpenFisca's side below, in one OpenFisca process on one tax-benefit system
# (64-bit floats, parameters as published): building it costs OpenFisca about 7 s, once here
# instead of once per test. Each check reports its values, or its error.
OPENFISCA_CHECKS = """
import copy, datetime, json, sys, traceback
sys.path.insert(0, sys.argv[1])
import benefits
import households as hh
import one_household
import situation as sit
from openfisca_runner import Arrays, OpenFiscaRunner, compute_in_64_bit_floats
compute_in_64_bit_floats()
from openfisca_france import FranceTaxBenefitSystem
TAX_BENEFIT_SYSTEM = FranceTaxBenefitSystem()


def runner(**options):
    return OpenFiscaRunner(tax_benefit_system=TAX_BENEFIT_SYSTEM, updates=False, float64=True, **options)


def own_allowances():
    households = hh.generate(60, datetime.date(2025, 5, 1), 1)
    own = runner().own_stationary_allowances(households, "2025-05")
    return {m: [round(float(v), 2) for v in own[m]["aah"]] for m in own}


def own_month_salary():
    drawn = one_household.draw("2024-05", 5000, 7, tuple(hh.household_shapes.SHAPES), 0.5)
    households = [h for h in drawn if h[0]["id"] == "h1149"]
    own = runner().own_stationary_allowances(households, "2024-05")
    return {"pay": households[0][1][1]["salaire_mois"], "aah": {m: round(float(own[m]["aah"][0]), 2) for m in own}}


def decree_window():
    households = hh.generate(60, datetime.date(2025, 5, 1), 1)
    with_window = runner(decree_window=True)
    own = with_window.own_stationary_allowances(households, "2025-05")
    simulation = with_window.simulation(households, "2025-05")
    flag = {m: bool(simulation.calculate("departement_experimentation_rsa", m).all())
            for m in sit.month_list("2025-05", 4)}
    return {"own_months": sorted(own), "flag": flag,
            "own_months_before_the_decree": sorted(with_window.own_stationary_allowances(households[:5], "2025-02"))}


def own_famille():
    fam, members = hh.generate(1, datetime.date(2025, 9, 1), 1, shapes=())[0]
    claimant = next(m for m in members if m["role"] == "demandeur")
    claimant.update(salaire_net=1000.0, salaire_de_base=1000.0, salaire_mois=None, chomage_net=0.0,
                    retraite_nette=0.0, retraite_brute=0.0, pension_invalidite=0.0, taux_incapacite=0.0,
                    pensions_alimentaires_percues=0.0)
    fam.update(prestations_familiales_percues=0.0, aide_logement=0.0, rsa_isolement_recent=False)
    alone = ({**fam, "id": "alone"}, [claimant])

    def child(born, pay):
        return dict(copy.deepcopy(claimant), role="enfant", date_naissance=born, salaire_net=pay, salaire_de_base=pay)
    # 26 in May 2025 (M-4), paid 1,200 EUR; 25 on 10 July 2025, inside the quarter
    with_children = ({**fam, "id": "with"}, [claimant, child("1999-01-15", 1200.0), child("2000-07-10", 0.0)])
    without_the_eldest = ({**fam, "id": "without"}, [claimant, child("2000-07-10", 0.0)])
    households = [alone, with_children, without_the_eldest]
    ids, famille_of, roles = Arrays(households).familles("2025-09")
    amounts, _ = runner().run(households, "2025-09", benefits.load(["ppa"]))
    return {"ids": ids, "famille_of": [str(f) for f in famille_of], "roles": [str(r) for r in roles],
            "ppa": [round(float(v), 2) for v in amounts["ppa"]]}


reports = {}
for check in (own_allowances, own_month_salary, decree_window, own_famille):
    try:
        reports[check.__name__] = check()
    except Exception:
        reports[check.__name__] = {"error": traceback.format_exc()}
print(json.dumps(reports))
"""


@pytest.fixture(scope="module")
def openfisca_reports():
    if not os.environ.get("ELIGO_OPENFISCA_PYTHON"):
        pytest.skip("OpenFisca-France's environment is not set")
    done = subprocess.run([os.environ["ELIGO_OPENFISCA_PYTHON"], "-c", OPENFISCA_CHECKS,
                           os.path.join(ROOT, "tools", "crosscheck")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)


def report_of(reports, check):
    report = reports[check]
    assert "error" not in report, report.get("error")
    return report


def test_openfisca_gets_each_month_of_the_quarter_its_own_aah(openfisca_reports):
    """The prime d'activité of May 2025 reads February and March at the AAH of before the
    April revaluation (1,016.05 EUR) and April at the revalued one (1,033.32): with May's for
    all three, OpenFisca deducted the revaluation from the earlier months (R2)."""
    aah = report_of(openfisca_reports, "own_allowances")
    assert sorted(aah) == ["2025-02", "2025-03", "2025-04"]
    full = [k for k, v in enumerate(aah["2025-04"]) if v == 1033.32]
    assert full
    for k in full:
        assert aah["2025-02"][k] == aah["2025-03"][k] == 1016.05


def test_each_month_of_the_quarter_reads_its_own_salary_in_openfisca(openfisca_reports):
    """h1149 of 2024-05 (seed 7, 5,000 households): a lone father at 60%, whose son of 18 is
    paid 1,254.06, 954.46 and 1,104.26 EUR over February to April 2024. In March only the
    son's pay is under 55% of the SMIC (971.81 EUR): he counts in his father's AAH ceiling
    (CSS L512-3, R512-2) and the AAH of March is 727.28 EUR, as eligo computes it. The month's
    simulation used to read the quarter's mean pay in its own month: 241.60, and OpenFisca's
    RSA of May was 161.90 EUR above eligo's."""
    report = report_of(openfisca_reports, "own_month_salary")
    assert report["pay"] == {"2024-02": 1254.06, "2024-03": 954.46, "2024-04": 1104.26}
    assert report["aah"] == {"2024-02": 241.60, "2024-03": 727.28, "2024-04": 286.28}


def test_openfisca_reads_its_own_quarter_of_the_decree_from_march_2025(openfisca_reports):
    """--openfisca-decree-window: OpenFisca's input departement_experimentation_rsa, which
    switches its published RSA and prime d'activité formulas to M-4 .. M-2, is set from
    March 2025 and not before, and the months of that quarter get their own allowances."""
    report = report_of(openfisca_reports, "decree_window")
    assert report["flag"] == {"2025-01": False, "2025-02": False, "2025-03": True, "2025-04": True, "2025-05": True}
    assert report["own_months"] == ["2025-01", "2025-02", "2025-03", "2025-04"]
    assert report["own_months_before_the_decree"] == ["2024-11", "2024-12", "2025-01"]


def test_a_child_of_25_or_more_is_a_famille_of_its_own_in_openfisca(openfisca_reports):
    """A child who is 25 or more from M-4 is no dependant (CASF R262-3, CSS D843-1) and is
    given to OpenFisca as a famille of its own in the same ménage: its pay stays out of its
    parent's prime d'activité. A child who turns 25 inside the quarter stays in the famille."""
    report = report_of(openfisca_reports, "own_famille")
    assert report["ids"] == ["alone", "with", "without", "with_1"]
    assert report["famille_of"] == ["alone", "with", "with_1", "with", "without", "without"]
    assert report["roles"] == ["demandeur", "demandeur", "demandeur", "enfant", "demandeur", "enfant"]
    alone, with_children, without_the_eldest = report["ppa"]
    # the child turning 25 on 10 July is one of the foyer in June and July (M-3, M-2)
    assert without_the_eldest > alone > 0
    # the pay of the child of 26 is not its parent's: the same prime as without that child
    assert with_children == without_the_eldest
