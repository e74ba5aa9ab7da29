"""CI-sized cross-check of the French pack against OpenFisca-France (docs/crosscheck.md).

500 households drawn with a fixed seed are evaluated for one month by OpenFisca-France
(tools/crosscheck/openfisca_runner.py, in the environment of scripts/setup-openfisca.sh, named
by $ELIGO_OPENFISCA_PYTHON), then by `eligo evaluate` with the ASI OpenFisca pays as an input.
For every benefit:
- no household is undetermined (the generator fills every input);
- eligibility agrees for at least 99% of the households;
- at least 99% agree to the cent or differ for a documented cause (tools/crosscheck/causes.py:
  an amount the paying body publishes to the cent, an OpenFisca divergence from the law, a
  stated simplification of the pack), each cause checked on the household, not assumed;
- the share agreeing exactly to the cent does not fall below what the 10,000-household runs
  measured (docs/crosscheck.md), less a margin for the sample.
"""
import datetime
import json
import os
import subprocess
import sys

import numpy
import pytest

from eligo import _cli

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "crosscheck"))
import benefits  # noqa: E402
import crosscheck  # noqa: E402
import households as hh  # noqa: E402

OPENFISCA_PYTHON = os.environ.get("ELIGO_OPENFISCA_PYTHON")
pytestmark = [
    pytest.mark.skipif(not OPENFISCA_PYTHON, reason="OpenFisca-France's environment is not set: run through "
                       "scripts/test-python.sh, or set ELIGO_OPENFISCA_PYTHON (scripts/setup-openfisca.sh)"),
    pytest.mark.skipif(not _cli.executable().is_file(), reason="the command line is not built in"),
]

HOUSEHOLDS = int(os.environ.get("ELIGO_CROSSCHECK_HOUSEHOLDS", "500"))
PERIOD = os.environ.get("ELIGO_CROSSCHECK_PERIOD", "2025-09")
SEED = 20260

# Share of households agreeing exactly to the cent, at least: the share of the 10,000-household
# run of 2025-09 (docs/crosscheck.md), less two points for a sample of 500. OpenFisca is run
# with its divergences from the law corrected (tools/crosscheck/openfisca_law.py), as there.
CENT_AT_LEAST = {"rsa": 0.97, "ppa": 0.97, "aah": 0.97, "aspa": 0.97, "css": 0.97, "af": 0.97,
                 "ars": 0.98, "cheque_energie": 0.98}


def claimant_turning_25_in_the_month(period):
    """A man without income or child who turns 25 on the 20th of `period`'s month (class Y1)."""
    year, month = int(period[:4]), int(period[5:])
    fam, members = hh.generate(1, datetime.date(year, month, 1), SEED, shapes=())[0]
    claimant = next(m for m in members if m["role"] == "demandeur")
    claimant.update(date_naissance=f"{year - 25}-{month:02d}-20", salaire_net=0.0, salaire_de_base=0.0,
                    salaire_mois=None, chomage_net=0.0, retraite_nette=0.0, retraite_brute=0.0,
                    pension_invalidite=0.0, taux_incapacite=0.0, pensions_alimentaires_percues=0.0, etudiant=False,
                    nationalite="francaise", rsa_jeune_condition_heures_travail_remplie=False)
    fam.update(id="y1", prestations_familiales_percues=0.0, aide_logement=0.0, rsa_isolement_recent=False)
    return fam, [claimant]


def households_of_the_run(of, first, last):
    """The runner's output for households `first` to `last` (excluded) of its input."""
    return {"amounts": {k: v[first:last] for k, v in of["amounts"].items()},
            "eligible": {k: v[first:last] for k, v in of["eligible"].items()},
            "diagnostics": {k: v[first:last] for k, v in of["diagnostics"].items()}}


