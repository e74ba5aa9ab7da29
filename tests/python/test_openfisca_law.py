"""The corrections the cross-check brings to OpenFisca-France (tools/crosscheck/openfisca_law.py):
each gives OpenFisca the value its legal text gives, checked on named values.

The children's ages of R543-2 are plain numpy and are checked here; the parameter and
formula corrections need OpenFisca-France, and are checked in its environment (named by
$ELIGO_OPENFISCA_PYTHON, see scripts/setup-openfisca.sh).
"""
import json
import os
import subprocess
import sys

import numpy
import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
CROSSCHECK = os.path.join(ROOT, "tools", "crosscheck")
sys.path.insert(0, CROSSCHECK)
import openfisca_law  # noqa: E402

OPENFISCA_PYTHON = os.environ.get("ELIGO_OPENFISCA_PYTHON")

# rentrée 2025: (date of birth, age OpenFisca must read in December 2025, what R543-2 says)
RENTREE_2025 = [
    ("2020-01-31", 6, "turns 6 on 31 January 2026, before 1 February: entitled, 6 to 10"),
    ("2020-02-01", 5, "turns 6 on 1 February 2026: not entitled"),
    ("2019-12-31", 6, "turns 6 on 31 December 2025: 6 to 10, where OpenFisca's 1 December says 5"),
    ("2014-12-31", 11, "turns 11 during 2025: raised to 11 to 14"),
    ("2010-12-18", 15, "turns 15 during 2025: raised to 15 to 18 (h10 of 2025-09)"),
    ("2007-09-16", 17, "18 on 16 September 2025, not on the 15th: still entitled, 15 to 18"),
    ("2007-12-20", 17, "18 on 20 December 2025: still entitled, 15 to 18"),
    ("2007-09-15", 18, "18 on 15 September 2025: no longer entitled"),
    ("2006-03-01", 19, "19 during 2025: not entitled"),
]


def test_december_ages_put_each_child_in_the_band_of_r543_2():
    births = numpy.array([b for b, _, _ in RENTREE_2025], dtype="datetime64[D]")
    age, in_months = openfisca_law.december_ages_of_r543_2(births, 2025)
    for (birth, expected, why), got, months in zip(RENTREE_2025, age, in_months):
        assert got == expected, f"{birth}: {why}"
        # OpenFisca adds the children of 216 to 218 months; none may come in that way
        assert not 216 <= months <= 218, f"{birth}: {months} months"
    # OpenFisca's bands on these ages: 6-10, 11-14, 15-17
    assert [int(6 <= a <= 10) + 2 * int(11 <= a <= 14) + 3 * int(15 <= a <= 17) for a in age] == [
        1, 0, 1, 2, 3, 3, 3, 0, 0]


def test_ages_on_1_january_for_the_css_contribution():
    # the arrêté du 21 juin 2019, art. 1: the age on 1 January of the year (2025 here)
    births = numpy.array(["1955-01-01", "1955-01-02", "1955-01-03", "1954-12-31", "1995-06-15", "2025-03-01"],
                         dtype="datetime64[D]")
    # 70 on that very day; 69 until the 2nd or 3rd (OpenFisca's own age says 70); 70; 29; not yet born: -1,
    # whom the first band covers as it covers the pack's
    assert openfisca_law.age_on_1_january(births, 2025).tolist() == [70, 69, 69, 70, 29, -1]


CHECK_IN_OPENFISCA = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
import numpy
from openfisca_runner import OpenFiscaRunner
import openfisca_law
runner = OpenFiscaRunner(float64=True)
p = runner.tbs.parameters
aspa = lambda at, who: float(openfisca_law.node(p(at), openfisca_law.ASPA + ".plafond_ressources." + who))
ars = lambda at, band: float(openfisca_law.node(p(at), openfisca_law.BMAF)) * float(
    openfisca_law.node(p(at), openfisca_law.ARS + ".ars_m." + band))
print(json.dumps({
    "aspa_single_2025": aspa("2025-09-01", "personnes_seules") / 12,
    "aspa_single_2026": aspa("2026-09-01", "personnes_seules") / 12,
    "aspa_couple_2024": aspa("2024-09-01", "couples") / 12,
    "ars_6_10_2026": ars("2026-10-01", "taux_primaire"),
    "ars_15_18_2025": ars("2025-10-01", "taux_lycee"),
    "ars_rate_in_march": float(openfisca_law.node(p("2026-03-01"), openfisca_law.ARS + ".ars_m.taux_primaire")),
    "classes": sorted({c for c, _, _ in runner.corrections}),
}))
"""


@pytest.mark.skipif(not OPENFISCA_PYTHON, reason="OpenFisca-France's environment is not set: run through "
                    "scripts/test-python.sh, or set ELIGO_OPENFISCA_PYTHON (scripts/setup-openfisca.sh)")
def test_parameters_brought_to_the_amounts_paid():
    done = subprocess.run([OPENFISCA_PYTHON, "-c", CHECK_IN_OPENFISCA, CROSSCHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    v = json.loads(done.stdout)
    # N4: the Cnav's monthly ceilings, the twelfths rounded down (circulars 2024-39, 2025-29, 2023-34)
    assert v["aspa_single_2025"] == pytest.approx(1034.28, abs=1e-9)  # 12,411.44 / 12 = 1,034.2867
    assert v["aspa_single_2026"] == pytest.approx(1043.59, abs=1e-9)  # 12,523.14 / 12 = 1,043.595
    assert v["aspa_couple_2024"] == pytest.approx(1571.16, abs=1e-9)  # 18,854.02 / 12 = 1,571.168
    # A3: the CAF's amounts per child (89.72% and 97.95% of the BMAF, to the cent)
    assert v["ars_6_10_2026"] == pytest.approx(429.01, abs=1e-9)  # 89.72% x 478.16 = 429.0052
    assert v["ars_15_18_2025"] == pytest.approx(464.65, abs=1e-9)  # 97.95% x 474.37 = 464.6454
    # outside October, when OpenFisca's ARS reads it, the rate is D543-1's
    assert v["ars_rate_in_march"] == pytest.approx(0.8972, abs=1e-12)
    assert v["classes"] == ["A3", "N4"]
