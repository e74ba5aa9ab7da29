// Identifiers of synthetic groups and persons: a letter and the 1-based index, zero-padded
// to seven digits so that files sort in population order.
#pragma once

#include <string>

namespace eligo::synth {

inline std::string numbered_id(char prefix, std::size_t index) {
  std::string digits = std::to_string(index + 1);
  if (digits.size() < 7) digits.insert(0, 7 - digits.size(), '0');
  return prefix + digits;
}

inline std::string group_id(std::size_t index) { return numbered_id('F', index); }
inline std::string person_id(std::size_t index) { return numbered_id('P', index); }

}  // namespace eligo::synth
