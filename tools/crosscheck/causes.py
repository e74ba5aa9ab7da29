"""Why eligo and OpenFisca-France differ on a household: each cause of docs/crosscheck.md as a
test on the household, so that every difference of a run is counted under a cause or left
"unexplained".

A cause is only given when the household has the feature that produces it and the gap has
the size that feature produces (e.g. the CSS contribution differs by exactly the band
change of a member who had a birthday since 1 January); a household without it stays
unexplained, whatever its gap.

    cause(benefit_id, household, period, eligo, openfisca, diagnostics) -> str | None
eligo and openfisca are (eligible, amount); diagnostics are OpenFisca values of the
household (openfisca_runner.DIAGNOSTICS).

The divergences openfisca_law.py corrects on OpenFisca's side (H2, C2, N4, A1, A2, A3) keep
their test here: with `--openfisca-as-published` they are what they count.
"""
import datetime

import openfisca_updates
import situation as sit

# CSS contribution per month by age band (arrêté du 21 juin 2019, art. 1): both sides use
# the same amounts, they differ on the day the age is read
CSS_BANDS = [(0, 8), (30, 14), (50, 21), (60, 25), (70, 30)]


def _birth(member):
    return datetime.date.fromisoformat(member["date_naissance"])


def _age_on(member, day):
    b = _birth(member)
    return day.year - b.year - ((day.month, day.day) < (b.month, b.day))


def _band(age):
    return [v for t, v in CSS_BANDS if age >= t][-1]


def _start(period):
    return datetime.date(int(period[:4]), int(period[5:]), 1)


def rounding(benefit, household, period, e, o, diag):
    """N1/A3: eligo computes exactly and rounds the amount paid once, but takes to the cent
    the amounts the paying bodies publish and pay (the ARS per child, the AF base amount and
    flat allowance, the maximum bonus of the prime d'activité, the AAH counted in the RSA and
    prime d'activité resources); OpenFisca keeps some of them unrounded, or rounds others:
    at most half a cent per such term (a few in the RSA, prime d'activité, AAH, ASPA; one per
    child for the AF and the ARS)."""
    if e[0] != o[0]:
        return False
    children = sum(m["role"] == "enfant" for m in household[1])
    # rounded terms: forfaitaire and housing deduction (RSA, AAH, ASPA); plus the share of
    # earnings and one bonus per earner (prime d'activité); one per child (ARS, AF)
    terms = {"ars": children, "af": children + 2, "ppa": 5}.get(benefit, 2)
    return abs(e[1] - o[1]) <= 0.005 * terms + 0.0051


def css_age_on_1_january(benefit, household, period, e, o, diag):
    """C2: the CSS contribution by the age on 1 January (arrêté du 21 juin 2019, art. 1),
    OpenFisca by the age in the month: the gap is the sum of the band changes."""
    if benefit != "css" or not (e[0] and o[0]):
        return False
    start = _start(period)
    january = datetime.date(start.year, 1, 1)
    gap = sum(_band(_age_on(m, start)) - _band(max(0, _age_on(m, january))) for m in household[1]
              if m["role"] != "enfant" or _age_on(m, start) < 25)
    return gap != 0 and abs((o[1] - e[1]) - gap) < 0.005


def css_aspa_started_within_the_year(benefit, household, period, e, o, diag):
    """S2: the CSS reads the resources of the twelve months before M (R861-8); the pack
    computes each month's ASPA, so a person who reached 65 within them counts the ASPA of the
    months from that birthday only. The harness gives OpenFisca the AAH, ASPA and ASI of M for
    all twelve months (`openfisca_runner.stationary_allowances`): a year of ASPA in
    OpenFisca's resources, above the free CSS's ceiling (h1192 of 2025-09: a woman who turned
    65 on 1 September 2025; a free CSS in eligo, 25 EUR of contribution in OpenFisca).
    Counted when eligo's CSS is free and OpenFisca charges the contribution of every member of
    the foyer by age on 1 January (C2's bands)."""
    if benefit != "css" or e != (True, 0.0) or not o[0]:
        return False
    start = _start(period)
    year_before = _add_months(start, -12)
    if not any(m["role"] != "enfant" and _age_on(m, year_before) < 65 <= _age_on(m, start) for m in household[1]):
        return False
    january = datetime.date(start.year, 1, 1)
    members = [m for m in household[1] if m["role"] != "enfant" or _age_on(m, start) < 25]
    return abs(o[1] - sum(_band(max(0, _age_on(m, january))) for m in members)) < 0.005


def css_child_of_25_counted(benefit, household, period, e, o, diag):
    """C4: CSS R861-2 makes the foyer's dependants the children "âgés de moins de vingt-cinq
    ans à la date du dépôt de la demande" (Légifrance, version in force in April 2024); the
    pack counts those under 25 on the first day of M. OpenFisca-France's `cmu_nb_pac`
    counts `(age >= 0) * (age <= P.age_limite_pac)` with `age_limite_pac` = 25, so a child of
    exactly 25 still raises its parents' ceiling, brings its resources and, in a couple,
    a contribution (h1735 of 2025-09: a father of 55 paid 775.23 EUR of unemployment benefit
    and his daughter, 25 since 13 July 2025: 21 EUR of contribution in eligo, a free CSS in
    OpenFisca, whose ceiling is that of two persons). The harness leaves such a child in its
    parents' famille when it was under 25 on the first day of M-4
    (`openfisca_runner.Arrays.familles`). Counted when eligo, rerun with the children of 25
    counted (`crosscheck.give_css_with_children_of_25_counted`), agrees with OpenFisca."""
    if benefit != "css":
        return False
    return _agrees_when_rerun("eligo_css_child_of_25_counted_css", benefit, household, period, e, o, diag)


def css_young_adult_with_maintenance(benefit, household, period, e, o, diag):
    """S3: a couple both under 25, without children in its famille, where one partner
    receives a maintenance and the other none. CSS R861-2, 3° attaches to the parents'
    household a young adult whose parents deduct the maintenance they pay; the pack lets the
    couple form its own household through the partner who is not so attached (R861-2, first
    paragraph); OpenFisca sends the whole young couple to the parents' household. A child of
    25 or more on the first day of M-4 is a famille of its own for OpenFisca
    (`openfisca_runner.Arrays.familles`, households.presume_maintenance_deducted) and leaves
    the couple without children there (h385 of 2024-05: a couple of 20 and 21, a son of 25)."""
    if benefit != "css":
        return False
    members = household[1]
    start = _start(period)
    first = _add_months(start, -4)
    adults = [m for m in members if m["role"] != "enfant"]
    receiving = [m["pensions_alimentaires_percues"] > 0 for m in adults]
    return (e[0] and not o[0] and len(adults) == 2
            and not any(m["role"] == "enfant" and _age_on(m, first) < 25 for m in members)
            and all(_age_on(m, start) < 25 for m in adults)
            and any(receiving) and not all(receiving))


# the contributory ceiling of the CSS: the free-level one raised by 35% (CSS L861-1 2°)
CSS_PARTICIPATION_RAISE = 0.35


def css_ceiling_in_euros(benefit, household, period, e, o, diag):
    """C3: the pack takes the CSS ceilings in whole euros, rounded down as they are published
    (13,957 EUR for one person in 2025, for 10,339 x 1.35 = 13,957.65); OpenFisca compares
    the resources with the exact product. A household whose resources lie between the two
    (eligo's values, from `eligo explain --trace`: crosscheck.explain_css_differences) is a
    level lower in eligo: a contribution where OpenFisca grants the free level, or nothing
    where it asks a contribution."""
    t = diag.get("eligo_css")
    if benefit != "css" or not t:
        return False
    resources, exact = t["css_ressources"], t["css_plafond_exact"]
    free_edge = t["css_plafond_gratuite"] < resources <= exact
    paid_edge = t["css_plafond_participation"] < resources <= exact * (1 + CSS_PARTICIPATION_RAISE)
    return ((free_edge and e[0] and o[0] and e[1] > 0 and o[1] == 0)
            or (paid_edge and not e[0] and o[0]))


