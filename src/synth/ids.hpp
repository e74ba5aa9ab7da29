// Identifiers of synthetic groups and persons: a letter and the 1-based index, zero-padded
// to seven digits so that files sort in population order.
#pragma once

#include <charconv>
#include <cstring>
#include <string>

namespace eligo::synth {

// Written straight into the string's buffer: a population has millions of them.
inline std::string numbered_id(char prefix, std::size_t index) {
  char digits[24];
  const std::size_t length = static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, index + 1).ptr - digits);
  const std::size_t padding = length < 7 ? 7 - length : 0;
  std::string id(1 + padding + length, '0');
  id[0] = prefix;
  std::memcpy(id.data() + 1 + padding, digits, length);
  return id;
}

inline std::string group_id(std::size_t index) { return numbered_id('F', index); }
inline std::string person_id(std::size_t index) { return numbered_id('P', index); }

}  // namespace eligo::synth
