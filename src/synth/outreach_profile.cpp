// From the synthetic accessibility profile to the planner's: one field for one field, with
// the synthetic generator's vocabulary mapped to the planner's where they differ.
#include <map>

#include "eligo/synth.hpp"

namespace eligo {

namespace {

outreach::DigitalAccess planner_access(DigitalAccess access) {
  switch (access) {
    case DigitalAccess::none: return outreach::DigitalAccess::none;
    case DigitalAccess::low: return outreach::DigitalAccess::low;
    case DigitalAccess::autonomous: return outreach::DigitalAccess::autonomous;
  }
  return outreach::DigitalAccess::none;  // never assume someone is online
}

}  // namespace

outreach::AccessibilityProfile to_outreach_profile(const AccessibilityProfile& profile, std::optional<int> age) {
  outreach::AccessibilityProfile planner;
  planner.person_id = profile.person_id;
  planner.digital_access = planner_access(profile.digital_access);
  planner.visual_need = profile.visual_need;
  planner.hearing_need = profile.hearing_need;
  planner.cognitive_need = profile.cognitive_need;
  planner.language = profile.language;
  planner.interpreter_need = profile.interpreter_need;
  planner.isolated = profile.isolated;
  planner.travel_minutes = profile.travel_minutes;  // always drawn by the generator
  planner.online_account = profile.online_account;
  planner.past_unanswered_contact = profile.past_unanswered_contact;
  planner.recent_arrival = profile.recent_arrival;
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