# OpenFisca-France 176.1.8's last CSS free-level ceiling for one person (arrêté du 26 mars
# 2024), and the values in force since (openfisca_updates.UPDATES, the pack's)
OPENFISCA_CSS_BASE = 10166
CSS_BASES = [("2024-04-01", OPENFISCA_CSS_BASE)] + [(start, value) for path, start, value, _ in openfisca_updates.UPDATES
                                       if path == openfisca_updates.CSS]


def css_ceiling_not_revalued(benefit, household, period, e, o, diag):
    """C1 (with `--openfisca-as-published` only): OpenFisca's CSS ceilings stop at their April
    2024 value, so a household whose resources (eligo's, from `eligo explain --trace`) lie
    between OpenFisca's ceiling and the one in force is a level lower in OpenFisca: a
    contribution where eligo grants the free level, or nothing where eligo asks one."""
    t = diag.get("eligo_css")
    if benefit != "css" or not t:
        return False
    base = [value for start, value in CSS_BASES if start <= f"{period}-01"][-1]
    openfisca_exact = t["css_plafond_exact"] * OPENFISCA_CSS_BASE / base
    resources = t["css_ressources"]
    free_edge = openfisca_exact < resources <= t["css_plafond_gratuite"]
    paid_edge = openfisca_exact * (1 + CSS_PARTICIPATION_RAISE) < resources <= t["css_plafond_participation"]
    return ((free_edge and e[0] and e[1] == 0 and o[0] and o[1] > 0)
            or (paid_edge and e[0] and not o[0]))


# the upper threshold of the energy voucher's last bracket, per consumption unit: 11,000 EUR
# from the 2023 campaign (arrêté du 3 mars 2023), 10,800 in OpenFisca-France 176.1.8
ENERGY_CEILING, OPENFISCA_ENERGY_CEILING = 11000, 10800


def energy_ceiling_not_updated(benefit, household, period, e, o, diag):
    """E1 (with `--openfisca-as-published` only): the household's reference tax income per
    consumption unit (1 for the first person, 0.5 for the second, 0.3 for each other, Code
    de l'énergie R124-1) lies between OpenFisca's ceiling and the one in force: eligo grants
    the voucher, OpenFisca not."""
    if benefit != "cheque_energie" or not (e[0] and not o[0]):
        return False
    persons = len(household[1])
    units = 1 + (0.5 if persons >= 2 else 0) + 0.3 * max(0, persons - 2)
    income = household[0].get("revenu_fiscal_reference")
    return income is not None and OPENFISCA_ENERGY_CEILING <= income / units < ENERGY_CEILING


def ars_age_on_1_december(benefit, household, period, e, o, diag):
    """A1: CSS R543-2 opens the allowance for a child who turns 6, and raises it for one who
    turns 11 or 15, in the calendar year of the rentrée; OpenFisca reads the age on
    1 December, so a child born in December counts a year younger."""
    year = _start(period).year
    return benefit == "ars" and e[0] and e[1] > o[1] and any(
        m["role"] == "enfant" and _birth(m).month == 12 and year - _birth(m).year in (6, 11, 15)
        for m in household[1])


def ars_sixth_birthday_in_january(benefit, household, period, e, o, diag):
    """A2: CSS R543-2 counts the child who turns 6 before 1 February of the following year;
    OpenFisca counts only children aged 6 on 31 December."""
    year = _start(period).year
    return benefit == "ars" and e[1] > o[1] and any(
        m["role"] == "enfant" and _birth(m).month == 1 and year + 1 - _birth(m).year == 6
        for m in household[1])


def ars_children_in_charge_in_october(benefit, household, period, e, o, diag):
    """A5: CSS R543-1 gives the allowance to those who have the children in their charge "au
    jour de la rentrée scolaire", and R543-5 raises the ceiling per child in their charge; the
    pack counts them on 1 September of the year. OpenFisca counts them in October
    (`af_nbenf` of the month of October, read on its first day), so a child who turns 20 in
    September or October (after the 1st) counts for the pack only, and a child born after
    1 September and by 1 October for OpenFisca only: the ceilings differ by one child's
    increase. h1584 of 2025-12 (2,000 households, seed 1): a son born on 1 October 2025 beside
    one of 10, resources 30,811 EUR; nothing in eligo, 425.60 in OpenFisca."""
    year = _start(period).year
    rentree = datetime.date(year, 9, 1)
    return benefit == "ars" and e != o and any(
        m["role"] == "enfant" and (
            datetime.date(year - 20, 9, 1) < _birth(m) <= datetime.date(year - 20, 10, 31)
            or rentree < _birth(m) <= datetime.date(year, 10, 1))
        for m in household[1])


def ars_child_under_16_paid_above_the_ceiling(benefit, household, period, e, o, diag):
    """A6: the pay ceiling of the family benefits (55% of 169 hours of SMIC, CSS R512-2)
    applies "après la fin de l'obligation scolaire" (L512-3, 2°), at 16; the ARS goes with the
    children in charge "au jour de la rentrée scolaire" (R543-1, A5). A child under 16 on that
    day is in charge whatever its pay. OpenFisca-France counts the ARS's children with
    `nb_enf(famille, decembre, ...)`, which drops every child whose pay reaches the ceiling
    (`autonomie_financiere`) at any age, where its own `prestations_familiales_enfant_a_charge`
    (the AF's) applies it from 16 only. So it loses the allowance of a paid child under 16
    (h446 of 2024-05: a daughter born on 18 April 2009, 15, paid 1,104.25 EUR against the
    1,082.87 of 2024; 456.88 EUR in eligo, nothing in OpenFisca), or of one who turned 16
    between the rentrée and December (h302 of 2024-05: born on 25 October 2008). Counted when
    eligo pays exactly those children's amounts, by their age on 31 December
    (`ars_montant_enfant`), more than OpenFisca."""
    if benefit != "ars" or not e[0]:
        return False
    year = _start(period).year
    rentree, december, new_year = (datetime.date(year, 9, 1), datetime.date(year, 12, 1),
                                   datetime.date(year, 12, 31))
    ceiling = sit.child_pay_ceiling(f"{year}-12")
    day = f"{year}-09-01"
    bands = [(15, "ars.montant_15_18"), (11, "ars.montant_11_14"), (0, "ars.montant_6_10")]
    lost, out_in_october = 0.0, 0
    for m in household[1]:
        if not (m["role"] == "enfant" and 5 <= _age_on(m, rentree) < 16 and m.get("salaire_net", 0) >= ceiling
                and _age_on(m, datetime.date(year + 1, 1, 31)) >= 6):
            continue
        age = _age_on(m, new_year)
        lost += sit.pack_parameter("ars", next(name for low, name in bands if age >= low), day)
        out_in_october += _age_on(m, datetime.date(year, 10, 1)) >= 16
    if lost == 0:
        return False
    theirs = o[1] if o[0] else 0.0
    if abs(e[1] - theirs - lost) < 0.015:
        return True
    return out_in_october > 0 and _ars_with_a_lower_ceiling(household, year, e[1], lost, out_in_october, theirs)


