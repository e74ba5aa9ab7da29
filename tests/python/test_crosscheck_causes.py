"""The causes the cross-check gives a difference (tools/crosscheck/causes.py), each on a
household of docs/crosscheck.md: a cause is given when the household has the feature that
produces it and the gap has its size, and not otherwise."""
import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
sys.path.insert(0, os.path.join(ROOT, "tools", "crosscheck"))
import causes  # noqa: E402
import crosscheck  # noqa: E402


def person(role, born, **values):
    base = {"role": role, "date_naissance": born, "taux_incapacite": 0.0, "salaire_net": 0.0,
            "chomage_net": 0.0, "retraite_nette": 0.0, "pensions_alimentaires_percues": 0.0,
            "nationalite": "francaise", "titre_sejour_5_ans": False}
    base.update(values)
    return base


def household(*members):
    return ({"id": "h"}, list(members))


def test_css_contribution_by_the_age_on_1_january():
    # h42 of 2024-09: 70 on 11 January 2024, 25 EUR by the age on 1 January, 30 by the age in September
    h = household(person("demandeur", "1954-01-11"))
    assert causes.cause("css", h, "2024-09", (True, 25.0), (True, 30.0), {}) == "CSS age on 1 January (C2)"
    # a gap that is not the band change
    assert causes.cause("css", h, "2024-09", (True, 25.0), (True, 31.0), {}) is None
    # 70 only in October, after the period: the same band both ways, no cause
    assert causes.cause("css", household(person("demandeur", "1954-10-11")), "2024-09",
                        (True, 25.0), (True, 30.0), {}) is None


def test_css_child_of_25_counted_in_openfisca():
    # h1735 of 2025-09: a father of 55 on unemployment benefit and his daughter, 25 since 13 July
    # 2025: eligo, by CSS R861-2 ("moins de vingt-cinq ans"), a foyer of one and 21 EUR of
    # contribution; OpenFisca (age <= 25) a foyer of two and a free CSS, which eligo gives too
    # with the children of 25 counted (crosscheck.give_css_with_children_of_25_counted)
    h = household(person("demandeur", "1970-06-01", chomage_net=775.23), person("enfant", "2000-07-13"))
    name = "CSS: a child of 25 counted as a dependant in OpenFisca (C4)"
    assert causes.cause("css", h, "2025-09", (True, 21.0), (True, 0.0),
                        {"eligo_css_child_of_25_counted_css": (True, 0.0)}) == name
    # the rerun moves nothing: not this class
    assert causes.cause("css", h, "2025-09", (True, 21.0), (True, 0.0),
                        {"eligo_css_child_of_25_counted_css": (True, 21.0)}) is None
    assert "css.age_limite_personne_a_charge=26" in crosscheck.CSS_DEPENDANTS_AS_OPENFISCA


def test_css_aspa_of_a_person_who_turned_65_within_the_year():
    # h1192 of 2025-09: 65 on 1 September 2025, no other income; eligo's twelve months hold no
    # ASPA (a free CSS), OpenFisca is given the ASPA of September for all twelve (25 EUR, the
    # contribution at 64 on 1 January)
    h = household(person("demandeur", "1960-09-01", taux_incapacite=0.49))
    name = "CSS: the ASPA of a person who turned 65 within the twelve months, M's in OpenFisca (S2)"
    assert causes.cause("css", h, "2025-09", (True, 0.0), (True, 25.0), {}) == name
    # not the contribution of the foyer: another cause
    assert causes.cause("css", h, "2025-09", (True, 0.0), (True, 30.0), {}) is None
    # 65 since 2024: the twelve months hold the ASPA on both sides
    h = household(person("demandeur", "1959-05-01", taux_incapacite=0.49))
    assert causes.cause("css", h, "2025-09", (True, 0.0), (True, 25.0), {}) is None


def test_aspa_twelfth_rounded_down():
    h = household(person("demandeur", "1950-03-01"), person("conjoint", "1951-04-01"))
    assert causes.cause("aspa", h, "2024-09", (True, 1571.16), (True, 1571.17), {}) == \
        "ASPA monthly amounts rounded down (N4)"
    assert causes.cause("aspa", h, "2024-09", (True, 1571.16), (True, 1571.19), {}) is None


def test_css_young_couple_one_partner_with_maintenance():
    # h116 of 2024-09: both under 25, one with a maintenance; the pack forms the couple's
    # household through the other partner, OpenFisca sends it to the parents' household
    h = household(person("demandeur", "2001-05-02"), person("conjoint", "2002-03-01", pensions_alimentaires_percues=250.0))
    s3 = "CSS young couple, one partner with maintenance (S3)"
    assert causes.cause("css", h, "2024-09", (True, 0.0), (False, 0.0), {}) == s3
    # both with a maintenance: not this class
    h = household(person("demandeur", "2001-05-02", pensions_alimentaires_percues=100.0),
                  person("conjoint", "2002-03-01", pensions_alimentaires_percues=250.0))
    assert causes.cause("css", h, "2024-09", (True, 0.0), (False, 0.0), {}) is None
    # h385 of 2024-05: with a son of 25, a famille of his own for OpenFisca: still this class
    h = household(person("demandeur", "2004-02-01", pensions_alimentaires_percues=394.17),
                  person("conjoint", "2003-01-05"), person("enfant", "1998-12-13"))
    assert causes.cause("css", h, "2024-05", (True, 0.0), (False, 0.0), {}) == s3
    # with a child of 3, the couple's famille has a child: not this class
    h = household(person("demandeur", "2004-02-01", pensions_alimentaires_percues=394.17),
                  person("conjoint", "2003-01-05"), person("enfant", "2021-01-01"))
    assert causes.cause("css", h, "2024-05", (True, 0.0), (False, 0.0), {}) is None


def test_maintenance_presumed_deducted_as_openfisca_sees_the_famille():
    start = crosscheck.datetime.date(2024, 5, 1)
    young = person("demandeur", "2005-09-28", pensions_alimentaires_percues=92.87)
    # a child of 25 from M-4: a famille of its own for OpenFisca, the young adult has none
    members = [dict(young), person("enfant", "1998-12-07")]
    crosscheck.hh.presume_maintenance_deducted(members, start)
    assert members[0]["pension_alimentaire_parent_deduite"] is True
    # a child under 25 on the first day of M-4 stays in the famille
    members = [dict(young), person("enfant", "1999-03-01")]
    crosscheck.hh.presume_maintenance_deducted(members, start)
    assert members[0]["pension_alimentaire_parent_deduite"] is False


