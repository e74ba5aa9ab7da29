#include "synth/incomes.hpp"

#include <algorithm>
#include <array>
#include <cmath>

namespace eligo::synth {

namespace {

// Net monthly full-time minimum wage from 2025-01 (SMIC brut 1,801.80 EUR).
constexpr double smic_net_full_time = 1426.30;

enum ActivityIndex : std::size_t { employee, self_employed, unemployed, retired, inactive, student, activity_count };
using ActivityWeights = std::array<double, activity_count>;

// Insee, enquête Emploi 2023 (rounded): employment rate 68 % at 15-64, unemployment
// 7.3 %, about one in eight workers self-employed; students are most of the 18-24.
ActivityWeights activity_weights(int age) {
  if (age < 25) return {0.33, 0.02, 0.10, 0.00, 0.10, 0.45};
  if (age < 55) return {0.72, 0.09, 0.07, 0.00, 0.12, 0.00};
  if (age < 62) return {0.58, 0.08, 0.05, 0.07, 0.22, 0.00};
  if (age < 65) return {0.25, 0.05, 0.03, 0.60, 0.07, 0.00};
  if (age < 70) return {0.05, 0.03, 0.00, 0.92, 0.00, 0.00};
  return {0.00, 0.00, 0.00, 1.00, 0.00, 0.00};
}

Activity draw_activity(const Person& person, HouseholdType type, Random& random) {
  ActivityWeights weights = activity_weights(person.age);
  // Lone parents are more often unemployed or out of work (Insee, familles monoparentales).
  if (type == HouseholdType::single_parent && weights[employee] > 0.2) {
    weights[employee] -= 0.10;
    weights[unemployed] += 0.06;
    weights[inactive] += 0.04;
  }
  switch (random.pick(weights)) {
    case employee: return Activity::employee;
    case self_employed: return Activity::self_employed;
    case unemployed: return Activity::unemployed;
    case retired: return Activity::retired;
    case inactive: return Activity::inactive;
    default: return Activity::student;
  }
}

// Insee, salaires du secteur privé 2022: median net full-time pay about 2,100 EUR a month;
// women earn 14 % less at equal working time; the young less.
std::int64_t draw_full_time_wage(const Person& person, Territory territory, Random& random) {
  double median = 2100.0;
  if (person.female) median *= 0.86;
  if (person.age < 25) median *= 0.75;
  if (territory != Territory::metropole) median *= 0.90;
  return euros(std::max(smic_net_full_time, random.lognormal(median, 0.45)));
}

// Insee: 27 % of employed women and 8 % of men work part time; 12 % of employees (fixed
// term, temping) did not work the whole quarter (assumption, Dares contrats courts).
void draw_employee(Person& person, Territory territory, Random& random) {
  std::int64_t wage = draw_full_time_wage(person, territory, random);
  person.part_time = random.chance(person.female ? 0.27 : 0.08);
  if (person.part_time) wage = static_cast<std::int64_t>(static_cast<double>(wage) * (0.40 + 0.45 * random.uniform()));
  if (random.chance(0.12)) wage = static_cast<std::int64_t>(static_cast<double>(wage) * (0.15 + 0.65 * random.uniform()));
  person.salary = wage;
}

// Insee, revenus d'activité des non-salariés 2021: micro-entrepreneurs (about 40 %) earn a
// few hundred euros a month, the others around 2,300 EUR, with a wide spread.
std::int64_t draw_self_employed_income(Random& random) {
  const bool micro = random.chance(0.40);
  return euros(micro ? random.lognormal(500.0, 0.8) : random.lognormal(2300.0, 0.7));
}

// Dares/Unédic: about 45 % of job seekers are paid an allowance, about 1,050 EUR net a month.
std::int64_t draw_unemployment_benefit(Random& random) {
  if (!random.chance(0.45)) return 0;
  return euros(std::max(300.0, random.lognormal(1050.0, 0.35)));
}

// Drees, les retraités et les retraites 2024 (rounded): median net pension about 1,650 EUR
// for men and 1,250 EUR for women (with survivor pensions), lower overseas.
std::int64_t draw_pension(const Person& person, Territory territory, Random& random) {
  double median = person.female ? 1250.0 : 1650.0;
  if (territory != Territory::metropole) median *= 0.85;
  return euros(std::max(50.0, random.lognormal(median, 0.45)));
}

// Drees, enquête Vie quotidienne et santé 2021 and CNSA (orders of magnitude): about 5 % of
// adults under 60 and 9 % over have a disability recognised by the CDAPH.
void draw_disability(Person& person, Random& random) {
  if (person.role == Role::child && person.age < 16) {
    person.disability = random.chance(0.02);
  } else {
    person.disability = random.chance(person.age < 60 ? 0.05 : 0.09);
  }
  if (!person.disability) {
    person.unfit_for_work = person.age >= 60 && random.chance(0.03);
    return;
  }
  const double level = random.uniform();
  double rate = 0;
  if (level < 0.45) {
    rate = 0.80 + 0.15 * random.uniform();
  } else if (level < 0.85) {
    rate = 0.50 + 0.29 * random.uniform();
    person.employment_restriction = random.chance(0.55);
  } else {
    rate = 0.10 + 0.35 * random.uniform();
  }
  person.incapacity_millionths = static_cast<std::int32_t>(std::lround(rate * 100.0)) * 10'000;
  person.unfit_for_work = person.age >= 60 && random.chance(0.40);
}

void draw_child(Person& child, Random& random) {
  child.activity = Activity::child;
  if (child.age >= 3 && child.age <= 15) child.in_school = random.chance(0.995);
  if (child.age >= 16 && child.age <= 17) child.in_school = random.chance(0.94);
  if (child.age >= 18) child.student = random.chance(0.55);
}

// Taxable income two years before: current earnings with a drift (people change jobs), or a
// former job for today's job seekers.
void draw_past_incomes(Person& person, Random& random) {
  const double drift = random.lognormal(0.95, 0.25);
  double earned = static_cast<double>(person.salary + person.self_employed + person.unemployment) * 12.0 * drift;
  if (person.activity == Activity::unemployed && random.chance(0.60))
    earned += static_cast<double>(euros(random.lognormal(1400.0, 0.4))) * 12.0 * 0.6;
  person.earned_n2_year = static_cast<std::int64_t>(earned);
  person.pensions_n2_year = static_cast<std::int64_t>(static_cast<double>(person.pension_net + person.maintenance) * 12.0 * 0.97);
}

}  // namespace

std::int64_t gross_pension_from_net(std::int64_t net_cents) {
  // Brackets of gross pension (EUR a month) and the CSG + CRDS + CASA rate taken above them:
  // exempt, reduced 3.8 % + 0.5 %, median 6.6 % + 0.5 % + 0.3 %, full 8.3 % + 0.5 % + 0.3 %.
  // The law sets them on the reference taxable income; a pension bracket approximates it.
  constexpr std::array<double, 4> thresholds = {0.0, 1200.0, 1600.0, 2000.0};
  constexpr std::array<double, 4> rates = {0.0, 0.043, 0.074, 0.091};
  const double net = static_cast<double>(net_cents) / 100.0;
  double gross = net;
  for (std::size_t i = thresholds.size(); i-- > 0;) {
    const double candidate = net / (1.0 - rates[i]);
    if (candidate >= thresholds[i]) {
      gross = candidate;
      break;
    }
  }
  return euros(gross);
}

void draw_activities_and_incomes(World& world, Random& random) {
  for (Person& person : world.persons) {
    const Household& household = world.households[person.household];
    draw_disability(person, random);
    if (person.role == Role::child) {
      draw_child(person, random);
      continue;
    }
    person.activity = draw_activity(person, household.type, random);
    // Dares: the employment rate of people with a recognised disability is about half the
    // general one; a severe disability often means no work at all.
    if (person.disability && person.incapacity_millionths >= 500'000 &&
        (person.activity == Activity::employee || person.activity == Activity::self_employed) && random.chance(0.55))
      person.activity = Activity::inactive;
    switch (person.activity) {
      case Activity::employee: draw_employee(person, household.territory, random); break;
      case Activity::self_employed: person.self_employed = draw_self_employed_income(random); break;
      case Activity::unemployed: person.unemployment = draw_unemployment_benefit(random); break;
      case Activity::retired: person.pension_net = draw_pension(person, household.territory, random); break;
      case Activity::student: person.student = true; break;
      default: break;
    }
    // Some people past 65 never worked enough for a pension: the ASPA population.
    if (person.age >= 65 && person.activity == Activity::retired && random.chance(0.03)) person.pension_net = 0;
    person.pension_gross = gross_pension_from_net(person.pension_net);
    person.young_worker_hours = person.age < 25 && person.activity == Activity::employee && random.chance(0.25);
    // Legal retirement age (CSS L161-17-2): 62 years and some months for the cohorts turning
    // 62-63 now; counted as reached from 63, and for half of those aged 62.
    person.legal_retirement_age = person.age >= 63 || (person.age == 62 && random.chance(0.5));
    // Maintenance (CAF, ARIPA): about a third of lone parents receive 170 EUR a child.
    if (household.type == HouseholdType::single_parent && person.role == Role::claimant && random.chance(0.35))
      person.maintenance = euros(170.0) * (household.member_count - 1);
    draw_past_incomes(person, random);
  }
}

}  // namespace eligo::synth
