"""Synthetic households for the cross-check: one famille = one foyer fiscal = one ménage.

Each household is a dict of famille inputs plus a list of members (dicts of personne inputs
with a `role`), written in eligo's input names. Values are drawn to cover every threshold the
four minimum incomes use: ages 17/18/20/24/25/62/64/65, incapacity 0.49/0.5/0.79/0.8,
earnings around the bonus thresholds and the RSA payment threshold, couples and lone
parents, housing aid, owners and people housed free.
"""
import datetime
import random

STATUTS = ["locataire_vide", "locataire_hlm", "locataire_meuble", "proprietaire",
           "loge_gratuitement", "primo_accedant"]


def birth_for_age(period_start, years, rng):
    """A birth date giving `years` full years on period_start (sometimes the birthday itself)."""
    y = period_start.year - years
    if rng.random() < 0.2:
        return datetime.date(y, period_start.month, 1)
    day = rng.randrange(2, 300)
    return datetime.date(y, period_start.month, 1) - datetime.timedelta(days=day)


def _money(rng, choices):
    v = rng.choice(choices)
    return round(v() if callable(v) else v, 2)


def person(role, age, period_start, rng, kind):
    sexe = rng.choice(["femme", "homme"])
    p = {
        "role": role, "date_naissance": birth_for_age(period_start, age, rng).isoformat(),
        "sexe": sexe, "nationalite": "francaise", "salaire_net": 0.0, "chomage_net": 0.0,
        "retraite_nette": 0.0, "retraite_brute": 0.0, "pensions_alimentaires_percues": 0.0,
        "revenus_non_salarie": 0.0, "taux_incapacite": 0.0, "handicap": False, "etudiant": False,
        "scolarise": role == "enfant" and age < 16, "enceinte": False,
        "rsa_jeune_condition_heures_travail_remplie": False,
        "aah_restriction_substantielle_durable_acces_emploi": False,
        "age_legal_retraite_atteint": age >= 64, "inapte_travail": False,
        "revenus_activite_n2": 0.0, "pensions_n2": 0.0,
        "droit_au_sejour_ue": True, "titre_sejour_5_ans": True, "titre_sejour_10_ans": True,
        "titre_sejour_valide": True,
    }
    if role == "enfant":
        return p
    r = rng.random()
    if r < 0.08:
        p["nationalite"] = "ue"
    elif r < 0.16:
        p["nationalite"] = "hors_ue"
        p["titre_sejour_5_ans"] = rng.random() < 0.6
        p["titre_sejour_10_ans"] = p["titre_sejour_5_ans"] and rng.random() < 0.5
    if kind == "worker" or (kind == "mixed" and rng.random() < 0.5):
        p["salaire_net"] = _money(rng, [lambda: rng.uniform(100, 2600), 700.92, 1425.60, 1104.25,
                                        640.52, 640.53, lambda: rng.uniform(600, 1600)])
    if rng.random() < 0.15 and age < 64:
        p["chomage_net"] = _money(rng, [lambda: rng.uniform(200, 1200)])
    if rng.random() < 0.1:
        p["pensions_alimentaires_percues"] = _money(rng, [lambda: rng.uniform(50, 400)])
    if age >= 62:
        brute = _money(rng, [lambda: rng.uniform(0, 1400), 0.0, 1034.29, 1033.29])
        p["retraite_brute"] = brute
        p["retraite_nette"] = round(brute * 0.91, 2)
    if kind == "disabled" or rng.random() < 0.05:
        p["taux_incapacite"] = rng.choice([0.49, 0.5, 0.6, 0.79, 0.8, 0.9])
        p["handicap"] = p["taux_incapacite"] >= 0.5
        p["aah_restriction_substantielle_durable_acces_emploi"] = rng.random() < 0.6
        p["pensions_n2"] = _money(rng, [0.0, lambda: rng.uniform(0, 14000)])
    if 18 <= age < 25:
        p["etudiant"] = rng.random() < 0.3
        p["rsa_jeune_condition_heures_travail_remplie"] = rng.random() < 0.2
    if 62 <= age < 65 and rng.random() < 0.3:
        p["inapte_travail"] = True
    return p


def household(i, period_start, rng):
    kind = rng.choice(["worker", "worker", "mixed", "none", "disabled", "old", "young"])
    couple = rng.random() < 0.4
    if kind == "old":
        ages = [rng.choice([62, 63, 64, 65, 66, 70, 80])]
    elif kind == "young":
        ages = [rng.choice([17, 18, 19, 20, 24, 25])]
    else:
        ages = [rng.randrange(25, 62)]
    if couple:
        ages.append(max(18, ages[0] + rng.randrange(-4, 5)))
    n_children = 0 if kind == "old" else rng.choice([0, 0, 1, 2, 3, 4])
    members = [person("demandeur", ages[0], period_start, rng, kind)]
    if couple:
        members.append(person("conjoint", ages[1], period_start, rng, kind))
    for _ in range(n_children):
        members.append(person("enfant", rng.choice([0, 1, 2, 3, 5, 10, 14, 16, 19, 20, 24, 25]),
                              period_start, rng, "child"))
    statut = rng.choice(STATUTS)
    aide = 0.0
    if statut.startswith("locataire") and rng.random() < 0.6:
        aide = round(rng.uniform(20, 450), 2)
    fam = {
        "id": f"h{i}", "residence": "metropole", "residence_stable_france": True,
        "statut_occupation_logement": statut, "aide_logement": aide,
        "prestations_familiales_percues": round(rng.uniform(0, 400), 2) if n_children else 0.0,
        "rsa_isolement_recent": (not couple) and n_children > 0 and rng.random() < 0.3,
        "revenu_fiscal_reference": 0.0,
    }
    return fam, members


def generate(n, period_start, seed):
    rng = random.Random(seed)
    return [household(i, period_start, rng) for i in range(n)]
