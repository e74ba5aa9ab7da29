#include "pack/yaml_reading.hpp"

#include <algorithm>
#include <set>

#include "core/utf8.hpp"
#include "pack/closest_name.hpp"

namespace eligo::pack_detail {

YamlFile::YamlFile(std::string display_name, std::string text)
    : name_(std::move(display_name)), text_(std::move(text)) {
  line_offsets_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i)
    if (text_[i] == '\n') line_offsets_.push_back(i + 1);
}

std::string_view YamlFile::line(int index) const {
  if (index < 0 || index >= line_count()) return {};
  const std::size_t begin = line_offsets_[static_cast<std::size_t>(index)];
  std::size_t end = index + 1 < line_count() ? line_offsets_[static_cast<std::size_t>(index) + 1] - 1
                                             : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return std::string_view(text_).substr(begin, end - begin);
}

SourceLocation YamlFile::location_at(std::size_t offset) const {
  const auto after = std::upper_bound(line_offsets_.begin(), line_offsets_.end(), offset);
  const auto line_index = static_cast<std::size_t>(after - line_offsets_.begin()) - 1;
  return SourceLocation{name_, static_cast<int>(line_index) + 1,
                        static_cast<int>(offset - line_offsets_[line_index]) + 1};
}

SourceLocation YamlFile::location(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.pos < 0) return SourceLocation{name_, 0, 0};
  return location_at(static_cast<std::size_t>(mark.pos));
}

SourceLocation Reader::where(const YAML::Node& node, const SourceLocation& fallback) const {
  if (!node.IsDefined() || node.IsNull()) return fallback.line > 0 ? fallback : SourceLocation{file_.name(), 0, 0};
  return file_.location(node.Mark());
}

void Reader::error(const SourceLocation& where, std::string message) {
  problems_.push_back(Diagnostic{Severity::error, where, std::move(message)});
}

void Reader::warning(const SourceLocation& where, std::string message) {
  problems_.push_back(Diagnostic{Severity::warning, where, std::move(message)});
}

std::string describe(const YAML::Node& node) {
  if (!node.IsDefined() || node.IsNull()) return "nothing";
  if (node.IsMap()) return "a map";
  if (node.IsSequence()) return "a list";
  return "`" + detail::printable(node.Scalar()) + "`";
}

std::optional<std::string> Reader::scalar(const YAML::Node& node, std::string_view what,
                                          const SourceLocation& fallback) {
  if (node.IsDefined() && node.IsScalar()) return node.Scalar();
  error(where(node, fallback), "expected " + std::string(what) + ", got " + describe(node));
  return std::nullopt;
}

std::optional<std::string> Reader::identifier(const YAML::Node& node, std::string_view what,
                                              const SourceLocation& fallback) {
  auto text = scalar(node, what, fallback);
  if (!text) return std::nullopt;
  const bool valid = !text->empty() && std::all_of(text->begin(), text->end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '.' || c == '-';
  }) && !(text->front() >= '0' && text->front() <= '9');
  if (!valid) {
    error(where(node, fallback), "expected " + std::string(what) +
                                     " (letters, digits, `_`, `.` or `-`, not starting with a digit), got `" +
                                     *text + "`");
    return std::nullopt;
  }
  return text;
}

std::optional<bool> Reader::boolean(const YAML::Node& node, std::string_view what,
                                    const SourceLocation& fallback) {
  if (node.IsDefined() && node.IsScalar() && (node.Scalar() == "true" || node.Scalar() == "false"))
    return node.Scalar() == "true";
  error(where(node, fallback), "expected true or false for " + std::string(what) + ", got " + describe(node));
  return std::nullopt;
}

std::optional<Date> Reader::date(const YAML::Node& node, std::string_view what,
                                 const SourceLocation& fallback) {
  if (node.IsDefined() && node.IsScalar())
    if (const auto parsed = Date::try_parse(node.Scalar())) return parsed;
  error(where(node, fallback),
        "expected a date YYYY-MM-DD for " + std::string(what) + ", got " + describe(node));
  return std::nullopt;
}

std::optional<std::vector<std::string>> Reader::string_list(const YAML::Node& node, std::string_view what,
                                                            const SourceLocation& fallback) {
  if (!node.IsDefined() || !node.IsSequence()) {
    error(where(node, fallback), "expected a list for " + std::string(what) + ", got " + describe(node));
    return std::nullopt;
  }
  std::vector<std::string> items;
  bool all_good = true;
  for (const auto& item : node) {
    if (auto text = scalar(item, "a name in " + std::string(what), where(node, fallback)))
      items.push_back(std::move(*text));
    else
      all_good = false;
  }
  if (!all_good) return std::nullopt;
  return items;
}

std::optional<ValueType> Reader::value_type(const YAML::Node& node, std::string_view what,
                                            const SourceLocation& fallback) {
  static const std::vector<std::string> names = {"bool", "integer", "decimal", "money", "date", "enum"};
  const auto text = scalar(node, "a type for " + std::string(what), fallback);
  if (!text) return std::nullopt;
  if (const auto type = value_type_from_string(*text)) return type;
  error(where(node, fallback), "unknown type `" + *text + "` for " + std::string(what) +
                                   suggestion_suffix(*text, names));
  return std::nullopt;
}

namespace {
// How a value of each type is written, for messages.
std::string notation_of(ValueType type) {
  switch (type) {
    case ValueType::boolean: return "true or false";
    case ValueType::integer: return "a whole number";
    case ValueType::decimal: return "a number with at most six decimals, such as 0.5";
    case ValueType::money: return "an amount in euros with at most two decimals, such as 646.52";
    case ValueType::date: return "a date YYYY-MM-DD";
    case ValueType::enumeration: return "one of the listed values";
  }
  return "a value";
}
}  // namespace