def one_person_css_2025(resources):
    """eligo's CSS values for one person in metropolitan France in 2025-09, as
    `eligo explain --trace` gives them: the ceilings 10,339 and 13,957 (10,339 x 1.35 = 13,957.65
    rounded down)."""
    return {"eligo_css": {"css_ressources": resources, "css_plafond_exact": 10339.0,
                          "css_plafond_gratuite": 10339.0, "css_plafond_participation": 13957.0}}


def test_css_ceilings_in_whole_euros():
    # h8214 of 2025-09 (seed 3): resources between the published ceiling and the exact product
    h = household(person("demandeur", "1973-02-21", salaire_net=1104.25, pensions_alimentaires_percues=58.87))
    c3 = "CSS ceilings in whole euros (C3)"
    assert causes.cause("css", h, "2025-09", (False, 0.0), (True, 21.0), one_person_css_2025(13957.44)) == c3
    # resources above the exact ceiling too: not this class
    assert causes.cause("css", h, "2025-09", (False, 0.0), (True, 21.0), one_person_css_2025(13958.00)) is None


def test_css_ceiling_not_revalued_in_openfisca():
    # with --openfisca-as-published: one person in 2025-09, resources of 10,200 EUR, free in
    # eligo (ceiling 10,339), above OpenFisca's 10,166 of April 2024: a contribution there
    h = household(person("demandeur", "1980-02-01"))
    c1 = "CSS ceilings not revalued in OpenFisca (C1)"
    assert causes.cause("css", h, "2025-09", (True, 0.0), (True, 14.0), one_person_css_2025(10200.0)) == c1
    # below both ceilings, the difference has another cause
    assert causes.cause("css", h, "2025-09", (True, 0.0), (True, 14.0), one_person_css_2025(10100.0)) is None


def test_energy_voucher_ceiling_not_updated_in_openfisca():
    # with --openfisca-as-published: a couple (1.5 units) with 16,350 EUR of reference tax
    # income, 10,900 per unit, between OpenFisca's 10,800 and the 11,000 in force
    couple = ({"id": "h", "revenu_fiscal_reference": 16350.0},
              [person("demandeur", "1970-01-01"), person("conjoint", "1971-01-01")])
    e1 = "energy-voucher ceiling not updated in OpenFisca (E1)"
    assert causes.cause("cheque_energie", couple, "2025-09", (True, 63.0), (False, 0.0), {}) == e1
    couple[0]["revenu_fiscal_reference"] = 16650.0  # 11,100 per unit: above both
    assert causes.cause("cheque_energie", couple, "2025-09", (True, 63.0), (False, 0.0), {}) is None


def test_ars_children_in_charge_on_the_day_of_the_rentree():
    # h2142 of 2024-07: a child born on 12 September 2004 is 19 on 1 September 2024, in charge
    # for the pack; OpenFisca counts in October, one child fewer in the ceiling
    parents = (person("demandeur", "1987-04-01"), person("conjoint", "1990-01-17"))
    h = household(*parents, person("enfant", "2004-09-12"), person("enfant", "2009-04-01"))
    assert causes.cause("ars", h, "2024-07", (True, 456.88), (False, 0.0), {}) == \
        "ARS children in charge on the day of the rentrée (A5)"
    # 20 in August: out of charge on both sides, the difference has another cause
    h = household(*parents, person("enfant", "2004-08-12"), person("enfant", "2009-04-01"))
    assert causes.cause("ars", h, "2024-07", (True, 456.88), (False, 0.0), {}) is None
    # h1584 of 2025-12: a son born on 1 October 2025, after the rentrée, is in OpenFisca's
    # October (af_nbenf on the 1st) and not in the pack's count; born on 2 October, in neither
    father = person("demandeur", "1968-12-01")
    h = household(father, person("enfant", "2015-03-15"), person("enfant", "2025-10-01"))
    assert causes.cause("ars", h, "2025-12", (False, 0.0), (True, 425.60), {}) == \
        "ARS children in charge on the day of the rentrée (A5)"
    h = household(father, person("enfant", "2015-03-15"), person("enfant", "2025-10-02"))
    assert causes.cause("ars", h, "2025-12", (False, 0.0), (True, 425.60), {}) is None


def test_ars_child_under_16_paid_above_the_ceiling():
    # h446 of 2024-05: a daughter born on 18 April 2009, 15 at the rentrée 2024, paid 1,104.25
    # EUR (the ceiling of 2024 is 1,082.87): in charge for the pack, dropped by OpenFisca's
    # nb_enf, which applies the ceiling at every age; she is 15 on 31 December: 456.88
    h = household(person("demandeur", "1980-01-01"), person("enfant", "2009-04-18", salaire_net=1104.25),
                  person("enfant", "2020-08-26"))
    name = "ARS: a child under 16 paid above the ceiling, dropped in OpenFisca (A6)"
    assert causes.cause("ars", h, "2024-05", (True, 456.88), (False, 0.0), {}) == name
    # a gap that is not her amount
    assert causes.cause("ars", h, "2024-05", (True, 500.00), (False, 0.0), {}) is None
    # paid below the ceiling: the class does not apply
    h = household(person("demandeur", "1980-01-01"), person("enfant", "2009-04-18", salaire_net=1000.0))
    assert causes.cause("ars", h, "2024-05", (True, 456.88), (False, 0.0), {}) is None
    # 16 at the rentrée: the ceiling applies on both sides
    h = household(person("demandeur", "1980-01-01"), person("enfant", "2008-08-18", salaire_net=1104.25))
    assert causes.cause("ars", h, "2024-05", (True, 456.88), (False, 0.0), {}) is None
    # 11 on 31 December 2025: the 11-14 amount of the rentrée 2025 (the pack's ars.montant_11_14)
    h = household(person("demandeur", "1980-01-01"), person("enfant", "2014-10-01", salaire_net=1200.0))
    eleven = crosscheck.sit.pack_parameter("ars", "ars.montant_11_14", "2025-09-01")
    assert causes.cause("ars", h, "2025-09", (True, eleven), (False, 0.0), {}) == name


def test_ars_amount_per_child_to_the_cent():
    h = household(person("demandeur", "1985-04-02"), person("enfant", "2018-03-01"), person("enfant", "2017-03-01"))
    assert causes.cause("ars", h, "2026-09", (True, 858.02), (True, 858.01), {}) == "amounts paid to the cent (N1, A3)"
    assert causes.cause("ars", h, "2026-09", (True, 858.02), (True, 857.99), {}) is None


