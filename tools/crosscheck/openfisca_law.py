"""OpenFisca-France's formulas brought to the legal text where they diverge from it.

The cross-check looks for the pack's errors. Where OpenFisca reads a text otherwise than its
letter, or pays an amount the paying body does not pay, every household concerned differs
for a reason that is not the pack's, and hides the differences that are. Each correction
below changes the least it can (an input OpenFisca's own formula then reads, or a parameter
it multiplies), names its text, and is a class of docs/crosscheck.md; the rest of each
formula stays OpenFisca's. `--openfisca-as-published` turns them all off, and the page gives
the figures both ways.

- H2 `aah_completes_old_age_pension`: CSS L821-1, al. 2 and 3;
- C2 `css_contribution_by_age_on_1_january`: arrêté du 21 juin 2019, art. 1;
- N4 `aspa_twelfths_rounded_down`: CSS D815-1, D815-2 as the Cnav pays them;
- A3 `ars_per_child_to_the_cent`: CSS D543-1 as the CAF pays it;
- A1, A2 `ars_children_of_r543_2`: CSS R543-2.
"""
import datetime
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal

import numpy as np

import situation as sit
from openfisca_updates import node

# the classes of docs/crosscheck.md corrected here
CLASSES = ("H2", "C2", "N4", "A1", "A2", "A3")

ASPA = "prestations_sociales.solidarite_insertion.minimum_vieillesse.aspa"
ASPA_YEARLY = ("montant_maximum_annuel.personnes_seules", "montant_maximum_annuel.couples",
               "plafond_ressources.personnes_seules", "plafond_ressources.couples")
ARS = "prestations_sociales.prestations_familiales.education_presence_parentale.ars"
ARS_RATES = ("taux_primaire", "taux_college", "taux_lycee")
BMAF = "prestations_sociales.prestations_familiales.bmaf.bmaf"
CSS_CONTRIBUTION = "prestations_sociales.solidarite_insertion.minima_sociaux.cs.css.montant"
# the rentrées whose ARS the harness may compute (its months are 2024 to 2026)
ARS_YEARS = range(2019, 2031)


def decimal(value):
    """A parameter's value as the decimal number its YAML file writes (12411.44, 0.8972)."""
    return Decimal(repr(float(value)))


def cents(amount, rounding):
    return amount.quantize(Decimal("0.01"), rounding=rounding)


def apply_to_parameters(tax_benefit_system):
    """The corrections that are parameter values; returns [(class, parameter, what)]."""
    applied = aspa_twelfths_rounded_down(tax_benefit_system.parameters)
    applied += ars_per_child_to_the_cent(tax_benefit_system.parameters)
    tax_benefit_system._parameters_at_instant_cache = {}
    return applied


def aspa_twelfths_rounded_down(parameters):
    """N4. The Cnav publishes and pays as the ASPA's monthly amount and ceiling the twelfth of
    the yearly ones of D815-1 and D815-2 rounded down to the cent (circulars 2023-34, 2024-39
    and 2025-29: 1,034.28 for 12,411.44 / 12 in 2025, 1,043.59 for 12,523.14 / 12 in 2026).
    OpenFisca divides the yearly value by 12 in its formula; giving it twelve times the
    monthly amount paid makes that division the amount paid."""
    applied = []
    for path in ASPA_YEARLY:
        parameter = node(parameters, f"{ASPA}.{path}")
        for at in list(parameter.values_list):
            if at.value is None:
                continue
            paid = cents(decimal(at.value) / 12, ROUND_DOWN) * 12
            at.value = float(paid)
            applied.append(("N4", f"{ASPA}.{path}", f"from {at.instant_str}: 12 x {paid / 12}"))
    return applied


def ars_per_child_to_the_cent(parameters):
    """A3. D543-1 sets the ARS per child as a percentage of the BMAF; the CAF publishes and pays
    each child's amount to the cent (429.01 EUR for a child of 6 to 10 in 2026: 89.72% of
    478.16 = 429.0052) and the family receives their sum. OpenFisca multiplies the sum of the
    percentages by the BMAF, unrounded. The rate of October of each year, when its ARS reads
    it, becomes the amount paid divided by the BMAF, so that its product is that amount."""
    applied = []
    for year in ARS_YEARS:
        october = f"{year}-10"
        bmaf = node(parameters(f"{october}-01"), BMAF)
        for name in ARS_RATES:
            rate = node(parameters(f"{october}-01"), f"{ARS}.ars_m.{name}")
            paid = cents(decimal(bmaf) * decimal(rate), ROUND_HALF_UP)
            node(parameters, f"{ARS}.ars_m.{name}").update(period=october, value=float(paid) / float(bmaf))
            applied.append(("A3", f"{ARS}.ars_m.{name}", f"{october}: {paid} per child"))
    return applied