@pytest.fixture(scope="module")
def openfisca_run(tmp_path_factory):
    """One run of OpenFisca-France for the tests of this file (building its tax-benefit system
    and its first computations cost it about 25 s whatever the number of households): the
    sample's households, then the Y1 household."""
    work = tmp_path_factory.mktemp("crosscheck")
    # the stationary households (no shape of tools/crosscheck/shapes.py), on which the
    # thresholds above were measured with OpenFisca brought to the law; the households in time
    # are measured as published (docs/crosscheck.md, "Households in time")
    households = hh.generate(HOUSEHOLDS, datetime.date(int(PERIOD[:4]), int(PERIOD[5:]), 1), SEED, shapes=())
    y1 = claimant_turning_25_in_the_month(PERIOD)
    with open(work / "households.json", "w") as f:
        json.dump(households + [y1], f)
    done = subprocess.run([OPENFISCA_PYTHON, os.path.join(ROOT, "tools", "crosscheck", "openfisca_runner.py"),
                           "--households", str(work / "households.json"), "--period", PERIOD,
                           "--output", str(work / "openfisca.json")], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    with open(work / "openfisca.json") as f:
        of = json.load(f)
    assert of["ids"] == [fam["id"] for fam, _ in households + [y1]]
    return work, households, y1, of


@pytest.fixture(scope="module")
def stats(openfisca_run):
    work, households, _, of_all = openfisca_run
    mods = benefits.load()
    persons = sum(len(members) for _, members in households)
    of = households_of_the_run(of_all, 0, len(households))
    of["received_by_person"] = {k: v[:persons] for k, v in of_all["received_by_person"].items()}
    # eligo reads the ASI OpenFisca pays (an amount received, not among the pack's benefits)
    crosscheck.give_received(households, of["received_by_person"])
    eligo = crosscheck.run_eligo(
        f"{_cli.executable()} evaluate {{pack}} --period {{period}} --groups {{groups}} --persons {{persons}} "
        "--format csv --output {output}", os.path.join(ROOT, "rules", "fr"), PERIOD, households, str(work))
    openfisca = crosscheck.openfisca_results(households, mods, of["amounts"], of["eligible"], of["diagnostics"])
    assert of_all["float_bits"] == 64
    result = crosscheck.compare(PERIOD, households, eligo, openfisca, mods, numpy.float64)
    print("\n" + "\n".join(crosscheck.format_stats(PERIOD, result, show=5)))
    print(f"OpenFisca: {of_all['seconds']}")
    return result


@pytest.mark.parametrize("benefit", benefits.MODULES)
def test_agreement_per_benefit(stats, benefit):
    s = stats[benefit]
    n = s["households"]
    assert n == HOUSEHOLDS
    assert s["undetermined"] == 0, "the generator fills every input"
    assert s["eligibility"] >= 0.99 * n, f"{benefit}: eligibility agrees for {s['eligibility']}/{n}"
    unexplained = [d for d in s["differences"] if d[5] is None]
    assert s["unexplained"] <= 0.01 * n, (
        f"{benefit}: {s['unexplained']}/{n} households differ for no documented cause; first: {unexplained[:5]}")
    assert s["cent"] >= CENT_AT_LEAST[benefit] * n, (
        f"{benefit}: {s['cent']}/{n} agree to the cent (bar {CENT_AT_LEAST[benefit]:.0%}); causes {s['causes']}")


def test_cross_check_sees_entitled_households(stats):
    """The sample exercises each benefit: both sides find entitled households."""
    for benefit, s in stats.items():
        assert s["eligible_eligo"] >= 0.02 * s["households"], benefit
        assert s["eligible_openfisca"] >= 0.02 * s["households"], benefit


def test_a_claimant_who_turns_25_in_the_month_is_class_y1(openfisca_run, tmp_path):
    """Y1 end to end: a man without income or child who turns 25 on the 20th of the month
    checked (20 September 2025). eligo gives him the RSA that month (CASF D262-34: the month of
    the 25th birthday counts); OpenFisca, reading his age on the 1st, does not. Rerun with him
    born on the 1st of the month after, eligo agrees with OpenFisca, and the cross-check names
    the class."""
    _, households, y1, of_all = openfisca_run
    fam = y1[0]
    households = [y1]
    of = households_of_the_run(of_all, len(of_all["ids"]) - 1, len(of_all["ids"]))
    mods = benefits.load(["rsa"])
    cmd = (f"{_cli.executable()} evaluate {{pack}} --period {{period}} --groups {{groups}} --persons {{persons}} "
           "--format csv --output {output}")
    pack = os.path.join(ROOT, "rules", "fr")
    eligo = crosscheck.run_eligo(cmd, pack, PERIOD, households, str(tmp_path))
    openfisca = crosscheck.openfisca_results(households, mods, of["amounts"], of["eligible"], of["diagnostics"])
    assert eligo[fam["id"]]["rsa"][0] == "eligible" and eligo[fam["id"]]["rsa"][1] > 500
    assert openfisca[fam["id"]]["rsa"] == (False, 0.0)
    crosscheck.give_claimants_turning_25_a_month_later(openfisca, mods, cmd, pack, PERIOD, households, str(tmp_path))
    assert openfisca[fam["id"]]["_diagnostics"]["eligo_claimant_25_month_after_rsa"] == (False, 0.0)
    result = crosscheck.compare(PERIOD, households, eligo, openfisca, mods, numpy.float64)
    assert result["rsa"]["causes"] == {"RSA: the claimant's 25th birthday in the month (Y1)": 1}
    assert result["rsa"]["unexplained"] == 0