def _ars_with_a_lower_ceiling(household, year, ours, lost, fewer, theirs):
    """A6 beside A5: a child of A6 who is 16 in October also leaves OpenFisca's count of the
    children in charge for the ceiling (`af_nbenf` in October: the AF's rule, the pay ceiling
    from 16), which is `fewer` children's increase lower (R543-5). OpenFisca's amount is then
    eligo's, less the children lost, made differential (R543-6-1) on that ceiling and nil
    under the minimum paid (D543-2); within A4's euro per ceiling term."""
    day = f"{year}-09-01"
    rentree = datetime.date(year, 9, 1)
    resources = household[0].get("prestations_familiales_base_ressources", 0.0)
    pay_ceiling = sit.child_pay_ceiling(f"{year}-09")
    in_charge = sum(m["role"] == "enfant" and _birth(m) <= rentree and _age_on(m, rentree) < 20
                    and (_age_on(m, rentree) < 16 or m.get("salaire_net", 0) <= pay_ceiling) for m in household[1])
    one, per_child = (sit.pack_parameter("ars", name, day) for name in ("ars.plafond_un_enfant",
                                                                         "ars.majoration_plafond_par_enfant"))
    ceiling = one + per_child * max(0, in_charge - 1)
    full = ours if resources <= ceiling else ours - ceiling + resources  # eligo's amount before R543-6-1
    lower = one + per_child * max(0, in_charge - fewer - 1)
    expected = max(0.0, full - lost - max(0.0, resources - lower))
    if expected < sit.pack_parameter("ars", "ars.montant_minimum_verse", day):
        expected = 0.0
    return abs(expected - theirs) <= 1.0 * (1 + max(0, in_charge - fewer - 1)) + 0.005


def ppa_parameters_of_each_quarter_month(benefit, household, period, e, o, diag):
    """R1: OpenFisca computes the prime d'activité of M from the three months of the reference
    quarter, each with the parameters of its month (the mean of its monthly amounts, the
    minimum paid applied after); eligo applies those of M to the quarter's resources. In a
    month whose quarter straddles a change (the SMIC of 1 November 2024 for 2024-12, of
    1 June 2026 for 2026-07, the April revaluations for May) the two differ. The class is
    given when eligo's own amounts for the three months of the quarter
    (crosscheck.quarter_amounts) are not all the same, and OpenFisca's amount lies between the
    least and the greatest of them, taken as eligo computes them or with the AAH and ASPA of M
    in place of the month's (the harness gives OpenFisca those of M for every month, S2; the
    prime d'activité deducts them euro for euro, and OpenFisca's AAH of a month reads the
    parameters of its own quarter, so that its amount falls between the two readings)."""
    months = diag.get("eligo_ppa_quarter")
    if benefit != "ppa" or not months:
        return False
    now = diag["eligo_allowances"]
    amounts = [ppa for ppa, _ in months]
    with_allowances_of_m = [max(0.0, ppa - (now - allowances)) if ppa > 0 else 0.0 for ppa, allowances in months]
    bounds = amounts + with_allowances_of_m
    return (max(amounts) - min(amounts) >= 0.01
            and min(bounds) - 0.0051 <= o[1] <= max(bounds) + 0.0051)


# Majoration pour la vie autonome, per month (CSS D821-3, unchanged since 2008)
MVA = 104.77


def mva_conditions(benefit, household, period, e, o, diag):
    """S1: the majoration pour la vie autonome (CSS L821-1-2) counts in the RSA and prime
    d'activité resources on both sides, but OpenFisca reads two of its conditions otherwise:
    no earnings over the previous calendar year (the pack: in the reference quarter), and a
    home of one's own being anything but a hostel (the pack: a status stated as a tenancy or
    ownership). The gap is then a whole number of supplements."""
    gap = abs(e[1] - o[1])
    supplements = round(gap / MVA)
    return (benefit in ("rsa", "ppa") and supplements >= 1 and abs(gap - supplements * MVA) < 0.0151
            and any(m["taux_incapacite"] >= 0.8 for m in household[1]))


def af_eldest_same_age(benefit, household, period, e, o, diag):
    """F1: in a family of two children, the age supplement is not due for the eldest (CSS
    R521-1); OpenFisca takes as eldest every child of the greatest age in years, so two
    children born within the same year of age both lose it. The two are the dependants of M
    as OpenFisca reads them: under 20, and from 16, the end of compulsory schooling, paid no
    more than 55% of the SMIC (CSS L512-3, 2°; h2142 of 2024-05, seed 7: two of 15 beside a
    son of 18 paid 1,104.25 EUR; 223.89 EUR in eligo, 149.26 in OpenFisca)."""
    start = _start(period)
    ages = sorted(_age_on(m, start) for m in household[1]
                  if m["role"] == "enfant" and _age_on(m, start) < 20
                  and (_age_on(m, start) < 16 or not _paid_above_the_ceiling(m, period)))
    return (benefit == "af" and e[0] and o[0] and e[1] > o[1] and len(ages) == 2
            and ages[0] == ages[1] and ages[0] >= 14)


def ars_ceiling_in_euros(benefit, household, period, e, o, diag):
    """A4: above the ceiling the ARS is the full amount less the excess (CSS R543-6-1); eligo
    takes the ceilings as published, rounded down to the euro (instruction DSS/2B/2025/177:
    base majorée de 30 % "arrondie à l'euro inférieur"), OpenFisca the unrounded product:
    OpenFisca's differential amount is higher by less than one euro per ceiling term."""
    terms = 1 + sum(m["role"] == "enfant" for m in household[1])
    return benefit == "ars" and e[0] and o[0] and 0 < o[1] - e[1] < terms


def af_flat_allowance_ceiling(benefit, household, period, e, o, diag):
    """F2: the flat allowance for a child who turned 20 (CSS L521-1 al. 6, D521-2) is
    modulated by resources; OpenFisca counts the children giving it in the number of children
    that raises the ceilings, the pack counts only dependants under 20. To be settled at the
    source (D521-2, D521-3)."""
    start = _start(period)
    twenty = [m for m in household[1] if m["role"] == "enfant" and _age_on(m, start) == 20]
    return benefit == "af" and e[0] and o[0] and e[1] < o[1] and bool(twenty)


def rsa_young_worker_at_18(benefit, household, period, e, o, diag):
    """O3: the young workers' RSA is open from 18 (CASF L262-7-1: "âgée de dix-huit ans au
    moins"); OpenFisca asks for more than 18 (age > 18), so an 18-year-old who worked the
    required hours is refused, and with the RSA the free CSS it brings (L861-2)."""
    start = _start(period)
    return (benefit in ("rsa", "css") and e[0] and (not o[0] or e[1] < o[1]) and any(
        m["role"] != "enfant" and _age_on(m, start) == 18 and m["rsa_jeune_condition_heures_travail_remplie"]
        and not m["etudiant"] for m in household[1]))


def aah_earnings_with_replacement_income(benefit, household, period, e, o, diag):
    """H1: for a person with both earnings and a replacement income (unemployment benefit,
    pension) in the quarter, OpenFisca lowers the earned income taken into account by a
    further 30% (its `abattement_cessation_activite`, from the annual rules of CSS R532-5 /
    R821-4); the pack applies only the allowances of D821-9 to the quarter's earnings.
    R821-4-1 II, 3° keeps that 30% in the quarterly assessment only until the end of the
    payment period after a change of situation, which a stationary household does not have
    (docs/crosscheck.md)."""
    return benefit == "aah" and o[0] and o[1] > e[1] and any(
        m["taux_incapacite"] >= 0.5 and m["salaire_net"] > 0
        and (m["chomage_net"] > 0 or m["retraite_nette"] > 0 or m.get("pension_invalidite", 0) > 0)
        for m in household[1])


def aah_beside_old_age_pension(benefit, household, period, e, o, diag):
    """H2: the AAH only completes an old-age or invalidity benefit lower than itself (CSS
    L821-1, al. 2 and 3); the pack deducts the retirement pension of the person from the
    AAH. OpenFisca deducts only an invalidity pension and its own allocation supplémentaire
    d'invalidité (`aah_base_non_cumulable`), never the retirement pension; the harness adds
    the pension there (openfisca_law.aah_completes_old_age_pension), so that with
    `--openfisca-as-published` only OpenFisca's AAH is higher, by at most the pension (h2251
    of 2024-09: pension 941.20, 74.85 in eligo, 1,016.05 in OpenFisca)."""
    if benefit != "aah" or o[1] <= e[1]:
        return False
    pensioners = [m for m in household[1] if m["taux_incapacite"] >= 0.5 and m["retraite_nette"] > 0]
    return bool(pensioners) and o[1] - e[1] <= sum(m["retraite_nette"] for m in pensioners) + 0.0051


