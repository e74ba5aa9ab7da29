// An accessibility profile from a dict of the accessibility table's columns: the one
// conversion that eligo.detect (features) and eligo.plan_outreach (channels) share.
#include "profile_dict.hpp"

#include <pybind11/stl.h>

namespace py = pybind11;

namespace eligo::python {

// A profile from a dict of the accessibility table's columns (docs/outreach.md), values
// already typed by the Python layer; absent keys keep the cautious defaults.
outreach::AccessibilityProfile profile_from(const py::dict& fields) {
  outreach::AccessibilityProfile profile;
  const auto has = [&](const char* key) { return fields.contains(key) && !fields[key].is_none(); };
  profile.person_id = py::cast<std::string>(fields["person_id"]);
  if (has("digital_access")) {
    const auto access = py::cast<std::string>(fields["digital_access"]);
    if (access == "low")
      profile.digital_access = outreach::DigitalAccess::low;
    else if (access == "autonomous")
      profile.digital_access = outreach::DigitalAccess::autonomous;
    else if (access != "none" && !access.empty())
      throw Error("profile of '" + profile.person_id + "', column 'digital_access': expected none, low or autonomous");
  }
  const auto flag = [&](const char* key, bool& out) {
    if (has(key)) out = py::cast<bool>(fields[key]);
  };
  flag("visual_need", profile.visual_need);
  flag("hearing_need", profile.hearing_need);
  flag("cognitive_need", profile.cognitive_need);
  flag("interpreter_need", profile.interpreter_need);
  flag("isolated", profile.isolated);
  flag("online_account", profile.online_account);
  flag("past_unanswered_contact", profile.past_unanswered_contact);
  flag("recent_arrival", profile.recent_arrival);
  if (has("language")) profile.language = py::cast<std::string>(fields["language"]);
  if (has("travel_minutes_france_services")) profile.travel_minutes = py::cast<int>(fields["travel_minutes_france_services"]);
  if (has("age")) profile.age = py::cast<int>(fields["age"]);
  return profile;
}

}  // namespace eligo::python