def test_prime_d_activite_with_the_parameters_of_each_month_of_the_quarter():
    # h1199 of 2026-07: eligo's amounts for April, May and June 2026 (the SMIC raised on 1 June)
    h = household(person("demandeur", "1964-08-12", salaire_net=640.53, taux_incapacite=0.6))
    diag = {"eligo_ppa_quarter": [(233.98, 1041.59), (233.98, 1041.59), (224.11, 1041.59)],
            "eligo_allowances": 1041.59}
    r1 = "prime d'activité: the parameters of each month of the quarter (R1)"
    assert causes.cause("ppa", h, "2026-07", (True, 224.11), (True, 230.17), diag) == r1
    # OpenFisca outside what the three months give
    assert causes.cause("ppa", h, "2026-07", (True, 224.11), (True, 240.00), diag) is None
    # a quarter with one set of parameters: not this class
    same = dict(diag, eligo_ppa_quarter=[(224.11, 1041.59)] * 3)
    assert causes.cause("ppa", h, "2026-07", (True, 224.11), (True, 230.17), same) is None
    # with the AAH of M in place of the month's (S2): in May 2025 the AAH of February and
    # March (1,016.05) is below that of May (1,033.32); OpenFisca, given the AAH of May for
    # every month, lies below eligo's least monthly amount by up to the difference
    moved = {"eligo_ppa_quarter": [(1110.00, 1016.05), (1110.00, 1016.05), (1096.29, 1033.32)],
             "eligo_allowances": 1033.32}
    assert causes.cause("ppa", h, "2025-05", (True, 1096.29), (True, 1093.00), moved) == r1


def test_summary_counts_households_within_1_eur_from_the_listed_differences():
    import summary
    # a run's file without the count: 4 households, 3 listed; 10.00 vs 10.50 is within 1 EUR,
    # 10.00 vs 11.01 is not, and an eligibility disagreement never is
    s = {"households": 4, "differences": [
        ["h1", "eligible", 10.0, True, 10.5, None], ["h2", "eligible", 10.0, True, 11.01, None],
        ["h3", "not_eligible", 0.0, True, 0.5, None]]}
    assert summary.within_1_eur("ppa", s) == 2
    # the count the run wrote wins
    assert summary.within_1_eur("ppa", dict(s, within_1_eur=3)) == 3


def test_minimum_paid_reached_to_the_cent_missed_in_binary_floats():
    # h1462 of 2025-05: 646.52 EUR of RSA, salaries of 640.52, 685.84 and 595.20 over the
    # quarter (mean 640.52): eligo pays 6.00, OpenFisca's float mean leaves 5.999999999999886
    n5 = "minimum paid reached to the cent, missed in OpenFisca's floats (N5)"
    varied = household(person("demandeur", "1974-10-19", salaire_net=640.52,
                              salaire_mois={"2025-02": 640.52, "2025-03": 685.84, "2025-04": 595.20}))
    assert causes.cause("rsa", varied, "2025-05", (True, 6.00), (False, 0.0), {}) == n5
    # the same salary every month: the sum is exact, no cause
    steady = household(person("demandeur", "1974-10-19", salaire_net=640.52, salaire_mois=None))
    assert causes.cause("rsa", steady, "2025-05", (True, 6.00), (False, 0.0), {}) is None
    # an amount above the threshold is not this class
    assert causes.cause("rsa", varied, "2025-05", (True, 6.01), (False, 0.0), {}) is None


def test_prime_d_activite_aah_counted_as_earnings_revalued_within_the_quarter():
    # h242 of 2025-05: an AAH recipient earning 640.52 (more than 29 hours of SMIC), AAH of
    # 1,016.05 in February and March, 1,033.32 from April; OpenFisca given 1,033.32 for the
    # three months deducts 2 x 17.27 x (1 - 0.61) / 3 = 4.49 more than eligo. eligo's prime of
    # each month of the quarter, run on its own, is the same (each the mean of its own quarter)
    h = household(person("demandeur", "1988-10-15", salaire_net=640.52, taux_incapacite=0.9),
                  person("conjoint", "1989-06-29", salaire_net=640.52))
    diag = {"eligo_ppa_quarter": [(196.73, 1016.05), (196.73, 1016.05), (196.73, 1033.32)],
            "eligo_allowances": 1033.32}
    r2 = "prime d'activité: AAH counted as earnings, revalued within the quarter (R2)"
    assert causes.cause("ppa", h, "2025-05", (True, 196.73), (True, 192.24), diag) == r2
    # more than the AAH's revaluation can take away: not this class
    assert causes.cause("ppa", h, "2025-05", (True, 196.73), (True, 180.00), diag) is None
    # no revaluation within the quarter: not this class
    steady = dict(diag, eligo_ppa_quarter=[(196.73, 1033.32)] * 3)
    assert causes.cause("ppa", h, "2025-09", (True, 196.73), (True, 192.24), steady) is None


def test_aspa_partner_aah_past_retirement_age():
    # h1527 of 2025-05: a partner of 64 at 60% with a pension; OpenFisca's AAH of her puts the
    # couple above the ceiling, eligo has none past the retirement age (H3)
    h = household(person("demandeur", "1960-08-24", taux_incapacite=0.6, age_legal_retraite_atteint=True),
                  person("conjoint", "1957-11-28", age_legal_retraite_atteint=True))
    name = "ASPA: a partner's AAH at 50-79% past the retirement age in OpenFisca (H3)"
    assert causes.cause("aspa", h, "2025-05", (True, 463.28), (False, 0.0), {}) == name
    # OpenFisca higher: not this cause
    assert causes.cause("aspa", h, "2025-05", (True, 463.28), (True, 500.0), {}) is None
    # at 80%, the AAH goes on past the retirement age in both
    h80 = household(person("demandeur", "1960-08-24", taux_incapacite=0.8, age_legal_retraite_atteint=True),
                    person("conjoint", "1957-11-28", age_legal_retraite_atteint=True))
    assert causes.cause("aspa", h80, "2025-05", (True, 463.28), (False, 0.0), {}) is None