def aspa_monthly_rounded_down(benefit, household, period, e, o, diag):
    """N4: the monthly ASPA amount and ceiling are the twelfth of the yearly ones rounded
    down to the cent, as the Cnav publishes and pays them (1,571.16 for a couple in 2024,
    18,854.02 / 12 = 1,571.168); OpenFisca divides by 12 without rounding, so its amount
    is one cent higher when the twelfth has a fraction of a cent of half or more."""
    return benefit == "aspa" and e[0] and o[0] and 0.0049 < o[1] - e[1] <= 0.0151


def aah_partial_incapacity_past_retirement_age(benefit, household, period, e, o, diag):
    """H3: with an incapacity of 50 to 79%, the AAH stops at the legal retirement age (CSS
    L821-2, the age of L161-17-2); OpenFisca keeps it."""
    return benefit == "aah" and o[1] > e[1] and any(
        0.5 <= m["taux_incapacite"] < 0.8 and m["age_legal_retraite_atteint"] for m in household[1])


def aspa_partner_aah_past_retirement_age(benefit, household, period, e, o, diag):
    """H3 seen from the ASPA: a partner with an incapacity of 50 to 79% past the legal
    retirement age has no AAH in the pack (CSS L821-2, last paragraph), and one in
    OpenFisca, which counts it in the couple's ASPA resources: OpenFisca's ASPA is lower or
    nil (h1527 of 2025-05: a partner of 64 at 60% with a pension of 1,142.45 gross;
    OpenFisca's AAH of 698.66 takes the couple's resources to 1,829.60, above the couple
    ceiling; 463.28 EUR of ASPA in eligo)."""
    return benefit == "aspa" and o[1] < e[1] and any(
        m["role"] != "enfant" and 0.5 <= m["taux_incapacite"] < 0.8 and m.get("age_legal_retraite_atteint")
        for m in household[1])


def aspa_earnings_allowance(benefit, household, period, e, o, diag):
    """G2: the ASPA resources count the earnings of the quarter less a flat allowance of 0.9
    (single) or 1.5 (couple) times the monthly SMIC, which "porte sur les revenus
    professionnels du foyer" (CSS R815-29): once for the couple. OpenFisca takes the couple's
    allowance off each member's earnings (`asi_aspa_base_ressources_individu`), so where both
    partners work its resources are lower and its ASPA higher (h4416 of 2026-09, earnings of
    1,371.26 and 640.52 EUR a month: 519.94 in eligo, 1,043.60 in OpenFisca)."""
    earners = [m for m in household[1] if m["role"] != "enfant" and m["salaire_net"] > 0]
    return benefit == "aspa" and o[0] and o[1] > e[1] and len(earners) >= 2


def aspa_partner_asi(benefit, household, period, e, o, diag):
    """S4 for the ASPA: one partner has the ASPA's age, and OpenFisca finds the other eligible
    to the allocation supplémentaire d'invalidité (CSS L815-24), which the pack does not
    compute; OpenFisca then grants the ASPA where the pack, the couple's resources above the
    couple ceiling, does not (h7529 of 2024-09: partners of 65 and 62, the younger with a 90%
    incapacity; 311.48 EUR in OpenFisca)."""
    return benefit == "aspa" and diag.get("asi_eligibilite", 0) > 0 and o[1] > e[1]


def ppa_french_child(benefit, household, period, e, o, diag):
    """O2: CSS L842-2, 2° asks the claimant (or partner) to be French, an EU national or to
    hold a permit for five years; OpenFisca accepts the household when any member meets it,
    a French child included."""
    adults = [m for m in household[1] if m["role"] != "enfant"]
    return (benefit == "ppa" and not e[0] and o[0]
            and all(m["nationalite"] == "hors_ue" and not m["titre_sejour_5_ans"] for m in adults)
            and any(m["role"] == "enfant" and m["nationalite"] != "hors_ue" for m in household[1]))


# Minimum amounts paid: the RSA's 6 EUR (CASF R262-39), the prime d'activité's 15 EUR
# (CSS D846-2)
MINIMUM_PAID = {"rsa": 6.0, "ppa": 15.0}


def threshold_missed_in_binary_floats(benefit, household, period, e, o, diag):
    """N5: eligo's amount is exactly the minimum paid, and a salary changed over the quarter.
    OpenFisca adds the three months in binary floats (640.52 + 685.84 + 595.20 =
    1921.5600000000002), so the mean resources are a hair above 640.52 and the amount a hair
    below 6 EUR (5.999999999999886): not paid. The law pays an amount that is not below the
    threshold; eligo counts in exact cents."""
    floor = MINIMUM_PAID.get(benefit)
    return (floor is not None and e[0] and not o[0] and abs(e[1] - floor) < 0.005
            and any(m.get("salaire_mois") for m in household[1]))


def ppa_aah_as_earnings_revalued_in_quarter(benefit, household, period, e, o, diag):
    """R2: the AAH of a recipient who works at least 29 hours of SMIC a month is counted as
    earnings (CSS L842-8, D843-4): it enters the resources in full and the earnings at the
    slope (61%, 59.85% from April 2025). eligo computes each month of the quarter with that
    month's AAH (R843-1); the harness gives OpenFisca the AAH of M for every month (S2). When
    the AAH was revalued within the quarter (April), OpenFisca deducts, for each earlier month,
    the revaluation times one minus the slope (less what it adds to the bonification): its
    amount lies below eligo's by between a tenth and 0.41 of the mean revaluation over the
    quarter (eligo's allowances of each month, crosscheck.quarter_amounts)."""
    months = diag.get("eligo_ppa_quarter")
    if benefit != "ppa" or not months or not (e[0] and o[0]):
        return False
    now = diag["eligo_allowances"]
    revalued = sum(now - allowances for _, allowances in months) / len(months)
    earning_recipient = any(m.get("taux_incapacite", 0) >= 0.5 and m.get("salaire_net", 0) > 0
                            for m in household[1])
    gap = e[1] - o[1]
    return earning_recipient and revalued >= 0.01 and 0.1 * revalued - 0.0051 <= gap <= 0.41 * revalued + 0.0051


def af_tapering_supplement_overseas(benefit, household, period, e, o, diag):
    """D2 (to settle at the source): above a ceiling, the family allowances are completed by
    a tapering supplement (complément dégressif, CSS L521-1, last paragraph; D521-3). The pack
    applies it wherever it computes the allowances; OpenFisca-France computes none overseas
    (`af_complement_degressif` is nil where `af_eligibilite_dom`), though CSS L755-11 makes
    the conditions of L521-1 and L521-3 applicable overseas, L755-12 setting aside the four
    last paragraphs of L521-1 (the tapering supplement among them) only "lorsque le ménage ou la
    personne a un seul enfant à charge" (h1032 of 2025-05, Martinique, three children: 230.29
    EUR in eligo, the second bracket's 173.15 in OpenFisca). Two children or more: one child is
    D3."""
    return (benefit == "af" and e[0] and o[0] and e[1] > o[1]
            and household[0].get("residence") in AF_FIRST_CHILD_OVERSEAS
            and len(_af_children(household, period)) >= 2)


