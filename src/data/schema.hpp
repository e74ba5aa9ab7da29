// Small look-ups in a pack's schema of inputs shared by the data readers.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "eligo/pack.hpp"

namespace eligo::data {

inline const InputSpec* find_schema_input(const RulePack& pack, std::string_view name) {
  for (const auto& input : pack.inputs)
    if (input.name == name) return &input;
  return nullptr;
}

inline std::vector<std::string> input_names(const RulePack& pack) {
  std::vector<std::string> names;
  names.reserve(pack.inputs.size());
  for (const auto& input : pack.inputs) names.push_back(input.name);
  return names;
}

}  // namespace eligo::data