def test_ppa_earnings_of_a_child():
    # h115 of 2025-09: a claimant of 19, a student without pay, and children of 23 and 20
    # paid about 1,104 EUR: nothing in eligo, 214.13 in OpenFisca, which adds the children's
    # pay and opens the right on it (the reruns' values are the test's)
    p1 = "prime d'activité: earnings of every famille member in OpenFisca (P1)"
    h = household(person("demandeur", "2006-06-01", etudiant=True), person("enfant", "2002-02-26", salaire_net=1104.26),
                  person("enfant", "2005-07-05", salaire_net=1104.25))
    without_pay = {"eligo_without_child_pay_ppa": (False, 0.0), "openfisca_without_child_pay_ppa": (False, 0.0)}
    assert causes.cause("ppa", h, "2025-09", (False, 0.0), (True, 214.13), without_pay) == p1
    # the two still differ once the children's pay is taken away: the pay is not the difference
    still = dict(without_pay, openfisca_without_child_pay_ppa=(True, 35.20))
    assert causes.cause("ppa", h, "2025-09", (False, 0.0), (True, 214.13), still) is None
    # neither side rerun (no paid child in the household): not this class
    assert causes.cause("ppa", h, "2025-09", (False, 0.0), (True, 214.13), {}) is None


def test_ppa_earnings_of_a_child_with_the_reference_window():
    # as published from March 2025, OpenFisca reads M-3 .. M-1: eligo agrees without the
    # children's pay only on that quarter (the amounts are the test's)
    h = household(person("demandeur", "1980-03-02", salaire_net=900.0), person("enfant", "2006-05-02", salaire_net=1300.0))
    name = "prime d'activité: earnings of every famille member, with the quarter of décret 2025-185 (P1 and W1)"
    reruns = {"eligo_without_child_pay_ppa": (True, 301.10), "eligo_without_child_pay_window_m3_m1_ppa": (True, 296.42),
              "openfisca_without_child_pay_ppa": (True, 296.42)}
    assert causes.cause("ppa", h, "2025-09", (True, 305.82), (True, 21.30), reruns) == name


def test_ppa_earnings_of_a_child_and_a_child_counted_before_its_birth():
    # shaped like h1538 of 2025-09: a daughter of 16 paid, a son born on 14 July 2025, inside
    # the quarter; eligo agrees without the children's pay only with the birth moved to the
    # quarter's first day and the quarter before the décret (the reruns' amounts are the test's)
    h = household(person("demandeur", "1971-08-17", salaire_net=640.52),
                  person("enfant", "2009-03-25", salaire_net=1104.26), person("enfant", "2025-07-14"))
    name = ("prime d'activité: earnings of every famille member, and a child counted before its birth "
            "(P1 and U1, with W1 from 2025-03)")
    reruns = {"eligo_without_child_pay_ppa": (True, 380.00), "eligo_without_child_pay_window_m3_m1_ppa": (True, 371.00),
              "eligo_without_child_pay_born_before_quarter_window_m3_m1_ppa": (True, 402.19),
              "openfisca_without_child_pay_ppa": (True, 402.19)}
    assert causes.cause("ppa", h, "2025-09", (True, 349.75), (True, 272.65), reruns) == name


def test_af_one_child_overseas_not_modulated():
    # one child of 10 in Guadeloupe, resources above the first ceiling: 27.89 in eligo
    # (L755-12), half in OpenFisca's modulation
    d3 = "AF for one child overseas: no modulation by resources (D3)"
    fam = {"id": "h", "residence": "guadeloupe"}
    h = (fam, [person("demandeur", "1990-01-01"), person("enfant", "2015-06-02")])
    assert causes.cause("af", h, "2025-05", (True, 27.89), (True, 13.945), {}) == d3
    assert causes.cause("af", h, "2025-05", (True, 27.89), (True, 6.9725), {}) == d3
    # a gap of another size: not this class
    assert causes.cause("af", h, "2025-05", (True, 27.89), (True, 20.0), {}) is None
    # two children: the general scale, D2's class
    h2 = (fam, h[1] + [person("enfant", "2017-03-02")])
    assert causes.cause("af", h2, "2025-05", (True, 27.89), (True, 13.945), {}) != d3


def test_af_one_child_overseas_age_supplement_in_the_month():
    # a single child overseas born on 1 May 2014: 11 on OpenFisca's first day of May 2025,
    # its supplement from June in eligo (L552-1)
    f4 = "AF: a change counts from the month after (F4)"
    h = ({"id": "h", "residence": "reunion"}, [person("demandeur", "1990-01-01"), person("enfant", "2014-05-01")])
    assert causes.cause("af", h, "2025-05", (True, 27.89), (True, 45.39), {}) == f4
    # in metropolitan France the age 11 is no change for the AF
    h = ({"id": "h", "residence": "metropole"}, h[1])
    assert causes.cause("af", h, "2025-05", (True, 27.89), (True, 45.39), {}) is None


def test_rsa_child_to_be_born():
    # h477 of 2025-05: a couple of 24, the partner pregnant, one partner a student; OpenFisca refuses
    o4 = "RSA: a child to be born meets the age condition (O4)"
    h = household(person("demandeur", "2000-08-16", etudiant=True),
                  person("conjoint", "2000-06-14", enceinte=True))
    assert causes.cause("rsa", h, "2025-05", (True, 814.62), (False, 0.0), {}) == o4
    # no pregnancy: not this class
    h = household(person("demandeur", "2000-08-16", etudiant=True), person("conjoint", "2000-06-14"))
    assert causes.cause("rsa", h, "2025-05", (True, 814.62), (False, 0.0), {}) is None


def test_retirement_age_of_the_cohort():
    # h932 of 2025-05: born in August 1962 (legal age 62 years 6 months, reached in February
    # 2025), unfit for work: the ASPA in eligo counts in the RSA; OpenFisca's RSA is 646.52
    r3 = "legal retirement age of the cohort (R3)"
    h = household(person("demandeur", "1962-08-09", age_legal_retraite_atteint=True, inapte_travail=True))
    assert causes.cause("rsa", h, "2025-05", (False, 0.0), (True, 646.52), {}) == r3
    # fit for work: the age changes nothing for the ASPA, not this class
    h = household(person("demandeur", "1962-08-09", age_legal_retraite_atteint=True, inapte_travail=False))
    assert causes.cause("rsa", h, "2025-05", (False, 0.0), (True, 646.52), {}) is None


