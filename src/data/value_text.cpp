#include "data/value_text.hpp"

#include <algorithm>

#include "core/utf8.hpp"
#include "data/suggestion.hpp"
#include "eligo/population.hpp"

namespace eligo::data {

namespace {

constexpr int money_digits = 2;
constexpr int decimal_digits = 6;

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

std::optional<std::int64_t> parse_boolean(std::string_view text) {
  if (text == "1" || equals_ignoring_case(text, "true")) return 1;
  if (text == "0" || equals_ignoring_case(text, "false")) return 0;
  return std::nullopt;
}

std::optional<std::int64_t> parse_enumeration(const InputSpec& spec, std::string_view text) {
  for (std::size_t i = 0; i < spec.enum_values.size(); ++i)
    if (spec.enum_values[i] == text) return static_cast<std::int64_t>(i);
  return std::nullopt;
}

// Messages about a value never quote it: values are personal data, and messages end up
// in logs and support tickets. The place (file, line, column) and the input's name are
// enough to find it; the hints say what is expected, and at most what kind of mistake it is.
std::string type_problem(const InputSpec& spec, std::string_view text) {
  switch (spec.type) {
    case ValueType::money:
      if (text.find(',') != std::string_view::npos)
        return "not an amount in euros for " + spec.name +
               " (write the decimals after a dot, not a comma, e.g. 646.52)";
      return "not an amount in euros with at most 2 decimals for " + spec.name + " (e.g. 646.52)";
    case ValueType::decimal:
      return "not a decimal number with at most 6 decimals for " + spec.name + " (e.g. 0.25)";
    case ValueType::integer:
      return "not a whole number for " + spec.name;
    case ValueType::boolean:
      return "not a boolean for " + spec.name + " (write true, false, 1 or 0)";
    case ValueType::date:
      return "not a valid date for " + spec.name + " (write YYYY-MM-DD, e.g. 1984-03-21)";
    case ValueType::enumeration:
      return "not a value of " + spec.name + "; allowed values: " + join_names(spec.enum_values);
  }
  return "not a value of " + spec.name;
}

std::optional<std::int64_t> parse_of_type(const InputSpec& spec, std::string_view text) {
  switch (spec.type) {
    case ValueType::money: return parse_scaled(text, money_digits);
    case ValueType::decimal: return parse_scaled(text, decimal_digits);
    case ValueType::integer: return parse_scaled(text, 0);
    case ValueType::boolean: return parse_boolean(text);
    case ValueType::date: {
      const auto date = Date::try_parse(text);
      if (!date) return std::nullopt;
      return date->days;
    }
    case ValueType::enumeration: return parse_enumeration(spec, text);
  }
  return std::nullopt;
}

}  // namespace

std::string_view trim_blanks(std::string_view text) {
  const auto blank = [](char c) { return c == ' ' || c == '\t'; };
  while (!text.empty() && blank(text.front())) text.remove_prefix(1);
  while (!text.empty() && blank(text.back())) text.remove_suffix(1);
  return text;
}

std::optional<std::int64_t> parse_value(const InputSpec& spec, std::string_view text, std::string& problem) {
  text = trim_blanks(text);
  if (text.empty()) {
    problem = "empty value for " + spec.name;
    return std::nullopt;
  }
  const auto value = parse_of_type(spec, text);
  if (!value) {
    problem = type_problem(spec, text);
    return std::nullopt;
  }
  if (spec.minimum && *value < *spec.minimum) {
    problem = "value below the minimum " + format_value(spec.type, *spec.minimum) + " of " + spec.name;
    return std::nullopt;
  }
  if (spec.maximum && *value > *spec.maximum) {
    problem = "value above the maximum " + format_value(spec.type, *spec.maximum) + " of " + spec.name;
    return std::nullopt;
  }
  return value;
}

std::string format_value(ValueType type, std::int64_t value) {
  switch (type) {
    case ValueType::money: return format_scaled(value, money_digits);
    case ValueType::decimal: {
      // 0.25 reads better than 0.250000; keep one decimal so it still reads as a decimal.
      std::string text = format_scaled(value, decimal_digits);
      while (text.size() >= 2 && text.back() == '0' && text[text.size() - 2] != '.') text.pop_back();
      return text;
    }
    case ValueType::date: return Date{static_cast<std::int32_t>(value)}.to_string();
    case ValueType::boolean: return value != 0 ? "true" : "false";
    case ValueType::integer:
    case ValueType::enumeration: return std::to_string(value);
  }
  return std::to_string(value);
}

std::string quote_field(std::string_view text) {
  constexpr std::size_t limit = 40;
  if (text.size() <= limit) return "\"" + detail::printable(text) + "\"";
  std::size_t cut = limit;
  // Never cut a UTF-8 sequence in two: back up to the first byte of a character.
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return "\"" + detail::printable(text.substr(0, cut)) + "...\"";
}

}  // namespace eligo::data

namespace eligo {

std::int64_t parse_input_value(const InputSpec& spec, const std::string& text) {
  std::string problem;
  const auto value = data::parse_value(spec, text, problem);
  if (!value) throw Error(problem);
  return *value;
}

}  // namespace eligo
