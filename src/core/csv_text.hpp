// Writing one CSV field: quoted only when it must be (RFC 4180), so that ordinary ids
// and numbers stay as they are.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace eligo::detail {

inline void append_csv_field(std::string& line, std::string_view field) {
  if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
    line += field;
    return;
  }
  line += '"';
  for (const char c : field) {
    if (c == '"') line += '"';
    line += c;
  }
  line += '"';
}

// A list as one field, its items joined with `;` (failed conditions, missing inputs).
inline void append_csv_list(std::string& line, const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += ';';
    joined += item;
  }
  append_csv_field(line, joined);
}

}  // namespace eligo::detail
