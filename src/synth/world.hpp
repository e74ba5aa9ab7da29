// The synthetic households and persons in eligo's own terms, before they are written into
// a pack's schema. Amounts are cents per month unless the name says otherwise.
#pragma once

#include <cstdint>
#include <vector>

#include "eligo/synth.hpp"

namespace eligo::synth {

enum class HouseholdType : std::uint8_t { single, couple, couple_with_children, single_parent };
enum class Tenure : std::uint8_t {
  owner, owner_with_loan, social_tenant, private_tenant, furnished_tenant, housed_free, residence_home, homeless
};
enum class Territory : std::uint8_t { metropole, guadeloupe, martinique, guyane, reunion, mayotte };
enum class Nationality : std::uint8_t { french, eu, non_eu };
enum class Activity : std::uint8_t { employee, self_employed, unemployed, retired, inactive, student, child };
enum class Role : std::uint8_t { claimant, partner, child };

struct Person {
  std::uint32_t household = 0;
  Role role = Role::claimant;
  std::uint8_t age = 0;
  std::uint16_t birthday_offset = 0;  // days before the anniversary at the period start
  bool female = false;
  Nationality nationality = Nationality::french;
  bool recent_arrival = false;
  bool eu_right_of_residence = false;
  bool permit_5_years = false;
  bool permit_10_years = false;
  bool permit_valid = false;
  Activity activity = Activity::child;
  bool part_time = false;
  bool student = false;
  bool in_school = false;
  bool young_worker_hours = false;  // RSA under 25: two full-time years worked
  bool pregnant = false;
  bool disability = false;
  bool employment_restriction = false;  // RSDAE, for AAH at 50-79 %
  bool unfit_for_work = false;
  bool legal_retirement_age = false;
  std::int32_t incapacity_millionths = 0;
  std::int64_t salary = 0;
  std::int64_t self_employed = 0;
  std::int64_t unemployment = 0;
  std::int64_t pension_net = 0;
  std::int64_t pension_gross = 0;
  std::int64_t maintenance = 0;
  std::int64_t earned_n2_year = 0;    // cents per year, two years before
  std::int64_t pensions_n2_year = 0;  // cents per year, two years before
  std::int32_t profile = -1;          // index into World::profiles; -1 under 15
};

struct Household {
  HouseholdType type = HouseholdType::single;
  Tenure tenure = Tenure::private_tenant;
  Territory territory = Territory::metropole;
  std::uint32_t first_member = 0;
  std::uint8_t member_count = 0;
  std::uint8_t income_quintile = 3;  // 1 (poorest fifth) .. 5
  bool health_insured = true;
  bool stable_residence = true;
  bool recent_lone_parent = false;
  std::int64_t housing_aid = 0;
  std::int64_t reference_income_year = 0;  // revenu fiscal de référence, cents per year
  std::int64_t family_resources_year = 0;  // N-2 net categorical income, cents per year
};

struct World {
  std::vector<Household> households;
  std::vector<Person> persons;
  std::vector<AccessibilityProfile> profiles;
};

constexpr std::int64_t euros(double amount) { return static_cast<std::int64_t>(amount * 100.0 + 0.5); }

}  // namespace eligo::synth
