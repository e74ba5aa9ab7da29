"""RSA written by hand as numpy array code, on the columns eligo reads.

Reads the CSV files of the households (not timed), computes the RSA of every famille as
array operations over persons and familles (timed, median of --runs), and writes the
amounts for comparison with eligo's. Money is computed in integer cents with eligo's
rounding (every money product rounded to the cent, half away from zero), so the two agree
to the cent. The data given here is complete: unknown values (eligo's three-valued logic)
are not handled.

AAH and ASPA, which RSA counts as resources, are read as columns (`aah`, `aspa`): eligo
evaluates the same RSA with those two as inputs (benchmarks/run.py builds that pack).

  python numpy_rsa.py --pack rules/fr --period 2025-03 --groups G.csv --persons P.csv --output out.csv
"""
import argparse
import datetime
import json
import os
import time

import numpy as np
import pandas as pd
import yaml


def parameters(pack, period_start):
    """Scalar parameters in force on period_start, as {name: value} (floats as written)."""
    out = {}
    folder = os.path.join(pack, "parameters")
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            for key, spec in (yaml.safe_load(f) or {}).items():
                best = None
                for start, v in spec.get("values", {}).items():
                    start = start if isinstance(start, datetime.date) else datetime.date.fromisoformat(str(start))
                    if start <= period_start and (best is None or start > best[0]):
                        best = (start, v.get("value") if isinstance(v, dict) else v)
                if best is not None:
                    out[key] = best[1]
    return out


def cents(x):
    return int(round(float(x) * 100))


def millionths(x):
    return int(round(float(x) * 1_000_000))