def test_aspa_from_the_retirement_age_of_the_cohort():
    # h932 of 2025-05: born in August 1962 (legal age 62 years 6 months, reached in February
    # 2025), unfit for work, alone: the ASPA in eligo, none in OpenFisca, which asks 64
    r3 = "ASPA from the legal retirement age of the cohort, unfit for work (R3)"
    h = household(person("demandeur", "1962-08-09", age_legal_retraite_atteint=True, inapte_travail=True))
    assert causes.cause("aspa", h, "2025-05", (True, 1034.28), (False, 0.0), {}) == r3
    # h662 of 2024-05: a couple, the partner of 63 unfit for work; OpenFisca grants nothing
    h = household(person("demandeur", "1960-08-31", age_legal_retraite_atteint=True),
                  person("conjoint", "1961-02-01", age_legal_retraite_atteint=True, inapte_travail=True))
    assert causes.cause("aspa", h, "2024-05", (True, 536.87), (False, 0.0), {}) == r3
    # fit for work and no incapacity: the age of the cohort changes nothing, not this class
    h = household(person("demandeur", "1962-08-09", age_legal_retraite_atteint=True))
    assert causes.cause("aspa", h, "2025-05", (True, 1034.28), (False, 0.0), {}) is None
    # the cohort's age not reached: not this class
    h = household(person("demandeur", "1962-08-09", age_legal_retraite_atteint=False, inapte_travail=True))
    assert causes.cause("aspa", h, "2025-05", (True, 1034.28), (False, 0.0), {}) is None
    # 64 and over: OpenFisca opens it too, not this class
    h = household(person("demandeur", "1961-01-09", age_legal_retraite_atteint=True, inapte_travail=True))
    assert causes.cause("aspa", h, "2025-05", (True, 1034.28), (False, 0.0), {}) is None
    # OpenFisca higher: not this class
    h = household(person("demandeur", "1962-08-09", age_legal_retraite_atteint=True, inapte_travail=True))
    assert causes.cause("aspa", h, "2025-05", (True, 100.0), (True, 200.0), {}) is None


def test_rsa_child_dependent_in_some_months():
    # h968 of 2025-05: a child of 24 paid 473.07, 698.85 and 247.29 EUR over the quarter, a
    # dependant in April only: eligo counts 247.29 / 3 = 82.43 EUR more resources
    k1 = "RSA: a child dependent in some months of the quarter (K1)"
    child = person("enfant", "2001-02-01", salaire_net=473.07,
                   salaire_mois={"2025-02": 473.07, "2025-03": 698.85, "2025-04": 247.29})
    h = household(person("demandeur", "1970-08-01"), person("conjoint", "1967-07-03"), child)
    assert causes.cause("rsa", h, "2025-05", (True, 1532.43), (True, 1614.86), {}) == k1
    # a gap that is no third of any months' pay
    assert causes.cause("rsa", h, "2025-05", (True, 1532.43), (True, 1624.86), {}) is None


def test_rsa_child_dependent_in_some_months_eligo_below_the_minimum_paid():
    # h355 of 2025-01: a child paid 548.62, 252.18 and 400.40 EUR over the quarter, a
    # dependant in November only: 84.06 EUR more resources take eligo's amount below zero,
    # OpenFisca pays 33.26
    k1 = "RSA: a child dependent in some months of the quarter (K1)"
    child = person("enfant", "2008-05-28", salaire_net=400.40,
                   salaire_mois={"2024-10": 548.62, "2024-11": 252.18, "2024-12": 400.40})
    h = household(person("demandeur", "1988-11-11", taux_incapacite=0.9), child)
    assert causes.cause("rsa", h, "2025-01", (False, 0.0), (True, 33.26), {}) == k1
    # OpenFisca's amount above what a third of any months' pay takes away: not this class
    assert causes.cause("rsa", h, "2025-01", (False, 0.0), (True, 700.0), {}) is None


def test_rsa_child_dependent_in_some_months_by_the_revalued_increase():
    # h1861 of 2024-05, seed 7: a lone parent's only child, paid 448.26 EUR every month, above
    # the 432.82 it brings in February and March (71.216% of 607.75), below the 452.73 of
    # April (of 635.71): eligo counts April's pay alone, 298.84 EUR less resources than OpenFisca
    k1 = "RSA: a child dependent in some months of the quarter (K1)"
    child = person("enfant", "2001-01-03", salaire_net=448.26)
    h = household(person("demandeur", "1998-11-11"), child)
    assert causes.cause("rsa", h, "2024-05", (True, 445.60), (True, 146.76), {}) == k1
    # a gap that is no third of one, two or three months' pay
    assert causes.cause("rsa", h, "2024-05", (True, 445.60), (True, 150.00), {}) is None
    # no earning child: no such gap
    h = household(person("demandeur", "1998-11-11"), person("enfant", "2001-01-03"))
    assert causes.cause("rsa", h, "2024-05", (True, 445.60), (True, 146.76), {}) is None


def test_rsa_child_dependent_with_the_reference_window():
    # h133 of 2026-05: a child paid 272.40 EUR in February 2026, a dependant that month only;
    # eligo on M-4 .. M-2 pays 222.67, on M-3 .. M-1 219.91, OpenFisca 310.71 = 219.91 + 90.80
    both = "RSA: a child dependent in some months, with the quarter of décret 2025-185 (K1 and W1)"
    child = person("enfant", "2009-05-04", salaire_net=418.67,
                   salaire_mois={"2026-02": 272.40, "2026-03": 418.67, "2026-04": 564.94})
    h = household(person("demandeur", "1991-07-07", taux_incapacite=0.9), child)
    window = {"eligo_window_m3_m1_rsa": (True, 219.91)}
    assert causes.cause("rsa", h, "2026-05", (True, 222.67), (True, 310.71), window) == both
    # eligo on the earlier quarter off by another gap: not this class
    window = {"eligo_window_m3_m1_rsa": (True, 250.00)}
    assert causes.cause("rsa", h, "2026-05", (True, 222.67), (True, 310.71), window) is None


def test_openfisca_age_a_day_early():
    # OpenFisca's age: the days lived plus one, in mean years of 365.2425 days
    import datetime
    assert causes.openfisca_age({"date_naissance": "2004-10-02"}, datetime.date(2024, 10, 1)) == 20
    assert causes.openfisca_age({"date_naissance": "1955-01-03"}, datetime.date(2025, 1, 1)) == 70
    assert causes.openfisca_age({"date_naissance": "2004-10-03"}, datetime.date(2024, 10, 1)) == 19
    # h844 of 2025-01: a child born on 2 October 2004, 20 in OpenFisca on 1 October 2024, no
    # longer raises the AAH ceiling there; the RSA reads 29.32 EUR more resources in eligo
    b1 = "OpenFisca's age a year more on the day before the birthday (B1)"
    h = household(person("demandeur", "1987-05-29", taux_incapacite=0.79),
                  person("enfant", "2012-10-03"), person("enfant", "2010-08-28"),
                  person("enfant", "2004-10-02", salaire_net=694.24))
    assert causes.cause("rsa", h, "2025-01", (True, 47.78), (True, 77.11), {}) == b1
    # born on the 1st: the same age on both sides, not this class
    h = household(person("demandeur", "1987-05-29", taux_incapacite=0.79),
                  person("enfant", "2012-10-03"), person("enfant", "2010-08-28"),
                  person("enfant", "2004-10-01", salaire_net=694.24))
    assert causes.cause("rsa", h, "2025-01", (True, 47.78), (True, 77.11), {}) is None


