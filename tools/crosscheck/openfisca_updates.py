"""Parameter values OpenFisca-France 176.1.8 has not caught up with, brought to the law.

The cross-check compares formulas: where OpenFisca still holds an older value of a parameter
that a published text has since changed, the harness gives OpenFisca the value in force, so
that a household is not counted as a disagreement for a value nobody disputes. Each update
names the text and is listed in docs/crosscheck.md (classes C1 and E1); `--openfisca-as-published`
turns them off, to measure how many households they concern.
"""
CSS = "prestations_sociales.solidarite_insertion.minima_sociaux.cs.cmu.plafond_base"
ENERGIE = "prestations_sociales.solidarite_insertion.autre_solidarite.cheque_energie.baremes"

# (parameter path, start, value, source)
UPDATES = [
    (CSS, "2025-04-01", 10339,
     "CSS L861-1, D861-1: free-level ceiling for one person from 1 April 2025 (arrêté of March 2025, +1.7%); "
     "OpenFisca stops at 10,166 (arrêté du 26 mars 2024)"),
    (CSS, "2026-04-01", 10422,
     "CSS L861-1, L161-25: the 1 April 2026 revaluation (+0.8%), the value of rules/fr/parameters/css.yaml"),
]
# the upper threshold of the last bracket of the three energy-voucher scales: 11,000 EUR per
# consumption unit from the 2023 campaign (arrêté du 3 mars 2023, art. 1); OpenFisca keeps
# 10,800 (arrêté du 24 février 2021)
ENERGIE_CEILING = ("2023-01-01", 11000, "Code de l'énergie R124-1; arrêté du 3 mars 2023, art. 1")


def node(parameters, path):
    """The parameter (or node) at a dotted `path` of `parameters`."""
    for key in path.split("."):
        parameters = parameters.children[key] if hasattr(parameters, "children") else getattr(parameters, key)
    return parameters


def apply(tax_benefit_system):
    """Updates the parameters in place; returns the list of (parameter, start, value, source)."""
    from openfisca_core.periods import instant
    applied = []
    for path, start, value, source in UPDATES:
        node(tax_benefit_system.parameters, path).update(start=instant(start), value=value)
        applied.append((path, start, value, source))
    start, value, source = ENERGIE_CEILING
    for scale in ("une_uc", "une_uc_a_deux_uc", "plus_de_deux_ucs"):
        last = node(tax_benefit_system.parameters, f"{ENERGIE}.{scale}").brackets[-1]
        last.threshold.update(start=instant(start), value=value)
        applied.append((f"{ENERGIE}.{scale}.brackets[-1].threshold", start, value, source))
    tax_benefit_system._parameters_at_instant_cache = {}
    return applied
