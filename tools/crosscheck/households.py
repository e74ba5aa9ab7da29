"""Synthetic households for the cross-check: one famille = one foyer fiscal = one ménage.

Each household is a dict of famille inputs plus a list of members (dicts of personne inputs
with a `role`), written in eligo's input names. Values are drawn to cover every threshold the
eight benefits use: ages 17/18/20/24/25/62/64/65 for adults, 0 to 24 for children (6, 11, 15,
18, 20 and 24 included; shapes.py adds children of 25 and 26), incapacity 0.49/0.5/0.79/0.8, earnings around the bonus thresholds
and the RSA payment threshold, family-benefit resources and reference tax incomes across the
ceilings, couples and lone parents, housing aid, owners and people housed free.

The base draw holds a household still over time: incomes the same in each of the twelve
months before the period and in the period (`vary_salaries` changes them over the quarter),
and ages the same from the first day of the reference quarter (M-3) to the last day of M
(`birth_for_age`). shapes.py then gives back, in the normal draw, what real households have:
birthdays within the quarter and the month, children of 25 or more still at home, earning
children, pregnancies, overseas departments and the legal retirement age of each cohort
(`generate(..., shapes=())` gives the stationary households).
"""
import datetime
import random

import shapes as household_shapes

STATUTS = ["locataire_vide", "locataire_hlm", "locataire_meuble", "proprietaire",
           "loge_gratuitement", "primo_accedant"]

CHILD_AGES = [0, 1, 2, 3, 5, 6, 7, 10, 11, 12, 14, 15, 16, 17, 18, 19, 20, 21, 23, 24]


def add_months(d, k):
    m = d.month - 1 + k
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


def shift_years(d, years):
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


def birth_for_age(period_start, years, rng):
    """A birth date giving `years` full years on every day from the first day of M-3 to the
    last day of M (sometimes the birthday is the first day of M-3 itself)."""
    quarter_start = add_months(period_start, -3)
    last = add_months(period_start, 1) - datetime.timedelta(days=1)
    hi = shift_years(quarter_start, -years)              # latest birth: birthday on M-3's 1st
    lo = shift_years(last, -(years + 1)) + datetime.timedelta(days=1)  # earliest
    if rng.random() < 0.2:
        return hi
    return lo + datetime.timedelta(days=rng.randrange(0, (hi - lo).days + 1))


def _money(rng, choices):
    v = rng.choice(choices)
    return round(v() if callable(v) else v, 2)


