#include "synth/composition.hpp"

#include <algorithm>

#include "synth/distributions.hpp"

namespace eligo::synth {

namespace {

template <std::size_t N>
int draw_age(const std::array<AgeBand, N>& bands, Random& random) {
  std::array<double, N> weights{};
  for (std::size_t i = 0; i < N; ++i) weights[i] = bands[i].weight;
  const AgeBand& band = bands[random.pick(weights)];
  return random.between(band.low, band.high);
}

// Women are 55 % of people living alone, three quarters past 75 (they live longer), and
// 83 % of lone parents (Insee, familles monoparentales 2020).
bool draw_claimant_female(HouseholdType type, int age, Random& random) {
  switch (type) {
    case HouseholdType::single: return random.chance(age >= 75 ? 0.75 : 0.50);
    case HouseholdType::single_parent: return random.chance(0.83);
    default: return random.chance(0.5);
  }
}

Nationality draw_nationality(Territory territory, Random& random) {
  double foreign = 1.0 - nationality_shares[0];
  if (territory == Territory::mayotte) foreign = foreign_share_mayotte;
  if (territory == Territory::guyane) foreign = foreign_share_guyane;
  if (!random.chance(foreign)) return Nationality::french;
  // Overseas, foreigners come almost all from outside the EU (Comoros, Haiti, Suriname).
  if (territory != Territory::metropole) return Nationality::non_eu;
  const double eu_share = nationality_shares[1] / (nationality_shares[1] + nationality_shares[2]);
  return random.chance(eu_share) ? Nationality::eu : Nationality::non_eu;
}

// Residence rights (CASF L262-4, CSS L816-1): assumed shares, see the documentation.
void draw_residence_rights(Person& person, Random& random) {
  if (person.nationality == Nationality::french) return;
  person.recent_arrival = random.chance(person.nationality == Nationality::eu ? 0.20 : 0.25);
  if (person.nationality == Nationality::eu) {
    person.eu_right_of_residence = random.chance(person.recent_arrival ? 0.80 : 0.95);
    return;
  }
  person.permit_valid = random.chance(0.93);
  person.permit_5_years = person.permit_valid && !person.recent_arrival && random.chance(0.85);
  person.permit_10_years = person.permit_5_years && random.chance(0.75);
}

Person adult(std::uint32_t household, Role role, int age, bool female, Nationality nationality, Random& random) {
  Person person;
  person.household = household;
  person.role = role;
  person.age = static_cast<std::uint8_t>(age);
  person.birthday_offset = static_cast<std::uint16_t>(random.between(0, 364));
  person.female = female;
  person.nationality = nationality;
  draw_residence_rights(person, random);
  // About 2.5 % of women of child-bearing age are pregnant at a given time (720,000 births
  // a year over 15 million women aged 18-42, for nine months).
  person.pregnant = female && age >= 18 && age <= 42 && random.chance(0.025);
  return person;
}

int draw_children(HouseholdType type, Random& random) {
  if (type == HouseholdType::couple_with_children) return 1 + static_cast<int>(random.pick(couple_children_shares));
  if (type == HouseholdType::single_parent) return 1 + static_cast<int>(random.pick(lone_parent_children_shares));
  return 0;
}

}  // namespace

void draw_composition(World& world, std::size_t households, Random& random) {
  world.households.reserve(world.households.size() + households);
  world.persons.reserve(world.persons.size() + households * 9 / 4 + 16);  // 2.2 persons a household
  for (std::size_t h = 0; h < households; ++h) {
    Household household;
    household.type = static_cast<HouseholdType>(random.pick(household_type_shares));
    household.territory = static_cast<Territory>(random.pick(territory_shares));
    household.first_member = static_cast<std::uint32_t>(world.persons.size());
    const auto index = static_cast<std::uint32_t>(world.households.size());

    int age = 0;
    switch (household.type) {
      case HouseholdType::single: age = draw_age(single_ages, random); break;
      case HouseholdType::couple: age = draw_age(couple_ages, random); break;
      case HouseholdType::couple_with_children: age = draw_age(parent_ages, random); break;
      case HouseholdType::single_parent: age = draw_age(lone_parent_ages, random); break;
    }
    const Nationality nationality = draw_nationality(household.territory, random);
    const bool female = draw_claimant_female(household.type, age, random);
    world.persons.push_back(adult(index, Role::claimant, age, female, nationality, random));
    if (household.type == HouseholdType::couple || household.type == HouseholdType::couple_with_children) {
      const int partner_age = std::max(18, age + random.between(-5, 5));
      const bool partner_female = random.chance(0.96) ? !female : female;  // 4 % same-sex couples
      world.persons.push_back(adult(index, Role::partner, partner_age, partner_female, nationality, random));
    }
    const int children = draw_children(household.type, random);
    const int eldest_possible = std::min(24, std::max(0, age - 18));
    for (int c = 0; c < children; ++c) {
      Person child;
      child.household = index;
      child.role = Role::child;
      child.age = static_cast<std::uint8_t>(random.between(0, eldest_possible));
      child.birthday_offset = static_cast<std::uint16_t>(random.between(0, 364));
      child.female = random.chance(0.49);
      child.nationality = nationality;
      world.persons.push_back(child);
    }
    household.member_count = static_cast<std::uint8_t>(world.persons.size() - household.first_member);
    world.households.push_back(household);
  }
}

}  // namespace eligo::synth