def test_af_change_counts_from_the_month_after():
    # h314 of 2025-09: a child born on 1 September 2025 counts in OpenFisca's September
    f4 = "AF: a change counts from the month after (F4)"
    h = household(person("demandeur", "1990-08-01"), person("enfant", "2023-06-01"),
                  person("enfant", "2007-12-02"), person("enfant", "2025-09-01"))
    assert causes.cause("af", h, "2025-09", (True, 151.80), (True, 422.19), {}) == f4
    # the same family a month later: no change in the month, not this class
    assert causes.cause("af", h, "2025-10", (True, 151.80), (True, 422.19), {}) is None


def test_rsa_aspa_of_the_month_counted_whole():
    # h1192 of 2025-09: 65 on 1 September 2025, the ASPA of September counted for the quarter
    r4 = "RSA: the ASPA of M counted whole for the quarter (R4)"
    h = household(person("demandeur", "1960-09-01", taux_incapacite=0.49))
    assert causes.cause("rsa", h, "2025-09", (True, 568.94), (False, 0.0), {}) == r4
    # 65 since before the quarter: not this class
    h = household(person("demandeur", "1960-05-01", taux_incapacite=0.49))
    assert causes.cause("rsa", h, "2025-09", (True, 568.94), (False, 0.0), {}) is None


def test_af_tapering_supplement_overseas():
    # h1032 of 2025-05, Martinique, three children between the two ceilings
    d2 = "AF tapering supplement overseas (D2)"
    members = [person("demandeur", "1966-02-01"), person("enfant", "2015-01-03"),
               person("enfant", "2014-12-05"), person("enfant", "2012-07-30")]
    assert causes.cause("af", ({"id": "h1032", "residence": "martinique"}, members), "2025-05",
                        (True, 230.29), (True, 173.15), {}) == d2
    # in metropolitan France: not this class
    assert causes.cause("af", ({"id": "h1032", "residence": "metropole"}, members), "2025-05",
                        (True, 230.29), (True, 173.15), {}) is None



def test_reference_window_of_the_decree():
    # A worker paid 1,500 from January 2025 only, prime d'activité of March 2025: eligo reads
    # November to January (décret 2025-185), (0 + 0 + 218.82) / 3 = 72.94; OpenFisca reads
    # December to February, (0 + 218.82 + 218.82) / 3 = 145.88, which eligo gives too with
    # the quarter before the décret (the diagnostic of crosscheck.give_window_m3_m1).
    h = household(person("demandeur", "1990-01-01", salaire_net=1500.0))
    name = "RSA and prime d'activité: the quarter M-4 .. M-2 of décret 2025-185 (W1)"
    before = {"eligo_window_m3_m1_ppa": (True, 145.88)}
    assert causes.cause("ppa", h, "2025-03", (True, 72.94), (True, 145.88), before) == name
    # the earlier quarter does not give OpenFisca's amount: the window is not the whole gap
    assert causes.cause("ppa", h, "2025-03", (True, 72.94), (True, 150.00), before) is None
    # the window moves nothing (the same amount both ways): not this class
    assert causes.cause("ppa", h, "2025-03", (True, 72.94), (True, 145.88),
                        {"eligo_window_m3_m1_ppa": (True, 72.94)}) is None
    # without the diagnostic (a run before the décret was in the pack), no verdict
    assert causes.cause("ppa", h, "2025-03", (True, 72.94), (True, 145.88), {}) is None


def test_child_counted_before_its_birth():
    # h1403 of 2025-05: a child born in February, inside the quarter January to March. eligo
    # counts it from February (982.40); OpenFisca in every month of the quarter (1,050.81),
    # which eligo gives too with the child born on 1 January (the diagnostic of
    # crosscheck.give_children_born_before_the_quarter).
    h = household(person("demandeur", "1990-01-01", salaire_net=1500.0), person("enfant", "2025-02-12"))
    name = "RSA and prime d'activité: a child counted before its birth in OpenFisca (U1)"
    born_before = {"eligo_born_before_quarter_ppa": (True, 1050.81)}
    assert causes.cause("ppa", h, "2025-05", (True, 982.40), (True, 1050.81), born_before) == name
    # the earlier birth does not give OpenFisca's amount: not the whole gap
    assert causes.cause("ppa", h, "2025-05", (True, 982.40), (True, 1060.00), born_before) is None
    # the earlier birth moves nothing: not this class
    assert causes.cause("ppa", h, "2025-05", (True, 982.40), (True, 1050.81),
                        {"eligo_born_before_quarter_ppa": (True, 982.40)}) is None


def test_children_born_inside_the_quarter_are_moved_to_its_first_month():
    assert crosscheck.first_month_of_the_quarter("2025-05") == "2025-01"  # M-4 .. M-2 (décret 2025-185)
    assert crosscheck.first_month_of_the_quarter("2025-02") == "2024-11"  # M-3 .. M-1 before it
    inside = household(person("demandeur", "1990-01-01"), person("enfant", "2025-03-12"), person("enfant", "2020-06-01"))
    before = ({"id": "h2"}, [person("demandeur", "1990-01-01"), person("enfant", "2025-01-20")])
    moved = crosscheck.born_before_the_quarter([inside, before], "2025-05")
    # only the household with a birth after January; only that child moves, to 1 January
    assert [fam["id"] for fam, _ in moved] == ["h"]
    assert [m["date_naissance"] for m in moved[0][1]] == ["1990-01-01", "2025-01-01", "2020-06-01"]
    # the households given are left as they were
    assert inside[1][1]["date_naissance"] == "2025-03-12"


