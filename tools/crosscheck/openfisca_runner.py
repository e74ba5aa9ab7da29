"""OpenFisca-France on many households at once: one simulation per month, built from arrays.

Building a simulation from a situation dictionary costs OpenFisca a Python walk over every
value of every person and month (more than 20 minutes for 10,000 households). Here the
entities are declared from id arrays (`declare_person_entity`, `declare_entity`,
`join_with_persons`) and every input is given as one array per month (`set_input`), so the
cost is a few hundred numpy calls whatever the number of households.

The households are those of households.py: one foyer fiscal and one ménage each, and one
famille, but for a child of 25 or more, who forms a famille of its own (`Arrays.familles`).
The inputs are the ones situation.py gives for a single household; both must stay in step.

    from openfisca_runner import OpenFiscaRunner
    runner = OpenFiscaRunner()                  # builds FranceTaxBenefitSystem once
    values = runner.run(households, "2025-09", benefits.load())
    values["rsa"]                               # numpy array, one amount per household
"""
import datetime

import numpy as np

import openfisca_law
import openfisca_updates
import reference_window
import situation as sit
from shapes import age_on

# OpenFisca's roles (its entities' flattened roles: a parent is demandeur or conjoint, a
# declarant is declarant_principal or conjoint) for a household's members, by eligo role
FAMILLE_ROLE = {"demandeur": "demandeur", "conjoint": "conjoint", "enfant": "enfant"}
FOYER_ROLE = {"demandeur": "declarant_principal", "conjoint": "conjoint", "enfant": "personne_a_charge"}
MENAGE_ROLE = {"demandeur": "personne_de_reference", "conjoint": "conjoint", "enfant": "enfant"}

# personne inputs given every month: OpenFisca variable -> eligo input (same value)
MONTHLY_PERSON = {
    "salaire_net": "salaire_net", "salaire_imposable": "salaire_net", "salaire_de_base": "salaire_de_base",
    "chomage_net": "chomage_net", "retraite_nette": "retraite_nette", "retraite_brute": "retraite_brute",
    "pensions_invalidite": "pension_invalidite",
    "pensions_alimentaires_percues": "pensions_alimentaires_percues",
    "taux_incapacite": "taux_incapacite", "handicap": "handicap",
    "aah_restriction_substantielle_durable_acces_emploi": "aah_restriction_substantielle_durable_acces_emploi",
    "rsa_jeune_condition_heures_travail_remplie": "rsa_jeune_condition_heures_travail_remplie",
    "inapte_travail": "inapte_travail", "enceinte": "enceinte",
}


class Arrays:
    """The households as columns: one row per person, one row per household."""

    def __init__(self, households):
        self.ids = [fam["id"] for fam, _ in households]
        persons = [(fam["id"], k, p) for fam, members in households for k, p in enumerate(members)]
        self.person_ids = [f"{fid}_{k}" for fid, k, _ in persons]
        self.household_of = np.array([fid for fid, _, _ in persons])  # the household's id
        self.roles = [p["role"] for _, _, p in persons]
        self.person = {k: [p[k] for _, _, p in persons] for k in persons[0][2]} if persons else {}
        self.famille = {k: [fam.get(k) for fam, _ in households] for k in households[0][0]}

    def familles(self, period):
        """(famille ids, each person's famille id, each person's role in it): the household's
        famille, and after all of them one famille for each child who is 25 or more in every
        month of the RSA's and prime d'activité's quarters for `period` (from M-4, the first
        month of the quarter of décret n° 2025-185; a child who turns 25 later stays, and
        OpenFisca reads its age month by month, as the pack does). No one of that age is a
        dependant of the parents' foyer for the RSA (CASF R262-3, 1°) nor for the prime
        d'activité, whose foyer is the RSA's (CSS D843-1, the pack's `rsa_nb_personnes`); an
        OpenFisca user describes them so, as a famille of their own in the same ménage. Left in the parents' famille, OpenFisca would
        add their pay to the parents' prime d'activité (docs/crosscheck.md, P1)."""
        day = datetime.date.fromisoformat(f"{sit.month_list(period, 4)[0]}-01")
        own = np.array([r == "enfant" and age_on(datetime.date.fromisoformat(b), day) >= 25
                        for r, b in zip(self.roles, self.person["date_naissance"])], dtype=bool)
        ids = list(self.ids) + [pid for pid, o in zip(self.person_ids, own) if o]
        of = np.where(own, np.array(self.person_ids), self.household_of)
        roles = np.array([FAMILLE_ROLE[r] for r in self.roles], dtype=object)
        roles[own] = "demandeur"
        return ids, of, roles

    def person_float(self, name):
        return np.array(self.person[name], dtype=np.float64)

    def person_dates(self, name):
        return np.array(self.person[name], dtype="datetime64[D]")

    def famille_float(self, name):
        return np.array(self.famille[name], dtype=np.float64)