def ppa_earnings_of_every_famille_member(benefit, household, period, e, o, diag):
    """P1: a child of the household has earnings. CSS L842-3 builds the prime d'activité from
    "une fraction des revenus professionnels des membres du foyer", with a bonification "pour
    chaque travailleur, membre du foyer", and D843-1 counts in the foyer the persons "présente[s]
    au foyer et à la charge de l'intéressé": the pack counts a child's earnings and bonus only
    when the child is a dependant (under 25, own resources below the increase it brings, as
    for the RSA), and opens the right on the pay of the claimant or partner only (L842-1,
    R842-2). OpenFisca-France adds the earnings and bonifications of every member of its
    famille (`ppa_revenu_activite` sums `ppa_revenu_activite_individu` over all members), a
    child who is no dependant because of its pay included, and a child's pay alone opens its
    right (h115 of 2025-09: only the child works; nothing in eligo, 214.13 EUR in OpenFisca).
    A child of 25 or more from M-4 is in a famille of its own (openfisca_runner.Arrays.familles),
    so only one who turns 25 later is summed so. Counted only when both sides, given the
    household with every child's pay taken away (crosscheck.give_childrens_pay_taken_away),
    agree to the cent or within the half cents of N1/A3: the children's pay is then the whole
    difference."""
    return benefit == "ppa" and _both_agree_when_rerun("eligo_without_child_pay_ppa", "openfisca_without_child_pay_ppa",
                                                       benefit, household, period, diag)


def ppa_earnings_of_every_famille_member_with_the_reference_window(benefit, household, period, e, o, diag):
    """P1 and W1 together: OpenFisca as published reads M-3 .. M-1 (W1) and adds there the
    pay of every child of its famille (P1). Counted when eligo on the quarter before décret
    n° 2025-185 and OpenFisca, both without the children's pay, agree."""
    return benefit == "ppa" and _both_agree_when_rerun(
        "eligo_without_child_pay_window_m3_m1_ppa", "openfisca_without_child_pay_ppa", benefit, household, period, diag)


def ppa_earnings_of_every_famille_member_and_a_child_counted_before_its_birth(benefit, household, period, e, o, diag):
    """P1 and U1 together: a paid child (P1) and a child born inside the quarter, which
    OpenFisca counts in the months before its birth (U1). Counted when eligo, with the birth
    moved to the quarter's first day (as for U1), and OpenFisca, both without the children's
    pay, agree; from March 2025 as published, with eligo on the quarter before décret
    n° 2025-185 (W1) as well."""
    return _ppa_agrees_without_child_pay("_born_before_quarter", benefit, household, period, diag)


def ppa_earnings_of_every_famille_member_and_a_child_counted_in_its_birthday_month(benefit, household, period, e, o, diag):
    """P1 and M1 together: a paid child (P1) and a child who turns 25 or 3 inside the quarter,
    whom OpenFisca counts in its birthday month (M1), often the same child. Counted when eligo,
    with each such child born on the first day of the month after (as for M1), and OpenFisca,
    both without the children's pay, agree; from March 2025 as published, with eligo on the
    quarter before décret n° 2025-185 (W1) as well."""
    return _ppa_agrees_without_child_pay("_birthday_month_counted", benefit, household, period, diag)


def _ppa_agrees_without_child_pay(change, benefit, household, period, diag):
    """P1 with another class: eligo, given the other class's change of situation
    (`eligo_without_child_pay<change>`, on the pack as in force or on the quarter before décret
    n° 2025-185), and OpenFisca, both without the children's pay, agree."""
    return benefit == "ppa" and any(
        _both_agree_when_rerun(f"eligo_without_child_pay{change}{suffix}_ppa", "openfisca_without_child_pay_ppa",
                               benefit, household, period, diag)
        for suffix in ("", "_window_m3_m1"))


def _both_agree_when_rerun(eligo_key, openfisca_key, benefit, household, period, diag):
    """eligo and OpenFisca, each rerun on the same changed situation (diag[key]: eligibility
    and amount), agree to the cent or within the half cents of N1/A3."""
    ours, theirs = diag.get(eligo_key), diag.get(openfisca_key)
    if ours is None or theirs is None or ours[0] is None:
        return False
    return _agree(benefit, household, period, (ours[0], ours[1]), (theirs[0], theirs[1]), diag)


def rsa_child_to_be_born(benefit, household, period, e, o, diag):
    """O4: CASF L262-4, 1° opens the RSA to a person under 25 who "assume[] la charge d'un ou
    plusieurs enfants nés ou à naître": a pregnancy meets the age condition. OpenFisca-France
    takes the condition as 25 or more, or children in the famille (`rsa_nb_enfants > 0`),
    never a child to be born: a household of adults under 25 with a pregnancy and no child
    is refused (h477 of 2025-05: a couple of 24, the partner pregnant; 814.62 EUR in eligo)."""
    start = _start(period)
    adults = [m for m in household[1] if m["role"] != "enfant"]
    return (benefit == "rsa" and e[0] and not o[0] and any(m.get("enceinte") for m in adults)
            and all(_age_on(m, start) < 25 for m in adults))


def retirement_age_of_the_cohort(benefit, household, period, e, o, diag):
    """R3: the legal retirement age is that of the person's cohort (CSS L161-17-2: 62 for
    those born before 1 September 1961, three months more per cohort after, up to 64 for
    those born from 1968; suspended for some cohorts from 1 September 2026). The pack reads
    it (`age_legal_retraite_atteint`, drawn from the birth date, shapes.py); OpenFisca-France
    takes 64 for everyone since 1 September 2023 (`aah.age_legal_retraite`), which decides
    its ASPA for a person unfit for work or disabled (CSS L815-1, 2°: "l'âge prévu au 1° de
    l'article L. 351-1", the legal age) and the end of the AAH at 50-79%. A person between
    the cohort's age and 64 has the ASPA in eligo only, which the RSA and prime d'activité
    count as a resource (R262-6): their amounts are lower in eligo, or nil (h932 of 2025-05,
    born in August 1962, unfit for work: ASPA of 1,034.28 EUR in eligo, RSA of 646.52 in
    OpenFisca)."""
    start = _start(period)
    return (benefit in ("rsa", "ppa", "aah") and e[1] != o[1] and any(
        m["role"] != "enfant" and m.get("age_legal_retraite_atteint") and 62 <= _age_on(m, start) < 64
        and (m.get("inapte_travail") or m["taux_incapacite"] >= 0.5) for m in household[1]))


def aspa_retirement_age_of_the_cohort(benefit, household, period, e, o, diag):
    """R3 seen from the ASPA itself: CSS L815-1 lowers the ASPA's minimum age "en cas
    d'inaptitude au travail", to the legal retirement age, which L161-17-2 sets by cohort
    (62 years for those born before 1 September 1961, then three months more per cohort, 64
    for those born from 1968). The pack grants the ASPA to a person unfit for work (or with
    an incapacity of 50% or more) who has reached the age of the cohort
    (`age_legal_retraite_atteint`); OpenFisca-France 176.1.8 asks `age >= 64` of everybody
    since 1 September 2023 (`aah.age_legal_retraite`, read by `aspa_eligibilite`), so that
    between the cohort's age and 64 it grants nothing, or only the partner's share (h932 of
    2025-05, born in August 1962, unfit for work, alone: 1,034.28 EUR in eligo, nothing in
    OpenFisca)."""
    start = _start(period)
    return (benefit == "aspa" and e[0] and e[1] > o[1] and any(
        m["role"] != "enfant" and m.get("age_legal_retraite_atteint") and 62 <= _age_on(m, start) < 64
        and (m.get("inapte_travail") or m["taux_incapacite"] >= 0.5) for m in household[1]))


def _subset_sums(values):
    sums = {0.0}
    for v in values:
        sums |= {x + v for x in sums}
    return sums - {0.0}


def _child_pay_thirds(household):
    """A third of each sum of some months' pay of a child whose pay changes over the quarter."""
    return [total / 3 for m in household[1] if m["role"] == "enfant" and m.get("salaire_mois")
            for total in _subset_sums(list(m["salaire_mois"].values()))]


def _gap_is_some_months_of_a_steady_child_pay(household, e, o):
    """The gap between the two amounts is one or two thirds of the steady pay of a child: a
    dependant in the months of the quarter after the April revaluation of the increase it
    brings, or before it, and not in the others."""
    gap = abs(e[1] - o[1])
    return any(abs(gap - k * m["salaire_net"] / 3) < 0.0151 for m in household[1]
               if m["role"] == "enfant" and not m.get("salaire_mois") and m.get("salaire_net", 0.0) > 0
               for k in (1, 2))


