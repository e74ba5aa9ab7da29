// The synthetic profiles for the planner, with each person's age: the generator draws the
// planner's own AccessibilityProfile, all but the age, which the population knows.
#include <map>

#include "eligo/synth.hpp"

namespace eligo {

outreach::AccessibilityProfile to_outreach_profile(const AccessibilityProfile& profile, std::optional<int> age) {
  outreach::AccessibilityProfile planner = profile;
  planner.age = age;
  return planner;
}

std::vector<outreach::AccessibilityProfile> outreach_profiles(const RulePack& pack, const SyntheticPopulation& synthetic,
                                                              const Period& period) {
  const EntityTable& persons = synthetic.population.persons();
  std::map<std::string, std::size_t, std::less<>> row_of;
  for (std::size_t row = 0; row < persons.ids.size(); ++row) row_of.emplace(persons.ids[row], row);
  const InputSpec* birth = pack.find_input("date_naissance");
  const auto column = persons.columns.find("date_naissance");
  const bool has_birth = birth != nullptr && birth->type == ValueType::date && column != persons.columns.end();

  std::vector<outreach::AccessibilityProfile> profiles;
  profiles.reserve(synthetic.accessibility.size());
  for (const AccessibilityProfile& profile : synthetic.accessibility) {
    std::optional<int> age;
    const auto row = row_of.find(profile.person_id);
    if (has_birth && row != row_of.end() && column->second.is_known(row->second))
      age = full_years_between(Date{static_cast<std::int32_t>(column->second.value(row->second))}, period.start());
    profiles.push_back(to_outreach_profile(profile, age));
  }
  return profiles;
}

}  // namespace eligo