def residence_months(arrays):
    """OpenFisca's `duree_possession_titre_sejour` (years) for each person, from eligo's
    permit flags: 12 for a ten-year permit (ASPA: 10), 6 for a five-year one (RSA, prime
    d'activité: 5), 2 otherwise; 1 for an EU national with a right of residence."""
    nat = arrays.person["nationalite"]
    ue = arrays.person["droit_au_sejour_ue"]
    t5, t10 = arrays.person["titre_sejour_5_ans"], arrays.person["titre_sejour_10_ans"]
    out = np.zeros(len(nat))
    for k, n in enumerate(nat):
        if n == "ue" and ue[k]:
            out[k] = 1.0
        elif n == "hors_ue":
            out[k] = 12.0 if t10[k] else (6.0 if t5[k] else 2.0)
    return out


# What a person receives that eligo takes as an input and only OpenFisca computes: {eligo
# input: OpenFisca variable}, per person, in the evaluated month. The allocation
# supplémentaire d'invalidité (CSS L815-24) is not among the pack's benefits; an agency knows
# it as an amount received. Given to eligo, both sides count the same ASI.
RECEIVED_BY_PERSON = {"asi_percue": "asi"}

# OpenFisca values read beside the benefits, for causes.py: {name: variable} (individu
# variables are summed over the famille), in the evaluated month
DIAGNOSTICS = {"asi_eligibilite": "asi_eligibilite"}


# the allowances OpenFisca counts over the months before M (the CSS over twelve, the RSA,
# prime d'activité and ASPA over their quarter): the AAH, the ASI, which it computes (S4),
# and the ASPA, in that order: the ASPA of M reads the AAH and ASI of its quarter, which
# must be the stationary ones when it is computed
PAST_ALLOWANCES = ("aah", "asi", "aspa")


# the benefits eligo computes month by month over their reference quarter, each month with
# that month's allowances: the prime d'activité (CSS R843-1), the RSA, which counts the
# AAH, ASPA and MVA received in each month of its quarter (CASF R262-7), and the ASPA, which
# counts a partner's AAH of each month of its three (CSS R815-29)
QUARTER_MONTH_BY_MONTH = ("ppa", "rsa", "aspa")


def stationary_allowances(simulation, period, own_months=None):
    """The AAH, ASI and ASPA of the twelve months before M, as OpenFisca reads them (the CSS
    over twelve months, the RSA, prime d'activité and ASPA over their quarter), set to their
    value in M.

    eligo's inputs describe a stationary situation: the same incomes every month. OpenFisca
    computes these allowances for each past month itself, so a person who reached 62, 64 or
    65 within the year, or the April revaluation, would make its twelve months differ from
    eligo's twelve times the month (docs/crosscheck.md, S2): a pensioner who turned 64 in the
    year had OpenFisca's ASI before it, and its ASPA after (h7687 of 2025-09), and in May the
    ASPA of a partner of an AAH recipient read the AAH of February and March, before the
    April revaluation (h1390 of 2025-05). Imposing the month's value on the past months gives
    OpenFisca the situation eligo describes.

    `own_months` ({month: {name: value}}, from `own_stationary_allowances`) gives the months
    of the reference quarter their own stationary values instead: eligo computes the prime
    d'activité of each month of the quarter with that month's allowances (the AAH revalued in
    April), and with M's for all three OpenFisca deducted the revaluation from the earlier
    months (R2). Returns {name: value in M}."""
    own_months = own_months or {}
    values = {}
    for name in PAST_ALLOWANCES:
        value = values[name] = simulation.calculate(name, period)
        for month in sit.month_list(period, 12)[:-1]:
            simulation.delete_arrays(name, month)
            simulation.set_input(name, month, own_months.get(month, {}).get(name, value))
    return values