def aah_completes_old_age_pension(simulation, months):
    """H2. CSS L821-1, al. 2 and 3: the AAH completes an old-age or invalidity benefit up to
    the AAH amount. OpenFisca's `aah_base_non_cumulable` (the benefits it deducts from the full
    AAH) holds the invalidity pension and the ASI of the month before, never the retirement
    pension; the retirement pension of the month is added to it, so that the AAH, and the RSA,
    prime d'activité and CSS that count it, see the pack's situation."""
    for month in months:
        previous = sit.month_list(month, 1)[0]
        deducted = (simulation.calculate("pensions_invalidite", month)
                    + simulation.calculate("asi", previous)
                    + simulation.calculate("retraite_nette", month))
        simulation.set_input("aah_base_non_cumulable", month, deducted)


def css_contribution_by_age_on_1_january(simulation, period, january_simulation, births):
    """C2. The arrêté du 21 juin 2019 (art. 1) sets each member's CSS contribution by the "âge
    au 1er janvier de l'année d'attribution"; OpenFisca's `css_participation_forfaitaire_montant_i`
    reads the age in the month. Its own value for January is given to the month, computed in
    `january_simulation` (a simulation that computes nothing else) where `age` in January is
    the age on 1 January: OpenFisca's own converts the days lived to years with numpy's mean
    year, which makes a person born on 2 or 3 January a year older on 1 January. The scale
    must be the same in both months."""
    january = f"{period[:4]}-01"
    parameters = simulation.tax_benefit_system.parameters
    in_january, in_month = (node(parameters(f"{m}-01"), CSS_CONTRIBUTION) for m in (january, period))
    if scale_values(in_january) != scale_values(in_month):
        raise ValueError(f"the CSS contribution scale changed between {january} and {period}: "
                         "the January value cannot stand for the month")
    january_simulation.set_input("age", january, age_on_1_january(births, int(period[:4])))
    simulation.set_input("css_participation_forfaitaire_montant_i", period,
                         january_simulation.calculate("css_participation_forfaitaire_montant_i", january))


def age_on_1_january(births, year):
    """Full years on 1 January of `year` of each person born on `births` (negative for a child
    born later in the year, whom the first band of the scale covers on both sides)."""
    born = np.asarray(births, dtype="datetime64[D]")
    birth_year = born.astype("datetime64[Y]").astype(int) + 1970
    born_on_1_january = born == born.astype("datetime64[Y]").astype("datetime64[D]")
    return (year - birth_year - np.where(born_on_1_january, 0, 1)).astype(np.int32)


def scale_values(scale):
    """{regime: {band: amount}} of the CSS contribution scale at an instant."""
    return {regime: {band: float(scale[regime][band]) for band in scale[regime]} for regime in scale}


def ars_children_of_r543_2(simulation, period, births):
    """A1, A2. R543-2: the ARS opens for a child "qui atteindra son sixième anniversaire avant
    le 1er février de l'année suivant celle de la rentrée", stays due for one who "n'a pas
    atteint l'âge de dix-huit ans révolus au 15 septembre", and is raised for one who turns 11
    or 15 "au cours de l'année civile de la rentrée". OpenFisca's `ars` counts the children by
    their `age` on 1 December (6 to 10, 11 to 14, 15 to 17) and adds those of 18 years and at
    most two months (`age_en_mois`). The two are given, for December of the rentrée's year,
    the values that put each child in the band R543-2 gives it: the age on 31 December, 6 for
    a child who turns 6 in January, 17 for one of 18 by then who was not on 15 September, and
    an age in months past OpenFisca's 18-year margin for every child it must leave out.
    To be set before OpenFisca computes anything for December, in a simulation that computes
    nothing else: every variable of December would read these ages."""
    year = int(period[:4])
    age, in_months = december_ages_of_r543_2(births, year)
    december = f"{year}-12"
    simulation.set_input("age", december, age)
    simulation.set_input("age_en_mois", december, in_months)


def december_ages_of_r543_2(births, year):
    """(age, age in months) in December of `year` that put each child born on `births` in the
    band R543-2 gives it for the rentrée of `year` (ars_children_of_r543_2)."""
    born = np.asarray(births, dtype="datetime64[D]")
    age_31_december = year - (born.astype("datetime64[Y]").astype(int) + 1970)
    from_six = born < np.datetime64(datetime.date(year - 5, 2, 1))
    under_18_on_15_september = born > np.datetime64(datetime.date(year - 18, 9, 15))
    entitled = from_six & under_18_on_15_september
    age = np.where(entitled, np.clip(age_31_december, 6, 17), age_31_december)
    age = np.where(~from_six, np.minimum(age, 5), np.where(~under_18_on_15_september, np.maximum(age, 18), age))
    # 12 x age falls in OpenFisca's 18-year margin (216 to 218 months) only at 18, left out
    in_months = np.where(age >= 18, 12 * age + 11, 12 * age)
    return age.astype(np.int32), in_months.astype(np.int32)
