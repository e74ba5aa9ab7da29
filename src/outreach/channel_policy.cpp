// Evaluating the channel policy of a pack for one accessibility profile.
//
// The policy's rules are applied as a whole, not in sequence: usable channels are the
// offered ones plus every rule's `add`, minus every rule's `remove` (a person's inability
// wins over an offer). Then the guarantees that do not depend on the YAML are enforced.
#include <algorithm>
#include <cmath>

#include "eligo/outreach.hpp"

namespace eligo::outreach {
namespace {

// The profile's value of a field, as the policy compares it; nullopt when unknown.
struct FieldValue {
  std::optional<std::string> word;
  std::optional<double> number;
};

FieldValue value_of(const AccessibilityProfile& profile, const std::string& field) {
  const auto flag = [](bool value) { return FieldValue{std::string(value ? "true" : "false"), std::nullopt}; };
  const auto number = [](const std::optional<int>& value) {
    return FieldValue{std::nullopt, value ? std::optional<double>(*value) : std::nullopt};
  };
  if (field == "digital_access") return {std::string(to_string(profile.digital_access)), std::nullopt};
  if (field == "visual_need") return flag(profile.visual_need);
  if (field == "hearing_need") return flag(profile.hearing_need);
  if (field == "cognitive_need") return flag(profile.cognitive_need);
  if (field == "language") return {profile.language, std::nullopt};
  if (field == "interpreter_need") return flag(profile.interpreter_need);
  if (field == "isolated") return flag(profile.isolated);
  if (field == "travel_minutes_france_services") return number(profile.travel_minutes);
  if (field == "online_account") return flag(profile.online_account);
  if (field == "past_unanswered_contact") return flag(profile.past_unanswered_contact);
  if (field == "recent_arrival") return flag(profile.recent_arrival);
  if (field == "age") return number(profile.age);
  return {};  // the loader refuses unknown fields; an unknown field never holds
}

bool holds(const FieldTest& test, const AccessibilityProfile& profile) {
  const FieldValue value = value_of(profile, test.field);
  switch (test.op) {
    case FieldTest::Op::equals:
    case FieldTest::Op::one_of:
      return value.word && std::find(test.words.begin(), test.words.end(), *value.word) != test.words.end();
    case FieldTest::Op::at_least: return value.number && *value.number >= test.number;
    case FieldTest::Op::at_most: return value.number && *value.number <= test.number;
    case FieldTest::Op::above: return value.number && *value.number > test.number;
    case FieldTest::Op::below: return value.number && *value.number < test.number;
  }
  return false;
}

bool holds(const ProfileCondition& condition, const AccessibilityProfile& profile) {
  return std::any_of(condition.begin(), condition.end(), [&](const std::vector<FieldTest>& all) {
    return std::all_of(all.begin(), all.end(), [&](const FieldTest& test) { return holds(test, profile); });
  });
}

std::size_t index(Channel channel) { return static_cast<std::size_t>(channel); }

}  // namespace

bool ChannelProposal::usable(Channel channel) const {
  return std::find(channels.begin(), channels.end(), channel) != channels.end();
}

PrintSize ChannelProposal::print_size() const {
  return needs(Accommodation::large_print) ? PrintSize::large : PrintSize::standard;
}

bool ChannelProposal::needs(Accommodation accommodation) const {
  return std::find(accommodations.begin(), accommodations.end(), accommodation) != accommodations.end();
}

ChannelPolicy::ChannelPolicy(ChannelPolicySpec spec) : spec_(std::move(spec)) {
  if (!spec_.present) throw Error("the pack has no channel policy: list an outreach file under `files` in pack.yaml");
}

ChannelPolicy ChannelPolicy::of(const RulePack& pack) {
  if (!pack.channel_policy.present)
    throw Error("pack `" + pack.id + "` has no channel policy: list an outreach file under `files` in pack.yaml");
  return ChannelPolicy(pack.channel_policy);
}

ChannelProposal ChannelPolicy::propose(const AccessibilityProfile& profile) const {
  std::array<bool, channel_count> usable{};
  std::array<bool, channel_count> removed{};
  std::array<bool, accommodation_count> needed{};
  std::array<double, channel_count> factor;
  factor.fill(1.0);
  for (const Channel channel : spec_.offered) usable[index(channel)] = true;

  ChannelProposal proposal;
  proposal.letter_language = spec_.letter_language;
  for (const ChannelRule& rule : spec_.rules) {
    if (!holds(rule.when, profile)) continue;
    proposal.rules.push_back(rule.id);
    if (!rule.letter_language.empty()) proposal.letter_language = rule.letter_language;
    for (const Channel channel : rule.add) usable[index(channel)] = true;
    for (const Channel channel : rule.remove) removed[index(channel)] = true;
    for (const Accommodation need : rule.needs) needed[static_cast<std::size_t>(need)] = true;
    for (const auto& [channel, by] : rule.effectiveness) factor[index(channel)] *= by;
  }
  for (std::size_t i = 0; i < channel_count; ++i) usable[i] = usable[i] && !removed[i];

  // Guarantees that hold whatever the policy says.
  if (profile.digitally_excluded())
    for (const Channel channel : all_channels)
      if (is_digital(channel) && usable[index(channel)]) {
        usable[index(channel)] = false;
        proposal.guarantees.push_back("no digital channel for a person without digital access: removed " +
                                      std::string(to_string(channel)));
      }
  const bool has_physical =
      std::any_of(all_channels.begin(), all_channels.end(), [&](Channel c) { return is_physical(c) && usable[index(c)]; });
  if (!has_physical) {
    // A home visit reaches anyone, whatever they cannot read, hear or travel to.
    usable[index(Channel::home_visit)] = true;
    needed[static_cast<std::size_t>(Accommodation::home_visit)] = true;
    proposal.guarantees.push_back("a physical option is always offered: added home_visit");
  }

  for (const Channel channel : all_channels) {
    if (!usable[index(channel)]) continue;
    proposal.channels.push_back(channel);
    const ChannelSpec* spec = spec_.find(channel);
    const double base = spec != nullptr ? spec->effectiveness : 0.0;
    proposal.effectiveness[index(channel)] = std::max(0.0, base * factor[index(channel)]);
  }
  for (std::size_t i = 0; i < accommodation_count; ++i)
    if (needed[i]) proposal.accommodations.push_back(static_cast<Accommodation>(i));
  return proposal;
}

}  // namespace eligo::outreach