def _gap_is_a_child_pay_third(benefit, household, e, o):
    """The gap between eligo's amount `e` and OpenFisca's `o` is a third of some months' pay
    of a child, eligo lower: or eligo pays nothing because that third takes its amount below
    the minimum paid (MINIMUM_PAID), where OpenFisca pays."""
    thirds = _child_pay_thirds(household)
    gap = abs(e[1] - o[1])
    if any(abs(gap - third) < 0.0151 for third in thirds):
        return True
    floor = MINIMUM_PAID.get(benefit, 0.0)
    return not e[0] and o[0] and any(o[1] - third < floor + 0.005 for third in thirds)


def rsa_child_dependent_in_a_month_of_the_quarter(benefit, household, period, e, o, diag):
    """K1 (to settle at the source): a child whose pay changes over the quarter, or whose
    steady pay lies between the increase it brings before and after the April revaluation, is
    a dependant (CASF R262-3: own resources below the increase the child brings) in some of
    its months only. The pack judges it month by month (`membre_foyer_rsa` in `rsa_ressources_mois`), and
    counts its pay of the months it was one; OpenFisca judges it once, in M, and counts its
    resources in no month or in all. The gap is a third of the child's pay of some months of
    the quarter (h968 of 2025-05: 247.29 EUR in April, below the 258.61 a child brings; 82.43
    EUR more resources in eligo), or eligo pays nothing where that third takes its amount
    below the minimum paid (h355 of 2025-01: a child paid 252.18 EUR in November 2024, below
    the 272.11 a child brings; 84.06 EUR more resources, eligo's amount below zero, 33.26 EUR
    in OpenFisca; h1861 of 2024-05, seed 7: a child of 23 paid 448.26 EUR every month, above
    the 432.82 an only child of a lone parent brings in February and March, below the 452.73
    of April: 298.84 EUR less resources in eligo)."""
    if benefit not in ("rsa", "ppa"):
        return False
    return (_gap_is_a_child_pay_third(benefit, household, e, o)
            or benefit == "rsa" and _gap_is_some_months_of_a_steady_child_pay(household, e, o))


def rsa_child_dependent_with_the_reference_window(benefit, household, period, e, o, diag):
    """K1 and W1 together: from March 2025 the pack reads M-4 .. M-2 (W1), OpenFisca M-3 ..
    M-1, and a child is a dependant in some months only (K1). The household is counted here
    when eligo, rerun with the earlier quarter (`eligo_window_m3_m1_<benefit>`, as for W1),
    differs from OpenFisca by K1's gap: a third of some months' pay of the child (h133 of
    2026-05: a child paid 272.40 EUR in February 2026, below the 276.74 a child brings;
    eligo on M-3 .. M-1 has 90.80 EUR more resources than OpenFisca, and on M-4 .. M-2 88.04,
    the April AAH revaluation read in one month less)."""
    before = diag.get(f"eligo_window_m3_m1_{benefit}")
    if benefit not in ("rsa", "ppa") or before is None or before[0] is None:
        return False
    return _gap_is_a_child_pay_third(benefit, household, before, o)


# numpy's mean year, in days, with which OpenFisca's `age` converts the days lived to years
NUMPY_MEAN_YEAR = 365.2425
# the ages the benefits compared read: children at 3 (RSA isolation), 6, 11, 14, 16, 18, 20
# (family benefits, the AAH ceiling), 21, 25 (RSA); adults at 25, 62, 64 and 65
AGE_THRESHOLDS = (3, 6, 11, 14, 16, 18, 20, 21, 25, 62, 64, 65)


