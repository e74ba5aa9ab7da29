// Names of contact channels, accommodations and accessibility profile fields, shared by
// the pack loader (which checks a policy's words) and the outreach stage.
#include <algorithm>

#include "eligo/channel_policy.hpp"

namespace eligo {
namespace {

constexpr std::array<std::string_view, channel_count> channel_names = {"letter",  "phone",        "home_visit",
                                                                       "counter", "email_online", "sms"};

}  // namespace

std::string_view to_string(Channel channel) { return channel_names.at(static_cast<std::size_t>(channel)); }

std::optional<Channel> channel_from_string(std::string_view name) {
  const auto found = std::find(channel_names.begin(), channel_names.end(), name);
  if (found == channel_names.end()) return std::nullopt;
  return static_cast<Channel>(found - channel_names.begin());
}

bool is_physical(Channel channel) {
  return channel == Channel::letter || channel == Channel::home_visit || channel == Channel::counter;
}

bool is_digital(Channel channel) { return channel == Channel::email_online || channel == Channel::sms; }

}  // namespace eligo

namespace eligo::outreach {
namespace {

constexpr std::array<std::string_view, accommodation_count> accommodation_names = {
    "interpreter", "sign_language", "large_print", "easy_to_read", "home_visit"};

}  // namespace

std::string_view to_string(Accommodation accommodation) {
  return accommodation_names.at(static_cast<std::size_t>(accommodation));
}

std::optional<Accommodation> accommodation_from_string(std::string_view name) {
  const auto found = std::find(accommodation_names.begin(), accommodation_names.end(), name);
  if (found == accommodation_names.end()) return std::nullopt;
  return static_cast<Accommodation>(found - accommodation_names.begin());
}

const std::vector<ProfileField>& accessibility_fields() {
  // A constant table, built once; the names are the accessibility table's columns.
  static const std::vector<ProfileField> fields = {
      {"digital_access", ProfileFieldKind::word, {"none", "low", "autonomous"}},
      {"visual_need", ProfileFieldKind::flag, {}},
      {"hearing_need", ProfileFieldKind::flag, {}},
      {"cognitive_need", ProfileFieldKind::flag, {}},
      {"language", ProfileFieldKind::word, {}},
      {"interpreter_need", ProfileFieldKind::flag, {}},
      {"isolated", ProfileFieldKind::flag, {}},
      {"travel_minutes_france_services", ProfileFieldKind::number, {}},
      {"online_account", ProfileFieldKind::flag, {}},
      {"past_unanswered_contact", ProfileFieldKind::flag, {}},
      {"recent_arrival", ProfileFieldKind::flag, {}},
      {"age", ProfileFieldKind::number, {}},
  };
  return fields;
}

const ProfileField* find_accessibility_field(std::string_view name) {
  const auto& fields = accessibility_fields();
  const auto found = std::find_if(fields.begin(), fields.end(), [&](const ProfileField& f) { return f.name == name; });
  return found == fields.end() ? nullptr : &*found;
}

const ChannelSpec* ChannelPolicySpec::find(Channel channel) const {
  const auto found =
      std::find_if(channels.begin(), channels.end(), [&](const ChannelSpec& spec) { return spec.channel == channel; });
  return found == channels.end() ? nullptr : &*found;
}

}  // namespace eligo::outreach
