// Input values written as text: parsing into a column's representation, and back.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "eligo/pack.hpp"

namespace eligo::data {

// The value of `text` in the representation of `spec`, or nullopt with `problem` set to
// a message naming the input (no location: callers know where the text came from). Bulk
// readers call this rather than parse_input_value to avoid one exception per bad field.
std::optional<std::int64_t> parse_value(const InputSpec& spec, std::string_view text, std::string& problem);

// `value` written in the notation of `type`: "646.52" for money, "2024-01-31" for dates.
std::string format_value(ValueType type, std::int64_t value);

// An id or a column name quoted for a message, cut to 40 characters so that messages stay
// short and never carry a whole record. Values are never quoted: they are personal data.
std::string quote_field(std::string_view text);

// Text without the spaces and tabs around it.
std::string_view trim_blanks(std::string_view text);

}  // namespace eligo::data