def test_child_counted_in_the_month_of_its_25th_birthday():
    # the pack's case of rules/fr/tests/ppa.yaml: a couple, one earner at 1,800 EUR, a child of
    # 7 and one who turns 25 on 15 May 2025, inside the quarter April to June of August 2025.
    # eligo counts the elder in April only (476.61); OpenFisca, reading ages on the 1st, in
    # April and May (539.93), which eligo gives too with the child born on 1 June 2000 (the
    # diagnostic of crosscheck.give_birthday_months_counted)
    h = household(person("demandeur", "1985-01-01", salaire_net=1800.0), person("conjoint", "1986-01-01"),
                  person("enfant", "2000-05-15"), person("enfant", "2018-01-01"))
    name = "RSA and prime d'activité: a child counted in the month of its 25th or 3rd birthday in OpenFisca (M1)"
    counted = {"eligo_birthday_month_counted_ppa": (True, 539.93)}
    assert causes.cause("ppa", h, "2025-08", (True, 476.61), (True, 539.93), counted) == name
    # the rerun does not give OpenFisca's amount: not the whole gap
    assert causes.cause("ppa", h, "2025-08", (True, 476.61), (True, 560.00), counted) is None
    # with the quarter of before the décret as well (M1 and W1)
    both = {"eligo_birthday_month_counted_ppa": (True, 500.00),
            "eligo_birthday_month_counted_window_m3_m1_ppa": (True, 539.93)}
    name_w = ("RSA and prime d'activité: a child counted in the month of its 25th or 3rd birthday, "
              "with the quarter of décret 2025-185 (M1 and W1)")
    assert causes.cause("ppa", h, "2025-08", (True, 476.61), (True, 539.93), both) == name_w


def test_rsa_claimant_in_the_month_of_the_25th_birthday():
    # the pack's case of rules/fr/tests/rsa.yaml: a single man without income who turns 25 on
    # 20 June 2025. eligo gives him the RSA in June (646.52, D262-34); OpenFisca, reading his
    # age on 1 June, from July, as eligo does with him born on 1 July 2000 (the diagnostic of
    # crosscheck.give_claimants_turning_25_a_month_later)
    h = household(person("demandeur", "2000-06-20"))
    name = "RSA: the claimant's 25th birthday in the month (Y1)"
    later = {"eligo_claimant_25_month_after_rsa": (False, 0.0)}
    assert causes.cause("rsa", h, "2025-06", (True, 646.52), (False, 0.0), later) == name
    # the rerun moves nothing (a partner of 30 meets the condition): not this class
    assert causes.cause("rsa", h, "2025-06", (True, 646.52), (False, 0.0),
                        {"eligo_claimant_25_month_after_rsa": (True, 646.52)}) is None
    # not the RSA
    assert causes.cause("ppa", h, "2025-06", (True, 100.0), (False, 0.0), {"eligo_claimant_25_month_after_ppa": (False, 0.0)}) is None


def test_claimants_turning_25_in_the_month_are_born_a_month_later():
    turning = household(person("demandeur", "2000-06-20"), person("conjoint", "1990-01-01"))
    on_the_first = ({"id": "h2"}, [person("demandeur", "2000-06-01")])  # 25 on 1 June: the same on both sides
    a_child = ({"id": "h3"}, [person("demandeur", "1970-01-01"), person("enfant", "2000-06-20")])  # M1, not Y1
    moved = crosscheck.claimants_turning_25_moved_to_the_next_month([turning, on_the_first, a_child], "2025-06")
    assert moved == [({"id": "h"}, [person("demandeur", "2000-07-01"), person("conjoint", "1990-01-01")])]
    assert crosscheck.first_day_of_the_month_after("1999-12-31") == "2000-01-01"


def test_ppa_earnings_of_a_child_who_turns_25_inside_the_quarter():
    # h457 of 2025-01 (seed 1, 2,000 households): a daughter paid 1,104.25 EUR who turns 25 on
    # 28 October 2024, the first month of the quarter. OpenFisca adds her pay (P1) and counts
    # her in October (M1): only both reruns together, without the children's pay and with her
    # born on 1 November 1999, give the two sides one amount (the reruns' values are the test's)
    h = household(person("demandeur", "1993-10-01", salaire_net=700.92), person("conjoint", "1990-02-12", salaire_net=640.53),
                  person("enfant", "1999-10-28", salaire_net=1104.25), person("enfant", "2004-10-01", salaire_net=804.0))
    name = ("prime d'activité: earnings of every famille member, and a child counted in the month of its 25th or 3rd "
            "birthday (P1 and M1, with W1 from 2025-03)")
    both = {"eligo_without_child_pay_ppa": (True, 300.00), "openfisca_without_child_pay_ppa": (True, 320.50),
            "eligo_without_child_pay_birthday_month_counted_ppa": (True, 320.50)}
    assert causes.cause("ppa", h, "2025-01", (True, 174.42), (False, 0.0), both) == name
    # the birthday alone, without the pay taken away, does not give OpenFisca's amount
    assert causes.cause("ppa", h, "2025-01", (True, 174.42), (False, 0.0),
                        dict(both, eligo_without_child_pay_birthday_month_counted_ppa=(True, 310.00))) is None


def test_birthdays_of_25_and_3_inside_the_quarter_are_moved_to_the_month_after():
    # August 2025 reads April to June (M-4 .. M-2): the months from April to August are seen
    turning_25 = household(person("demandeur", "1970-01-01"), person("enfant", "2000-05-15"),
                           person("enfant", "2010-05-15"))
    turning_3 = ({"id": "h3"}, [person("demandeur", "1990-01-01"), person("enfant", "2022-12-31")])
    on_the_first = ({"id": "h1"}, [person("demandeur", "1970-01-01"), person("enfant", "2000-06-01")])
    before = ({"id": "h0"}, [person("demandeur", "1970-01-01"), person("enfant", "2000-03-20")])
    moved = crosscheck.birthdays_moved_to_the_next_month([turning_25, turning_3, on_the_first, before], "2025-08")
    assert [fam["id"] for fam, _ in moved] == ["h"]
    assert [m["date_naissance"] for m in moved[0][1]] == ["1970-01-01", "2000-06-01", "2010-05-15"]
    # a 3rd birthday on 31 December 2025, inside the quarter of April 2026 (December to February)
    moved = crosscheck.birthdays_moved_to_the_next_month([turning_3], "2026-04")
    assert [m["date_naissance"] for m in moved[0][1]] == ["1990-01-01", "2023-01-01"]
    assert turning_3[1][1]["date_naissance"] == "2022-12-31"


