// outreach/*.yaml: the channel policy. Every word (channel, accommodation, profile field,
// value) is checked here, with its file:line:column, so that a policy that loads is one
// src/outreach can evaluate without surprises.
#include <algorithm>

#include "pack/closest_name.hpp"
#include "pack/pack_readers.hpp"

namespace eligo::pack_detail {
namespace {

using outreach::Accommodation;
using outreach::Channel;
using outreach::FieldTest;
using outreach::ProfileFieldKind;

template <typename Names>
std::vector<std::string> as_strings(const Names& names) {
  std::vector<std::string> out;
  for (const auto& name : names) out.emplace_back(name);
  return out;
}

std::vector<std::string> channel_words() {
  std::vector<std::string> words;
  for (const Channel channel : outreach::all_channels) words.emplace_back(outreach::to_string(channel));
  return words;
}

std::optional<Channel> read_channel(Reader& reader, const YAML::Node& node, const SourceLocation& fallback) {
  const auto name = reader.scalar(node, "a channel", fallback);
  if (!name) return std::nullopt;
  if (const auto channel = outreach::channel_from_string(*name)) return channel;
  reader.error(reader.where(node, fallback), "unknown channel `" + *name + "`; expected one of letter, phone, " +
                                                 "home_visit, counter, email_online, sms" +
                                                 suggestion_suffix(*name, channel_words()));
  return std::nullopt;
}

std::vector<Channel> read_channel_list(Reader& reader, const YAML::Node& node, const SourceLocation& fallback) {
  std::vector<Channel> channels;
  if (!node.IsSequence()) {
    reader.error(reader.where(node, fallback), "expected a list of channels, got " + describe(node));
    return channels;
  }
  for (const auto& item : node)
    if (const auto channel = read_channel(reader, item, reader.where(node, fallback))) channels.push_back(*channel);
  return channels;
}

std::vector<Accommodation> read_accommodations(Reader& reader, const YAML::Node& node, const SourceLocation& fallback) {
  std::vector<Accommodation> needs;
  const auto names = reader.string_list(node, "a list of accommodations", fallback);
  if (!names) return needs;
  const std::vector<std::string> known = {"interpreter", "sign_language", "large_print", "easy_to_read", "home_visit"};
  for (const auto& name : *names) {
    if (const auto accommodation = outreach::accommodation_from_string(name))
      needs.push_back(*accommodation);
    else
      reader.error(reader.where(node, fallback), "unknown accommodation `" + name +
                                                     "`; expected one of interpreter, sign_language, large_print, " +
                                                     "easy_to_read, home_visit" + suggestion_suffix(name, known));
  }
  return needs;
}

std::optional<double> read_number(Reader& reader, const YAML::Node& node, std::string_view what,
                                  const SourceLocation& fallback) {
  const auto text = reader.scalar(node, what, fallback);
  if (!text) return std::nullopt;
  const auto scaled = parse_scaled(*text, 6);
  if (!scaled) {
    reader.error(reader.where(node, fallback), "expected " + std::string(what) + ", got `" + *text + "`");
    return std::nullopt;
  }
  return static_cast<double>(*scaled) / 1e6;
}

// `field: value`, `field: [a, b]` or `field: {at_least: 75}`.
std::optional<FieldTest> read_test(Reader& reader, const std::string& name, const YAML::Node& value,
                                   const SourceLocation& key_where) {
  const outreach::ProfileField* field = outreach::find_accessibility_field(name);
  if (field == nullptr) {
    reader.error(key_where, "unknown profile field `" + name + "`" +
                                suggestion_suffix(name, [] {
                                  std::vector<std::string> names;
                                  for (const auto& f : outreach::accessibility_fields()) names.emplace_back(f.name);
                                  return names;
                                }()));
    return std::nullopt;
  }
  FieldTest test;
  test.field = name;
  test.where = key_where;
  if (field->kind == ProfileFieldKind::number) {
    if (!value.IsMap() || value.size() != 1) {
      reader.error(reader.where(value, key_where),
                   "`" + name + "` is a number: expected one comparison such as {at_least: 75}, got " + describe(value));
      return std::nullopt;
    }
    const std::string op = value.begin()->first.as<std::string>();
    static const std::vector<std::pair<std::string, FieldTest::Op>> ops = {{"at_least", FieldTest::Op::at_least},
                                                                           {"at_most", FieldTest::Op::at_most},
                                                                           {"above", FieldTest::Op::above},
                                                                           {"below", FieldTest::Op::below}};
    const auto found = std::find_if(ops.begin(), ops.end(), [&](const auto& entry) { return entry.first == op; });
    if (found == ops.end()) {
      reader.error(reader.where(value.begin()->first, key_where),
                   "unknown comparison `" + op + "`; expected at_least, at_most, above or below" +
                       suggestion_suffix(op, {"at_least", "at_most", "above", "below"}));
      return std::nullopt;
    }
    test.op = found->second;
    const auto number = read_number(reader, value.begin()->second, "a number", key_where);
    if (!number) return std::nullopt;
    test.number = *number;
    return test;
  }
  std::vector<std::string> words;
  if (value.IsSequence()) {
    const auto list = reader.string_list(value, "a list of values", key_where);
    if (!list) return std::nullopt;
    words = *list;
    test.op = FieldTest::Op::one_of;
  } else {
    const auto word = reader.scalar(value, "a value", key_where);
    if (!word) return std::nullopt;
    words = {*word};
  }
  const std::vector<std::string> allowed =
      field->kind == ProfileFieldKind::flag ? std::vector<std::string>{"true", "false"} : as_strings(field->words);
  for (const auto& word : words)
    if (!allowed.empty() && std::find(allowed.begin(), allowed.end(), word) == allowed.end()) {
      reader.error(reader.where(value, key_where), "`" + word + "` is not a value of `" + name + "`" +
                                                       suggestion_suffix(word, allowed));
      return std::nullopt;
    }
  test.words = std::move(words);
  return test;
}

std::vector<FieldTest> read_tests(Reader& reader, const YAML::Node& node, const SourceLocation& fallback) {
  std::vector<FieldTest> tests;
  if (!node.IsMap() || node.size() == 0) {
    reader.error(reader.where(node, fallback), "expected a map of profile fields to values, got " + describe(node));
    return tests;
  }
  for (const auto& entry : node) {
    const SourceLocation key_where = reader.where(entry.first, fallback);
    if (auto test = read_test(reader, entry.first.as<std::string>(), entry.second, key_where))
      tests.push_back(std::move(*test));
  }
  return tests;
}

outreach::ProfileCondition read_condition(Reader& reader, const YAML::Node& node, const SourceLocation& fallback) {
  outreach::ProfileCondition condition;
  if (node.IsMap() && node.size() == 1 && node["any"]) {
    const YAML::Node alternatives = node["any"];
    if (!alternatives.IsSequence() || alternatives.size() == 0) {
      reader.error(reader.where(alternatives, fallback), "expected a list of conditions after `any`");
      return condition;
    }
    for (const auto& alternative : alternatives) condition.push_back(read_tests(reader, alternative, fallback));
  } else {
    condition.push_back(read_tests(reader, node, fallback));
  }
  return condition;
}

std::map<std::string, std::string> read_text_map(Reader& reader, const YAML::Node& node, const PackContext& context,
                                                 const std::string& what, const SourceLocation& where, bool required) {
  return reader.text(node, context.languages, what, where, required).by_language;
}

void read_channels(Reader& reader, const YAML::Node& node, const PackContext& context, const SourceLocation& fallback,
                   outreach::ChannelPolicySpec& policy) {
  if (!node.IsMap()) {
    reader.error(reader.where(node, fallback), "expected a map of channels, got " + describe(node));
    return;
  }
  for (const auto& entry : node) {
    const auto channel = read_channel(reader, entry.first, fallback);
    if (!channel) continue;
    outreach::ChannelSpec spec;
    spec.channel = *channel;
    spec.where = reader.where(entry.first, fallback);
    const std::string owner = "channel `" + std::string(outreach::to_string(*channel)) + "`";
    if (!reader.fields(entry.second, owner, spec.where, {"effectiveness", "source", "label"}, {"effectiveness"}))
      continue;
    if (const auto value = read_number(reader, entry.second["effectiveness"], "a share between 0 and 1", spec.where)) {
      if (*value < 0 || *value > 1)
        reader.error(reader.where(entry.second["effectiveness"], spec.where),
                     "the effectiveness of " + owner + " must be between 0 and 1");
      spec.effectiveness = *value;
    }
    if (const auto source = entry.second["source"])
      if (auto text = reader.scalar(source, "a source", spec.where)) spec.source = *text;
    if (const auto label = entry.second["label"])
      spec.label = read_text_map(reader, label, context, "the label of " + owner, spec.where, false);
    policy.channels.push_back(std::move(spec));
  }
}

// A register letters can be written in: one of the pack's languages.
std::string read_language(Reader& reader, const YAML::Node& node, const PackContext& context,
                          const SourceLocation& fallback) {
  const auto text = reader.scalar(node, "a language such as fr-falc", fallback);
  if (!text) return {};
  if (std::find(context.languages.begin(), context.languages.end(), *text) == context.languages.end()) {
    std::string known;
    for (const std::string& language : context.languages) known += (known.empty() ? "" : ", ") + language;
    reader.error(reader.where(node, fallback), "letter language `" + *text + "` is not one of the pack's languages (" +
                                                   known + ")");
    return {};
  }
  return *text;
}

void read_rule(Reader& reader, const YAML::Node& node, const PackContext& context, outreach::ChannelPolicySpec& policy) {
  outreach::ChannelRule rule;
  rule.where = reader.where(node, policy.where);
  std::string owner = "a channel rule";
  if (const auto id = node.IsMap() ? node["id"] : YAML::Node())
    if (auto text = reader.identifier(id, "a rule id", rule.where)) {
      rule.id = *text;
      owner = "channel rule `" + rule.id + "`";
    }
  if (!reader.fields(node, owner, rule.where,
                     {"id", "when", "add", "remove", "needs", "effectiveness", "letter_language", "reason", "reference"},
                     {"id", "when", "reason"}))
    return;
  // A missing required field is reported above; yaml-cpp's node for it must not be read.
  if (!node["when"] || !node["reason"]) return;
  rule.when = read_condition(reader, node["when"], rule.where);
  if (const auto add = node["add"]) rule.add = read_channel_list(reader, add, rule.where);
  if (const auto remove = node["remove"]) rule.remove = read_channel_list(reader, remove, rule.where);
  if (const auto needs = node["needs"]) rule.needs = read_accommodations(reader, needs, rule.where);
  if (const auto factors = node["effectiveness"]) {
    if (!factors.IsMap()) reader.error(reader.where(factors, rule.where), "expected a map of channels to factors");
    for (const auto& entry : factors.IsMap() ? factors : YAML::Node()) {
      const auto channel = read_channel(reader, entry.first, rule.where);
      const auto factor = read_number(reader, entry.second, "a factor such as 0.5", rule.where);
      if (channel && factor) rule.effectiveness.push_back({*channel, *factor});
    }
  }
  if (const auto language = node["letter_language"]) rule.letter_language = read_language(reader, language, context, rule.where);
  if (rule.add.empty() && rule.remove.empty() && rule.needs.empty() && rule.effectiveness.empty() &&
      rule.letter_language.empty())
    reader.warning(rule.where, owner + " changes nothing: give it `add`, `remove`, `needs` or `effectiveness`");
  // The reason is what the agent reads to understand a proposal: required in every language.
  rule.reason = read_text_map(reader, node["reason"], context, "the reason of " + owner, rule.where, true);
  if (const auto reference = node["reference"])
    if (auto text = reader.scalar(reference, "a reference", rule.where)) rule.reference = *text;
  policy.rules.push_back(std::move(rule));
}

}  // namespace

void read_channel_policy(Reader& reader, const YAML::Node& root, const PackContext& context,
                         outreach::ChannelPolicySpec& policy) {
  const SourceLocation top{reader.file().name(), 1, 1};
  if (policy.present) {
    reader.error(top, "a pack has one channel policy; it was already read from " + policy.where.file);
    return;
  }
  policy.present = true;
  policy.where = top;
  if (!reader.fields(root, "the channel policy", top, {"channels", "offered", "letter_language", "rules"},
                     {"channels", "offered"}))
    return;
  // A missing required field is reported above; yaml-cpp's node for it must not be read.
  if (!root["channels"] || !root["offered"]) return;
  policy.letter_language = context.languages.empty() ? "fr" : context.languages.front();
  if (const auto language = root["letter_language"]) policy.letter_language = read_language(reader, language, context, top);
  read_channels(reader, root["channels"], context, top, policy);
  policy.offered = read_channel_list(reader, root["offered"], top);
  for (const Channel channel : policy.offered)
    if (policy.find(channel) == nullptr)
      reader.error(reader.where(root["offered"], top),
                   "channel `" + std::string(outreach::to_string(channel)) + "` is offered but not described under `channels`");
  if (const auto rules = root["rules"]) {
    if (!rules.IsSequence())
      reader.error(reader.where(rules, top), "expected a list of rules, got " + describe(rules));
    else
      for (const auto& rule : rules) read_rule(reader, rule, context, policy);
  }
  for (const auto& rule : policy.rules)
    for (const Channel channel : rule.add)
      if (policy.find(channel) == nullptr)
        reader.error(rule.where, "rule `" + rule.id + "` adds channel `" + std::string(outreach::to_string(channel)) +
                                     "`, which is not described under `channels`");
}

}  // namespace eligo::pack_detail
