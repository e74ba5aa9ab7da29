"""Maps eligo inputs of a household to an OpenFisca-France situation for one month.

eligo's monthly inputs are averages over the three months before the period (twelve for the
complémentaire santé solidaire); the generator draws incomes that are the same every month,
so they are given to OpenFisca for each of the twelve months before the period, for the period
itself, and up to the end of its year (the yearly benefits read January, October and
December of the year).
"""

NATIONALITE = {"francaise": "FR", "ue": "DE", "hors_ue": "MA"}


def month_list(period, before, after_to_year_end=False):
    """The `before` months before `period`, the period, and optionally the rest of its year."""
    y, m = map(int, period.split("-"))
    out = []
    for k in range(before, -1, -1):
        mm, yy = m - k, y
        while mm <= 0:
            mm += 12
            yy -= 1
        out.append(f"{yy:04d}-{mm:02d}")
    if after_to_year_end:
        out += [f"{y:04d}-{mm:02d}" for mm in range(m + 1, 13)]
    return out


def months_before(period):
    return month_list(period, 3)  # M-3, M-2, M-1, M


def _each(months, value):
    return {mo: value for mo in months}


def situation(households, period):
    months = month_list(period, 12, after_to_year_end=True)
    past = month_list(period, 12)[:-1]  # M-12 .. M-1
    year = period[:4]
    year_n2 = str(int(year) - 2)
    individus, familles, foyers, menages = {}, {}, {}, {}
    for fam, members in households:
        fid = fam["id"]
        parents, enfants = [], []
        for k, p in enumerate(members):
            pid = f"{fid}_{k}"
            (enfants if p["role"] == "enfant" else parents).append(pid)
            duree = 0.0
            if p["nationalite"] == "ue" and p["droit_au_sejour_ue"]:
                duree = 1.0  # OpenFisca asks three months of residence of EU nationals
            if p["nationalite"] == "hors_ue":
                duree = 12.0 if p["titre_sejour_10_ans"] else (6.0 if p["titre_sejour_5_ans"] else 2.0)
            ind = {
                "date_naissance": {"ETERNITY": p["date_naissance"]},
                "nationalite": _each(months, NATIONALITE[p["nationalite"]]),
                "duree_possession_titre_sejour": _each(months, duree),
                "salaire_net": _each(months, p["salaire_net"]),
                "salaire_imposable": _each(months, p["salaire_net"]),
                "salaire_de_base": _each(months, p["salaire_net"]),
                "chomage_net": _each(months, p["chomage_net"]),
                "retraite_nette": _each(months, p["retraite_nette"]),
                "retraite_brute": _each(months, p["retraite_brute"]),
                "pensions_alimentaires_percues": _each(months, p["pensions_alimentaires_percues"]),
                "taux_incapacite": _each(months, p["taux_incapacite"]),
                "handicap": _each(months, p["handicap"]),
                "aah_restriction_substantielle_durable_acces_emploi":
                    _each(months, p["aah_restriction_substantielle_durable_acces_emploi"]),
                "activite": _each(months, "etudiant" if p["etudiant"] else ("actif" if p["salaire_net"] > 0 else "inactif")),
                "rsa_jeune_condition_heures_travail_remplie": _each(months, p["rsa_jeune_condition_heures_travail_remplie"]),
                "inapte_travail": _each(months, p["inapte_travail"]),
                "enceinte": _each(months, p["enceinte"]),
                "revenu_assimile_pension": {year_n2: p["pensions_n2"]},
            }
            individus[pid] = ind
        pf = fam["prestations_familiales_percues"]
        familles[fid] = {
            "parents": parents, "enfants": enfants,
            "aide_logement": _each(months, fam["aide_logement"]),
            "rsa_isolement_recent": _each(months, fam["rsa_isolement_recent"]),
            # the family benefits eligo takes as an input are imposed on OpenFisca, for the
            # RSA and the prime d'activité (quarter) and for the CSS (twelve months, as
            # allocations familiales, the other family benefits being nil)
            "rsa_base_ressources_prestations_familiales": _each(months, pf),
            "ppa_base_ressources_prestations_familiales": _each(months, pf),
            "af": _each(past, pf),
            "asf": _each(past, 0.0), "cf": _each(past, 0.0),
            "paje_clca": _each(past, 0.0), "paje_prepare": _each(past, 0.0),
        }
        if fam.get("prestations_familiales_base_ressources") is not None:
            familles[fid]["prestations_familiales_base_ressources"] = _each(
                months, fam["prestations_familiales_base_ressources"])
        foyers[fid] = {"declarants": parents, "personnes_a_charge": enfants}
        if fam.get("revenu_fiscal_reference") is not None:
            foyers[fid]["rfr"] = {year_n2: fam["revenu_fiscal_reference"]}
        statut = fam["statut_occupation_logement"]
        menages[fid] = {
            "personne_de_reference": parents[:1], "conjoint": parents[1:2], "enfants": enfants,
            "statut_occupation_logement": _each(months, statut),
            "loyer": _each(months, 500.0 if statut in ("primo_accedant",) or statut.startswith("locataire") else 0.0),
        }
    return {"individus": individus, "familles": familles, "foyers_fiscaux": foyers, "menages": menages}
