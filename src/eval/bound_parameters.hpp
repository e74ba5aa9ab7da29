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
  std::vector<const ParameterVersion*> versions;     // the version in force; null when none
  std::vector<ParameterVersion> override_versions;   // storage for reform values
  // One per parameter read past its `last_value_still_valid_on`: its value may be outdated.
  std::vector<Diagnostic> warnings;
};

// The parameters of every month a plan reads (`x@-1`, month_mean()), the evaluated month
// being month 0: each month's values are those in force on its first day.
struct MonthlyParameters {
  int first_month = 0;
  std::vector<BoundParameters> months;  // months[m - first_month]

  const BoundParameters& at(int month) const { return months[static_cast<std::size_t>(month - first_month)]; }
};

// Throws Error when an override names an unknown parameter. A parameter with no value on
// the period's first day has a null version: values that read it are unknown.
BoundParameters bind_parameters(const RulePack& pack, const std::vector<bool>& used, const Period& period,
                                const std::vector<ParameterOverride>& overrides);

MonthlyParameters bind_monthly_parameters(const RulePack& pack, const std::vector<bool>& used, const Period& period,
                                          int first_month, int last_month,
                                          const std::vector<ParameterOverride>& overrides);

}  // namespace eligo::detail