def compute_in_64_bit_floats():
    """OpenFisca-France declares its amounts as floats, which openfisca-core stores in 32 bits
    (about seven significant digits): a half cent of the law (1.5 x 651.69 = 977.535) comes out
    a few millionths of a euro off, on either side. The same formulas in 64-bit floats keep an
    amount exact to about 1e-12 EUR, so that a half cent is seen as one (openfisca_cents.py).
    openfisca-core reads the type when it builds a tax-benefit system: call this before."""
    from openfisca_core.variables import config
    config.VALUE_TYPES[float]["dtype"] = np.float64


class OpenFiscaRunner:
    """Builds FranceTaxBenefitSystem once; `run` evaluates a list of households for a month.

    `updates`: bring the parameters OpenFisca has not caught up with to the law
    (openfisca_updates.py), and the formulas that diverge from it (openfisca_law.py).
    `float64`: compute in 64-bit floats (`compute_in_64_bit_floats`; the cross-check does,
    the speed benchmarks do not).
    `tax_benefit_system`: one already built, shared by several runners (tests that build it
    once); with `float64`, built after `compute_in_64_bit_floats`. With `updates`, the runner
    changes its parameters: it is then no longer the system as published.
    `decree_window`: from March 2025, set OpenFisca's own input `departement_experimentation_rsa`,
    which switches its published RSA and prime d'activité formulas to the quarter M-4 .. M-2
    (written for the départements of the 2024 experiment), the quarter of décret n° 2025-185
    everywhere. A diagnosis of class W1, never the comparison as published: it leaves
    OpenFisca's formulas as they are and tells whether the quarter is the whole difference."""

    def __init__(self, tax_benefit_system=None, updates=True, float64=False, decree_window=False):
        self.float_type = np.float64 if float64 else np.float32
        self.decree_window = decree_window
        if float64:
            if tax_benefit_system is None:
                compute_in_64_bit_floats()
            elif tax_benefit_system.variables["rsa"].dtype != np.float64:
                # a system built in 32-bit floats keeps them: the choice is made before it is built
                raise ValueError("64-bit floats are chosen before the tax-benefit system is built "
                                 "(compute_in_64_bit_floats)")
        if tax_benefit_system is None:
            from openfisca_france import FranceTaxBenefitSystem
            tax_benefit_system = FranceTaxBenefitSystem()
        self.tbs = tax_benefit_system
        self.updates, self.corrections = [], []
        self.law_corrections = updates
        if updates:
            self.updates = openfisca_updates.apply(self.tbs)
            self.corrections = openfisca_law.apply_to_parameters(self.tbs)

    def simulation(self, households, period, described_at=None):
        """A simulation of all the households, with every input set for every month read; its
        familles those of the households at `described_at` (default: `period`), so that the
        simulations of a run's other months hold the same familles (`Arrays.familles`)."""
        from openfisca_core.simulation_builder import SimulationBuilder
        a = Arrays(households)
        builder = SimulationBuilder()
        builder.create_entities(self.tbs)
        builder.declare_person_entity("individu", a.person_ids)
        famille_ids, famille_of, famille_roles = a.familles(described_at or period)
        famille = builder.declare_entity("famille", famille_ids)
        builder.join_with_persons(famille, famille_of, famille_roles)
        for key, roles in (("foyer_fiscal", FOYER_ROLE), ("menage", MENAGE_ROLE)):
            entity = builder.declare_entity(key, a.ids)
            builder.join_with_persons(entity, a.household_of, np.array([roles[r] for r in a.roles]))
        simulation = builder.build(self.tbs)
        self._set_inputs(simulation, a, period, len(famille_ids) - len(a.ids))
        return simulation

    def _set_inputs(self, simulation, a, period, own_familles=0):
        # M-15 .. December: the CSS reads the AAH and ASPA of M-12, which read their own
        # reference quarter M-15 .. M-13
        months = sit.month_list(period, 15, after_to_year_end=True)
        past = sit.month_list(period, 12)[:-1]  # M-12 .. M-1
        year_n2 = str(int(period[:4]) - 2)
        enum = lambda name, values: self.tbs.variables[name].possible_values.encode(np.array(values))  # noqa: E731
        person = {of: (np.array(a.person[el], dtype=bool) if isinstance(a.person[el][0], bool)
                       else a.person_float(el)) for of, el in MONTHLY_PERSON.items()}
        person["nationalite"] = np.array([sit.NATIONALITE[n] for n in a.person["nationalite"]])
        person["duree_possession_titre_sejour"] = residence_months(a)
        salaire = a.person_float("salaire_net")
        t10 = a.person["titre_sejour_10_ans"]
        etudiant = np.array(a.person["etudiant"], dtype=bool)
        person["activite"] = enum("activite", np.where(etudiant, "etudiant", np.where(salaire > 0, "actif", "inactif")))
        # the famille of a child of 25 or more (Arrays.familles) receives nothing of its own
        own = lambda values: np.concatenate([values, np.zeros(own_familles, dtype=values.dtype)])  # noqa: E731
        pf = own(a.famille_float("prestations_familiales_percues"))
        famille = {
            "aide_logement": own(a.famille_float("aide_logement")),
            # the MVA (majoration pour la vie autonome) reads this one; OpenFisca would
            # otherwise compute a housing aid from the rent where the household has none
            "aide_logement_montant": own(a.famille_float("aide_logement")),
            "rsa_isolement_recent": own(np.array(a.famille["rsa_isolement_recent"], dtype=bool)),
            # the family benefits eligo takes as an input, imposed on OpenFisca (situation.py)
            "rsa_base_ressources_prestations_familiales": pf,
            "ppa_base_ressources_prestations_familiales": pf,
        }
        if all(v is not None for v in a.famille["prestations_familiales_base_ressources"]):
            famille["prestations_familiales_base_ressources"] = own(a.famille_float("prestations_familiales_base_ressources"))
        statut = a.famille["statut_occupation_logement"]
        rent = np.array([500.0 if s == "primo_accedant" or s.startswith("locataire") else 0.0 for s in statut])
        menage = {"statut_occupation_logement": enum("statut_occupation_logement", statut), "loyer": rent}
        # eligo's `residence` as OpenFisca's overseas flags (its `residence_dom` reads them)
        residence = a.famille["residence"]
        for place in ("guadeloupe", "martinique", "guyane", "reunion", "mayotte"):
            menage[f"residence_{place}"] = np.array([r == place for r in residence], dtype=bool)
        # Salaries that change over the reference quarter (households.vary_salaries): those
        # months' values replace the single one, for every OpenFisca variable read from it,
        # the gross pay (the ASPA's, equal to the net in the harness) as well.
        by_month = a.person.get("salaire_mois")
        quarter = {}
        if by_month and any(by_month):
            # a simulation of a month of M's quarter (own_stationary_allowances) reads the
            # salaries of that quarter it has reached, its own month's included (the AAH of
            # March 2024 counts a child paid under the ceiling in March only: h1149 of seed 7),
            # and the mean before; the simulation of M itself has no salary of its own month
            quarter = {month: np.array([m.get(month, s) if m else s for m, s in zip(by_month, salaire)])
                       for month in sit.month_list(period, 3)}
        if self.decree_window:
            for month in months:
                simulation.set_input("departement_experimentation_rsa", month,
                                     np.full(len(pf), month >= reference_window.DECREE_START[:7], dtype=bool))
        for month in months:
            for values in (person, famille, menage):
                for name, v in values.items():
                    if month in quarter and MONTHLY_PERSON.get(name) in ("salaire_net", "salaire_de_base"):
                        v = quarter[month]
                    simulation.set_input(name, month, v)
        # CSS L512-3, R512-2: a child paid more than 55% of 169 hours of SMIC in a month is
        # no dependant for the family benefits. eligo computes it from the pay; OpenFisca takes
        # it as the input `autonomie_financiere`, given here from the same pay, month by month
        child = np.array([r == "enfant" for r in a.roles])
        for month in months:
            pay = quarter.get(month, salaire)
            simulation.set_input("autonomie_financiere", month, child & (pay > sit.child_pay_ceiling(month)))
        zero = np.zeros(len(pf))
        for month in past:  # the CSS reads twelve past months of family benefits
            simulation.set_input("af", month, pf)
            for name in ("asf", "cf", "paje_clca", "paje_prepare"):
                simulation.set_input(name, month, zero)
        # OpenFisca's own formula of this condition ignores the residence permit: it passes
        # the permit test as the output argument of numpy's two-operand logical_or, so no
        # non-EU national ever meets it (docs/crosscheck.md, O1). Its intended value, from
        # the same inputs: EEA national or permit held for ten years (CSS L816-1).
        aspa_nationalite = np.array([n != "hors_ue" or t for n, t in zip(a.person["nationalite"], t10)])
        for month in months:
            simulation.set_input("asi_aspa_condition_nationalite", month, aspa_nationalite)
        simulation.set_input("date_naissance", "ETERNITY", a.person_dates("date_naissance"))
        simulation.set_input("revenu_assimile_pension", year_n2, a.person_float("pensions_n2"))
        if all(v is not None for v in a.famille["revenu_fiscal_reference"]):
            simulation.set_input("rfr", year_n2, a.famille_float("revenu_fiscal_reference"))

    def run(self, households, period, modules, simulation=None):
        """{benefit id: amounts}, and {benefit id: eligible} for modules with OPENFISCA_ELIGIBLE;
        one value per household, in the order of `households`."""
        sim = simulation or self.simulation(households, period)
        # The yearly benefits first: computing the ASI of a month of the previous year, as
        # the AAH correction does for a period early in the year, changes OpenFisca's ARS of
        # the year (seen on h317 of 2024-09, whose child turns 18 in December).
        yearly = [m for m in modules if getattr(m, "OPENFISCA_PERIOD", "month") == "year"]
        monthly = [m for m in modules if m not in yearly]
        amounts, eligible = {}, {}
        if self.law_corrections and any(m.ID == "ars" for m in yearly):
            # the ARS in a simulation of its own, whose December ages are those of R543-2
            ars_sim = self.simulation(households, period)
            openfisca_law.ars_children_of_r543_2(ars_sim, period, Arrays(households).person_dates("date_naissance"))
            self._calculate(ars_sim, period, [m for m in yearly if m.ID == "ars"], amounts, eligible)
            yearly = [m for m in yearly if m.ID != "ars"]
        self._calculate(sim, period, yearly, amounts, eligible)
        if self.law_corrections:
            openfisca_law.aah_completes_old_age_pension(sim, sit.month_list(period, 12))
            if any(m.ID == "css" for m in monthly):
                # in a simulation of its own, whose January ages are those of 1 January
                openfisca_law.css_contribution_by_age_on_1_january(
                    sim, period, self.simulation(households, period), Arrays(households).person_dates("date_naissance"))
        # the same stationary year whichever benefits are asked: the RSA and prime d'activité
        # read the AAH and ASPA of their quarter too
        stationary_allowances(sim, period)
        by_month = [m for m in monthly if m.ID in QUARTER_MONTH_BY_MONTH]
        others = [m for m in monthly if m not in by_month]
        css = any(m.ID == "css" for m in others)
        if by_month or css:
            # in a simulation of its own, whose quarter holds each month's own allowances
            own_sim = self.simulation(households, period)
            if self.law_corrections:
                openfisca_law.aah_completes_old_age_pension(own_sim, sit.month_list(period, 12))
            stationary_allowances(own_sim, period, self.own_stationary_allowances(households, period))
            self._calculate(own_sim, period, by_month, amounts, eligible)
            if css:
                # the CSS is free for the RSA's beneficiaries (CSS L861-1): the RSA of M it
                # reads is the one compared, each month of its quarter with its own allowances,
                # as eligo's CSS reads eligo's RSA
                sim.set_input("rsa", period, own_sim.calculate("rsa", period))
        self._calculate(sim, period, others, amounts, eligible)
        return amounts, eligible

    def own_stationary_allowances(self, households, period):
        """{month: {name: value}} for each month of the reference quarter (M-3..M-1): the
        allowances of PAST_ALLOWANCES that a simulation of that month computes, its own year
        made stationary as M's is (its parameters, its salary), the values eligo reads for
        that month of the quarter. With `decree_window`, from March 2025, M-4 as well: the
        quarter OpenFisca then reads is M-4 .. M-2."""
        own = {}
        reaches_m4 = self.decree_window and period >= reference_window.DECREE_START[:7]
        for month in sit.month_list(period, 4 if reaches_m4 else 3)[:-1]:
            sim = self.simulation(households, month, described_at=period)
            if self.law_corrections:
                openfisca_law.aah_completes_old_age_pension(sim, sit.month_list(month, 12))
            own[month] = stationary_allowances(sim, month)
        return own

    def _calculate(self, sim, period, modules, amounts, eligible):
        for m in modules:
            per = period[:4] if getattr(m, "OPENFISCA_PERIOD", "month") == "year" else period
            amounts[m.ID] = by_household(sim, sim.calculate(m.OPENFISCA_VARIABLE, per), m.ENTITY)
            el = amounts[m.ID] > 0
            for var in getattr(m, "OPENFISCA_ELIGIBLE", []):
                el = el | (by_household(sim, sim.calculate(var, per), self.tbs.variables[var].entity.key) > 0)
            eligible[m.ID] = el

    def diagnostics(self, simulation, period):
        """{name: one value per household} of DIAGNOSTICS, after `run` on the simulation."""
        out = {}
        for name, var in DIAGNOSTICS.items():
            out[name] = by_household(simulation, simulation.calculate(var, period), self.tbs.variables[var].entity.key)
        return out