def test_child_counted_before_its_birth_with_the_reference_window():
    # OpenFisca as published reads M-3 .. M-1 with the child in every month: eligo agrees only
    # with both the earlier quarter and the earlier birth
    h = household(person("demandeur", "1990-01-01", salaire_net=1500.0), person("enfant", "2025-03-12"))
    name = "RSA and prime d'activité: a child counted before its birth, with the quarter of décret 2025-185 (U1 and W1)"
    both = {"eligo_born_before_quarter_ppa": (True, 990.00), "eligo_born_before_quarter_window_m3_m1_ppa": (True, 1050.81)}
    assert causes.cause("ppa", h, "2025-05", (True, 982.40), (True, 1050.81), both) == name
    assert causes.cause("ppa", h, "2025-05", (True, 982.40), (True, 1040.00), both) is None


def test_aah_child_counted_in_its_month_of_birth():
    # h1451 of 2025-01 (seed 7), La Réunion: a mother at 79%, a daughter born on 1 January
    # 2025; OpenFisca's ceiling counts the daughter in January, half an AAH higher
    name = "AAH: a child counted in its month of birth or of its 20th birthday (F4 in the AAH)"
    h = household(person("demandeur", "1989-08-15", taux_incapacite=0.79, age_legal_retraite_atteint=False),
                  person("enfant", "2025-01-01"))
    assert causes.cause("aah", h, "2025-01", (True, 196.39), (True, 704.42), {}) == name
    # the month after, both count her: a difference there is not this class
    assert causes.cause("aah", h, "2025-02", (True, 196.39), (True, 704.42), {}) is None
    # OpenFisca lower: not a child counted earlier
    assert causes.cause("aah", h, "2025-01", (True, 704.42), (True, 196.39), {}) is None


def test_af_eldest_of_two_children_of_the_same_age():
    # h2142 of 2024-05 (seed 7): two children of 15 and a son of 18 paid above 55% of the SMIC
    # (1,082.87 EUR in May 2024), no dependant for the AF: OpenFisca gives neither of the two
    # the age supplement
    f1 = "AF eldest of two children of the same age (F1)"
    children = [person("enfant", "2008-08-30"), person("enfant", "2009-01-12")]
    paid = household(person("demandeur", "1988-10-03", salaire_net=1251.66), person("enfant", "2006-02-01", salaire_net=1104.25),
                     *children)
    assert causes.cause("af", paid, "2024-05", (True, 223.89), (True, 149.26), {}) == f1
    # the son of 18 paid below the ceiling is a dependant: three children, not this class
    unpaid = household(person("demandeur", "1988-10-03", salaire_net=1251.66), person("enfant", "2006-02-01", salaire_net=600.0),
                       *children)
    assert causes.cause("af", unpaid, "2024-05", (True, 223.89), (True, 149.26), {}) is None
    # a child of 15 is a dependant whatever its pay (compulsory schooling, L512-3 1°)
    young = household(person("demandeur", "1975-01-09"), person("enfant", "2009-08-06", salaire_net=1104.26),
                      person("enfant", "2009-11-19", salaire_net=1104.26))
    assert causes.cause("af", young, "2025-01", (True, 111.95), (True, 74.63), {}) == f1


def test_af_paid_child_at_16_stops_counting_in_the_month():
    # a daughter paid 1,104.25 EUR (above 55% of the SMIC) turns 16 on 15 September 2025: no
    # dependant from September in eligo (R552-3, I), still 15 on the 1st in OpenFisca (the
    # amounts are the test's)
    f4 = "AF: a change counts from the month after (F4)"
    h = household(person("demandeur", "1976-07-18"), person("enfant", "2017-10-06"),
                  person("enfant", "2009-09-15", salaire_net=1104.25), person("enfant", "2006-10-07"))
    assert causes.cause("af", h, "2025-09", (True, 151.80), (True, 498.09), {}) == f4
    # unpaid, her 16th birthday changes nothing: not this class
    h = household(person("demandeur", "1976-07-18"), person("enfant", "2017-10-06"),
                  person("enfant", "2009-09-15"), person("enfant", "2006-10-07"))
    assert causes.cause("af", h, "2025-09", (True, 151.80), (True, 498.09), {}) is None


def test_css_made_free_by_an_rsa_that_differs():
    # h363 of 2025-09: OpenFisca pays an RSA (155.55 EUR, M1) that eligo does not; its CSS is
    # then free (CSS L861-1), eligo's asks 38 EUR
    stats = {"rsa": {"differences": [("h363", "not_eligible", 0.0, True, 155.55, "M1")]},
             "css": {"differences": [("h363", "eligible", 38.0, True, 0.0, None), ("h9", "eligible", 38.0, True, 0.0, None)],
                     "unexplained": 2, "causes": {}}}
    crosscheck.attribute_rsa_cascade(stats)
    assert stats["css"]["differences"][0][5] == crosscheck.RSA_CASCADE_CAUSE
    assert stats["css"]["differences"][1][5] is None  # its RSA agrees
    assert stats["css"]["unexplained"] == 1
    # the side paying the RSA does not give the free CSS: another cause
    stats["css"]["differences"][0] = ("h363", "eligible", 38.0, True, 14.0, None)
    stats["css"]["unexplained"] = 2
    crosscheck.attribute_rsa_cascade(stats)
    assert stats["css"]["differences"][0][5] is None


def test_ars_child_under_16_paid_above_the_ceiling_and_out_of_openfiscas_ceiling():
    # h1943 of 2024-05: resources of 31,731 EUR; a child of 16 paid 491.76 EUR and a daughter born
    # on 17 September 2008, paid 1,429.03, both in charge at the rentrée for the pack (a ceiling
    # of 27,141 + 6,263 = 33,404, two full allowances of 456.88); OpenFisca drops her from the
    # amount (A6) and, 16 in October, from its ceiling (27,141): 456.88 - 4,590 < 0, nothing
    h = ({"id": "h", "prestations_familiales_base_ressources": 31731.0},
         [person("demandeur", "1980-01-01"), person("enfant", "2006-12-05", salaire_net=1104.26),
          person("enfant", "2007-10-22", salaire_net=491.76), person("enfant", "2008-09-17", salaire_net=1429.03)])
    name = "ARS: a child under 16 paid above the ceiling, dropped in OpenFisca (A6)"
    assert causes.cause("ars", h, "2024-05", (True, 913.76), (False, 0.0), {}) == name
    # OpenFisca paying one allowance: not what the lower ceiling gives
    assert causes.cause("ars", h, "2024-05", (True, 913.76), (True, 300.0), {}) is None
