#include "synth/housing.hpp"

#include <algorithm>
#include <array>

namespace eligo::synth {

namespace {

using TenureWeights = std::array<double, 8>;  // in the order of Tenure

// Insee, enquête Logement 2020 and SRCV (rounded): 58 % owners (a third with a loan), 17 %
// social tenants, 22 % private tenants; the poorest fifth rents far more, often in social
// housing.
constexpr std::array<TenureWeights, 5> tenure_by_quintile = {{
    {0.16, 0.06, 0.34, 0.26, 0.07, 0.07, 0.025, 0.015},
    {0.30, 0.12, 0.24, 0.22, 0.05, 0.05, 0.010, 0.005},
    {0.38, 0.22, 0.15, 0.18, 0.04, 0.03, 0.000, 0.000},
    {0.42, 0.30, 0.09, 0.15, 0.02, 0.02, 0.000, 0.000},
    {0.52, 0.30, 0.04, 0.12, 0.01, 0.01, 0.000, 0.000},
}};

Tenure draw_tenure(const Household& household, int claimant_age, Random& random) {
  TenureWeights weights = tenure_by_quintile[household.income_quintile - 1];
  if (claimant_age >= 65) {  // older people own, loans are paid off
    weights[0] *= 1.5;
    weights[1] *= 0.2;
  } else if (claimant_age < 30) {  // the young rent
    weights[0] *= 0.3;
    weights[1] *= 0.5;
    weights[3] *= 1.5;
    weights[4] *= 2.0;
  }
  return static_cast<Tenure>(random.pick(weights));
}

bool rents(Tenure tenure) {
  return tenure == Tenure::social_tenant || tenure == Tenure::private_tenant || tenure == Tenure::furnished_tenant ||
         tenure == Tenure::residence_home;
}

std::int64_t monthly_resources(const World& world, const Household& household) {
  std::int64_t total = 0;
  for (std::uint32_t p = household.first_member; p < household.first_member + household.member_count; ++p) {
    const Person& person = world.persons[p];
    total += person.salary + person.self_employed + person.unemployment + person.pension_net + person.maintenance;
  }
  return total;
}

// Not the legal APL formula: a flat amount by household size less 30 % of resources above
// a floor, giving the CNAF's average of about 230 EUR a month to modest tenants.
std::int64_t housing_aid_due(const World& world, const Household& household) {
  const double persons = household.member_count;
  const double resources = static_cast<double>(monthly_resources(world, household)) / 100.0;
  double base = 240.0 + 80.0 * (persons - 1.0);
  if (household.tenure == Tenure::social_tenant) base *= 0.9;
  const double floor = 550.0 + 150.0 * (persons - 1.0);
  const double aid = base - 0.30 * std::max(0.0, resources - floor);
  return aid >= 10.0 ? euros(aid) : 0;
}

}  // namespace

double resources_per_unit(const World& world, const Household& household) {
  double units = 0;
  for (std::uint32_t p = household.first_member; p < household.first_member + household.member_count; ++p) {
    const Person& person = world.persons[p];
    units += p == household.first_member ? 1.0 : (person.age >= 14 ? 0.5 : 0.3);
  }
  return static_cast<double>(monthly_resources(world, household)) / units;
}

void draw_housing_and_tax(World& world, Random& random) {
  // Fifths of the simulated population itself, so that "the poorest fifth" means the same
  // thing in every use of the quintile.
  std::vector<double> per_unit;
  per_unit.reserve(world.households.size());
  for (const Household& household : world.households) per_unit.push_back(resources_per_unit(world, household));
  // Each cut is the value a full sort would put at its rank; partial sorts, one after the
  // other on what lies above the previous cut, find the same values for less work.
  std::vector<double> sorted = per_unit;
  std::array<double, 4> cuts{};
  auto above = sorted.begin();
  for (std::size_t q = 0; q < cuts.size() && !sorted.empty(); ++q) {
    const auto rank = sorted.begin() + static_cast<std::ptrdiff_t>(std::min(sorted.size() - 1, sorted.size() * (q + 1) / 5));
    std::nth_element(above, rank, sorted.end());
    cuts[q] = *rank;
    above = rank;
  }

  for (std::size_t h = 0; h < world.households.size(); ++h) {
    Household& household = world.households[h];
    const Person& claimant = world.persons[household.first_member];
    household.income_quintile = static_cast<std::uint8_t>(
        1 + std::count_if(cuts.begin(), cuts.end(), [&](double cut) { return per_unit[h] >= cut; }));
    household.tenure = draw_tenure(household, claimant.age, random);
    // Housing aid reaches most tenants entitled to it (assumption: no national non-take-up
    // estimate; 88 % here).
    if (rents(household.tenure) && random.chance(0.88)) household.housing_aid = housing_aid_due(world, household);
    household.health_insured = random.chance(0.995);
    household.stable_residence = random.chance(claimant.recent_arrival ? 0.92 : 0.99);
    household.recent_lone_parent = household.type == HouseholdType::single_parent && random.chance(0.12);
    // Reference taxable income: income of two years before, less the 10 % deduction.
    std::int64_t taxable = 0;
    for (std::uint32_t p = household.first_member; p < household.first_member + household.member_count; ++p)
      taxable += world.persons[p].earned_n2_year + world.persons[p].pensions_n2_year;
    household.reference_income_year = taxable - taxable / 10;
    household.family_resources_year = household.reference_income_year;
  }
}

}  // namespace eligo::synth
