"""Runs OpenFisca-France on the test cases of rules/fr/tests/{af,ars,cheque_energie}.yaml
and prints, for each case, the expected eligo amount next to OpenFisca's value.

Standalone (it needs neither the eligo command nor the harness):
    python3 tools/crosscheck/benefits/compare_tests_famille_energie.py [rules/fr]
Cases whose expected status is undetermined, or set in Mayotte or overseas, are skipped.
"""
import sys
import yaml
from openfisca_core.simulation_builder import SimulationBuilder
from openfisca_france import FranceTaxBenefitSystem

TBS = FranceTaxBenefitSystem()
OF = {"af": ("af", "month"), "ars": ("ars", "year"), "cheque_energie": ("cheque_energie", "year")}


def situation(case, benefit):
    period = case["period"]
    year = period[:4]
    fam = case.get("famille") or {}
    ind, parents, enfants = {}, [], []
    for k, m in enumerate(case["membres"]):
        pid = f"p{k}"
        ind[pid] = {"date_naissance": {"ETERNITY": m["date_naissance"]}}
        if m["role"] == "enfant" and m.get("scolarise") is not None:
            ind[pid]["scolarite"] = {period: "lycee" if m["scolarise"] else "inconnue"}
        (enfants if m["role"] == "enfant" else parents).append(pid)
    res = fam.get("prestations_familiales_base_ressources")
    f = {"parents": parents, "enfants": enfants}
    if res is not None:
        months = [f"{year}-{i:02d}" for i in range(1, 13)] if benefit == "ars" else [period]
        f["prestations_familiales_base_ressources"] = {m: res for m in months}
    foyer = {"declarants": parents, "personnes_a_charge": enfants}
    if fam.get("revenu_fiscal_reference") is not None:
        foyer["rfr"] = {str(int(year) - 2): fam["revenu_fiscal_reference"]}
    menage = {"personne_de_reference": parents[:1], "conjoint": parents[1:], "enfants": enfants}
    if fam.get("statut_occupation_logement"):
        menage["statut_occupation_logement"] = {f"{year}-01": fam["statut_occupation_logement"], period: fam["statut_occupation_logement"]}
    return {"individus": ind, "familles": {"f": f}, "foyers_fiscaux": {"ff": foyer}, "menages": {"m": menage}}


def main(pack="rules/fr"):
    for benefit, (var, per) in OF.items():
        with open(f"{pack}/tests/{benefit}.yaml") as fh:
            cases = yaml.safe_load(fh)
        agree = total = 0
        for case in cases:
            exp = case["expect"][benefit]
            fam = case.get("famille") or {}
            if exp.get("status") == "undetermined" or fam.get("residence", "metropole") != "metropole":
                continue
            sim = SimulationBuilder().build_from_entities(TBS, situation(case, benefit))
            p = case["period"] if per == "month" else case["period"][:4]
            of = round(float(sim.calculate(var, p)[0]), 2)
            el = exp.get("amount", 0.0) if exp.get("status") == "eligible" else 0.0
            total += 1
            agree += abs(of - el) < 0.005
            mark = "=" if abs(of - el) < 0.005 else "!"
            print(f"{mark} {benefit:15s} {case['period']}  eligo {el:9.2f}  openfisca {of:9.2f}  {case['name']}")
        print(f"{benefit}: {agree}/{total} cases agree to the cent\n")


if __name__ == "__main__":
    main(*sys.argv[1:])
