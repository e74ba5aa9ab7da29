// The channel policy of a pack, as written in its outreach YAML file: which contact
// channels exist, how effective each one is, and the declarative rules that map a person's
// accessibility profile to the channels they can use and the accommodations they need.
//
// These are plain data filled by the pack loader; src/outreach evaluates them and adds the
// guarantees no YAML can lift (a physical option always, nothing digital for a person
// without digital access). Nothing here depends on yaml-cpp.
#pragma once

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "eligo/channel.hpp"
#include "eligo/error.hpp"

namespace eligo {

namespace outreach {

// The planner's channels are the one vocabulary of eligo/channel.hpp.
using eligo::all_channels;
using eligo::Channel;
using eligo::channel_count;
using eligo::channel_from_string;
using eligo::is_digital;
using eligo::is_physical;
using eligo::to_string;

// What a person needs so that the contact actually reaches them.
enum class Accommodation : std::uint8_t { interpreter, sign_language, large_print, easy_to_read, home_visit };
inline constexpr std::size_t accommodation_count = 5;
std::string_view to_string(Accommodation accommodation);  // "interpreter", "sign_language" (LSF), ...
std::optional<Accommodation> accommodation_from_string(std::string_view name);

// The profile fields a policy condition may test, named as the columns of the
// accessibility table (see docs/outreach.md).
enum class ProfileFieldKind : std::uint8_t { flag, number, word };
struct ProfileField {
  std::string_view name;
  ProfileFieldKind kind;
  std::vector<std::string_view> words;  // for `word` fields with a closed list; empty: any word
};
const std::vector<ProfileField>& accessibility_fields();
const ProfileField* find_accessibility_field(std::string_view name);

// One test of one profile field. Flags and words compare as text ("true", "none", "fr").
struct FieldTest {
  enum class Op : std::uint8_t { equals, one_of, at_least, at_most, above, below };
  std::string field;
  Op op = Op::equals;
  std::vector<std::string> words;  // equals (one word), one_of
  double number = 0;               // at_least, at_most, above, below
  SourceLocation where;
};

// A condition: any of the alternatives holds, each when all of its tests hold. A test on a
// field the profile does not know (an age left blank) does not hold.
using ProfileCondition = std::vector<std::vector<FieldTest>>;

struct ChannelSpec {
  Channel channel = Channel::letter;
  double effectiveness = 0;  // extra share of people who claim after this contact
  std::string source;        // where the effectiveness comes from
  std::map<std::string, std::string> label;  // language -> text
  SourceLocation where;
};

struct EffectivenessFactor {
  Channel channel = Channel::letter;
  double factor = 1;
};

struct ChannelRule {
  std::string id;
  ProfileCondition when;
  std::vector<Channel> add;                    // offered although not offered by default
  std::vector<Channel> remove;                 // not usable by this person; wins over `add`
  std::vector<Accommodation> needs;
  std::vector<EffectivenessFactor> effectiveness;  // multiplies a channel's effectiveness
  std::string letter_language;  // the register letters to this person are written in; empty: unchanged
  std::map<std::string, std::string> reason;  // language -> text
  std::string reference;
  SourceLocation where;
};

struct ChannelPolicySpec {
  bool present = false;  // false when the pack has no outreach section
  std::vector<ChannelSpec> channels;
  std::vector<Channel> offered;  // by default, before the rules
  std::vector<ChannelRule> rules;
  // The register of letters and notices unless a rule says otherwise (the pack's first
  // language when the file does not say).
  std::string letter_language;
  SourceLocation where;

  const ChannelSpec* find(Channel channel) const;
};

}  // namespace outreach
}  // namespace eligo
