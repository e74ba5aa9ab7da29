"""CI-sized cross-check of the French pack against OpenFisca-France.

500 households drawn with a fixed seed, evaluated for one month by `eligo evaluate` and by
OpenFisca-France; for every benefit, eligibility and amount must agree for at least 99% of the
households. Amounts agree within one cent (OpenFisca computes in 32-bit floats and rounds only
at the end, eligo rounds each money product to the cent: docs/crosscheck.md); the exact
agreement to the cent is printed beside it.

Run by scripts/test-crosscheck.sh (which installs openfisca-france when missing); the eligo
binary is $ELIGO, or build/eligo.
"""
import os
import sys
import tempfile

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "crosscheck"))

if not os.environ.get("ELIGO_CROSSCHECK"):
    pytest.skip("the cross-check runs through scripts/test-crosscheck.sh", allow_module_level=True)
pytest.importorskip("openfisca_france")
import benefits  # noqa: E402
import crosscheck  # noqa: E402

HOUSEHOLDS = int(os.environ.get("ELIGO_CROSSCHECK_HOUSEHOLDS", "500"))
PERIOD = os.environ.get("ELIGO_CROSSCHECK_PERIOD", "2025-09")
SEED = 20260
ELIGO = os.environ.get("ELIGO", os.path.join(ROOT, "build", "eligo"))


@pytest.fixture(scope="module")
def stats():
    if not os.access(ELIGO, os.X_OK):
        pytest.fail(f"no eligo binary at {ELIGO}: build first or set ELIGO")
    command = crosscheck.DEFAULT_ELIGO.replace(os.path.join(ROOT, "build", "eligo"), ELIGO)
    with tempfile.TemporaryDirectory(prefix="eligo_crosscheck_") as work:
        _, result = crosscheck.run_month(PERIOD, HOUSEHOLDS, SEED, benefits.load(), command,
                                         os.path.join(ROOT, "rules", "fr"), work)
    print("\n" + "\n".join(crosscheck.format_stats(PERIOD, result, show=5)))
    return result


# Benefits that do not reach the bar yet because of OpenFisca-France divergences from the law
# documented in docs/crosscheck.md (outdated CSS ceilings and the CSS age rule; ARS ages read
# on 1 December and the sixth birthday in January). They are reported, not hidden: remove
# an entry once the figure reaches 99%.
KNOWN_BELOW_BAR = {
    "css": "OpenFisca keeps the 2024 CSS ceiling after April 2025 and reads ages in the month, "
           "not on 1 January (docs/crosscheck.md, classes C1 and C2)",
    "ars": "OpenFisca reads the ARS ages on 1 December and ignores the sixth birthday in "
           "January (docs/crosscheck.md, classes A1 and A2)",
}


@pytest.mark.parametrize("benefit", [
    pytest.param(b, marks=pytest.mark.xfail(reason=KNOWN_BELOW_BAR[b], strict=False))
    if b in KNOWN_BELOW_BAR else b
    for b in benefits.MODULES])
def test_agreement_per_benefit(stats, benefit):
    s = stats[benefit]
    n = s["households"]
    assert n == HOUSEHOLDS
    assert s["undetermined"] == 0, "the generator fills every input"
    assert s["eligibility"] >= 0.99 * n, f"{benefit}: eligibility agrees for {s['eligibility']}/{n}"
    assert s["within_1_cent"] >= 0.99 * n, (
        f"{benefit}: amounts agree within one cent for {s['within_1_cent']}/{n} "
        f"(to the cent: {s['cent']}/{n}); first differences: {s['differences'][:5]}")