def person(role, age, period_start, rng, kind):
    sexe = rng.choice(["femme", "homme"])
    p = {
        "role": role, "date_naissance": birth_for_age(period_start, age, rng).isoformat(),
        # one pay is drawn and given as both the net and the gross pay (the pack's ASPA reads
        # the gross one, `salaire_de_base`, as OpenFisca's does): both sides see the same pay
        "sexe": sexe, "nationalite": "francaise", "salaire_net": 0.0, "salaire_de_base": 0.0, "chomage_net": 0.0,
        "retraite_nette": 0.0, "retraite_brute": 0.0, "pension_invalidite": 0.0, "pensions_alimentaires_percues": 0.0,
        # what OpenFisca pays of the ASI, given before eligo runs (crosscheck.give_received)
        "asi_percue": 0.0,
        "revenus_non_salarie": 0.0, "taux_incapacite": 0.0, "handicap": False, "etudiant": False,
        # OpenFisca-France does not model the schooling condition of the ARS (16-18): every
        # child is in school
        "scolarise": role == "enfant", "enceinte": False,
        "rsa_jeune_condition_heures_travail_remplie": False,
        "aah_restriction_substantielle_durable_acces_emploi": False,
        "age_legal_retraite_atteint": age >= 64, "inapte_travail": False,
        "revenus_activite_n2": 0.0, "pensions_n2": 0.0,
        "droit_au_sejour_ue": True, "titre_sejour_5_ans": True, "titre_sejour_10_ans": True,
        "titre_sejour_valide": True, "pension_alimentaire_parent_deduite": False,
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
        p["salaire_de_base"] = p["salaire_net"]
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
        members.append(person("enfant", rng.choice(CHILD_AGES), period_start, rng, "child"))
    statut = rng.choice(STATUTS)
    aide = 0.0
    if statut.startswith("locataire") and rng.random() < 0.6:
        aide = round(rng.uniform(20, 450), 2)
    # family-benefit resources (year N-2) and reference tax income, across the AF and ARS
    # ceilings and the energy-voucher brackets
    pf_base = round(rng.choice([0.0, rng.uniform(0, 30000), rng.uniform(20000, 110000)]), 0)
    uc = 1 + (0.5 if len(members) >= 2 else 0) + 0.3 * max(0, len(members) - 2)
    rfr = round(rng.choice([0.0, rng.uniform(0, 12000) * uc, rng.uniform(0, 60000)]), 0)
    # Invalidity pensions for some disabled single adults under 62, from a stream of their
    # own, so that the households drawn before they existed stay the same. Above the ceiling
    # of the allocation supplémentaire d'invalidité (about 880 EUR a month for a single person
    # in 2025), which the pack does not compute and OpenFisca grants (S4 in docs/crosscheck.md)
    own = random.Random(i)
    if not couple and ages[0] < 62 and members[0]["taux_incapacite"] >= 0.5 and own.random() < 0.3:
        members[0]["pension_invalidite"] = _money(own, [lambda: own.uniform(900, 1300), 1033.32, 1033.31])
    fam = {
        "id": f"h{i}", "residence": "metropole", "residence_stable_france": True,
        "statut_occupation_logement": statut, "aide_logement": aide,
        "prestations_familiales_percues": round(rng.uniform(0, 400), 2) if n_children else 0.0,
        "rsa_isolement_recent": (not couple) and n_children > 0 and rng.random() < 0.3,
        "revenu_fiscal_reference": rfr,
        "prestations_familiales_base_ressources": pf_base,
        "affilie_assurance_maladie": True,
    }
    return fam, members


def presume_maintenance_deducted(members, period_start):
    """CSS R861-2, 3°: OpenFisca-France takes the maintenance of a young adult whose famille
    holds no child as paid by deducting parents (class S3 of docs/crosscheck.md); both sides
    are told so. The famille OpenFisca is given holds the children under 25 on the first day
    of M-4 (openfisca_runner.Arrays.familles): an older child, of 25 or 26 at home, is a
    famille of its own and leaves the young adult without children there."""
    first = add_months(period_start, -4)
    in_famille = [m for m in members
                  if m["role"] == "enfant" and household_shapes.age_on(datetime.date.fromisoformat(m["date_naissance"]), first) < 25]
    for m in members:
        age = household_shapes.age_on(datetime.date.fromisoformat(m["date_naissance"]), period_start)
        m["pension_alimentaire_parent_deduite"] = (
            age < 25 and m["pensions_alimentaires_percues"] > 0 and not in_famille)


def generate(n, period_start, seed, shapes=household_shapes.SHAPES):
    """`n` households for the month starting on `period_start`, with the shapes of
    shapes.py (all of them unless told otherwise; none gives the stationary households).
    Whether a maintenance is presumed deducted is read after the shapes, which may make a
    child 25 or 26."""
    rng = random.Random(seed)
    out = []
    for i in range(n):
        fam, members = household_shapes.apply(household(i, period_start, rng), i, period_start, seed, shapes)
        presume_maintenance_deducted(members, period_start)
        out.append((fam, members))
    return out


def vary_salaries(households, period_start, seed, share):
    """Gives `share` of the earners a salary that changes over the reference quarter
    (M-3..M-1), as `salaire_mois` ({"YYYY-MM": euros}); every other person gets None. The
    single value `salaire_net` stays the quarter's mean to the cent (the three salaries add
    up to three times it), so that what reads quarterly sums or averages (the RSA, the CSS,
    the AAH and ASPA resources) sees the same resources, and only what is computed month by
    month (the prime d'activité, CSS R843-1) sees the change."""
    rng = random.Random(seed * 7919 + 1)
    months = [add_months(period_start, k).strftime("%Y-%m") for k in (-3, -2, -1)]
    for _, members in households:
        for p in members:
            p["salaire_mois"] = None
            s = p.get("salaire_net") or 0.0
            if s <= 0 or rng.random() >= share:
                continue
            d = rng.uniform(0.05, 0.5)
            low, high = round(s * (1 - d), 2), round(s * (1 + d), 2)
            middle = round(3 * s - low - high, 2)
            p["salaire_mois"] = dict(zip(months, rng.sample([low, middle, high], 3)))