std::optional<std::int64_t> Reader::value(const YAML::Node& node, ValueType type,
                                          const std::vector<std::string>& enum_values,
                                          std::string_view what, const SourceLocation& fallback) {
  const auto report = [&] {
    std::string message = "expected " + notation_of(type) + " for " + std::string(what) + ", got " + describe(node);
    if (type == ValueType::enumeration && node.IsDefined() && node.IsScalar())
      message += suggestion_suffix(node.Scalar(), enum_values);
    error(where(node, fallback), message);
    return std::nullopt;
  };
  if (!node.IsDefined() || !node.IsScalar()) return report();
  // The scalar's text is parsed exactly: going through double would turn 0.165 into
  // 0.16499999... and lose a cent.
  const std::string& text = node.Scalar();
  switch (type) {
    case ValueType::boolean:
      if (text == "true" || text == "false") return text == "true" ? 1 : 0;
      return report();
    case ValueType::integer:
      if (const auto parsed = parse_scaled(text, 0); parsed && text.find('.') == std::string::npos) return parsed;
      return report();
    case ValueType::decimal:
      if (const auto parsed = parse_scaled(text, 6)) return parsed;
      return report();
    case ValueType::money:
      if (const auto parsed = parse_scaled(text, 2)) return parsed;
      return report();
    case ValueType::date:
      if (const auto parsed = Date::try_parse(text)) return parsed->days;
      return report();
    case ValueType::enumeration: {
      const auto found = std::find(enum_values.begin(), enum_values.end(), text);
      if (found != enum_values.end()) return found - enum_values.begin();
      return report();
    }
  }
  return report();
}

std::optional<std::string> Reader::choice(const YAML::Node& node, std::initializer_list<std::string_view> choices,
                                          std::string_view what, const SourceLocation& fallback) {
  const std::vector<std::string> names(choices.begin(), choices.end());
  const auto text = scalar(node, what, fallback);
  if (!text) return std::nullopt;
  if (std::find(names.begin(), names.end(), *text) != names.end()) return text;
  error(where(node, fallback), "unknown " + std::string(what) + " `" + *text + "`" + suggestion_suffix(*text, names));
  return std::nullopt;
}

Text Reader::text(const YAML::Node& node, const std::vector<std::string>& languages, std::string_view what,
                  const SourceLocation& fallback, bool required) {
  Text result;
  if (!node.IsDefined() || !node.IsMap()) {
    error(where(node, fallback), "expected " + std::string(what) + " as a map from language (" +
                                     [&] {
                                       std::string list;
                                       for (const auto& l : languages) list += (list.empty() ? "" : ", ") + l;
                                       return list;
                                     }() + ") to text, got " + describe(node));
    return result;
  }
  for (const auto& entry : node) {
    const SourceLocation key_where = where(entry.first, where(node, fallback));
    const auto language = scalar(entry.first, "a language", key_where);
    if (!language) continue;
    // Without a valid language list in pack.yaml (already reported), any language goes.
    if (!languages.empty() && std::find(languages.begin(), languages.end(), *language) == languages.end()) {
      error(key_where, "unknown language `" + *language + "` in " + std::string(what) +
                           suggestion_suffix(*language, languages));
      continue;
    }
    if (result.by_language.count(*language) != 0) {
      error(key_where, "language `" + *language + "` given twice in " + std::string(what));
      continue;
    }
    if (const auto value = scalar(entry.second, "a text in `" + *language + "`", key_where))
      result.by_language.emplace(*language, *value);
  }
  for (const auto& language : languages) {
    if (result.by_language.count(language) != 0) continue;
    // Easy-to-read texts are required where a person reads them (labels, reasons); texts for
    // agents and lawyers (parameter descriptions, variable labels) fall back to French.
    if (!required && language == "fr-falc") continue;
    const std::string message = std::string(what) + " has no text in `" + language + "`";
    if (required)
      error(where(node, fallback), message);
    else
      warning(where(node, fallback), message);
  }
  return result;
}

bool Reader::fields(const YAML::Node& node, std::string_view owner, const SourceLocation& owner_where,
                    std::initializer_list<std::string_view> allowed,
                    std::initializer_list<std::string_view> required) {
  if (!node.IsDefined() || !node.IsMap()) {
    error(where(node, owner_where), "expected " + std::string(owner) + " as a map of fields, got " + describe(node));
    return false;
  }
  const std::vector<std::string> allowed_names(allowed.begin(), allowed.end());
  std::set<std::string> seen;
  for (const auto& entry : node) {
    const SourceLocation key_where = where(entry.first, owner_where);
    if (!entry.first.IsScalar()) {
      error(key_where, "expected a field name in " + std::string(owner) + ", got " + describe(entry.first));
      continue;
    }
    const std::string& key = entry.first.Scalar();
    // yaml-cpp keeps both entries of a repeated key and returns the first on look-up:
    // the second would be silently ignored, so it is an error.
    if (!seen.insert(key).second) {
      error(key_where, "field `" + key + "` is given twice in " + std::string(owner));
      continue;
    }
    if (std::find(allowed_names.begin(), allowed_names.end(), key) == allowed_names.end())
      error(key_where, "unknown field `" + key + "` in " + std::string(owner) + suggestion_suffix(key, allowed_names));
  }
  for (const auto name : required)
    if (seen.count(std::string(name)) == 0)
      error(owner_where, std::string(owner) + " has no `" + std::string(name) + "`");
  return true;
}

}  // namespace eligo::pack_detail