def mul_scaled(money, rate):
    """money (cents) x rate (millionths), rounded half away from zero: eligo's multiply_scaled."""
    p = money.astype(np.int64) * rate if isinstance(money, np.ndarray) else np.int64(money) * rate
    q = np.abs(p) + 500_000
    return np.sign(p) * (q // 1_000_000)


def load(groups_csv, persons_csv, period_start):
    """Columns as numpy arrays (setup, not timed)."""
    g = pd.read_csv(groups_csv, dtype=str, keep_default_na=False)
    p = pd.read_csv(persons_csv, dtype=str, keep_default_na=False)
    gid = {k: i for i, k in enumerate(g["id"])}
    fam = p["famille_id"].map(gid).to_numpy(np.int64)

    def money(col, df):
        return (pd.to_numeric(df[col].replace("", "0")) * 100).round().astype(np.int64).to_numpy()

    def flag(col, df):
        return (df[col] == "true").to_numpy()

    birth = pd.to_datetime(p["date_naissance"])
    age = (period_start.year - birth.dt.year
           - ((birth.dt.month > period_start.month)
              | ((birth.dt.month == period_start.month) & (birth.dt.day > period_start.day)))).to_numpy(np.int64)
    cols = {
        "n": len(g), "fam": fam, "age": age,
        "role": p["role"].to_numpy(), "sexe": p["sexe"].to_numpy(), "nationalite": p["nationalite"].to_numpy(),
        "enceinte": flag("enceinte", p), "etudiant": flag("etudiant", p),
        "rsa_jeune": flag("rsa_jeune_condition_heures_travail_remplie", p),
        "droit_ue": flag("droit_au_sejour_ue", p), "titre5": flag("titre_sejour_5_ans", p),
        "titre_valide": flag("titre_sejour_valide", p),
        "salaire": money("salaire_net", p), "rns": money("revenus_non_salarie", p),
        "rns_evalues": money("revenus_non_salarie_evalues", p) if "revenus_non_salarie_evalues" in p else np.zeros(len(p), np.int64),
        "chomage": money("chomage_net", p), "retraite": money("retraite_nette", p),
        "pensions": money("pensions_alimentaires_percues", p),
        "residence": g["residence"].to_numpy(), "evaluation_mayotte": flag("evaluation_mayotte", g) if "evaluation_mayotte" in g else np.zeros(len(g), bool),
        "stable": flag("residence_stable_france", g), "statut": g["statut_occupation_logement"].to_numpy(),
        "aide_logement": money("aide_logement", g), "pf": money("prestations_familiales_percues", g),
        "isolement_recent": flag("rsa_isolement_recent", g), "aah": money("aah", g), "aspa": money("aspa", g),
    }
    # Enumerations as small integers, as eligo holds them.
    for key in ("role", "sexe", "nationalite", "residence", "statut"):
        cols[key + "_codes"] = {v: i for i, v in enumerate(sorted(set(cols[key])))}
        cols[key] = np.array([cols[key + "_codes"][v] for v in cols[key]], dtype=np.int64)
    return g["id"].to_numpy(), cols


def rsa(c, prm):
    n, fam = c["n"], c["fam"]
    code = lambda key, value: c[key + "_codes"].get(value, -1)
    count = lambda mask: np.bincount(fam, weights=mask, minlength=n).astype(np.int64)
    total = lambda values: np.bincount(fam, weights=values, minlength=n).astype(np.int64)
    anyof = lambda mask: np.bincount(fam, weights=mask, minlength=n) > 0

    parent = c["role"] != code("role", "enfant")
    age = c["age"]
    enfant_a_charge = ~parent & (age < prm["rsa.age_limite_enfant_a_charge"])
    membre = parent | enfant_a_charge
    nb_enfants = count(enfant_a_charge)
    nb_parents = count(parent)
    en_couple = count(c["role"] == code("role", "conjoint")) > 0
    nbp = nb_parents + nb_enfants
    grossesse = anyof(parent & (c["sexe"] == code("sexe", "femme")) & c["enceinte"])
    isolement = (~en_couple & ((nb_enfants > 0) | grossesse)
                 & ((count(enfant_a_charge & (age < prm["rsa.majoration_isolement_age_enfant"])) > 0)
                    | grossesse | c["isolement_recent"]))
    m2, m3, m4 = (millionths(prm["rsa.majoration_deuxieme_personne"]),
                  millionths(prm["rsa.majoration_personne_supplementaire"]),
                  millionths(prm["rsa.majoration_a_partir_troisieme_enfant"]))
    taux = (1_000_000 + np.where(nbp >= 2, m2, 0) + np.where(nbp >= 3, m3, 0)
            + np.where(nbp >= 4, np.where(nb_parents == 1, m4, m3), 0) + np.maximum(0, nbp - 4) * m4)
    base = cents(prm["rsa.montant_forfaitaire"])
    non_majore = mul_scaled(np.int64(base), taux)
    majore = mul_scaled(np.int64(base), millionths(prm["rsa.majoration_isolement_base"])
                        + millionths(prm["rsa.majoration_isolement_par_enfant"]) * nb_enfants)
    forfaitaire = np.where(isolement, np.maximum(majore, non_majore), non_majore)
    t1 = millionths(prm["rsa.forfait_logement_taux_1_personne"])
    t2 = millionths(prm["rsa.forfait_logement_taux_2_personnes"]) * (1_000_000 + m2) // 1_000_000
    t3 = millionths(prm["rsa.forfait_logement_taux_3_personnes"]) * (1_000_000 + m2 + m3) // 1_000_000
    fl_montant = mul_scaled(np.int64(base), np.where(nbp == 1, t1, np.where(nbp == 2, t2, t3)))
    nature = (c["statut"] == code("statut", "proprietaire")) | (c["statut"] == code("statut", "loge_gratuitement"))
    fl = np.where(nature, fl_montant, np.where(c["aide_logement"] > 0, np.minimum(c["aide_logement"], fl_montant), 0))
    rns_retenus = np.where(c["rns"] == 0, 0, c["rns_evalues"])
    per_person = c["salaire"] + rns_retenus + c["chomage"] + c["retraite"] + c["pensions"]
    ressources = total(np.where(membre, per_person, 0)) + c["pf"] + c["aah"] + c["aspa"]
    montant = np.maximum(0, forfaitaire - ressources - fl)

    nat = c["nationalite"]
    hors_mayotte = (c["residence"] != code("residence", "mayotte")) | c["evaluation_mayotte"]
    cond_age = (nb_enfants > 0) | grossesse | anyof(
        parent & ((age >= prm["rsa.age_minimum"]) | ((age >= prm["rsa.age_minimum_jeune_actif"]) & c["rsa_jeune"])))
    cond_etudiant = isolement | anyof(parent & ~c["etudiant"])
    isolement_p = isolement[fam]
    cond_nat = anyof(parent & ((nat == code("nationalite", "francaise"))
                               | ((nat == code("nationalite", "ue")) & c["droit_ue"])
                               | ((nat == code("nationalite", "hors_ue"))
                                  & (c["titre5"] | (isolement_p & c["titre_valide"])))))
    eligible = (hors_mayotte & c["stable"] & cond_age & cond_etudiant & cond_nat
                & (montant >= cents(prm["rsa.montant_minimum_verse"])))
    return np.where(eligible, montant, 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pack", default="rules/fr")
    ap.add_argument("--period", default="2025-03")
    ap.add_argument("--groups", required=True)
    ap.add_argument("--persons", required=True)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--output")
    a = ap.parse_args()
    start = datetime.date(int(a.period[:4]), int(a.period[5:]), 1)
    prm = parameters(a.pack, start)
    ids, cols = load(a.groups, a.persons, start)
    times, cpu = [], []
    for _ in range(a.runs):
        t0, c0 = time.perf_counter(), time.process_time()
        amounts = rsa(cols, prm)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
    if a.output:
        with open(a.output, "w") as f:
            f.write("group_id,rsa\n")
            for i, v in zip(ids, amounts):
                f.write(f"{i},{v / 100:.2f}\n")
    print(json.dumps({"command": "numpy_rsa", "groups": int(cols["n"]), "persons": int(len(cols["fam"])),
                      "wall_median_s": float(np.median(times)), "cpu_median_s": float(np.median(cpu)),
                      "wall_s": times, "numpy": np.__version__}))


if __name__ == "__main__":
    main()