def by_household(simulation, values, entity):
    """One value per household, in the order of the households: a person's values summed over
    the household's members, the values of its famille (declared first, in the households'
    order, before the familles of its children of 25 or more), foyer fiscal or ménage."""
    values = np.asarray(values, dtype=np.float64)
    households = simulation.populations["menage"]
    if entity == "individu":
        return households.sum(values)
    return values[:households.count]


def received_by_person(simulation, period):
    """{eligo input: one value per person, in the households' member order} of
    RECEIVED_BY_PERSON, after `run` on the simulation."""
    return {name: np.asarray(simulation.calculate(var, period), dtype=np.float64)
            for name, var in RECEIVED_BY_PERSON.items()}


def main():
    """Command line: the OpenFisca side in its own Python environment (its numpy and pytest
    pins may differ from eligo's), households read from and results written to JSON."""
    import argparse
    import json
    import time
    import benefits
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--households", required=True, help="JSON file: a list of [famille, members]")
    ap.add_argument("--period", required=True, help="YYYY-MM")
    ap.add_argument("--benefits", nargs="*", default=None)
    ap.add_argument("--output", required=True, help="JSON file: per benefit, amounts and eligibility")
    ap.add_argument("--float32", action="store_true", help="OpenFisca's own 32-bit floats (default: 64 bits)")
    a = ap.parse_args()
    with open(a.households) as f:
        households = [(fam, members) for fam, members in json.load(f)]
    clock = time.perf_counter()
    runner = OpenFiscaRunner(float64=not a.float32)
    built = time.perf_counter()
    simulation = runner.simulation(households, a.period)
    amounts, eligible = runner.run(households, a.period, benefits.load(a.benefits), simulation)
    diagnostics = runner.diagnostics(simulation, a.period)
    received = received_by_person(simulation, a.period)
    done = time.perf_counter()
    with open(a.output, "w") as f:
        json.dump({"period": a.period, "ids": [fam["id"] for fam, _ in households],
                   "amounts": {k: v.tolist() for k, v in amounts.items()},
                   "eligible": {k: v.tolist() for k, v in eligible.items()},
                   "diagnostics": {k: v.tolist() for k, v in diagnostics.items()},
                   "received_by_person": {k: v.tolist() for k, v in received.items()},
                   "float_bits": 32 if a.float32 else 64,
                   "seconds": {"tax_benefit_system": built - clock, "simulation": done - built}}, f)


if __name__ == "__main__":
    main()