def openfisca_age(member, day):
    """OpenFisca-France's `age` on `day`: the days from the birth to the day, plus one, in
    numpy's mean years of 365.2425 days, rounded down (`age` in its impot_revenu/ir.py)."""
    return int(((day - _birth(member)).days + 1) // NUMPY_MEAN_YEAR)


def openfisca_age_a_day_early(benefit, household, period, e, o, diag):
    """B1: OpenFisca-France's `age` ("Âge (en années) au premier jour du mois") adds a day to
    the days lived and divides by numpy's mean year of 365.2425 days: a person whose birthday
    falls on the 2nd of the month (the 3rd in some years) is a year older on the 1st than
    they are. The age in years changes on the birthday itself; on the 1st the person still
    has the age eligo reads. The household is counted here when a member crosses, one day
    early in OpenFisca, an age the benefits read (AGE_THRESHOLDS), on the first day of one
    of the months the benefits read (M-4 .. M) (h844 of 2025-01: a child born on 2 October
    2004 is 20 in OpenFisca on 1 October 2024, and no longer raises its father's AAH ceiling
    (D821-2): AAH of 928.08 EUR in October in OpenFisca, 1,016.05 in eligo, whose RSA reads
    (1,016.05 - 928.08) / 3 = 29.32 EUR more resources: 47.78 EUR, 77.11 in OpenFisca)."""
    if e == o:
        return False
    start = _start(period)
    for k in range(-4, 1):
        day = _add_months(start, k)
        for m in household[1]:
            early = openfisca_age(m, day)
            if early != _age_on(m, day) and early in AGE_THRESHOLDS:
                return True
    return False


def af_change_in_the_month(benefit, household, period, e, o, diag):
    """F4: CSS L552-1: family benefits are due "à partir du premier jour du mois civil
    suivant celui au cours duquel les conditions d'ouverture du droit sont réunies", and a
    change of situation counts from the month after: the pack counts a child from the month
    after its birth, gives the age supplement from the month after the 14th birthday
    (R521-1; from the month after the 11th and 16th for one child overseas, D755-5, II) and
    stops counting a child from the month of its 20th (R512-2), and a child paid above 55% of
    the SMIC from the month of its 16th, the end of compulsory schooling (L512-3; R552-3, I).
    OpenFisca-France reads the age in years on the first day of the month (its `age`): a child
    born on the 1st of M counts in M, one who turns 14, 16 or 20 in M counts as 13, 15 or 19
    (h314 of 2025-09: a child born on 1 September 2025; 151.80 EUR in eligo, 422.19 in
    OpenFisca; h609 of 2025-05: a child who turns 20 on 22 May)."""
    if benefit != "af" or e == o:
        return False
    start = _start(period)
    ages = (0, 14, 20)
    if household[0].get("residence") in AF_FIRST_CHILD_OVERSEAS and len(_af_children(household, period)) == 1:
        ages += (11, 16)  # the one-child supplements overseas (D755-5, II)
    return any(m["role"] == "enfant" and _birth(m).month == start.month
               and (start.year - _birth(m).year in ages
                    or (start.year - _birth(m).year == 16 and _paid_above_the_ceiling(m, period)))
               for m in household[1])


def _paid_above_the_ceiling(member, period):
    """Paid in `period` above 55% of 169 hours of SMIC (CSS R512-2): past compulsory
    schooling, no dependant for the family benefits (L512-3, 2°)."""
    return member.get("salaire_net", 0) > sit.child_pay_ceiling(period)


def aah_child_counted_in_the_month(benefit, household, period, e, o, diag):
    """F4 in the AAH: D821-2 raises the AAH ceiling by half for each "enfant à charge au sens
    des articles L. 512-3, L. 512-4 et L. 521-2", the family benefits' dependant, and the pack
    counts such a child as they do, from the month after its birth and up to the month
    before its 20th birthday (L552-1, R512-2). OpenFisca-France's AAH counts the AF's
    children (`af_nbenf`) by the age on the first day of the month: a child born on the 1st
    of M counts in M, one who turns 20 in M still counts. Its ceiling is higher by half an
    AAH, and so its AAH (h1451 of 2025-01, seed 7: a daughter born on 1 January 2025; 196.39
    EUR in eligo, 704.42 in OpenFisca, 508.03 apart, half of 1,016.05). Which month the
    AAH's own text gives for a birth was not read at the source (docs/crosscheck.md)."""
    if benefit != "aah" or not (e[0] and o[0]) or o[1] <= e[1]:
        return False
    start = _start(period)
    return any(m["role"] == "enfant" and _birth(m).month == start.month and start.year - _birth(m).year in (0, 20)
               for m in household[1])


def rsa_aspa_of_the_month_counted_whole(benefit, household, period, e, o, diag):
    """R4: the RSA counts the resources of the reference quarter, month by month (CASF
    R262-6, R262-7): a person who reached the ASPA's age (65, CSS L815-1) within the quarter
    or on the first day of M received the ASPA in some of its months only. OpenFisca-France
    adds the ASPA of M whole to the quarter's mean of the other allowances
    (`rsa_base_ressources_minima_sociaux`: "aspa + (ass + aah + asi + caah) / 3"), as if it had
    been received in each month: its RSA is lower, or nil (h1192 of 2025-09: 65 on 1 September
    2025; 568.94 EUR in eligo, nothing in OpenFisca)."""
    start = _start(period)
    quarter = _add_months(start, -3)
    return benefit == "rsa" and e[1] > o[1] and any(
        m["role"] != "enfant" and _age_on(m, start) >= 65 and _age_on(m, quarter) < 65 for m in household[1])


def reference_window_of_the_decree(benefit, household, period, e, o, diag):
    """W1: the RSA and the prime d'activité read the fourth, third and second months before
    the request or periodic review (M-4 .. M-2) since décret n° 2025-185 du 26 février 2025
    (in force for the CAF from 1 March 2025): CASF R262-7, II as amended, "1° La moyenne
    mensuelle des ressources déclarées [...] et versées au cours des quatrième, troisième et
    deuxième mois précédant la demande ou le réexamen [...] ; 2° La moyenne mensuelle des
    ressources perçues au cours des quatrième, troisième et deuxième mois précédant la
    demande ou le réexamen"; CSS R843-1, I as amended, "la moyenne des primes calculées [...]
    pour chacun des quatrième, troisième et deuxième mois précédant la demande ou le réexamen
    périodique du droit". OpenFisca-France 176.1.8 reads the three months before M
    (`period.last_3_months`); it reads M-4 .. M-2 only for a famille whose input
    `departement_experimentation_rsa` is set (the 2024 experiment, décret n° 2024-693), left
    unset by the harness as published. The household is counted here only when eligo, run on the pack
    with the earlier quarter (crosscheck.give_window_m3_m1, reference_window.py), agrees
    with OpenFisca to the cent, or within the half cents of N1/A3 (`rounding`): the window is
    then the whole difference."""
    return _agrees_when_rerun(f"eligo_window_m3_m1_{benefit}", benefit, household, period, e, o, diag)


def child_counted_before_its_birth(benefit, household, period, e, o, diag):
    """U1: a child born inside the RSA's or prime d'activité's quarter counts from its month
    of birth: CASF D262-34, "les changements de situation de nature à modifier les droits au
    revenu de solidarité active prennent effet à compter du premier jour du mois civil au cours
    duquel s'est produit l'événement", and the prime d'activité computed "pour chacun des"
    months of its quarter (CSS R843-1, I) with "la composition du foyer [...] au dernier jour
    du mois considéré" (R843-1, II). OpenFisca-France computes
    each month's prime (`ppa_fictive`) with the famille it is given, which holds the child in
    every month: a person not yet born, of negative age, passes its test `age < 25` and raises
    the flat amount of the months before the birth. The household is counted here only when
    eligo, given each such child born on the first day of the quarter's first month
    (crosscheck.give_children_born_before_the_quarter), agrees with OpenFisca to the cent or
    within the half cents of N1/A3 (h1403 of 2025-05, a child born in February: prime
    d'activité of 982.40 EUR in eligo, 1,050.81 in OpenFisca)."""
    return _agrees_when_rerun(f"eligo_born_before_quarter_{benefit}", benefit, household, period, e, o, diag)


def child_counted_before_its_birth_with_the_reference_window(benefit, household, period, e, o, diag):
    """U1 and W1 together: OpenFisca as published reads M-3 .. M-1 (W1) and counts there a
    child born inside them in the months before its birth (U1). Counted when eligo, on the
    quarter before décret n° 2025-185 and with each such child born on the first day of the
    quarter's first month, agrees with OpenFisca."""
    return _agrees_when_rerun(f"eligo_born_before_quarter_window_m3_m1_{benefit}", benefit, household, period, e, o, diag)


def child_counted_in_the_month_of_its_birthday(benefit, household, period, e, o, diag):
    """M1: a child who turns 25 in a month is no longer of that month's household, and a child
    who turns 3 no longer gives its lone parent the increase that month. The prime d'activité
    of each month of the quarter takes "la composition du foyer et la situation d'isolement
    [...] au dernier jour du mois considéré" (CSS R843-1, II), and for the RSA "les changements
    de situation de nature à modifier les droits [...] prennent effet à compter du premier jour
    du mois civil au cours duquel s'est produit l'événement" (CASF D262-34). OpenFisca-France
    reads `age` on the month's first day, so a child born on another day than the 1st (or the
    2nd, B1) still counts in its birthday month. The household is counted here only when
    eligo, given each such child born on the first day of the month after
    (crosscheck.give_birthday_months_counted), agrees with OpenFisca to the cent or within the
    half cents of N1/A3."""
    return _agrees_when_rerun(f"eligo_birthday_month_counted_{benefit}", benefit, household, period, e, o, diag)


def rsa_claimant_25_in_the_month(benefit, household, period, e, o, diag):
    """Y1: an adult without a child meets the RSA's age condition in the month of the 25th
    birthday: "les changements de situation de nature à modifier les droits [...] prennent
    effet à compter du premier jour du mois civil au cours duquel s'est produit l'événement"
    (CASF D262-34), and the CNAF opens the right "le mois du 25e anniversaire" (circulaire CNAF
    n° 2009-013, as quoted by ASH). OpenFisca-France's `rsa_eligibilite` compares `age`,
    "Âge (en années) au premier jour du mois", with 25, so the adult waits for the month after
    unless born on the 1st. Counted when eligo, given each such adult born on the first day
    of the month after (crosscheck.give_claimants_turning_25_a_month_later), agrees with
    OpenFisca."""
    if benefit != "rsa":
        return False
    return _agrees_when_rerun("eligo_claimant_25_month_after_rsa", benefit, household, period, e, o, diag)


def child_counted_in_the_month_of_its_birthday_with_the_reference_window(benefit, household, period, e, o, diag):
    """M1 and W1 together: OpenFisca as published reads M-3 .. M-1 (W1) and counts there a
    child in the month of its 25th or 3rd birthday (M1). Counted when eligo, on the quarter
    before décret n° 2025-185 and with each such child born on the first day of the month
    after, agrees with OpenFisca."""
    return _agrees_when_rerun(f"eligo_birthday_month_counted_window_m3_m1_{benefit}", benefit, household, period, e, o, diag)


def _agrees_when_rerun(key, benefit, household, period, e, o, diag):
    """eligo rerun on a changed situation (diag[key]: its eligibility and amount) moves and
    agrees with OpenFisca, to the cent or within the half cents of N1/A3."""
    before = diag.get(key)
    if before is None or before[0] is None or e[0] is None:
        return False
    before = (before[0], before[1])
    moved = before[0] != e[0] or abs(before[1] - e[1]) >= 0.005
    return moved and _agree(benefit, household, period, before, o, diag)


def _agree(benefit, household, period, ours, theirs, diag):
    """Same eligibility, and amounts to the cent or within the half cents of N1/A3."""
    return ours[0] == theirs[0] and (abs(ours[1] - theirs[1]) < 0.005 or rounding(benefit, household, period, ours, theirs, diag))


def _add_months(d, k):
    m = d.month - 1 + k
    return datetime.date(d.year + m // 12, m % 12 + 1, 1)


# the overseas departments where the family allowances are due from the first child
# (CSS L755-12); Mayotte has rules of its own
AF_FIRST_CHILD_OVERSEAS = ("guadeloupe", "martinique", "guyane", "reunion")


def _af_children(household, period):
    """The children under 20 on the first day of the month (as OpenFisca reads the age)."""
    start = _start(period)
    return [m for m in household[1] if m["role"] == "enfant" and 0 <= _age_on(m, start) < 20]


def af_one_child_overseas_not_modulated(benefit, household, period, e, o, diag):
    """D3: in Guadeloupe, Guyane, Martinique and La Réunion a single dependent child opens the
    family allowances (CSS L755-12; D755-5, II: 5.88% of the BMAF, 3.69% more from 11 and 5.67%
    from 16), and "les quatre derniers alinéas de l'article L. 521-1 ne sont pas applicables
    lorsque le ménage ou la personne a un seul enfant à charge" (L755-12, al. 2): no modulation
    by resources, no tapering supplement. OpenFisca-France modulates the one-child amount like
    the others (`af_base` and `af_majoration` times `af_taux_modulation`): above the first
    ceiling its amount is half of eligo's, above the second a quarter."""
    if not (benefit == "af" and e[0] and o[0] and e[1] > o[1]
            and household[0].get("residence") in AF_FIRST_CHILD_OVERSEAS
            and len(_af_children(household, period)) == 1):
        return False
    return any(abs(o[1] - e[1] * share) <= 0.0151 for share in (0.5, 0.25))


CAUSES = {
    # first: a household the reference window alone separates is counted there, whatever
    # other feature it has (the other causes then make no difference)
    "RSA and prime d'activité: the quarter M-4 .. M-2 of décret 2025-185 (W1)": reference_window_of_the_decree,
    "ASPA monthly amounts rounded down (N4)": aspa_monthly_rounded_down,
    "amounts paid to the cent (N1, A3)": rounding,
    "RSA and prime d'activité: a child counted before its birth in OpenFisca (U1)": child_counted_before_its_birth,
    "RSA and prime d'activité: a child counted before its birth, with the quarter of décret 2025-185 (U1 and W1)":
        child_counted_before_its_birth_with_the_reference_window,
    "RSA and prime d'activité: a child counted in the month of its 25th or 3rd birthday in OpenFisca (M1)":
        child_counted_in_the_month_of_its_birthday,
    "RSA and prime d'activité: a child counted in the month of its 25th or 3rd birthday, with the quarter of décret 2025-185 (M1 and W1)":
        child_counted_in_the_month_of_its_birthday_with_the_reference_window,
    "RSA: the claimant's 25th birthday in the month (Y1)": rsa_claimant_25_in_the_month,
    "CSS age on 1 January (C2)": css_age_on_1_january,
    "CSS young couple, one partner with maintenance (S3)": css_young_adult_with_maintenance,
    "CSS: a child of 25 counted as a dependant in OpenFisca (C4)": css_child_of_25_counted,
    "CSS: the ASPA of a person who turned 65 within the twelve months, M's in OpenFisca (S2)":
        css_aspa_started_within_the_year,
    "CSS ceilings in whole euros (C3)": css_ceiling_in_euros,
    "CSS ceilings not revalued in OpenFisca (C1)": css_ceiling_not_revalued,
    "energy-voucher ceiling not updated in OpenFisca (E1)": energy_ceiling_not_updated,
    "ARS age bands on 1 December (A1)": ars_age_on_1_december,
    "ARS sixth birthday in January (A2)": ars_sixth_birthday_in_january,
    "majoration pour la vie autonome: conditions read otherwise (S1)": mva_conditions,
    "AF eldest of two children of the same age (F1)": af_eldest_same_age,
    "ARS ceiling rounded to the euro (A4)": ars_ceiling_in_euros,
    "ARS children in charge on the day of the rentrée (A5)": ars_children_in_charge_in_october,
    "ARS: a child under 16 paid above the ceiling, dropped in OpenFisca (A6)": ars_child_under_16_paid_above_the_ceiling,
    "prime d'activité: the parameters of each month of the quarter (R1)": ppa_parameters_of_each_quarter_month,
    "AF flat allowance: children of 20 in the ceiling (F2)": af_flat_allowance_ceiling,
    "RSA young worker aged 18 (O3)": rsa_young_worker_at_18,
    "AAH earnings beside a replacement income (H1)": aah_earnings_with_replacement_income,
    "AAH at 50-79% past the retirement age (H3)": aah_partial_incapacity_past_retirement_age,
    "AAH beside an old-age pension (H2)": aah_beside_old_age_pension,
    "prime d'activité: a French child meets the nationality condition (O2)": ppa_french_child,
    "ASPA allowance on earnings (G2)": aspa_earnings_allowance,
    "ASPA: the partner eligible to the ASI in OpenFisca (S4)": aspa_partner_asi,
    "ASPA: a partner's AAH at 50-79% past the retirement age in OpenFisca (H3)": aspa_partner_aah_past_retirement_age,
    "minimum paid reached to the cent, missed in OpenFisca's floats (N5)": threshold_missed_in_binary_floats,
    "prime d'activité: AAH counted as earnings, revalued within the quarter (R2)": ppa_aah_as_earnings_revalued_in_quarter,
    "prime d'activité: earnings of every famille member in OpenFisca (P1)": ppa_earnings_of_every_famille_member,
    "prime d'activité: earnings of every famille member, with the quarter of décret 2025-185 (P1 and W1)":
        ppa_earnings_of_every_famille_member_with_the_reference_window,
    "prime d'activité: earnings of every famille member, and a child counted before its birth (P1 and U1, with W1 from 2025-03)":
        ppa_earnings_of_every_famille_member_and_a_child_counted_before_its_birth,
    "prime d'activité: earnings of every famille member, and a child counted in the month of its 25th or 3rd birthday (P1 and M1, with W1 from 2025-03)":
        ppa_earnings_of_every_famille_member_and_a_child_counted_in_its_birthday_month,
    "RSA: a child to be born meets the age condition (O4)": rsa_child_to_be_born,
    "legal retirement age of the cohort (R3)": retirement_age_of_the_cohort,
    "ASPA from the legal retirement age of the cohort, unfit for work (R3)": aspa_retirement_age_of_the_cohort,
    "RSA: a child dependent in some months of the quarter (K1)": rsa_child_dependent_in_a_month_of_the_quarter,
    "RSA: a child dependent in some months, with the quarter of décret 2025-185 (K1 and W1)":
        rsa_child_dependent_with_the_reference_window,
    "OpenFisca's age a year more on the day before the birthday (B1)": openfisca_age_a_day_early,
    "AF: a change counts from the month after (F4)": af_change_in_the_month,
    "AAH: a child counted in its month of birth or of its 20th birthday (F4 in the AAH)": aah_child_counted_in_the_month,
    "RSA: the ASPA of M counted whole for the quarter (R4)": rsa_aspa_of_the_month_counted_whole,
    "AF tapering supplement overseas (D2)": af_tapering_supplement_overseas,
    "AF for one child overseas: no modulation by resources (D3)": af_one_child_overseas_not_modulated,
}

# the causes of an "undetermined" answer of eligo (eligibility None): the pack asks an
# assessment it does not compute
UNDETERMINED_CAUSES = {
    # first: a household the reference window alone separates is counted there, whatever
    # other feature it has (the other causes then make no difference)
    "RSA and prime d'activité: the quarter M-4 .. M-2 of décret 2025-185 (W1)": reference_window_of_the_decree,
}


def cause(benefit, household, period, e, o, diag):
    for name, test in (UNDETERMINED_CAUSES if e[0] is None else CAUSES).items():
        if test(benefit, household, period, e, o, diag):
            return name
    return None
