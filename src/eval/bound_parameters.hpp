// Parameter values in force on the evaluated period, reforms applied.
#pragma once

#include <vector>

#include "eligo/pack.hpp"
#include "eligo/program.hpp"

namespace eligo::detail {

struct BoundParameters {
  Date period_start;
  std::vector<std::int64_t> scalars;                 // per pack parameter (scalars)
  std::vector<std::vector<ScaleBracket>> brackets;   // per pack parameter (scales)
  std::vector<const ParameterVersion*> versions;     // the version in force, per parameter
  std::vector<ParameterVersion> override_versions;   // storage for reform values
};

// Throws Error when a parameter the program reads has no value on the period's first day,
// or when an override names an unknown parameter.
BoundParameters bind_parameters(const RulePack& pack, const std::vector<bool>& used, const Period& period,
                                const std::vector<ParameterOverride>& overrides);

}  // namespace eligo::detail
